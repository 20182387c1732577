package textutil

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// appendLowerASCII appends s to dst in ASCII lower case. ok is false when s
// holds a byte outside ASCII: strings.ToLower may then map it differently,
// and the caller falls back to it.
func appendLowerASCII(dst []byte, s string) (out []byte, ok bool) {
	for i := 0; i < len(s); i++ {
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
type WordSet struct {
	byFirst [256][]string // the words of two bytes or more by their first byte
	pairs   [1024]uint64  // bit set of the words' first two bytes
	single  [256]bool     // the words of one byte
}

// NewWordSet indexes words, none of which may be empty.
func NewWordSet(words []string) *WordSet {
	s := &WordSet{}
	for _, w := range words {
		if len(w) == 1 {
			s.single[w[0]] = true
			continue
		}
		s.byFirst[w[0]] = append(s.byFirst[w[0]], w)
		k := uint(w[0])<<8 | uint(w[1])
		s.pairs[k>>6] |= 1 << (k & 63)
	}
	return s
}

// In reports whether t contains any of the set's words, as a loop of
// strings.Contains over them would.
func (s *WordSet) In(t string) bool {
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
// then asks in on the lowered text.
func (s *WordSet) InFold(t string) (found, ascii bool) {
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
