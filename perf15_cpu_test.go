//go:build linux

package article_test

import (
	"bytes"
	"runtime"
	"testing"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/threadcpu"
	"golang.org/x/net/html"
)

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
				t0 := threadcpu.Now()
				if (i+k)%2 == 0 {
					if _, err := html.Parse(bytes.NewReader(p.data)); err != nil {
						b.Fatal(err)
					}
					bare += threadcpu.Now() - t0
				} else {
					_, _ = article.ParseHTML(bytes.NewReader(p.data))
					full += threadcpu.Now() - t0
				}
			}
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(bare.Milliseconds())/n, "bare-cpu-ms/op")
	b.ReportMetric(float64(full.Milliseconds())/n, "article-cpu-ms/op")
	b.ReportMetric(float64(full)/float64(bare), "x-bare")
}
