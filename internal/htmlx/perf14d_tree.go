package htmlx

import (
	"sync"

	"golang.org/x/net/html"
)

// treePool keeps the blockTrees of finished walks (their node index, the
// largest of a walk's allocations after the blocks: about 3.4 MB per pass
// over the AEB pages), emptied, for the next page's walk.
var treePool sync.Pool

// maxPooledTree bounds the trees treePool keeps, in elements: clearing a
// map costs its capacity, which one long page would otherwise impose on
// every page after it.
const maxPooledTree = 16384

// newBlockTree returns an empty blockTree for a walk of nBlocks blocks:
// a pooled one when there is one.
func newBlockTree(nBlocks int) *blockTree {
	if t, ok := treePool.Get().(*blockTree); ok {
		t.block = append(t.block[:0], make([]int32, nBlocks)...)
		return t
	}
	return &blockTree{index: make(map[*html.Node]int32, 2*nBlocks), block: make([]int32, nBlocks)}
}

// releaseTree gives w's blockTree, if it built one, back to treePool; the
// tree is not read after.
func (w *ContentWalker) releaseTree() {
	t := w.blocksTree
	w.blocksTree = nil
	if t == nil || len(t.nodes) > maxPooledTree || cap(t.block) > maxPooledTree {
		// (A page of many blocks in few elements, lines split by <br>,
		// sizes the block slice: not kept for every page after it.)
		return
	}
	clear(t.index)
	clear(t.nodes) // no page's nodes kept alive by the pool
	t.nodes, t.parent, t.block = t.nodes[:0], t.parent[:0], t.block[:0]
	treePool.Put(t)
}
