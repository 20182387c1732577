package htmlx

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
)

// TestFlushTextSame checks the block texts Flush makes since perf23 (the
// ASCII reading chosen by what text saw) against the former form,
// textutil.NormalizeSpace of the gathered text: the text nodes of the
// test pages (and the trafilatura corpus's tuning pages when ../shared is
// there) fed to text in random runs, then random runs of ASCII and other
// white space, letters and bytes that are not UTF-8.
func TestFlushTextSame(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 7))
	var runs [][]string
	for _, root := range equivPages(t) {
		var texts []string
		for d := range root.Descendants() {
			if d.Type == html.TextNode {
				texts = append(texts, d.Data)
			}
		}
		for i := 0; i < len(texts); {
			n := min(1+r.IntN(4), len(texts)-i)
			runs = append(runs, texts[i:i+n])
			i += n
		}
	}
	alphabet := []string{"a", "B", "7", " ", " ", "  ", "\n", "\t", "\r", "\f", "\v", "\x00", "\x7f", "\u00a0", "\u200b", "\u200d", "\u00ad",
		"é", "ж", "\ufffd", "\xff", "\u2028", ".", "\u3000"}
	for range randomCases(20000) {
		var run []string
		for range 1 + r.IntN(4) {
			var b strings.Builder
			for range r.IntN(12) {
				b.WriteString(alphabet[r.IntN(len(alphabet))])
			}
			run = append(run, b.String())
		}
		runs = append(runs, run)
	}
	w := &ContentWalker{}
	st := WalkState{kind: kindPara}
	kept := 0
	for _, run := range runs {
		n := len(w.Blocks)
		for _, s := range run {
			w.text(s, st)
		}
		if w.cur == nil {
			continue // blank text opens no block
		}
		b := w.cur
		w.Flush()
		want := textutil.NormalizeSpace(strings.Join(run, ""))
		if len(w.Blocks) == n {
			if want != "" && b.Runes != 0 {
				t.Fatalf("run %q: block dropped, want %q", run, want)
			}
			continue
		}
		if got := w.Blocks[n].Text; got != want {
			t.Fatalf("run %q: text %q, want %q", run, got, want)
		}
		kept++
	}
	// The texts handed on must not share the reused buffer.
	for i := range w.Blocks {
		if textutil.Aliases(w.Blocks[i].Text, w.buf) {
			t.Fatalf("block %d's text aliases the walker's buffer", i)
		}
	}
	t.Logf("%d runs, %d blocks compared", len(runs), kept)
}
