package htmlx

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// atomSet is a set of element names (atoms) asked once or more per
// element by the walks: a map[atom.Atom]bool lookup hashes the atom and
// probes a table, which on the AEB pages cost about a hundredth of the
// extraction after the parse. An atomSet keeps the atoms in a table of
// atomSetSlots entries, each at the slot its multiplicative hash picks or
// the next free one, and answers with a multiplication, a shift and a
// comparison or two. The zero atom (an element of no known name) is never
// in a set.
type atomSet [atomSetSlots]atom.Atom

// atomSetSlots is the size of an atomSet's table: a power of two over
// twice the largest set (41 atoms), so that probes stay short.
const atomSetSlots = 128

// atomSlot is the first slot of a in an atomSet's table.
func atomSlot(a atom.Atom) uint32 {
	return uint32(a) * 0x9e3779b1 >> (32 - 7) // 7 bits: atomSetSlots
}

// newAtomSet returns the set of the atoms m holds true.
func newAtomSet(m map[atom.Atom]bool) *atomSet {
	var s atomSet
	n := 0
	for a, ok := range m {
		if !ok || a == 0 {
			continue
		}
		if n++; n > atomSetSlots/2 {
			panic("htmlx: atomSet too small")
		}
		i := atomSlot(a)
		for s[i] != 0 {
			i = (i + 1) % atomSetSlots
		}
		s[i] = a
	}
	return &s
}

// has reports whether a is in s.
func (s *atomSet) has(a atom.Atom) bool {
	if a == 0 {
		return false
	}
	for i := atomSlot(a); ; i = (i + 1) % atomSetSlots {
		switch s[i] {
		case a:
			return true
		case 0:
			return false
		}
	}
}

// The sets of the element maps the content walk asks per element.
var (
	skipTagSet       = newAtomSet(skipTags)
	blockTagSet      = newAtomSet(blockTags)
	boilerTagSet     = newAtomSet(boilerTags)
	cellLayoutTagSet = newAtomSet(cellLayoutTags)
)

// styleHides reports whether a style attribute hides its element:
// "display:none" or "visibility:hidden" in it once its spaces are dropped
// and it is lowered. An ASCII value (as style values are) is lowered into
// a buffer on the stack instead of two copies on the heap (ReplaceAll,
// then ToLower), which every element with a style cost the content walk.
func styleHides(v string) bool {
	var buf [256]byte
	b := buf[:0]
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= utf8.RuneSelf:
			s := strings.ToLower(strings.ReplaceAll(v, " ", ""))
			return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
		case c == ' ':
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return bytes.Contains(b, []byte("display:none")) || bytes.Contains(b, []byte("visibility:hidden"))
}

// agencyLineBytes reports whether a line may match reAgencyLine for its
// bytes: without the tail that follows a name ("- January 8, 2008"),
// which needs an ASCII digit, the expression allows no ASCII byte but
// letters, "&", ".", "-", parentheses and blanks (spaces, tabs, carriage
// returns and the form feed of \s). A line of a menu or of prose with a
// comma, a colon, a quotation mark or a slash and no digit is turned down
// before the expression runs (textAgency ran it on every short line by
// the headline that opens with a capital).
func agencyLineBytes(line string) bool {
	for i := 0; i < len(line); i++ {
		if c := line[i]; c < utf8.RuneSelf && !agencyNameByte[c] {
			return strings.ContainsAny(line, "0123456789")
		}
	}
	return true
}

// agencyNameByte marks the ASCII bytes reAgencyLine allows outside the
// tail after a name.
var agencyNameByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || strings.IndexByte("&.-() \t\r\f", byte(c)) >= 0
	}
	return t
}()
