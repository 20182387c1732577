package htmlx

import "golang.org/x/net/html"

// outerFurniture returns the outermost element from n up to root (root
// left out) that is furniture, a boilerTags element or one whose class
// or id classBoiler grades hard; nil when there is none. Every call of a
// memo must give the same root. The answer for n's parent is kept: the
// next block of the same box or list (most blocks follow a sibling) then
// grades only its own element instead of climbing to root and grading
// every class and id on the way again.
func (m *creditMemo) outerFurniture(n, root *html.Node) *html.Node {
	if n == nil || n == root {
		return nil
	}
	p := n.Parent
	if p != m.parent || !m.parentSet {
		m.parent, m.parentOuter, m.parentSet = p, climbFurniture(p, root), true
	}
	if m.parentOuter == nil && isFurniture(n) {
		return n
	}
	return m.parentOuter
}

// climbFurniture is outerFurniture without a memo: every element from n
// up to root graded, the last (outermost) furniture kept.
func climbFurniture(n, root *html.Node) *html.Node {
	var outer *html.Node
	for ; n != nil && n != root; n = n.Parent {
		if isFurniture(n) {
			outer = n
		}
	}
	return outer
}

// isFurniture reports whether n is an element that outerFurniture counts
// as furniture.
func isFurniture(n *html.Node) bool {
	return n.Type == html.ElementNode && (boilerTagSet.has(n.DataAtom) || classBoiler(n) == boilerHard)
}
