//go:build linux

package article_test

import (
	"bytes"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/threadcpu"
)

// BenchmarkPerf26HostileCPU parses each hostile HTML input of
// BenchmarkHostile at its two sizes on one locked thread and reports the
// thread's CPU milliseconds per parse: the growth from the smaller size
// to the larger (twice the bytes) read from CPU time, which the load of
// other processes changes far less than the wall time BenchmarkHostile
// reports.
func BenchmarkPerf26HostileCPU(b *testing.B) {
	for _, h := range hostileInputs {
		if !h.html {
			continue
		}
		for _, n := range h.sizes {
			in := h.gen(n)
			b.Run(fmt.Sprintf("%s/%dKB", h.name, len(in)>>10), func(b *testing.B) {
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				var cpu time.Duration
				for b.Loop() {
					t0 := threadcpu.Now()
					_, _ = article.ParseHTML(bytes.NewReader(in))
					cpu += threadcpu.Now() - t0
				}
				b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
			})
		}
	}
}
