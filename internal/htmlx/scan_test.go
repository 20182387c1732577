package htmlx

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/dates"
	"github.com/articlekit/article/internal/textutil"
)

// randomText joins n random parts: the pieces the guarded expressions look
// for, their near misses, and noise.
func randomText(r *rand.Rand, parts []string, n int) string {
	var b strings.Builder
	for range r.IntN(n) {
		b.WriteString(parts[r.IntN(len(parts))])
	}
	return b.String()
}

// TestMayHoldByline checks that mayHoldByline is a necessary condition of
// a reTextByline match: wherever it says no, the expression finds nothing.
// Both answers must occur, and the expression must match on some texts.
func TestMayHoldByline(t *testing.T) {
	parts := []string{"By", "by", "BY", "bY", "Von", "von", "VON", "vON", "Par", "Por", "por", "Autor:", "Autorin:", "author:", "Author",
		"Text:", "text", " ", "\t", "\n", "\u00a0", "|", "·", "•", "-", "–", "Anna", "Muster", "Jane", "Doe", "Émile", "ärger", "x",
		"11.12.2019", "1.2.2020", "7", ".", "de ", "van ", "\u2003", "\v", "O'Neil"}
	r := rand.New(rand.NewPCG(5, 6))
	var yes, no, matched int
	for n := range 200000 {
		s := randomText(r, parts, 12)
		may := mayHoldByline(s)
		m := reTextByline.FindStringIndex(s) != nil
		if m && !may {
			t.Fatalf("case %d: mayHoldByline(%q) = false, but reTextByline matches", n, s)
		}
		if may {
			yes++
		} else {
			no++
		}
		if m {
			matched++
		}
	}
	if yes == 0 || no == 0 || matched == 0 {
		t.Fatalf("cases not varied enough: %d may, %d may not, %d matched", yes, no, matched)
	}
}

// TestDateDigitGuard checks the test in front of AnyDateSpan's searches:
// no expression it runs matches text without two digits in a row (and
// dates.Find, with its own test, finds nothing there either).
func TestDateDigitGuard(t *testing.T) {
	parts := []string{"1", "12", "2024", "19", "06", "-", ".", "/", ". ", " ", "June", "июня", "Jun.", "de ", "er", "º", "th", ", ",
		"17:43", "at", "г.", "PM", "GMT", "T", "Z", "+01:00", "März", "\u00a0", "x", "٢٠"}
	r := rand.New(rand.NewPCG(7, 8))
	matched := 0
	for n := range 100000 {
		s := randomText(r, parts, 10)
		has := textutil.HasDigitRun(s, 2)
		for _, re := range []*regexp.Regexp{reDayMonthAny, reShortDot, reShortSlash, reNumericDate} {
			if re.MatchString(s) {
				matched++
				if !has {
					t.Fatalf("case %d: %v matches %q, which has no two digits in a row", n, re, s)
				}
			}
		}
		if _, ok := dates.Find(s, nil); ok && !has {
			t.Fatalf("case %d: dates.Find finds a date in %q, which has no two digits in a row", n, s)
		}
	}
	if matched == 0 {
		t.Fatal("no matches: the cases test nothing")
	}
}
