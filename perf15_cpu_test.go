//go:build linux

package article_test

import (
	"bytes"
	"runtime"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/articlekit/article"
	"golang.org/x/net/html"
)

// threadCPU returns the CPU time the calling thread has used
// (CLOCK_THREAD_CPUTIME_ID): unlike wall time, it leaves out the time
// the thread waits while other processes run, which on a busy machine is
// most of the difference between two runs.
func threadCPU() time.Duration {
	var ts syscall.Timespec
	const clockThreadCPUTime = 3
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}

// BenchmarkParseVsBareThreadCPU runs, per iteration, every AEB page
// through a bare html.Parse and through ParseHTML, in turn (the order
// alternating from page to page), on one locked thread, and reports the
// thread's CPU time for each and their ratio: the bench module's "vs
// html.Parse" figure, read from CPU time instead of wall time so that
// the load of other processes counts far less. Garbage collection that
// runs on other threads is not counted, as the bench's interleaved pass
// leaves most of it out.
func BenchmarkParseVsBareThreadCPU(b *testing.B) {
	pages := aebPages(b)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var bare, full time.Duration
	for b.Loop() {
		for i, p := range pages {
			for k := range 2 {
				t0 := threadCPU()
				if (i+k)%2 == 0 {
					if _, err := html.Parse(bytes.NewReader(p.data)); err != nil {
						b.Fatal(err)
					}
					bare += threadCPU() - t0
				} else {
					_, _ = article.ParseHTML(bytes.NewReader(p.data))
					full += threadCPU() - t0
				}
			}
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(bare.Milliseconds())/n, "bare-cpu-ms/op")
	b.ReportMetric(float64(full.Milliseconds())/n, "article-cpu-ms/op")
	b.ReportMetric(float64(full)/float64(bare), "x-bare")
}
