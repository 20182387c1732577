package htmlx

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTree numbers the elements that hold blocks, with all their
// ancestors, so that sums over a block's ancestors go to slices rather
// than to maps keyed by node.
type blockTree struct {
	nodes  []*html.Node
	index  map[*html.Node]int32
	parent []int32 // index of each node's parent, or -1
	block  []int32 // index of each block's owner
}

// tree returns the walker's blockTree, built on first use; the blocks
// must not be added to after.
func (w *ContentWalker) tree() *blockTree {
	if w.blocksTree != nil {
		return w.blocksTree
	}
	t := newBlockTree(len(w.Blocks))
	var chain []*html.Node
	// The previous block's owner and that owner's parent are numbered
	// (every ancestor of a numbered node is), under the indexes
	// t.block[i-1] and its parent's: a block in the same element, or in a
	// sibling of it (the paragraphs of a story), finds its numbered
	// ancestor without asking the map (perf26).
	var prevOwner, prevParent *html.Node
	prevJ := int32(-1)
	for i := range w.Blocks {
		top := int32(-1)
		chain = chain[:0]
		for n := w.Blocks[i].owner; n != nil; n = n.Parent {
			if n == prevOwner {
				top = prevJ
				break
			}
			if n == prevParent {
				top = t.parent[prevJ]
				break
			}
			if j, ok := t.index[n]; ok {
				top = j
				break
			}
			chain = append(chain, n)
		}
		for k := len(chain) - 1; k >= 0; k-- {
			j := int32(len(t.nodes))
			t.index[chain[k]] = j
			t.nodes = append(t.nodes, chain[k])
			t.parent = append(t.parent, top)
			top = j
		}
		t.block[i] = top
		prevOwner, prevParent, prevJ = nil, nil, top
		if top >= 0 {
			prevOwner, prevParent = w.Blocks[i].owner, w.Blocks[i].owner.Parent
		}
	}
	w.blocksTree = t
	return t
}

// choose returns the element whose blocks' weights sum highest; on a tie
// the deeper one.
func (w *ContentWalker) choose(headline string) *html.Node {
	if w.UseHints {
		w.MarkCards(headline)
	}
	t := w.tree()
	score := make([]float64, len(t.nodes))
	scored := make([]bool, len(t.nodes))
	// The learned scorer weighs each block by its length, for or against
	// as it judges the block article text or not (on the retry too,
	// where the hints it reads are all off).
	var buf BlockFeats
	if p, ok := featsPool.Get().(*BlockFeats); ok {
		buf = *p
	}
	f := w.featuresInto(buf, w.HandWeights())
	w.prob = make([]float32, len(w.Blocks))
	for i := range w.Blocks {
		pr := ContentProb(&f[i])
		w.prob[i] = float32(pr)
		wt := float64(w.Blocks[i].Runes) * (2*pr - 1)
		if wt == 0 {
			continue
		}
		for j := t.block[i]; j >= 0; j = t.parent[j] {
			score[j] += wt
			scored[j] = true
		}
	}
	// Nothing keeps f past this loop: its buffer serves the next page.
	if cap(f) <= maxPooledFeats {
		featsPool.Put(&f)
	}
	// The highest score, then the deepest, then the first in the
	// document: a total order, so the nodes may be read in any order.
	var best *html.Node
	bestScore, bestDepth := 0.0, 0
	for j, n := range t.nodes {
		if !scored[j] {
			continue
		}
		s := score[j]
		if n.Type != html.ElementNode {
			continue
		}
		if s < bestScore {
			continue
		}
		d := depthOf(n)
		if s > bestScore || d > bestDepth || (d == bestDepth && best != nil && before(n, best)) {
			best, bestScore, bestDepth = n, s, d
		}
	}
	if best == nil {
		return nil
	}
	best = w.widen(best)
	return w.headlineArticle(best, headline, func(n *html.Node) float64 {
		if j, ok := t.index[n]; ok {
			return score[j]
		}
		return 0
	})
}

// headlineArticle narrows a choice that holds several <article> elements
// (a feed, a page that loads the next stories as one scrolls) to the one
// that carries the page's headline, when that one holds article text.
func (w *ContentWalker) headlineArticle(best *html.Node, headline string, score func(*html.Node) float64) *html.Node {
	if headline == "" || best.DataAtom == atom.Article {
		return best
	}
	var arts []*html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil && len(arts) < 50; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Article {
				arts = append(arts, c)
				continue
			}
			find(c)
		}
	}
	find(best)
	if len(arts) < 2 {
		return best
	}
	for i := range w.Blocks {
		b := &w.Blocks[i]
		if b.kind != kindHeading || !strings.EqualFold(b.Text, headline) {
			continue
		}
		for _, a := range arts {
			if isAncestor(a, b.owner) && score(a) >= 200 {
				return a
			}
		}
		break
	}
	return best
}

// widen climbs from the chosen element to its ancestors while an ancestor
// adds clearly more article text than noise, counting only the blocks that
// emit would keep: a gallery or a share bar in the middle of a story (which
// emit leaves out anyway) must not cut the story in two. Each block counts
// with the mean of its hand weight and the learned scorer's (its length
// times 2p-1, what chose the element): the hand weight alone undervalues a
// story's short paragraphs and link-rich sentences beside the chosen
// element and overvalues long link-poor furniture; the learned one alone
// stops short of the tables and lists of reference pages, which it judges
// furniture (web-extract dev F1 0.9225 → 0.9241, both halves by site up;
// trafilatura-dev unchanged, where the learned weight alone lost 0.002).
func (w *ContentWalker) widen(best *html.Node) *html.Node {
	t := w.tree()
	kept := make([]float64, len(t.nodes))
	for i := range w.Blocks {
		b := &w.Blocks[i]
		if b.boiler || b.kind == kindCaption {
			continue
		}
		// The mean of the hand weight and the learned one (as choose
		// sums it) where choose has judged the blocks; the hand
		// weight alone otherwise.
		wt := b.weight()
		if w.prob != nil {
			wt = (wt + float64(b.Runes)*(2*float64(w.prob[i])-1)) / 2
		}
		if wt < 0 && b.Runes < 40 && b.LinkRun*2 <= b.Runes {
			// A short line of plain text (a list's entry, a joke's
			// punch line) neither argues for an ancestor nor against.
			continue
		}
		if wt == 0 {
			continue
		}
		for j := t.block[i]; j >= 0; j = t.parent[j] {
			kept[j] += wt
		}
	}
	keptAt := func(n *html.Node) float64 {
		if j, ok := t.index[n]; ok {
			return kept[j]
		}
		return 0
	}
	cur := best
	k := 0
	for p := best.Parent; p != nil && p.Type == html.ElementNode && k < widenLevels; p = p.Parent {
		if p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			break
		}
		k++
		gain := keptAt(p) - keptAt(cur)
		if gain < 0 {
			break
		}
		if gain >= widenMin && gain >= widenFrac*keptAt(cur) {
			cur, k = p, 0
		}
	}
	return cur
}

// The widening of the chosen element: it may climb up to widenLevels
// levels at a time, and takes an ancestor whose kept blocks weigh at least
// widenMin more, and widenFrac more, than the element's.
// (Variables, not constants, so that TestWidenSweep can try others.)
var (
	widenLevels = 3
	widenMin    = 100.0
	widenFrac   = 0.10
)

const (
	// leadHeading is the length (letters and digits) from which a heading
	// with sentence punctuation weighs as a paragraph.
	leadHeading = 80
)

func depthOf(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

// before reports whether a comes before b in document order (used only to
// break exact ties deterministically).
func before(a, b *html.Node) bool {
	for n := a; n != nil; n = nextNode(n) {
		if n == b {
			return true
		}
	}
	return false
}

func nextNode(n *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}
