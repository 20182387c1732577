package textutil

import (
	"math/rand"
	"testing"
)

// normalizeASCIISpaceTwoPass is NormalizeASCIISpace as it was before it
// copied the clean prefix: the whole text read again from its start.
func normalizeASCIISpaceTwoPass(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c == 0x7f || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c >= '\t' && c <= '\r':
			space = true
			continue
		case c < ' ' || c == 0x7f:
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b)
}

// TestNormalizeASCIISpaceEquiv checks NormalizeASCIISpace against the
// two-pass form on every string of up to five bytes over a small
// alphabet and on random longer strings.
func TestNormalizeASCIISpaceEquiv(t *testing.T) {
	alphabet := []byte{' ', '\n', '\t', '\r', 0, 0x7f, 0x1f, 'a', 'B'}
	var all func(prefix []byte, depth int)
	checked := 0
	all = func(prefix []byte, depth int) {
		s := string(prefix)
		if got, want := NormalizeASCIISpace(s), normalizeASCIISpaceTwoPass(s); got != want {
			t.Fatalf("NormalizeASCIISpace(%q) = %q, want %q", s, got, want)
		}
		checked++
		if depth == 5 {
			return
		}
		for _, c := range alphabet {
			all(append(prefix, c), depth+1)
		}
	}
	all(nil, 0)
	r := rand.New(rand.NewSource(5))
	for range 20000 {
		b := make([]byte, r.Intn(60))
		for i := range b {
			if r.Intn(3) == 0 {
				b[i] = alphabet[r.Intn(len(alphabet))]
			} else {
				b[i] = byte('a' + r.Intn(26))
			}
		}
		s := string(b)
		if got, want := NormalizeASCIISpace(s), normalizeASCIISpaceTwoPass(s); got != want {
			t.Fatalf("NormalizeASCIISpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := NormalizeSpace(s), normalizeASCIISpaceTwoPass(s); got != want {
			t.Fatalf("NormalizeSpace(%q) = %q, want %q", s, got, want)
		}
	}
	t.Logf("%d short strings alike", checked)
}

// TestNormalizeSpaceCleanEquiv checks that NormalizeSpace, which returns
// a clean text outside ASCII as it is (spaceClean), gives what writing it
// anew (normalizeSpaceCopy) gives, on every string of up to four pieces
// of white space, controls, joiners, invisible and bidi characters,
// letters in and out of ASCII and bytes that are not UTF-8, and on
// random longer strings; and that clean texts are found.
func TestNormalizeSpaceCleanEquiv(t *testing.T) {
	alphabet := []string{" ", "\n", "\t", "\x00", "\x7f", "a", "é", "ж", "\u200c", "\u200d", "\u00ad", "\u200b", "\u00a0",
		"\u2009", "\u202a", "\u2067", "\ufeff", "\u0085", "\ufffd", "\xff", "\xe2\x80", "\u0915", "\U0001F600", "\u2060", "\u200f"}
	clean := 0
	check := func(s string) {
		got, want := NormalizeSpace(s), normalizeSpaceCopy(s)
		if IsASCII(s) {
			want = NormalizeASCIISpace(s)
		}
		if got != want {
			t.Fatalf("NormalizeSpace(%q) = %q, want %q", s, got, want)
		}
		if !IsASCII(s) && spaceClean(s) {
			clean++
		}
	}
	var all func(prefix string, depth int)
	all = func(prefix string, depth int) {
		check(prefix)
		if depth == 4 {
			return
		}
		for _, a := range alphabet {
			all(prefix+a, depth+1)
		}
	}
	all("", 0)
	rng := rand.New(rand.NewSource(12))
	for range 50000 {
		var b []byte
		for range rng.Intn(40) {
			if rng.Intn(3) == 0 {
				b = append(b, alphabet[rng.Intn(len(alphabet))]...)
			} else {
				b = append(b, "Лето é a b"[rng.Intn(10)])
			}
		}
		check(string(b))
	}
	if clean < 1000 {
		t.Errorf("only %d clean texts", clean)
	}
}
