//go:build linux

package htmlx

import (
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/articlekit/article/internal/model"
)

// threadRusage is the CPU time (user and system) the calling thread has
// used, from getrusage(RUSAGE_THREAD).
func threadRusage() time.Duration {
	var ru syscall.Rusage
	const rusageThread = 1
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkMetaSectionAEB runs the metadata stage of Extract (the
// metadata walk, the field choice and the section walk) over every page
// of the AEB per iteration, the parse left out, on one locked thread, and
// reports the thread's CPU time per pass: the stage perf17 changed,
// measured so that old and new builds compare on a machine other
// processes load.
func BenchmarkMetaSectionAEB(b *testing.B) {
	roots, sizes := perf12kAEB(b)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ReportAllocs()
	var cpu time.Duration
	for b.Loop() {
		t0 := threadRusage()
		for i, root := range roots {
			c := &model.Config{}
			m := collectMeta(root, sizes[i])
			a := buildMeta(m, c)
			chooseSection(a, m, root, c)
		}
		cpu += threadRusage() - t0
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
