//go:build linux

package htmlx

import (
	"runtime"
	"testing"
	"time"

	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
)

// BenchmarkPerf22ContentAEB runs the content stage of Extract (the
// content walk, its choice and emission, the retry and fallback checks,
// then preferLDBody) over every page of the AEB per iteration, on one
// locked thread, the parse and the metadata done once before, and
// reports the thread's CPU time per pass (each page's tree warmed before
// its time is taken, threadRusage read around each page): the stage perf22 changed,
// measured so that old and new builds compare on a loaded machine.
func BenchmarkPerf22ContentAEB(b *testing.B) {
	roots, sizes := perf12kAEB(b)
	heads := make([]string, len(roots))
	names := make([][]string, len(roots))
	lds := make([]string, len(roots))
	for i, root := range roots {
		m := collectMeta(root, sizes[i])
		a := buildMeta(m, &model.Config{})
		heads[i] = a.Headline
		for _, au := range a.Authors {
			names[i] = append(names[i], au.Name)
		}
		lds[i] = m.ldArticleBody(a.Headline)
		m.release()
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ReportAllocs()
	var cpu time.Duration
	for b.Loop() {
		for i, root := range roots {
			// The tree is warmed first, as the parse and the metadata
			// walk leave it in ParseHTML: the pages together are far
			// larger than the caches, and a cold tree's cache misses
			// would be counted against the stage.
			perf22Warm(root)
			t0 := threadRusage()
			blocks, _ := extractContent(root, heads[i], names[i])
			_, _ = preferLDBody(blocks, lds[i])
			cpu += threadRusage() - t0
		}
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// perf22Sink keeps perf22Warm's reads from being left out.
var perf22Sink int

// perf22Warm reads every node of the tree under n, its text and its
// attributes.
func perf22Warm(n *html.Node) {
	s := 0
	for d := range n.Descendants() {
		s += len(d.Data)
		if len(d.Data) > 0 {
			s += int(d.Data[0]) + int(d.Data[len(d.Data)-1])
		}
		for _, a := range d.Attr {
			s += len(a.Key) + len(a.Val)
			if len(a.Val) > 0 {
				s += int(a.Val[0])
			}
		}
	}
	perf22Sink += s
}
