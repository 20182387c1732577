package htmlx

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/dates"
	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
)

// perf17DateParts are pieces of random date texts: digits, the bytes
// reDayMonthAny allows between a day and a year (dots, commas, \s bytes,
// ordinals, "de", letters in and outside ASCII, "ſt" that (?i) reads as
// "st"), and bytes it does not.
var perf17DateParts = []string{"0", "1", "9", "12", "31", "2019", "20190", ".", ". ", ",", ", ", " ", "  ", "\t", "\n", "\f", "\r", "\v", "\u00a0",
	"May", "june", "Dec.", "März", "июня", "de", "del", "er", "º", "°", "st", "ſt", "ND", "th", "x", "é", "-", "/", ":", "(", "|"}

// TestDayMonthAnyShapeNecessary checks that dates.DayMonthYearShape holds
// for every text in which reDayMonthAny finds a match (AnyDateSpan runs it
// only where the shape holds), on the texts of the test pages and 200,000
// random date texts; TestAnyDateSpanPrefilterSame compares the answers.
func TestDayMonthAnyShapeNecessary(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	r := rand.New(rand.NewPCG(17, 1))
	for range randomCases(200000) {
		texts = append(texts, randomText(r, perf17DateParts, 14))
	}
	matched, ruledOut := 0, 0
	for _, s := range texts {
		ok := dates.DayMonthYearShape(s)
		if !ok {
			ruledOut++
		}
		if m := reDayMonthAny.FindStringIndex(s); m != nil {
			matched++
			if !ok {
				t.Fatalf("reDayMonthAny matches %q in %q, which the shape test rules out", s[m[0]:m[1]], s)
			}
		}
	}
	t.Logf("%d texts: %d matched, %d ruled out", len(texts), matched, ruledOut)
	if matched == 0 || ruledOut == 0 {
		t.Fatalf("the cases test nothing (%d matched, %d ruled out)", matched, ruledOut)
	}
}

// mayHintSpec is what MayHint answers, written as its doc comment says:
// a part too long to test, a byte outside ASCII, "head" or "title" in
// the lowered part with its hyphens and underscores dropped, or a hint
// word in the lowered part.
func mayHintSpec(part string) bool {
	if len(part) > 256 || !textutil.IsASCII(part) {
		return true
	}
	low := strings.ToLower(part)
	bare := strings.NewReplacer("-", "", "_", "").Replace(low)
	if strings.Contains(bare, "head") || strings.Contains(bare, "title") {
		return true
	}
	for _, w := range hintWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// perf17HintParts are pieces of random class lists: the hint words, head
// and title whole, split by hyphens and underscores and in capitals, near
// misses, separators and bytes outside ASCII.
var perf17HintParts = []string{"byline", "author", "Autor", "writer", "username", "DATE", "time", "publish", "posted", "meta", "datum", "fecha", "info",
	"head", "he", "ad", "Title", "ti", "tle", "t-i", "h_ead", "-", "_", " ", "x", "menu", "entry", "é", "\xff", "dat", "aut"}

// TestMayHintSame checks MayHint's one pass against mayHintSpec on the
// class, id and data-testid values of the test pages and on random ones.
func TestMayHintSame(t *testing.T) {
	var parts []string
	for _, root := range equivPages(t) {
		eachNode(root, func(n *html.Node) {
			if n.Type == html.ElementNode {
				na := readNames(n)
				parts = append(parts, na.class, na.id, na.testid)
			}
		})
	}
	parts = sampleCases(parts)
	r := rand.New(rand.NewPCG(17, 3))
	for range randomCases(200000) {
		parts = append(parts, randomText(r, perf17HintParts, 8))
	}
	parts = append(parts, strings.Repeat("x", 257))
	sameAnswers(t, parts, "MayHint", MayHint, mayHintSpec, "parts that may hint")
}

// sameAnswers checks that got answers as want on every text (name names
// got in the failure), and that the texts hold both answers (what names
// the true ones).
func sameAnswers(t *testing.T, texts []string, name string, got, want func(string) bool, what string) {
	t.Helper()
	var answers perf15Answers
	for _, s := range texts {
		g := got(s)
		if w := want(s); g != w {
			t.Fatalf("%s(%q) = %v, want %v", name, s, g, w)
		}
		answers.add(g)
	}
	answers.check(t, what)
}
