package htmlx

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// splitTitleEach is splitTitle as it was: strings.Split of every part at
// every separator in turn.
func splitTitleEach(t string) []string {
	parts := []string{t}
	for _, sep := range titleSeparators {
		var next []string
		for _, p := range parts {
			for _, q := range strings.Split(p, sep) {
				if q = strings.TrimSpace(q); q != "" {
					next = append(next, q)
				}
			}
		}
		parts = next
	}
	return parts
}

// perf12kTitles returns the <title>, <h1> and og:title texts of the test
// pages, the texts splitTitle is given.
func perf12kTitles(t *testing.T) []string {
	var out []string
	for _, root := range equivPages(t) {
		eachNode(root, func(e *html.Node) {
			switch {
			case e.DataAtom == atom.Title, e.DataAtom == atom.H1, e.DataAtom == atom.H2:
				out = append(out, nodeText(e))
			case e.DataAtom == atom.Meta && strings.HasSuffix(attr(e, "property"), "title"):
				out = append(out, attr(e, "content"))
			}
		})
	}
	return out
}

// TestSplitTitleSame compares splitTitle with the form it replaced on the
// titles and headings of the test pages and on random texts of separators
// (alone, doubled, overlapping: " | | ", " || ", " - – "), spaces of every
// kind, words and broken UTF-8.
func TestSplitTitleSame(t *testing.T) {
	texts := perf12kTitles(t)
	pieces := append([]string{"", " ", "  ", "\t", "\n", "\u00a0", "|", "-", "–", "—", ":", "·", "/", "«", "»", "Word", "a", "Ünï", "\xff"}, titleSeparators...)
	r := rand.New(rand.NewSource(1201))
	for range randomCases(200000) {
		var b strings.Builder
		for k := r.Intn(8); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	cut := 0
	for _, s := range texts {
		want, got := splitTitleEach(s), splitTitle(s)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("splitTitle(%q) = %q, the split at each separator gives %q", s, got, want)
		}
		if len(want) > 1 {
			cut++
		}
	}
	if cut < randomCases(1000) {
		t.Fatalf("only %d of %d texts were cut", cut, len(texts))
	}
}
