package attrib

import "strings"

// anyIndex answers indexAnyOf(s[off:], seps) for offsets off that never
// decrease, in time linear in s over all the calls: it remembers where
// the next occurrence of each separator lies and searches again for one
// only once off has passed it. (indexAnyOf searches to the end of the text
// for every separator on every call: a paragraph of many dashes of one
// form and none of another read it again for each dash.)
type anyIndex struct {
	s    string
	seps []string
	next []int // absolute index of the next occurrence; -1 none left; -2 not searched yet
	off  int   // the last offset asked about
}

// newAnyIndex returns an anyIndex of seps in s.
func newAnyIndex(s string, seps []string) *anyIndex {
	next := make([]int, len(seps))
	for k := range next {
		next[k] = -2
	}
	return &anyIndex{s: s, seps: seps, next: next}
}

// from returns the first index in s at or after off of one of the
// separators (the earliest in seps when several start there), and which;
// -1 and "" when there is none. An offset below an earlier call's makes
// it search afresh (linear time holds for offsets that never decrease).
func (a *anyIndex) from(off int) (int, string) {
	if off < a.off {
		for k := range a.next {
			a.next[k] = -2
		}
	}
	a.off = off
	best, which := -1, ""
	for k, sep := range a.seps {
		if a.next[k] == -2 || a.next[k] >= 0 && a.next[k] < off {
			if i := strings.Index(a.s[off:], sep); i >= 0 {
				a.next[k] = off + i
			} else {
				a.next[k] = -1
			}
		}
		if n := a.next[k]; n >= 0 && (best < 0 || n < best) {
			best, which = n, sep
		}
	}
	return best, which
}

// prefixOf returns the first of seps that s starts with, or "": what
// indexAnyOf(s, seps) answers when its index is 0, without searching the
// rest of s.
func prefixOf(s string, seps []string) string {
	for _, sep := range seps {
		if strings.HasPrefix(s, sep) {
			return sep
		}
	}
	return ""
}
