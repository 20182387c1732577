package htmlx

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
)

// perf15Texts returns the text of every text node of the test pages, and
// of every element with a short text, as content blocks are made of.
func perf15Texts(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, page := range equivPages(t) {
		eachNode(page, func(n *html.Node) {
			switch n.Type {
			case html.TextNode:
				out = append(out, n.Data)
			case html.ElementNode:
				if s := nodeText(n); len(s) < 2000 {
					out = append(out, s)
				}
			}
		})
	}
	return out
}

// perf15Parts are pieces of random texts: the marks looked for, their
// bytes alone and split, other punctuation, letters in several scripts,
// broken UTF-8 and white space.
var perf15Parts = []string{".", "!", "?", "。", "\xe3", "\xe3\x80", "\x80\x82", "\x82", "、", "．", "！", "？", "…", ",", ";", ":",
	" ", "\t", "\n", "\u00a0", "a", "Word", "слово", "語", "\xff", "\xc3", "\xe2\x80", "’", "”", "»", "1", "2,5", "e.g"}

// TestHoldsSentenceMarkSame checks holdsSentenceMark against
// strings.ContainsAny(s, ".!?。"), which textBlock.weight called, on the
// texts of the test pages and on random texts of the parts above.
func TestHoldsSentenceMarkSame(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	r := rand.New(rand.NewPCG(15, 1))
	for range randomCases(200000) {
		texts = append(texts, randomText(r, perf15Parts, 12))
	}
	yes := 0
	for _, s := range texts {
		got, want := holdsSentenceMark(s), strings.ContainsAny(s, ".!?。")
		if got != want {
			t.Fatalf("holdsSentenceMark(%q) = %v, want %v", s, got, want)
		}
		if got {
			yes++
		}
	}
	if yes == 0 || yes == len(texts) {
		t.Fatalf("%d of %d texts hold a mark: the cases do not test both answers", yes, len(texts))
	}
}

// TestHoldsRunesSame checks holdsRunes against bodyRunes(bs) > 0, the
// test of doubtful it stands for, on bodies of one to three texts of the
// test pages and of random texts (some without a letter or digit).
func TestHoldsRunesSame(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	r := rand.New(rand.NewPCG(15, 2))
	marks := []string{".", " ", "\u00a0", "—", "…", "\xff", "\u200b", "«", "»", "!", "\n", "1", "a", "я", "語", "\u0301"}
	for range randomCases(100000) {
		texts = append(texts, randomText(r, marks[:11], 6), randomText(r, marks, 6))
	}
	some, none := 0, 0
	for i := range texts {
		var bs []model.Block
		for k := range 1 + i%3 {
			bs = append(bs, model.Block{Text: texts[(i+k*7919)%len(texts)]})
		}
		got, want := holdsRunes(bs), bodyRunes(bs) > 0
		if got != want {
			t.Fatalf("holdsRunes(%+v) = %v, want %v", bs, got, want)
		}
		if got {
			some++
		} else {
			none++
		}
	}
	if some == 0 || none == 0 {
		t.Fatalf("%d bodies with letters, %d without: the cases do not test both answers", some, none)
	}
}
