package htmlx

import (
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkGrid reports whether more than half of the cells with text of table
// t are nothing but links: a menu, a site map or a list of stories laid
// out in a table, not data (a price list, a schedule or a list of
// documents links one column; the other columns are text).
func linkGrid(t *html.Node) bool {
	filled, linked := 0, 0
	for _, r := range tableRows(t) {
		for c := r.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
				continue
			}
			all, inLinks := letters(c, false, 0)
			if all == 0 {
				continue
			}
			filled++
			if inLinks == all {
				linked++
			}
		}
	}
	return linked*2 > filled
}

// letters counts the letters and digits under n, and those inside links.
func letters(n *html.Node, inLink bool, depth int) (all, linked int) {
	if depth > 30 {
		return 0, 0
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			k := 0
			for _, r := range c.Data {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					k++
				}
			}
			all += k
			if inLink {
				linked += k
			}
		case html.ElementNode:
			if skipTagSet.has(c.DataAtom) || isHidden(c) {
				continue
			}
			a, l := letters(c, inLink || c.DataAtom == atom.A, depth+1)
			all += a
			linked += l
		}
	}
	return all, linked
}

// noFurniture reports whether no block of table t, from block i on, is
// furniture.
func (w *ContentWalker) noFurniture(t *html.Node, i int) bool {
	for ; i < len(w.Blocks) && isAncestor(t, w.Blocks[i].owner); i++ {
		if w.Blocks[i].boiler {
			return false
		}
	}
	return true
}
