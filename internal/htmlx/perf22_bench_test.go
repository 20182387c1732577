//go:build linux

package htmlx

import (
	"runtime"
	"testing"
	"time"

	"github.com/articlekit/article/internal/model"
)

// BenchmarkPerf22ContentAEB runs the content stage of Extract (the
// content walk, its choice and emission, the retry and fallback checks,
// then preferLDBody) over every page of the AEB per iteration, on one
// locked thread, the parse and the metadata done once before, and
// reports the thread's CPU time per pass: the stage perf22 changed,
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
		t0 := threadRusage()
		for i, root := range roots {
			blocks, _ := extractContent(root, heads[i], names[i])
			_, _ = preferLDBody(blocks, lds[i])
		}
		cpu += threadRusage() - t0
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
