package htmlx

import (
	"sync"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nodeFacts remembers, for one page, what a walk over the page found out
// about an element's class and id, so that a later walk over the same
// page reads it instead of testing the class again: the metadata walk
// and the section walk both ask isElsewhere of every element, and its
// test of a class list costs a pass over every byte of it.
//
// It is a direct-mapped cache keyed by the element's address: an element
// whose slot another element took is tested again (a miss costs the test,
// never a wrong answer). Entries carry the generation of the page they
// were written for, so that a pooled cache needs no clearing between
// pages (an address the previous page used holds another generation).
type nodeFacts struct {
	slots [nodeFactSlots]nodeFactSlot
	gen   uint32
}

// nodeFactSlots is the number of slots: a page has a few thousand
// elements with a class or id.
const nodeFactSlots = 1 << 13

// nodeFactSlot is one slot of nodeFacts.
type nodeFactSlot struct {
	key uintptr // the element's address; not a pointer, so that a pooled cache keeps no page alive
	gen uint32
	// elsewhere is isElsewhere's answer.
	elsewhere bool
}

var nodeFactsPool = sync.Pool{New: func() any { return new(nodeFacts) }}

// newNodeFacts returns an empty cache for a new page; the caller gives it
// back with release once the walks that share it are done.
func newNodeFacts() *nodeFacts {
	f := nodeFactsPool.Get().(*nodeFacts)
	f.gen++
	if f.gen == 0 {
		// The generations wrapped around: an old entry could pass for
		// a new one.
		f.slots = [nodeFactSlots]nodeFactSlot{}
		f.gen = 1
	}
	return f
}

// release gives f back to the pool; f must not be used after.
func (f *nodeFacts) release() {
	if f != nil {
		nodeFactsPool.Put(f)
	}
}

// slot returns the slot of n.
func (f *nodeFacts) slot(n *html.Node) *nodeFactSlot {
	a := uintptr(unsafe.Pointer(n))
	// Nodes are over 100 bytes apart: the low bits say nothing.
	return &f.slots[(a>>5^a>>18)&(nodeFactSlots-1)]
}

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

// elsewhere is isElsewhere(n), remembered for the elements whose test
// reads their class and id (the others answer at once); a nil f tests
// every time.
func (f *nodeFacts) elsewhere(n *html.Node) bool {
	if f == nil {
		return isElsewhere(n)
	}
	return f.elsewhereNamed(n, attr(n, "class"), attr(n, "id"))
}

// elsewhereNamed is elsewhere for an element whose class and id (as attr
// reads them) the caller has read.
func (f *nodeFacts) elsewhereNamed(n *html.Node, cls, id string) bool {
	if f == nil {
		return isElsewhere(n)
	}
	switch n.DataAtom {
	case atom.Aside, atom.Body, atom.Html:
		return isElsewhere(n)
	}
	if len(cls)+len(id) < 4 {
		return false // as the package's elsewhereNamed answers
	}
	key := uintptr(unsafe.Pointer(n))
	s := f.slot(n)
	if s.key == key && s.gen == f.gen {
		return s.elsewhere
	}
	v := elsewhereNamed(cls, id)
	*s = nodeFactSlot{key: key, gen: f.gen, elsewhere: v}
	return v
}
