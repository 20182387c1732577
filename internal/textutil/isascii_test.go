package textutil

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestIsASCIIWords checks IsASCII, which reads eight bytes at a time,
// against a byte-by-byte loop on strings of every length up to 40 with
// one byte outside ASCII at every position, or none.
func TestIsASCIIWords(t *testing.T) {
	slow := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return false
			}
		}
		return true
	}
	r := rand.New(rand.NewPCG(19, 20))
	for n := 0; n <= 40; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.IntN(128))
		}
		if got := IsASCII(string(b)); !got || !slow(string(b)) {
			t.Fatalf("IsASCII(%q) = %v, want true", b, got)
		}
		for k := range n {
			c := b[k]
			b[k] = byte(128 + r.IntN(128))
			if got := IsASCII(string(b)); got || slow(string(b)) {
				t.Fatalf("IsASCII(%q) = %v, want false", b, got)
			}
			b[k] = c
		}
	}
}
