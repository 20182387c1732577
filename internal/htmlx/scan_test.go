package htmlx

import (
	"math/rand/v2"
	"reflect"
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

// TestFindAllAt checks the scanned searches against the expressions they
// stand in for, FindAllStringSubmatch(Index) over whole texts, on texts
// built from labels, near misses, separators, names and noise. Both must
// find matches on some texts, and not on others.
func TestFindAllAt(t *testing.T) {
	parts := []string{"By", "by", "BY", "bY", "Von", "von", "VON", "vON", "Par", "Por", "por", "Autor:", "Autorin:", "author:", "Author",
		"AUTHOR", " :", ":", "Written by", "written by:", "Source", "source :", "The ", "THE ", "the ", "(", ")", "&",
		"Text:", "text", " ", " ", " ", "\t", "\n", "\u00a0", "|", "·", "•", "-", "–", "Anna", "Muster", "Jane", "Doe", "Émile", "ärger", "x",
		"11.12.2019", "1.2.2020", "7", ".", "de ", "van ", "\u2003", "\v", "O'Neil", "Associated Press", "AFP", "Reuters", "ab"}
	r := rand.New(rand.NewPCG(5, 6))
	var bylines, agencies, none int
	for c := range randomCases(300000) {
		s := randomText(r, parts, 14)
		for _, n := range []int{-1, 1, 4} {
			got, want := findTextBylines(s, n), reTextByline.FindAllStringSubmatchIndex(s, n)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("case %d: findTextBylines(%q, %d) = %v, want %v", c, s, n, got, want)
			}
			gotA, wantA := findTextAgencies(s, n), reTextAgency.FindAllStringSubmatch(s, n)
			if !reflect.DeepEqual(gotA, wantA) {
				t.Fatalf("case %d: findTextAgencies(%q, %d) = %q, want %q", c, s, n, gotA, wantA)
			}
			if n < 0 {
				bylines += len(want)
				agencies += len(wantA)
				if want == nil && wantA == nil {
					none++
				}
			}
		}
	}
	if bylines == 0 || agencies == 0 || none == 0 {
		t.Fatalf("cases not varied enough: %d byline matches, %d agency matches, %d texts with none", bylines, agencies, none)
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
