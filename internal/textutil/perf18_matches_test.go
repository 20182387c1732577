package textutil

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestMoreMatchesSame checks that a loop with MoreMatches as its post
// statement reads what FindAllStringSubmatchIndex(s, -1) returns, whole
// and when it stops after each number of matches, on random texts of words, digits
// and separators for expressions with word boundaries, empty matches and
// case folding.
func TestMoreMatchesSame(t *testing.T) {
	res := []*regexp.Regexp{
		regexp.MustCompile(`(?i)\b(\p{L}{3,12})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?`),
		regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{2})\b`),
		regexp.MustCompile(`x*`),
		regexp.MustCompile(`(a)|(b)`),
	}
	parts := []string{"May", "june", "12", "5", "2019", ".", ". ", ",", " ", "\t", "x", "xx", "a", "b", "ab", "é", "ſt", "1.2.19", "\xff"}
	r := rand.New(rand.NewPCG(18, 5))
	several := 0
	n := 50000
	if raceEnabled {
		n /= 10
	}
	for range n {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		for _, re := range res {
			want := re.FindAllStringSubmatchIndex(s, -1)
			if len(want) > 1 {
				several++
			}
			for stop := 0; stop <= len(want)+1; stop++ {
				var got [][]int
				for locs, i := re.FindAllStringSubmatchIndex(s, 1), 0; i < len(locs); locs, i = MoreMatches(re, s, locs, i), i+1 {
					got = append(got, locs[i])
					if len(got) == stop {
						break
					}
				}
				w := want
				if stop > 0 && stop < len(w) {
					w = w[:stop]
				}
				if !reflect.DeepEqual(got, w) {
					t.Fatalf("%v on %q, stopping after %d: %v, want %v", re, s, stop, got, w)
				}
			}
		}
	}
	if several == 0 {
		t.Fatal("no text with several matches")
	}
}
