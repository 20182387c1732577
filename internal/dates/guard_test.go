package dates

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFindYearGuard checks Find, which skips text without four digits in
// a row, against find, which reads all text, on texts built from date
// parts, near misses and noise.
func TestFindYearGuard(t *testing.T) {
	parts := []string{"1", "12", "2024", "19", "06", "-", ".", "/", " ", "June", "июня", "Jun.", "de ", "er", "º", "th", ", ",
		"17:43", "at", "г.", "PM", "GMT", "T", "Z", "+01:00", "März", "\u00a0", "x", "202", "3"}
	r := rand.New(rand.NewPCG(7, 8))
	found := 0
	for n := range 100000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		got, gok := Find(s, nil)
		want, wok := find(s, nil)
		if got != want || gok != wok {
			t.Fatalf("case %d: Find(%q) = %v %v, find gives %v %v", n, s, got, gok, want, wok)
		}
		if wok {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no dates found: the cases test nothing")
	}
}
