package htmlx

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// triSet answers whether a text contains any of a list of words of three
// bytes or more, as a loop of strings.Contains over them would: every
// place of the text whose three bytes open some word (by a bit per hashed
// three-byte opening) is compared with the words that open so. A class
// list holds many pairs of bytes that open some furniture word ("po",
// "re", "me" of "post-123 type-post format-standard"), and
// textutil.WordSet, which tells places apart by two bytes, compared each
// with every word of that opening; three bytes rule out most.
type triSet struct {
	bits  [triSlots / 64]uint64
	start [triSlots + 1]uint16 // the words of slot h are words[start[h]:start[h+1]]
	words []string
}

// triSlots is the number of hashed openings.
const triSlots = 4096

// triHash is the slot of the opening a, b, c.
func triHash(a, b, c byte) uint {
	return (uint(a)*0x3b9 ^ uint(b)*0x65 ^ uint(c)) & (triSlots - 1)
}

// newTriSet indexes words, each of three bytes or more.
func newTriSet(words []string) *triSet {
	s := &triSet{}
	var count [triSlots]int
	for _, w := range words {
		if len(w) < 3 {
			panic("triSet: word under three bytes: " + w)
		}
		count[triHash(w[0], w[1], w[2])]++
	}
	for h := range triSlots {
		s.start[h+1] = s.start[h] + uint16(count[h])
	}
	s.words = make([]string, len(words))
	var next [triSlots]uint16
	copy(next[:], s.start[:triSlots])
	for _, w := range words {
		h := triHash(w[0], w[1], w[2])
		s.words[next[h]] = w
		next[h]++
		s.bits[h/64] |= 1 << (h % 64)
	}
	return s
}

// In reports whether t contains any of the set's words.
func (s *triSet) In(t string) bool {
	for i := 0; i+2 < len(t); i++ {
		h := triHash(t[i], t[i+1], t[i+2])
		if s.bits[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for _, w := range s.words[s.start[h]:s.start[h+1]] {
			if strings.HasPrefix(t[i:], w) {
				return true
			}
		}
	}
	return false
}

// InFold is In(strings.ToLower(t)) for the ASCII part of t, as
// textutil.WordSet.InFold answers it: found reports a word found, ASCII
// case aside, in the bytes before the first byte outside ASCII; ascii is
// false when t holds such a byte and no word was found before it (the
// caller then asks In of the lowered text). The words are lower case.
func (s *triSet) InFold(t string) (found, ascii bool) {
	q := 0
	for q < len(t) && t[q] < utf8.RuneSelf {
		q++
	}
	u := t[:q]
	for i := 0; i+2 < len(u); i++ {
		h := triHash(foldASCII[u[i]], foldASCII[u[i+1]], foldASCII[u[i+2]])
		if s.bits[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for _, w := range s.words[s.start[h]:s.start[h+1]] {
			if prefixFoldASCII(u[i:], w) {
				return true, true
			}
		}
	}
	return false, q == len(t)
}

// foldASCII maps an ASCII capital to its small letter and every other
// byte to itself.
var foldASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = textutil.LowerByte(byte(c))
	}
	return t
}()

// prefixFoldASCII reports whether the ASCII text u opens with the
// lower-case word w once its capitals are lowered.
func prefixFoldASCII(u, w string) bool {
	if len(u) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if foldASCII[u[i]] != w[i] {
			return false
		}
	}
	return true
}
