package lang

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// randomCases returns how many random cases an equivalence test runs: n,
// or a tenth of it under the race detector.
func randomCases(n int) int {
	if raceEnabled {
		return n / 10
	}
	return n
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
		var b strings.Builder
		for k := r.Intn(3); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		names = append(names, b.String())
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
