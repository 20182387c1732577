package htmlx

import "golang.org/x/net/html"

// outerFurniture returns the outermost element from n up to root (root
// left out) that is furniture, a boilerTags element or one whose class
// or id classBoiler grades hard; nil when there is none. Every call of a
// memo must give the same root. The answer for each element on the way
// is kept, so that the blocks of one caption box or list, which share
// their ancestors, climb only to the first element already answered
// instead of to root, and grade each class and id once.
func (m *creditMemo) outerFurniture(n, root *html.Node) *html.Node {
	if m.outer == nil {
		m.outer = make(map[*html.Node]*html.Node)
	}
	chain := m.chain[:0]
	var above *html.Node // the answer for the parent of chain's last element
	for ; n != nil && n != root; n = n.Parent {
		if o, ok := m.outer[n]; ok {
			above = o
			break
		}
		chain = append(chain, n)
	}
	// Down from the highest element not answered: the outermost
	// furniture is the parent's, or else the element itself when it is
	// furniture.
	for k := len(chain) - 1; k >= 0; k-- {
		c := chain[k]
		if above == nil && c.Type == html.ElementNode && (boilerTags[c.DataAtom] || classBoiler(c) == boilerHard) {
			above = c
		}
		m.outer[c] = above
	}
	clear(chain)
	m.chain = chain[:0]
	return above
}
