package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// prefixFilter rules out, by a bit test, most words that start with none
// of a list of stems: a word starts with a stem only if its first n bytes
// are the stem's (n, at most four, the length of the shortest stem), so
// a set of the stems' first n bytes (hashed into 1024 bits) says "no" for
// any word whose first n bytes are not among them. It never says "no" to
// a word that starts with a stem; a "yes" is checked against the stems
// themselves. A list with a stem shorter than two bytes gets no filter
// (every word may match).
type prefixFilter struct {
	n    int // bytes hashed; 0: no filter
	bits [16]uint64
}

// newPrefixFilter builds the filter of stems.
func newPrefixFilter(stems []string) prefixFilter {
	n := 4
	for _, s := range stems {
		n = min(n, len(s))
	}
	if n < 2 {
		return prefixFilter{}
	}
	f := prefixFilter{n: n}
	for _, s := range stems {
		h := prefixHash(s, n)
		f.bits[h>>6] |= 1 << (h & 63)
	}
	return f
}

// prefixHash hashes the first n bytes of s (2 <= n <= 4, n <= len(s)) to
// 0..1023.
func prefixHash(s string, n int) uint32 {
	x := uint32(s[0]) | uint32(s[1])<<8
	if n > 2 {
		x |= uint32(s[2]) << 16
	}
	if n > 3 {
		x |= uint32(s[3]) << 24
	}
	return (x * 0x9E3779B1) >> 22
}

// mayStart reports whether w may start with one of the filter's stems:
// false only when it starts with none.
func (f *prefixFilter) mayStart(w string) bool {
	if f.n == 0 || len(w) < f.n {
		return f.n == 0
	}
	h := prefixHash(w, f.n)
	return f.bits[h>>6]&(1<<(h&63)) != 0
}

// isLetter is unicode.IsLetter with a table for the runes up to U+0481
// (ASCII, Latin-1, the Latin and Greek letters and the basic Cyrillic
// block, where nearly every rune of a Russian or Ukrainian text falls),
// built from unicode.IsLetter itself; above, it asks the Letter table as
// unicode.IsLetter does.
// TestIsLetterMatchesUnicode checks every rune.
func isLetter(r rune) bool {
	if uint32(r) <= lowLetterMax {
		return lowLetters[r]
	}
	return unicode.Is(unicode.Letter, r)
}

// lowLetterMax is the last rune of the table of isLetter.
const lowLetterMax = 0x481

// lowLetters[r] tells whether r is a letter, for r up to lowLetterMax.
var lowLetters = func() (t [lowLetterMax + 1]bool) {
	for r := rune(0); r <= lowLetterMax; r++ {
		t[r] = unicode.IsLetter(r)
	}
	return t
}()

// toLower is strings.ToLower(w), returning w itself with no work per
// rune when every byte of w is an ASCII byte that is no capital or a
// lower-case letter of the basic Cyrillic block (U+0430–U+045F, bytes D0
// B0–BF and D1 80–9F), which lower-case to themselves: most words of a
// Russian or English text. Any other word is handed to strings.ToLower.
func toLower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(w)
			}
		case c == 0xD0 && i+1 < len(w) && 0xB0 <= w[i+1] && w[i+1] <= 0xBF,
			c == 0xD1 && i+1 < len(w) && 0x80 <= w[i+1] && w[i+1] <= 0x9F:
			i++
		default:
			return strings.ToLower(w)
		}
	}
	return w
}
