package htmlx

import (
	"slices"
	"strconv"
	"strings"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Recall rules of the body (issue 12): article text that the chosen
// element holds, or that sits right beside it, but that the class hints
// or the choice left out. Measured on web-extract dev by
// TestRecallLoss (content_recall_diag_test.go), which files every true
// word the body misses by where its block sits.

// sentenceCaption reports whether a block inside the chosen element root
// is a picture's caption written as a sentence: furniture only because an
// element whose class or id names a caption ("caption", "photo-caption",
// "image_caption", the caption containers of most CMSs and of the
// WordPress [caption] shortcode) holds it, with no other furniture
// further out, and read as a sentence of five words or more with no
// credit words. Such a line describes the story's own picture in the
// story's words, and people who copy an article's text keep it; a label
// ("Buoyant: John Smit") or a credit line ("Courtesy of …", "Photo: …")
// stays out. wpCaption is the WordPress case of it on the block's own
// element.
//
// memo remembers the last caption box's holdsCredit answer: blocks come in
// document order, so each box is searched once however many blocks it
// holds, and the cost stays linear in the page.
func sentenceCaption(b *textBlock, root *html.Node, memo *creditMemo) bool {
	if b.kind != kindPara || b.Runes < 20 || b.LinkRun*2 > b.Runes {
		return false
	}
	// The text must read as a caption's sentence: the cheapest test, and
	// the one most furniture fails (menus, teasers' titles, share bars),
	// made before the climb over the block's ancestors.
	if !captionSentence(b.Text) {
		return false
	}
	// The outermost furniture between the block and root must be the
	// caption container.
	outer := memo.outerFurniture(b.owner, root)
	if outer == nil || boilerTagSet.has(outer.DataAtom) {
		return false
	}
	var buf [256]byte
	ci := textutil.LowerJoin(buf[:], attr(outer, "class"), attr(outer, "id"))
	if !strings.Contains(ci, "caption") || strings.Contains(ci, "credit") || strings.Contains(ci, "copyright") || strings.Contains(ci, "source") || mediaSetClass(ci) {
		return false
	}
	// A caption box that also prints the picture's credit or source
	// (a copyright line beside the description, as picture agencies'
	// and CMS media components lay it out) is the picture's label
	// block, furniture of the page's media: its text stays out.
	return !memo.holds(outer)
}

// creditMemo keeps sentenceCaption's last holdsCredit answer, and the
// outermost furniture above the elements it looked at (outerFurniture).
type creditMemo struct {
	box  *html.Node
	held bool
	// parentOuter is outerFurniture's answer for parent, the parent of
	// the element it was last asked about (parentSet once there is one).
	parent, parentOuter *html.Node
	parentSet           bool
}

// holds returns holdsCredit(box, 0), searching box only when it is not
// the box of the last call.
func (m *creditMemo) holds(box *html.Node) bool {
	if m.box != box {
		m.box, m.held = box, holdsCredit(box, 0)
	}
	return m.held
}

// holdsCredit reports whether an element under n has a class or id naming
// a picture's credit, copyright or source.
func holdsCredit(n *html.Node, depth int) bool {
	if depth > 6 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		var buf [128]byte
		ci := textutil.LowerJoin(buf[:], attr(c, "class"), attr(c, "id"))
		if strings.Contains(ci, "credit") || strings.Contains(ci, "copyright") || strings.Contains(ci, "source") {
			return true
		}
		if holdsCredit(c, depth+1) {
			return true
		}
	}
	return false
}

// captionSentence reports whether a caption's text reads as a sentence:
// five words or more, ending as a sentence does, no credit words.
func captionSentence(t string) bool {
	// The tests from the cheapest: the end, the words, the credits.
	e := strings.TrimRight(t, "\"'”’») ")
	if e == "" || !strings.ContainsAny(e[len(e)-1:], ".!?…") {
		return false
	}
	if textutil.FieldCount(t) < 5 {
		return false
	}
	low := strings.ToLower(t)
	for _, c := range captionCredits {
		if strings.Contains(low, c) {
			return false
		}
	}
	return true
}

// besideTables returns the data tables that belong to the story though
// they lie outside the chosen element root: a table of figures that
// the template sets beside the text rather than in it (the body's
// paragraphs in one container, the table in a sibling container, as
// CMSs that lay out their "inline" elements in separate slots and pages
// of the table-layout era do), placed between the body's paragraphs or
// right after them. Such a table is a data table by its shape
// (dataTable), in no furniture, of few links, and its nearest common
// ancestor with root is at most besideLevels above root; nothing but
// furniture or short lines (a table's title) separates it from the
// body's text before it. nil when there is none.
func (w *ContentWalker) besideTables(root *html.Node) []*html.Node {
	if root == nil {
		return nil
	}
	up := besideRegion(root)
	if up == root {
		return nil
	}
	var out, seen []*html.Node // few: a page has few tables
	lastIn, gap := -1, 0
	for i := range w.Blocks {
		b := &w.Blocks[i]
		if isAncestor(root, b.owner) {
			lastIn, gap = i, 0
			continue
		}
		if lastIn < 0 {
			continue
		}
		t := (*html.Node)(nil)
		if b.kind == kindCell && !b.boiler {
			t = enclosing(b.owner, atom.Table, 8)
		}
		if t == nil || isAncestor(t, root) || !isAncestor(up, t) {
			if !b.boiler && b.Runes >= besideGap {
				gap++
			}
			continue
		}
		if slices.Contains(seen, t) {
			continue
		}
		seen = append(seen, t)
		if gap > 0 || otherColumn(t, root) || !dataTable(t) || linkGrid(t) || !w.noFurniture(t, i) || calendarGrid(t) || holdsForm(t, 0) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// fewLinks reports whether the blocks of table t, from block i on, are
// mostly not links (a grid of links is a menu or a list of stories), and
// none of them furniture.
func (w *ContentWalker) fewLinks(t *html.Node, i int) bool {
	runes, links := 0, 0
	for ; i < len(w.Blocks) && isAncestor(t, w.Blocks[i].owner); i++ {
		if w.Blocks[i].boiler {
			return false
		}
		runes += w.Blocks[i].Runes
		links += w.Blocks[i].LinkRun
	}
	return runes > 0 && links*3 < runes
}

// besideLevels is how far above the chosen element the common ancestor
// of a table beside it may be; besideGap the letters from which a block
// that is neither the body's nor furniture separates a table from the
// body.
const (
	besideLevels = 2
	besideGap    = 80
)

// otherColumn reports whether table t sits in another cell of a layout
// table than the chosen element root: on pages laid out in tables, the
// next cell is the next column (a sidebar of advertisements, links or
// listings), however close it comes in the markup.
func otherColumn(t, root *html.Node) bool {
	if laterRow(t, root) {
		return false // under the story, not beside it (tables16_wrap.go)
	}
	for n := t.Parent; n != nil && !isAncestor(n, root); n = n.Parent {
		if n.DataAtom == atom.Td || n.DataAtom == atom.Th || n.DataAtom == atom.Tr {
			return true
		}
	}
	return false
}

// holdsForm reports whether n holds form controls: a form laid out in a
// table (a comment or contact form's labels and fields) is no data.
func holdsForm(n *html.Node, depth int) bool {
	if depth > 12 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Input, atom.Select, atom.Textarea, atom.Button, atom.Form:
			return true
		}
		if holdsForm(c, depth+1) {
			return true
		}
	}
	return false
}

// calendarGrid reports whether table t is a month's calendar (the
// archive calendar of blog templates): rows of seven cells under the
// first, each empty or a day of the month.
func calendarGrid(t *html.Node) bool {
	rows := tableRows(t)
	if len(rows) < 2 {
		return false
	}
	for _, r := range rows[1:] {
		n := 0
		for c := r.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
				continue
			}
			n++
			if d := strings.TrimSpace(nodeText(c)); d != "" {
				v, err := strconv.Atoi(d)
				if err != nil || v < 1 || v > 31 {
					return false
				}
			}
		}
		if n != 7 {
			return false
		}
	}
	return true
}
