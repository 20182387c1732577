package article_test

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/threadcpu"
)

// BenchmarkPerf20TextThreadCPU runs the text path (ParseText) over every
// test text (testdata/text/*.txt) and over the seed alone, on one locked
// thread, and reports the thread's CPU milliseconds per pass of each:
// issue 13's cost per article of the text path, read from CPU time so
// that the load of other processes counts far less.
func BenchmarkPerf20TextThreadCPU(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	var texts [][]byte
	var seed []byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, data)
		if filepath.Base(p) == "seed_ru.txt" {
			seed = data
		}
	}
	if len(texts) == 0 || seed == nil {
		b.Skip("no test texts")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var all, one time.Duration
	for b.Loop() {
		t0 := threadcpu.Now()
		for _, data := range texts {
			_, _ = article.ParseText(bytes.NewReader(data))
		}
		t1 := threadcpu.Now()
		_, _ = article.ParseText(bytes.NewReader(seed))
		all += t1 - t0
		one += threadcpu.Now() - t1
	}
	n := float64(b.N)
	b.ReportMetric(float64(all.Microseconds())/1000/n, "texts-cpu-ms/op")
	b.ReportMetric(float64(one.Microseconds())/1000/n, "seed-cpu-ms/op")
}
