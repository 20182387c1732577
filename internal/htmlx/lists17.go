package htmlx

import (
	"strconv"
	"strings"

	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// numbered sets a list block's numbering from the list element its items
// came from: an <ol> is an ordered list, counting from its start
// attribute (HTML's default is 1; Start 0 stands for it). seen counts the
// items of each <ol> already written in earlier blocks (a nested list
// splits its parent's items into several blocks, and the block after it
// goes on counting); numbered counts this block's first item in it and
// returns the map, made when first needed. A reversed list counts down,
// and a list of type a, A, i or I counts in letters or Roman numerals,
// which no exporter can write (Markdown numbers up in digits), so they
// stay bulleted lists rather than print numbers the page does not show.
func numbered(blk *model.Block, list *html.Node, seen map[*html.Node]int) map[*html.Node]int {
	if list == nil || list.DataAtom != atom.Ol {
		return seen
	}
	start := 1
	for _, a := range list.Attr {
		switch a.Key {
		case "reversed":
			return seen
		case "type":
			if a.Val != "1" {
				// Letters and Roman numerals (type a, A, i, I),
				// which Markdown cannot write either.
				return seen
			}
		case "start":
			// HTML's rules for parsing integers: leading white
			// space, a sign, digits; anything after them ignored.
			s := strings.TrimLeft(a.Val, " \t\n\f\r")
			end := 0
			if end < len(s) && (s[end] == '-' || s[end] == '+') {
				end++
			}
			for end < len(s) && s[end] >= '0' && s[end] <= '9' {
				end++
			}
			if n, err := strconv.Atoi(s[:end]); err == nil && n > -1e9 && n < 1e9 {
				start = n
			}
		}
	}
	if seen == nil {
		seen = make(map[*html.Node]int)
	}
	blk.Ordered = true
	if n := start + seen[list]; n != 1 {
		blk.Start = n
	}
	seen[list]++
	return seen
}

// countItem counts one more item of list written into the block before,
// for numbered.
func countItem(list *html.Node, seen map[*html.Node]int) {
	if _, ok := seen[list]; ok {
		seen[list]++
	}
}

// nestLevel returns the Level of a list block made from the items of list:
// how many lists of the content under root hold it (a list in an item of
// another is nested once), but never deeper than one level below the list
// block just before it, and zero when no list block comes just before: a
// list whose parent's items were all left out (a menu of links around a
// list of facts), or that follows a picture in its parent's item, stands
// at the top level, so that a nested list always follows the list it
// belongs to (Markdown can write nothing else between them).
func nestLevel(before []model.Block, list, root *html.Node) int {
	depth := 0
	for p := list.Parent; p != nil && p != root; p = p.Parent {
		if p.Type == html.ElementNode && (p.DataAtom == atom.Ul || p.DataAtom == atom.Ol) {
			depth++
		}
	}
	if depth == 0 {
		return 0
	}
	j := len(before) - 1
	if j < 0 || before[j].Type != model.List {
		return 0
	}
	return min(depth, before[j].Level+1, model.MaxListLevel)
}
