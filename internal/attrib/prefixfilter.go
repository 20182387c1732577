package attrib

// prefixFilter rules out, by a bit test, most words that start with none
// of a list of stems: a word starts with a stem only if its first four
// bytes are the stem's, so a set of the stems' first four bytes (hashed
// into 1024 bits) says "no" for any word whose first four bytes are not
// among them. It never says "no" to a word that starts with a stem; a
// "yes" is checked against the stems themselves. A list with a stem
// shorter than four bytes gets no filter (every word may match).
type prefixFilter struct {
	on   bool
	bits [16]uint64
}

// newPrefixFilter builds the filter of stems.
func newPrefixFilter(stems []string) prefixFilter {
	var f prefixFilter
	for _, s := range stems {
		if len(s) < 4 {
			return prefixFilter{}
		}
	}
	f.on = true
	for _, s := range stems {
		h := prefixHash(s)
		f.bits[h>>6] |= 1 << (h & 63)
	}
	return f
}

// prefixHash hashes the first four bytes of s (len(s) >= 4) to 0..1023.
func prefixHash(s string) uint32 {
	x := uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
	return (x * 0x9E3779B1) >> 22
}

// mayStart reports whether w may start with one of the filter's stems:
// false only when it starts with none.
func (f *prefixFilter) mayStart(w string) bool {
	if !f.on {
		return true
	}
	if len(w) < 4 {
		return false
	}
	h := prefixHash(w)
	return f.bits[h>>6]&(1<<(h&63)) != 0
}
