package lang

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// randomCases returns how many random cases an equivalence test runs: n,
// or a tenth of it under the race detector.
func randomCases(n int) int {
	if raceEnabled {
		return n / 10
	}
	return n
}

// randomText joins one to most+1 pieces drawn at random.
func randomText(r *rand.Rand, pieces []string, most int) string {
	var b strings.Builder
	for k := r.Intn(most); k >= 0; k-- {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

// canonicalOutletEach is CanonicalOutlet as it was before outletStems:
// every outlet of every table compared with StemEq in turn.
func canonicalOutletEach(name string) string {
	if OutletSet[strings.ToLower(name)] {
		for _, t := range Languages {
			for _, o := range t.Outlets {
				if strings.EqualFold(o, name) {
					return o
				}
			}
		}
	}
	if strings.ContainsRune(name, ' ') {
		return name
	}
	for _, t := range Languages {
		for _, o := range t.Outlets {
			if !strings.ContainsRune(o, ' ') && StemEq(o, name) && utf8.RuneCountInString(o) >= 4 {
				return o
			}
		}
	}
	return name
}

// TestCanonicalOutletSame compares CanonicalOutlet with the loop it
// replaced on every outlet of the tables in several cases, cut short and
// inflected, with possessives, and on random words made of pieces of
// outlet names, Cyrillic endings and other letters.
func TestCanonicalOutletSame(t *testing.T) {
	var names []string
	endings := []string{"", "s", "'s", "’s", "у", "ом", "а", "ей", "ами", "e", "en", "x", "ыми"}
	var pieces []string
	for _, tb := range Languages {
		for _, o := range tb.Outlets {
			for _, e := range endings {
				names = append(names, o+e, strings.ToLower(o)+e, strings.ToUpper(o)+e)
			}
			if r := []rune(o); len(r) > 2 {
				names = append(names, string(r[:len(r)-1]), string(r[:len(r)-2]), string(r[:2]))
			}
			pieces = append(pieces, o)
			if r := []rune(o); len(r) > 3 {
				pieces = append(pieces, string(r[:3]), string(r[len(r)-3:]))
			}
		}
	}
	pieces = append(pieces, endings...)
	pieces = append(pieces, " ", "'", "’", "The ", "Ä", "İ", "ẞ", "\xff", "K")
	r := rand.New(rand.NewSource(1212))
	for range randomCases(30000) {
		names = append(names, randomText(r, pieces, 3))
	}
	changed := 0
	for _, n := range names {
		want, got := canonicalOutletEach(n), CanonicalOutlet(n)
		if got != want {
			t.Fatalf("CanonicalOutlet(%q) = %q, the loop over the tables gives %q", n, got, want)
		}
		if want != n {
			changed++
		}
	}
	// The comparison must have met names the tables map to another form.
	if changed < 100 {
		t.Fatalf("only %d of %d names mapped to a table's form", changed, len(names))
	}
}

// TestDetectScriptSame compares detectScript with whatlanggo.DetectScript
// on windows of the test pages' text (500, 120 and 25 bytes at every
// 1,000th), the tables' function words and on random texts of ASCII
// letters, digits, punctuation and letters of other scripts (Cyrillic,
// Greek, Han, kana, Arabic), near and at the half of the bytes.
func TestDetectScriptSame(t *testing.T) {
	pieces := []string{"a", "Z", "word", " ", "  ", ".", ",", "1", "42", "@", "[", "`", "{", "\t", "\n", "\x01", "é", "ß",
		"д", "Москва", "ё", "α", "λόγος", "中", "文字", "の", "カタ", "ع", "שלום", "\xff", "\u00a0", "—", "€"}
	var texts []string
	for _, d := range pageTexts(t) {
		for i := 0; i < len(d); i += 1000 {
			for _, n := range []int{500, 120, 25} {
				texts = append(texts, d[i:min(len(d), i+n)])
			}
		}
	}
	for _, tb := range Languages {
		for _, w := range tb.Stopwords {
			texts = append(texts, w, w+" "+w, strings.ToUpper(w))
		}
	}
	r := rand.New(rand.NewSource(1204))
	for range randomCases(100000) {
		texts = append(texts, randomText(r, pieces, 12))
	}
	latin := 0
	for _, s := range texts {
		want := whatlanggo.DetectScript(s)
		if got := detectScript(s); got != want {
			t.Fatalf("detectScript(%q) = %p, whatlanggo.DetectScript gives %p", s, got, want)
		}
		if want == unicode.Latin {
			latin++
		}
	}
	if latin < randomCases(1000) || latin == len(texts) {
		t.Fatalf("%d of %d texts Latin", latin, len(texts))
	}
}
