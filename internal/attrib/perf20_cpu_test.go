package attrib_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/threadcpu"
)

// BenchmarkPerf20AttribThreadCPU runs attribution alone, on one locked
// thread, over the AEB pages' bodies (as the HTML path hands them over)
// and over the test texts (as the text path does), and reports the
// thread's CPU milliseconds per pass of each.
func BenchmarkPerf20AttribThreadCPU(b *testing.B) {
	arts := aebBodies(b)
	texts := textBodies(b)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var html, text time.Duration
	for b.Loop() {
		t0 := threadcpu.Now()
		for _, a := range arts {
			_, _, _ = attrib.Extract(a.blocks, a.tag, noCancel)
		}
		t1 := threadcpu.Now()
		for _, a := range texts {
			_, _, _ = attrib.Extract(a.blocks, a.tag, noCancel)
		}
		html += t1 - t0
		text += threadcpu.Now() - t1
	}
	n := float64(b.N)
	b.ReportMetric(float64(html.Microseconds())/1000/n, "aeb-cpu-ms/op")
	b.ReportMetric(float64(text.Microseconds())/1000/n, "texts-cpu-ms/op")
}
