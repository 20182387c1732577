package attrib_test

import (
	"runtime"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/articlekit/article/internal/attrib"
)

// perf20ThreadCPU is the CPU time of the calling OS thread
// (CLOCK_THREAD_CPUTIME_ID): the load of other processes on the machine
// counts far less in it than in wall time.
func perf20ThreadCPU() time.Duration {
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, 3, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}

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
		t0 := perf20ThreadCPU()
		for _, a := range arts {
			_, _, _ = attrib.Extract(a.blocks, a.tag, noCancel)
		}
		t1 := perf20ThreadCPU()
		for _, a := range texts {
			_, _, _ = attrib.Extract(a.blocks, a.tag, noCancel)
		}
		html += t1 - t0
		text += perf20ThreadCPU() - t1
	}
	n := float64(b.N)
	b.ReportMetric(float64(html.Microseconds())/1000/n, "aeb-cpu-ms/op")
	b.ReportMetric(float64(text.Microseconds())/1000/n, "texts-cpu-ms/op")
}
