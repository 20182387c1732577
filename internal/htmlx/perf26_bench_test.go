//go:build linux

package htmlx

import (
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/threadcpu"
	"golang.org/x/net/html"
)

// perf26Count walks the tree and counts its nodes: the floor of any walk.
func perf26Count(n *html.Node) int {
	k := 1
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += perf26Count(c)
	}
	return k
}

// perf26Same (PERF26_SAME set) makes BenchmarkPerf26ColdWarm run the
// stage before each on the same page first; perf26Once (PERF26_ONCE)
// makes BenchmarkPerf26Stages run each page's stage once, not twice.
var (
	perf26Same = os.Getenv("PERF26_SAME") != ""
	perf26Once = os.Getenv("PERF26_ONCE") != ""
)

// perf26Pages returns the AEB pages' trees and sizes with the metadata
// and the draft Extract builds from each, for the stage benchmarks.
func perf26Pages(b *testing.B) (roots []*html.Node, sizes []int, metas []*PageMeta, drafts []*model.Draft) {
	roots, sizes = perf12kAEB(b)
	metas = make([]*PageMeta, len(roots))
	drafts = make([]*model.Draft, len(roots))
	for i, root := range roots {
		metas[i] = collectMeta(root, sizes[i])
		drafts[i] = buildMeta(metas[i], &model.Config{})
	}
	return roots, sizes, metas, drafts
}

// BenchmarkPerf26Stages runs each stage of Extract that follows the parse
// over every AEB page, each page's stage run twice in a row and both
// counted (the tree warm in the caches after the first, as Extract has
// it), one sub-benchmark a stage, so that their costs compare.
func BenchmarkPerf26Stages(b *testing.B) {
	roots, sizes, metas, drafts := perf26Pages(b)
	stage := func(name string, f func(i int)) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			t0 := threadcpu.Now()
			for b.Loop() {
				for i := range roots {
					f(i)
					if !perf26Once {
						f(i)
					}
				}
			}
			b.ReportMetric(float64((threadcpu.Now()-t0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
	stage("count", func(i int) { _ = perf26Count(roots[i]) })
	stage("collectMeta", func(i int) { _ = collectMeta(roots[i], sizes[i]) })
	stage("buildMeta", func(i int) { _ = buildMeta(metas[i], &model.Config{}) })
	stage("section", func(i int) {
		a := *drafts[i]
		chooseSection(&a, metas[i], roots[i], &model.Config{})
	})
	stage("measure", func(i int) { _ = measurePage(roots[i], metas[i].jsonTexts) })
	stage("content", func(i int) {
		names := make([]string, len(drafts[i].Authors))
		for k, au := range drafts[i].Authors {
			names[k] = au.Name
		}
		_, _ = extractContent(roots[i], drafts[i].Headline, names)
	})
}

// BenchmarkPerf26ColdWarm runs a stage twice on each AEB page in turn,
// after a pass of the content walk over another page (which leaves the
// caches holding that page), and reports the thread CPU of the first run
// (the page's tree out of the caches, as a walk that follows another
// stage may find it) and of the second (warm): what merging that stage's
// walk into the walk before it could save at most by the caches.
func BenchmarkPerf26ColdWarm(b *testing.B) {
	roots, sizes, metas, drafts := perf26Pages(b)
	stages := map[string]func(i int){
		"count":       func(i int) { _ = perf26Count(roots[i]) },
		"collectMeta": func(i int) { _ = collectMeta(roots[i], sizes[i]) },
		"section": func(i int) {
			a := *drafts[i]
			chooseSection(&a, metas[i], roots[i], &model.Config{})
		},
		"measure": func(i int) { _ = measurePage(roots[i], metas[i].jsonTexts) },
	}
	// The stage before each in Extract, run on the same page.
	before := map[string]func(i int){
		"count":       func(i int) {},
		"collectMeta": func(i int) {},
		"section": func(i int) {
			m := collectMeta(roots[i], sizes[i])
			_ = buildMeta(m, &model.Config{})
		},
		"measure": func(i int) { _, _ = extractContent(roots[i], drafts[i].Headline, nil) },
	}
	for _, name := range []string{"count", "collectMeta", "section", "measure"} {
		f, pre := stages[name], before[name]
		b.Run(name, func(b *testing.B) {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			var cold, warm time.Duration
			for b.Loop() {
				for i := range roots {
					j := (i + len(roots)/2) % len(roots)
					_, _ = extractContent(roots[j], drafts[j].Headline, nil)
					if perf26Same {
						pre(i)
					}
					t0 := threadcpu.Now()
					f(i)
					t1 := threadcpu.Now()
					f(i)
					warm += threadcpu.Now() - t1
					cold += t1 - t0
				}
			}
			n := float64(b.N)
			b.ReportMetric(float64(cold.Microseconds())/1000/n, "cold-ms/op")
			b.ReportMetric(float64(warm.Microseconds())/1000/n, "warm-ms/op")
		})
	}
}

// perf26Walked returns the content walker of each AEB page after its walk
// (the blocks choose reads), for the block tree's benchmarks.
func perf26Walked(b *testing.B) []*ContentWalker {
	roots, _ := perf12kAEB(b)
	ws := make([]*ContentWalker, len(roots))
	for i, root := range roots {
		w := &ContentWalker{UseHints: true}
		w.Walk(root, WalkState{Owner: root}, 0)
		w.Flush()
		ws[i] = w
	}
	return ws
}

// BenchmarkPerf26Tree builds every AEB page's block tree and its sums as
// choose and featuresInto do (tree, then sumsUnder); BenchmarkPerf26TreeOld
// the same by their former forms (treeOld, sumsUnderOld), the tree's
// memory from the same pool.
func BenchmarkPerf26Tree(b *testing.B) {
	ws := perf26Walked(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range ws {
			t := w.tree()
			_, _ = t.sumsUnder(w.Blocks)
			w.releaseTree()
		}
	}
}

func BenchmarkPerf26TreeOld(b *testing.B) {
	ws := perf26Walked(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range ws {
			w.blocksTree = treeOldInto(newBlockTree(len(w.Blocks)), w.Blocks)
			_, _ = sumsUnderOld(w.blocksTree, w.Blocks)
			w.releaseTree()
		}
	}
}
