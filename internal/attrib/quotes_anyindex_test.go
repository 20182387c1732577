package attrib

import (
	"math/rand"
	"strings"
	"testing"
)

// TestAnyIndexSame compares anyIndex.from and prefixOf with indexAnyOf,
// which they replace, on random texts of dashes, commas and words, at
// offsets that grow (as the callers' loops ask), then at one that goes
// back.
func TestAnyIndexSame(t *testing.T) {
	pieces := []string{", — ", " — ", "—", ", – ", ", - ", "! - ", "? — ", "… — ", "-", " ", "слово", ",", "word", "–"}
	sepSets := [][]string{interruptionDashes, dashQuoteSeps, dashQuoteSeps[:len(dashQuoteSeps)-1]}
	rng := rand.New(rand.NewSource(13))
	for range 3000 { // (short texts: cheap under the race detector too)
		var b strings.Builder
		for range rng.Intn(30) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		for _, seps := range sepSets {
			a := newAnyIndex(s, seps)
			for off := 0; off <= len(s); off += 1 + rng.Intn(4) {
				gotI, gotSep := a.from(off)
				wantI, wantSep := indexAnyOf(s[off:], seps)
				if wantI >= 0 {
					wantI += off
				}
				if gotI != wantI || gotSep != wantSep {
					t.Fatalf("from(%d) of %q = %d %q, indexAnyOf gives %d %q", off, s, gotI, gotSep, wantI, wantSep)
				}
				i, d := indexAnyOf(s[off:], seps)
				want := ""
				if i == 0 {
					want = d
				}
				if got := prefixOf(s[off:], seps); got != want {
					t.Fatalf("prefixOf(%q) = %q, indexAnyOf gives %q", s[off:], got, want)
				}
			}
			if gotI, _ := a.from(0); gotI != func() int { i, _ := indexAnyOf(s, seps); return i }() {
				t.Fatalf("from(0) after later offsets = %d on %q", gotI, s)
			}
		}
	}
}
