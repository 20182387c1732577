package htmlx

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// elementNames holds the attributes of an element the metadata walk
// reads, each as attr gives it (the first of the name): one pass over the
// attributes instead of one per name.
type elementNames struct {
	class, id, testid, itemprop string
	itemscope                   bool
}

// readNames reads n's elementNames.
func readNames(n *html.Node) elementNames {
	var e elementNames
	var seen uint8
	for i := range n.Attr {
		a := &n.Attr[i]
		switch a.Key {
		case "class":
			if seen&1 == 0 {
				e.class, seen = a.Val, seen|1
			}
		case "id":
			if seen&2 == 0 {
				e.id, seen = a.Val, seen|2
			}
		case "data-testid":
			if seen&4 == 0 {
				e.testid, seen = a.Val, seen|4
			}
		case "itemprop":
			if seen&8 == 0 {
				e.itemprop, seen = a.Val, seen|8
			}
		case "itemscope":
			e.itemscope = true
		}
	}
	return e
}

// elsewhereOf is isElsewhere(n) for an element whose class and id (as
// attr reads them) the caller has read: the metadata and section walks
// read them for their own tests, and the test need not read them again.
func elsewhereOf(n *html.Node, cls, id string) bool {
	switch n.DataAtom {
	case atom.Aside:
		return !isMetaAside(cls)
	case atom.Body, atom.Html:
		return false
	}
	return elsewhereNamed(cls, id)
}
