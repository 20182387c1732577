package htmlx

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// treeOld is ContentWalker.tree before perf26: every block's climb asks
// the map at each ancestor until one is numbered.
func treeOld(blocks []textBlock) *blockTree {
	return treeOldInto(&blockTree{index: map[*html.Node]int32{}, block: make([]int32, len(blocks))}, blocks)
}

// treeOldInto is treeOld filling t, an empty tree (newBlockTree's).
func treeOldInto(t *blockTree, blocks []textBlock) *blockTree {
	var chain []*html.Node
	for i := range blocks {
		top := int32(-1)
		chain = chain[:0]
		for n := blocks[i].owner; n != nil; n = n.Parent {
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
	}
	return t
}

// sumsUnderOld is the sums of featuresInto and runesUnder before perf26:
// each block's counts added to every ancestor on a climb to the root.
func sumsUnderOld(t *blockTree, blocks []textBlock) (runes, links []int) {
	runes = make([]int, len(t.nodes))
	links = make([]int, len(t.nodes))
	for i := range blocks {
		for j := t.block[i]; j >= 0; j = t.parent[j] {
			runes[j] += blocks[i].Runes
			links[j] += blocks[i].LinkRun
		}
	}
	return runes, links
}

// perf26RandomPage builds a random body of nested elements, text, links
// and line breaks (blocks of one element split by <br>, blocks whose
// owner is an element a sibling block's owner sits in), with chrome the
// walk passes over.
func perf26RandomPage(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("<html><head><title>T</title></head><body>")
	tags := []string{"div", "p", "h2", "a", "li", "ul", "article", "section", "span", "blockquote", "nav", "aside", "figure", "table", "td"}
	var block func(depth int)
	block = func(depth int) {
		for range 1 + r.IntN(5) {
			switch k := r.IntN(6); {
			case depth > 6 || k == 0:
				for range 1 + r.IntN(6) {
					b.WriteString(" word")
				}
			case k == 1:
				b.WriteString("text<br>more text")
			default:
				t := tags[r.IntN(len(tags))]
				b.WriteString("<" + t + ">")
				if r.IntN(2) == 0 {
					b.WriteString("some words here")
				}
				block(depth + 1)
				b.WriteString("</" + t + ">")
			}
		}
	}
	block(0)
	b.WriteString("</body></html>")
	return b.String()
}

// TestPerf26TreeSame checks tree (the previous block's owner and its
// parent numbered without the map) and sumsUnder (the sums carried up
// from the deepest element) against their former forms, on the test
// pages and on random pages, with and without the walk's hints.
func TestPerf26TreeSame(t *testing.T) {
	r := rand.New(rand.NewPCG(26, 1))
	pages := equivPages(t)
	n := 300
	if raceEnabled {
		n = 30
	}
	for range n {
		root, err := html.Parse(strings.NewReader(perf26RandomPage(r)))
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, root)
	}
	fast, sums := 0, 0
	for _, page := range pages {
		for _, hints := range []bool{true, false} {
			w := &ContentWalker{UseHints: hints}
			w.Walk(page, WalkState{Owner: page}, 0)
			w.Flush()
			got, want := w.tree(), treeOld(w.Blocks)
			if !slices.Equal(got.nodes, want.nodes) || !slices.Equal(got.parent, want.parent) || !slices.Equal(got.block, want.block) || len(got.index) != len(want.index) {
				t.Fatalf("tree differs from the map's climb: %d nodes, %d wanted", len(got.nodes), len(want.nodes))
			}
			for k, v := range want.index {
				if got.index[k] != v {
					t.Fatalf("index of <%s> = %d, want %d", k.Data, got.index[k], v)
				}
			}
			for i := 1; i < len(w.Blocks); i++ {
				if o := w.Blocks[i].owner; o != nil && (o == w.Blocks[i-1].owner || o.Parent == w.Blocks[i-1].owner.Parent) {
					fast++
				}
			}
			gr, gl := got.sumsUnder(w.Blocks)
			wr, wl := sumsUnderOld(want, w.Blocks)
			if !slices.Equal(gr, wr) || !slices.Equal(gl, wl) {
				t.Fatal("sumsUnder differs from the climb's sums")
			}
			if len(gr) > 1 && slices.Max(gr) > 0 {
				sums++
			}
			if r := w.runesUnder(got); !slices.Equal(r, wr) {
				t.Fatal("runesUnder differs from the climb's sums")
			}
			w.releaseTree()
		}
	}
	// The cases must reach the new paths: blocks whose owner or its
	// parent is the previous block's, and trees with sums to carry.
	if fast < 1000 || sums < len(pages) {
		t.Fatalf("fast path taken %d times, sums on %d of %d pages: the cases do not exercise the change", fast, sums, 2*len(pages))
	}
}
