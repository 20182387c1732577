package article

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// hashByParts is Hash as first written, part by part: the reference the
// one-buffer Hash is checked against.
func hashByParts(a *Article) string {
	h := sha256.New()
	first := true
	write := func(s string) {
		s = strings.Join(strings.Fields(norm.NFC.String(s)), " ")
		if s == "" {
			return
		}
		if !first {
			h.Write([]byte{'\n'})
		}
		first = false
		h.Write([]byte(s))
	}
	write(a.Headline)
	for _, b := range a.Body {
		write(b.Text)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// TestHashOneBuffer checks Hash against hashByParts on articles built
// from words, white space of every kind, decomposed letters and empty
// parts.
func TestHashOneBuffer(t *testing.T) {
	parts := []string{"word", "Слово", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "e\u0301", "é", "\u0085", "", "x", "\xff"}
	r := rand.New(rand.NewPCG(9, 10))
	gen := func() string {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		return b.String()
	}
	for c := range 20000 {
		a := &Article{Headline: gen()}
		for range r.IntN(5) {
			a.Body = append(a.Body, Block{Text: gen()})
		}
		if got, want := a.Hash(), hashByParts(a); got != want {
			t.Fatalf("case %d: Hash = %s, want %s (article %+v)", c, got, want, a)
		}
	}
}
