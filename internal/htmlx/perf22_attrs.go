package htmlx

import "golang.org/x/net/html"

// elemAttrs is what the content walk reads of an element's attributes,
// read in one pass over them (readElemAttrs) instead of one search a
// name: the first class, id, itemprop and href, as attr returns them,
// and whether the element is hidden, as isHidden says.
type elemAttrs struct {
	class, id, itemprop, href string
	hidden                    bool
}

// readElemAttrs reads n's attributes for the walk.
func readElemAttrs(n *html.Node) elemAttrs {
	var f elemAttrs
	var seen uint8 // the names already read, by bit: the first one counts
	for i := range n.Attr {
		a := &n.Attr[i]
		switch a.Key {
		case "class":
			if seen&1 == 0 {
				f.class, seen = a.Val, seen|1
			}
		case "id":
			if seen&2 == 0 {
				f.id, seen = a.Val, seen|2
			}
		case "itemprop":
			if seen&4 == 0 {
				f.itemprop, seen = a.Val, seen|4
			}
		case "href":
			if seen&8 == 0 {
				f.href, seen = a.Val, seen|8
			}
		case "hidden":
			f.hidden = true
		case "aria-hidden":
			if a.Val == "true" {
				f.hidden = true
			}
		case "style":
			if !f.hidden && styleHides(a.Val) {
				f.hidden = true
			}
		}
	}
	return f
}
