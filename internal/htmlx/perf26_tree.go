package htmlx

// sumsUnder returns, by node index of t, the letters and digits (Runes)
// and the linked ones (LinkRun) of the blocks under each element: each
// block's counts go to its owner, then each element's sums to its
// parent, the deepest first. An element is numbered after its parent
// (t.parent[j] < j, as tree numbers a block's new ancestors from the top
// down), so that one pass over the elements, backwards, adds every
// element's sum to its parent's after the sum is whole: the cost is the
// blocks plus the elements, where a climb to the root per block cost the
// blocks times their depth (perf26).
func (t *blockTree) sumsUnder(blocks []textBlock) (runes, links []int) {
	runes = make([]int, len(t.nodes))
	links = make([]int, len(t.nodes))
	for i := range blocks {
		if j := t.block[i]; j >= 0 {
			runes[j] += blocks[i].Runes
			links[j] += blocks[i].LinkRun
		}
	}
	for j := len(t.nodes) - 1; j > 0; j-- {
		if p := t.parent[j]; p >= 0 {
			runes[p] += runes[j]
			links[p] += links[j]
		}
	}
	return runes, links
}
