package textutil

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// appendLowerASCII appends s to dst in ASCII lower case. ok is false when s
// holds a byte outside ASCII: strings.ToLower may then map it differently,
// and the caller falls back to it.
func appendLowerASCII(dst []byte, s string) (out []byte, ok bool) {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		// Eight bytes at a time: the capitals are the bytes from 'A'
		// (0x41) to 'Z' (0x5a), whose high bit adding 0x3f sets and
		// adding 0x25 does not (no byte carries into the next: every
		// byte is under 0x80); each gets 0x20.
		v := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if v&0x8080808080808080 != 0 {
			return dst, false
		}
		capitals := (v + 0x3f3f3f3f3f3f3f3f) &^ (v + 0x2525252525252525) & 0x8080808080808080
		dst = binary.LittleEndian.AppendUint64(dst, v|capitals>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// LowerJoin returns strings.ToLower(strings.Join(parts, " ")). When the
// parts are ASCII it writes the result into buf and returns a string that
// shares buf's memory, so that a class-and-id test allocates nothing: the
// caller must not keep the string nor write to buf while using it.
func LowerJoin(buf []byte, parts ...string) string {
	b := buf[:0]
	for i, p := range parts {
		if i > 0 {
			b = append(b, ' ')
		}
		var ok bool
		if b, ok = appendLowerASCII(b, p); !ok {
			return strings.ToLower(strings.Join(parts, " "))
		}
	}
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// NextField returns the first field of s at or after offset i, the fields
// being those strings.Fields gives, and the offset after it; the field is
// "" when none is left.
func NextField(s string, i int) (string, int) {
	start := -1
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			if start >= 0 {
				return s[start:i], i
			}
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start < 0 {
		return "", i
	}
	return s[start:], i
}

// fieldCount returns len(strings.Fields(s)) without building the slice.
func FieldCount(s string) int {
	n := 0
	for f, i := NextField(s, 0); f != ""; f, i = NextField(s, i) {
		n++
	}
	return n
}

// NextPart returns the first part of s at or after offset i between the
// ASCII bytes of seps, the parts being those strings.FieldsFunc gives with
// a function that reports those characters, and the offset after it; the
// part is "" when none is left.
func NextPart(s string, i int, seps string) (string, int) {
	start := -1
	for ; i < len(s); i++ {
		if strings.IndexByte(seps, s[i]) >= 0 {
			if start >= 0 {
				return s[start:i], i
			}
		} else if start < 0 {
			start = i
		}
	}
	if start < 0 {
		return "", i
	}
	return s[start:], i
}

// Aliases reports whether s points into the memory of b.
func Aliases(s string, b []byte) bool {
	if len(s) == 0 || cap(b) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(b[:cap(b)])))
	return p >= lo && p < lo+uintptr(cap(b))
}

// WordSet answers whether a string contains any of a list of words, with
// one pass over the string rather than one per word.
//
// When every word is wmMinLen bytes or more, the pass skips: it is the
// Wu-Manber search with blocks of two bytes. A window of m bytes (m the
// shortest word's length) ends at pos; the block t[pos-1:pos+1] is
// looked up in shift, which holds, for each block, how far the window
// may move before that block can end the first m bytes of a word (m-1
// for a block no word holds in those bytes, 0 for a block that ends
// them); only at 0 are the words of the window's first byte compared.
// A word at i is never passed over: a window ending before i+m-1 whose
// block lies in the word moves at most to the block's place in it, one
// that lies before i at most m-1. Blocks are hashed into the table's
// 4,096 slots; a slot shared by two blocks keeps the smaller move.
type WordSet struct {
	byFirst [256][]string // the words of two bytes or more by their first byte
	pairs   [1024]uint64  // bit set of the words' first two bytes
	single  [256]bool     // the words of one byte
	// m is the length of the shortest word; shift is nil unless m >=
	// wmMinLen.
	m     int
	shift []uint8
}

// NewWordSet indexes words, none of which may be empty.
func NewWordSet(words []string) *WordSet {
	s := &WordSet{}
	for _, w := range words {
		if s.m == 0 || len(w) < s.m {
			s.m = len(w)
		}
		if len(w) == 1 {
			s.single[w[0]] = true
			continue
		}
		s.byFirst[w[0]] = append(s.byFirst[w[0]], w)
		k := uint(w[0])<<8 | uint(w[1])
		s.pairs[k>>6] |= 1 << (k & 63)
	}
	if s.m >= wmMinLen {
		m := min(s.m, 255)
		s.m = m
		s.shift = make([]uint8, wmSlots)
		for i := range s.shift {
			s.shift[i] = uint8(m - 1)
		}
		for _, w := range words {
			for q := 1; q < m; q++ {
				h := wmHash(w[q-1], w[q])
				s.shift[h] = min(s.shift[h], uint8(m-1-q))
			}
		}
	}
	return s
}

// wmMinLen is the shortest word length from which a WordSet skips: with
// shorter words the moves are short, and the chain of loads from one
// window to the next costs more than the loop's test of every byte (in
// the AEB profile, the hint words of four bytes were no faster).
const wmMinLen = 6

// wmSlots is the size of a WordSet's shift table.
const wmSlots = 4096

// wmHash is the slot of the block of bytes a, b in a shift table.
func wmHash(a, b byte) uint {
	return (uint(a)<<5 ^ uint(b)*0x9f) & (wmSlots - 1)
}

// In reports whether t contains any of the set's words, as a loop of
// strings.Contains over them would.
func (s *WordSet) In(t string) bool {
	if s.shift == nil {
		return s.inEach(t)
	}
	m := s.m
	for pos := m - 1; pos < len(t); {
		if sh := s.shift[wmHash(t[pos-1], t[pos])]; sh != 0 {
			pos += int(sh)
			continue
		}
		i := pos - m + 1
		if k := uint(t[i])<<8 | uint(t[i+1]); s.pairs[k>>6]&(1<<(k&63)) != 0 {
			for _, w := range s.byFirst[t[i]] {
				if strings.HasPrefix(t[i:], w) {
					return true
				}
			}
		}
		pos++
	}
	return false
}

// inEach is In trying every place of t in turn.
func (s *WordSet) inEach(t string) bool {
	if s.m >= 2 {
		// No word of one byte: the pairs alone, and no place after
		// the last but one.
		for i := 0; i+1 < len(t); i++ {
			if k := uint(t[i])<<8 | uint(t[i+1]); s.pairs[k>>6]&(1<<(k&63)) == 0 {
				continue
			}
			for _, w := range s.byFirst[t[i]] {
				if strings.HasPrefix(t[i:], w) {
					return true
				}
			}
		}
		return false
	}
	for i := 0; i < len(t); i++ {
		if s.single[t[i]] {
			return true
		}
		if i+1 == len(t) {
			break
		}
		if k := uint(t[i])<<8 | uint(t[i+1]); s.pairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, w := range s.byFirst[t[i]] {
			if strings.HasPrefix(t[i:], w) {
				return true
			}
		}
	}
	return false
}

// inFold is in(strings.ToLower(t)) for the ASCII part of t, without
// lowering t first: found reports a word found in the ASCII bytes before
// the first other byte (lower-casing maps ASCII to itself in lower case,
// so such a word is in strings.ToLower(t) too), and ascii is false when t
// holds a byte outside ASCII, before which nothing was found: the caller
// then asks in on the lowered text. The set's words are lower case.
func (s *WordSet) InFold(t string) (found, ascii bool) {
	if s.shift == nil {
		return s.inFoldEach(t)
	}
	// A word found before the first byte outside ASCII, at q, is what
	// the search in turn would find before it stops at q; a word across
	// q matches nowhere.
	q := asciiPrefix(t)
	u := t[:q]
	m := s.m
	for pos := m - 1; pos < len(u); {
		if sh := s.shift[wmHash(lowerASCII[u[pos-1]], lowerASCII[u[pos]])]; sh != 0 {
			pos += int(sh)
			continue
		}
		i := pos - m + 1
		c := lowerASCII[u[i]]
		if k := uint(c)<<8 | uint(lowerASCII[u[i+1]]); s.pairs[k>>6]&(1<<(k&63)) != 0 {
			for _, w := range s.byFirst[c] {
				if hasPrefixFold(u[i:], w) {
					return true, true
				}
			}
		}
		pos++
	}
	return false, q == len(t)
}

// lowerASCII maps each byte to itself, an ASCII capital to its small
// letter (LowerByte as a table).
var lowerASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = LowerByte(byte(c))
	}
	return t
}()

// asciiPrefix returns the length of the ASCII prefix of t: the index of
// its first byte outside ASCII, or len(t).
func asciiPrefix(t string) int {
	i := 0
	for ; i+8 <= len(t); i += 8 {
		if v := uint64(t[i]) | uint64(t[i+1])<<8 | uint64(t[i+2])<<16 | uint64(t[i+3])<<24 |
			uint64(t[i+4])<<32 | uint64(t[i+5])<<40 | uint64(t[i+6])<<48 | uint64(t[i+7])<<56; v&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			break
		}
	}
	return i
}

// inFoldEach is InFold trying every place of t in turn.
func (s *WordSet) inFoldEach(t string) (found, ascii bool) {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		c = LowerByte(c)
		if s.single[c] {
			return true, true
		}
		if i+1 == len(t) {
			break
		}
		if k := uint(c)<<8 | uint(LowerByte(t[i+1])); s.pairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, w := range s.byFirst[c] {
			if hasPrefixFold(t[i:], w) {
				return true, true
			}
		}
	}
	return false, true
}

// lowerByte lowers an ASCII capital.
func LowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether t opens with w once its ASCII capitals
// are lowered; w is lower case, and a byte of t outside ASCII matches
// nothing.
func hasPrefixFold(t, w string) bool {
	if len(t) < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := t[k]; c >= utf8.RuneSelf || LowerByte(c) != w[k] {
			return false
		}
	}
	return true
}
