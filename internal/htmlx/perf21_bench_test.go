//go:build linux

package htmlx

import (
	"runtime"
	"testing"
	"time"

	"github.com/articlekit/article/internal/model"
)

// BenchmarkPerf21MeasureAEB runs the page kind's measure (measurePage)
// over every AEB page per iteration, the parse left out, on one locked
// thread, and reports the thread's CPU time per pass of the second
// measure of each page: in Extract the walks before it have read the
// tree into the caches, which a pass over every page's tree (far larger
// than the caches) does not.
func BenchmarkPerf21MeasureAEB(b *testing.B) {
	roots, _ := perf12kAEB(b)
	// The JSON-LD is decoded once, as the metadata walk has done it
	// before the measure in Extract.
	texts := make([]jsonTexts, len(roots))
	for i, root := range roots {
		texts[i] = jsonTexts{}
		_ = measurePage(root, texts[i])
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var cpu time.Duration
	for b.Loop() {
		for i, root := range roots {
			// The tree warmed by a first measure, as the walks before
			// it in Extract leave it: the second is timed.
			_ = measurePage(root, texts[i])
			t0 := threadRusage()
			_ = measurePage(root, texts[i])
			cpu += threadRusage() - t0
		}
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkPerf21MetaSectionAEB is BenchmarkMetaSectionAEB (the metadata
// walk, the field choice and the section walk) timed, as
// BenchmarkPerf21MeasureAEB, on the second run over each page's tree.
func BenchmarkPerf21MetaSectionAEB(b *testing.B) {
	roots, sizes := perf12kAEB(b)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var cpu time.Duration
	run := func(i int) {
		c := &model.Config{}
		m := collectMeta(roots[i], sizes[i])
		a := buildMeta(m, c)
		chooseSection(a, m, roots[i], c)
	}
	for b.Loop() {
		for i := range roots {
			run(i)
			t0 := threadRusage()
			run(i)
			cpu += threadRusage() - t0
		}
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
