package textutil

import (
	"math/rand"
	"strings"
	"testing"
)

// TestWordSetSkipSameAsEach checks the skipping search of In and InFold
// (Wu-Manber) against the place-by-place loop (inEach, inFoldEach) and
// against strings.Contains over the words, on random sets of words of
// one to twelve bytes (lower case letters, hyphens, spaces and a
// two-byte letter; some sets with capitals) and random texts made of
// pieces of the words, their halves, capitals, letters outside ASCII and
// other bytes; and on the sets' own words at every place of a text.
func TestWordSetSkipSameAsEach(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	letters := []string{"a", "b", "c", "e", "o", "t", "-", " ", "ö", "_"}
	word := func(n int, caps bool) string {
		var sb strings.Builder
		for sb.Len() < n {
			l := letters[rng.Intn(len(letters))]
			if caps && rng.Intn(4) == 0 {
				l = strings.ToUpper(l)
			}
			sb.WriteString(l)
		}
		return sb.String()
	}
	skipping := 0
	for set := range 3000 {
		var words []string
		minLen := 1 + rng.Intn(12)
		for range 1 + rng.Intn(12) {
			words = append(words, word(minLen+rng.Intn(5), set%5 == 0))
		}
		s := NewWordSet(words)
		if s.shift != nil {
			skipping++
		}
		pieces := append([]string{"A", "Z", "é", "\xff", " ", "x", "-"}, words...)
		for _, w := range words {
			pieces = append(pieces, w[:len(w)/2], w[len(w)/2:], strings.ToUpper(w))
		}
		for range 60 {
			var sb strings.Builder
			for range rng.Intn(12) {
				sb.WriteString(pieces[rng.Intn(len(pieces))])
			}
			text := sb.String()
			want := false
			for _, w := range words {
				want = want || strings.Contains(text, w)
			}
			if got := s.In(text); got != want || s.inEach(text) != want {
				t.Fatalf("words %q: In(%q) = %v, want %v", words, text, got, want)
			}
			f, a := s.InFold(text)
			wf, wa := s.inFoldEach(text)
			if f != wf || a != wa {
				t.Fatalf("words %q: InFold(%q) = %v %v, place by place %v %v", words, text, f, a, wf, wa)
			}
		}
		for _, w := range words {
			for i := range 12 {
				text := strings.Repeat("x", i) + w + strings.Repeat("y", rng.Intn(3))
				if !s.In(text) {
					t.Fatalf("words %q: In(%q) = false", words, text)
				}
				f, a := s.InFold(strings.ToUpper(text))
				wf, wa := s.inFoldEach(strings.ToUpper(text))
				if f != wf || a != wa {
					t.Fatalf("words %q: InFold(%q) = %v %v, place by place %v %v", words, strings.ToUpper(text), f, a, wf, wa)
				}
			}
		}
	}
	if skipping < 1000 {
		t.Errorf("only %d of 3000 sets skip", skipping)
	}
}

// TestAppendLowerASCIIEightAtATime checks appendLowerASCII, which lowers
// eight bytes at a time, against strings.ToLower for every byte at every
// place of texts of up to 20 bytes (every ASCII byte, capitals and their
// neighbours '@' and '[' among them, and bytes outside ASCII, which must
// make it answer false), and on random texts appended after a prefix.
func TestAppendLowerASCIIEightAtATime(t *testing.T) {
	check := func(prefix, s string) {
		got, ok := appendLowerASCII([]byte(prefix), s)
		if !ok {
			if IsASCII(s) {
				t.Fatalf("appendLowerASCII(%q) not ok", s)
			}
			return
		}
		if !IsASCII(s) {
			t.Fatalf("appendLowerASCII(%q) ok", s)
		}
		if want := prefix + strings.ToLower(s); string(got) != want {
			t.Fatalf("appendLowerASCII(%q, %q) = %q, want %q", prefix, s, got, want)
		}
	}
	for n := range 21 {
		for at := range n {
			for c := range 256 {
				b := []byte(strings.Repeat("aZ", n)[:n])
				b[at] = byte(c)
				check("", string(b))
				check("x", string(b))
			}
		}
	}
	rng := rand.New(rand.NewSource(12))
	for range 20000 {
		b := make([]byte, rng.Intn(40))
		for i := range b {
			b[i] = byte(rng.Intn(128))
			if rng.Intn(200) == 0 {
				b[i] |= 0x80
			}
		}
		check("pre ", string(b))
	}
}
