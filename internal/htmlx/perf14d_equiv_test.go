package htmlx

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// outerFurnitureClimb is sentenceCaption's search as it was: every
// element from n up to root graded, the last furniture found kept.
func outerFurnitureClimb(n, root *html.Node) *html.Node {
	var outer *html.Node
	for ; n != nil && n != root; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		if boilerTags[n.DataAtom] || classBoiler(n) == boilerHard {
			outer = n
		}
	}
	return outer
}

// TestOuterFurnitureSame compares the memo's outerFurniture with the
// climb it replaced on every node of the test pages, for several roots
// of each page (the document, <body>, and elements picked at random,
// some of which are not above the nodes asked about), the nodes asked in
// page order and in random order, one memo per root as emitOnce keeps.
func TestOuterFurnitureSame(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 4))
	found, asked := 0, 0
	for _, page := range equivPages(t) {
		var nodes, elems []*html.Node
		eachNode(page, func(n *html.Node) {
			nodes = append(nodes, n)
			if n.Type == html.ElementNode {
				elems = append(elems, n)
			}
		})
		roots := []*html.Node{page, findElement(page, "body")}
		for range 3 {
			if len(elems) > 0 {
				roots = append(roots, elems[r.IntN(len(elems))])
			}
		}
		for _, root := range roots {
			if root == nil {
				continue
			}
			for _, order := range []bool{false, true} {
				asks := slices.Clone(nodes)
				if order {
					r.Shuffle(len(asks), func(i, j int) { asks[i], asks[j] = asks[j], asks[i] })
				}
				var memo creditMemo
				for _, n := range asks {
					want := outerFurnitureClimb(n, root)
					if got := memo.outerFurniture(n, root); got != want {
						t.Fatalf("outerFurniture(<%s>) = %v, the climb gives %v", n.Data, got, want)
					}
					asked++
					if want != nil {
						found++
					}
				}
			}
		}
	}
	if found < asked/100 {
		t.Fatalf("furniture above only %d of %d nodes: the test pages do not exercise it", found, asked)
	}
}

// findElement returns the first element named name under n, or nil.
func findElement(n *html.Node, name string) *html.Node {
	var out *html.Node
	eachNode(n, func(c *html.Node) {
		if out == nil && c.Type == html.ElementNode && c.Data == name {
			out = c
		}
	})
	return out
}

// pageTextBuilder is the page text as collectMeta gathered it before
// pageText: a strings.Builder written in the same walk order.
func pageTextBuilder(root *html.Node) string {
	w := &metaWalker{m: &PageMeta{metas: map[string][]string{}, jsonTexts: jsonTexts{}}, person: -1, publisher: -1}
	w.walk(root, 0) // a zero pageText: a buffer of its own, not pooled
	return string(w.text.buf)
}

// TestPageTextSame checks that collectMeta's text, gathered in a buffer
// shared from page to page, is the text of a buffer of the page's own,
// and that a page's text stays as it was while later pages (and the
// same page again) reuse the buffer: the string handed out never aliases
// the pooled memory.
func TestPageTextSame(t *testing.T) {
	pages := equivPages(t)
	var texts, wants []string
	for round := range 2 {
		for i, page := range pages {
			want := pageTextBuilder(page)
			got := collectMeta(page, 100000).text
			if got != want {
				t.Fatalf("round %d page %d: text of %d bytes differs from the builder's %d", round, i, len(got), len(want))
			}
			texts, wants = append(texts, got), append(wants, strings.Clone(want))
		}
	}
	for i := range texts {
		if texts[i] != wants[i] {
			t.Fatalf("text %d changed after later pages reused the buffer", i)
		}
	}
}

// drainTreePool empties treePool, so that the next tree is built anew
// as before pooling (a new map and slices).
func drainTreePool() {
	for treePool.Get() != nil {
	}
}

// TestBlockTreePooledSame builds the block tree of each test page's walk
// from the pool, holding the emptied tree of the page before, and
// compares it with the tree built anew from an empty pool: the same
// nodes, parents, blocks and index.
func TestBlockTreePooledSame(t *testing.T) {
	pages := equivPages(t)
	var prev *ContentWalker
	reused := 0
	for round := range 2 {
		for i, page := range pages {
			w := &ContentWalker{UseHints: true, Blocks: pooledBlocks()}
			w.Walk(page, WalkState{Owner: page}, 0)
			w.Flush()
			drainTreePool()
			want := w.tree()
			w.blocksTree = nil
			var prevTree *blockTree
			if prev != nil {
				prevTree = prev.blocksTree
				prev.releaseBlocks() // its tree, emptied, is the pool's
			}
			got := w.tree()
			if got == prevTree {
				reused++
			}
			if !slices.Equal(got.nodes, want.nodes) || !slices.Equal(got.parent, want.parent) || !slices.Equal(got.block, want.block) || len(got.index) != len(want.index) {
				t.Fatalf("round %d page %d: pooled tree differs from a new one (%d/%d nodes, %d/%d blocks)", round, i, len(got.nodes), len(want.nodes), len(got.block), len(want.block))
			}
			for n, j := range want.index {
				if got.index[n] != j {
					t.Fatalf("round %d page %d: index of <%s> %d, want %d", round, i, n.Data, got.index[n], j)
				}
			}
			prev = w
		}
	}
	if reused < len(pages) && !raceEnabled { // (the race detector makes sync.Pool drop Puts at random)
		t.Fatalf("only %d of %d trees came from the pool", reused, 2*len(pages))
	}
}
