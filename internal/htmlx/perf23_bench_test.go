//go:build linux

package htmlx

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article/internal/model"
)

// BenchmarkPerf23BuildMetaAEB runs buildMeta (the choice of the title,
// authors, dates… from what the metadata walk gathered) over every page
// of the AEB per iteration, on one locked thread, the parse and the walk
// done before each page's time is taken, and reports the thread's CPU
// time per pass: the stage perf23's title searches changed, measured so
// that old and new builds compare on a loaded machine.
func BenchmarkPerf23BuildMetaAEB(b *testing.B) {
	roots, sizes := perf12kAEB(b)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var cpu time.Duration
	for b.Loop() {
		for i, root := range roots {
			m := collectMeta(root, sizes[i])
			t0 := threadRusage()
			_ = buildMeta(m, &model.Config{})
			cpu += threadRusage() - t0
			m.release()
		}
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// perf23TitleCases gathers, from every AEB page, its page text and the
// words of its <title>, its title's parts and its first <h1>: what
// locateText and printsLine search for.
func perf23TitleCases(b *testing.B) (texts []string, words [][][]string) {
	roots, sizes := perf12kAEB(b)
	for i, root := range roots {
		m := collectMeta(root, sizes[i])
		var ws [][]string
		for _, c := range append([]string{m.title}, append(titleParts(m.title), m.h1s...)...) {
			if w := strings.Fields(c); len(w) > 0 && len(w) <= 40 {
				ws = append(ws, w)
			}
		}
		texts, words = append(texts, m.text), append(words, ws)
		m.release()
	}
	return texts, words
}

// BenchmarkPerf23TitleSearch runs foldWords' three searches for the
// title words of every AEB page over its text, per iteration, on one
// locked thread, and reports the thread's CPU time per pass;
// BenchmarkPerf23TitleSearchOld runs the expressions they replace.
func BenchmarkPerf23TitleSearch(b *testing.B) {
	perf23TitleBench(b, func(text string, w []string) {
		if fw, ok, fits := newFoldWords(w); ok && fits {
			_ = fw.hasLine(text)
			_ = fw.lines(text, maxHeadlineLines)
			_, _ = fw.index(text)
		}
	})
}

func BenchmarkPerf23TitleSearchOld(b *testing.B) {
	perf23TitleBench(b, func(text string, w []string) {
		_ = printsLineRE(text, w)
		_, _ = locateLinesRE(text, w, maxHeadlineLines)
		_, _ = locateIndexRE(text, w)
	})
}

// perf23TitleBench runs search on every page's text and title words.
func perf23TitleBench(b *testing.B, search func(text string, words []string)) {
	texts, words := perf23TitleCases(b)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	t0 := threadRusage()
	for b.Loop() {
		for i, text := range texts {
			for _, w := range words[i] {
				search(text, w)
			}
		}
	}
	b.ReportMetric(float64((threadRusage()-t0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
