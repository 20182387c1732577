package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordFilter rules out, by one bit test, most words that are not among a
// set of words: a word is hashed from its length and three of its bytes
// (the first, the middle and the last) into 8192 bits, and a word of the
// set always finds its bit set. A "yes" is checked against the set itself
// (the map the filter stands in front of); a "no" is always right. It
// spares the hashing and probing of a map for the many words of a text
// that open no phrase of a table (the phrase indexes sourceVerbsBy and
// outletSubjectBy, asked at every word of every sentence).
type wordFilter struct {
	bits [128]uint64
}

// wordFilterHash hashes w (not empty) to 0..8191.
func wordFilterHash(w string) uint32 {
	x := uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)/2])<<16 | uint32(w[len(w)-1])<<24
	return (x * 0x9E3779B1) >> 19
}

// add puts w in the filter.
func (f *wordFilter) add(w string) {
	if w == "" {
		return
	}
	h := wordFilterHash(w)
	f.bits[h>>6] |= 1 << (h & 63)
}

// addKeys puts every key of set in the filter.
func addKeys[V any](f *wordFilter, set map[string]V) {
	for w := range set {
		f.add(w)
	}
}

// may reports whether w may be in the filter's set: false only when it
// is not. The empty word is let through (it has no bytes to hash).
func (f *wordFilter) may(w string) bool {
	if w == "" {
		return true
	}
	h := wordFilterHash(w)
	return f.bits[h>>6]&(1<<(h&63)) != 0
}

// ruSourceWords filters the words findSources asks, at every word of a
// Russian sentence, of the tables of words that open an outlet's frame:
// ruPastMediaVerbs, ruPublishVerbs, ruInformantNouns and
// ruJournalistObliques (read only).
var ruSourceWords = func() (f wordFilter) {
	for _, set := range []map[string]bool{ruPastMediaVerbs, ruPublishVerbs, ruInformantNouns, ruJournalistObliques} {
		addKeys(&f, set)
	}
	return f
}()

// hasSingleMark is strings.ContainsAny(s, "'‘’") by byte search: the
// apostrophe is one byte, and the two single quotation marks are the
// three bytes E2 80 98 and E2 80 99, which UTF-8 reads as those runes
// wherever they stand (no rune's continuation bytes include E2), so no
// rune-by-rune decoding is needed.
func hasSingleMark(s string) bool {
	if strings.IndexByte(s, '\'') >= 0 {
		return true
	}
	for i := 0; ; i++ {
		j := strings.IndexByte(s[i:], 0xE2)
		if j < 0 {
			return false
		}
		i += j
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x98 || s[i+2] == 0x99) {
			return true
		}
	}
}

// nonNameFilter filters the words of nonNameWords, asked by isNameTok of
// every capitalised word (read only).
var nonNameFilter = func() (f wordFilter) {
	addKeys(&f, nonNameWords)
	return f
}()

// hasLower reports whether set holds strings.ToLower(w), lowering w into
// a buffer on the stack (appendLower) so that the lookup of a word of up
// to 64 bytes allocates nothing.
func hasLower(set map[string]bool, w string) bool {
	var buf [64]byte
	if lw, ok := appendLower(buf[:0], w); ok {
		return set[string(lw)]
	}
	return set[strings.ToLower(w)]
}

// ruFirstPersonFilter filters the words of ruFirstPerson (quoteFeatures,
// asked of every word of every quotation).
var ruFirstPersonFilter = func() (f wordFilter) {
	addKeys(&f, ruFirstPerson)
	return f
}()

// ruVerbEndingLast[c] tells whether a verb ending of ruVerbEndings ends
// in the byte c: a word that ends in no such byte has none of them.
var ruVerbEndingLast = func() (t [256]bool) {
	for _, e := range ruVerbEndings {
		t[e[len(e)-1]] = true
	}
	return t
}()

// asciiWordByte[c] tells whether the ASCII byte c is a letter or a digit
// (isLetter || unicode.IsDigit, as tokenizeLower asks of a word's runes).
var asciiWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = isLetter(c) || unicode.IsDigit(c)
	}
	return t
}()

// keptLower reports whether toLower keeps r as it is, byte for byte: an
// ASCII rune other than a capital, or a lower-case letter of the basic
// Cyrillic block (U+0430 to U+045F, the two-byte forms toLower skips).
func keptLower(r rune) bool {
	return r < utf8.RuneSelf && (r < 'A' || r > 'Z') || 0x430 <= r && r <= 0x45F
}

// asciiLowerRun[c] tells whether the ASCII byte c belongs to a run of
// letters and hyphens (r == '-' || isLetter(r), as noteLowerWords asks).
var asciiLowerRun = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = c == '-' || isLetter(c)
	}
	return t
}()

// hasQuoteMark reports whether s holds one of the marks scanQuoteSpans
// acts on: « » „ “ ” or the straight double quote. It reads bytes: the
// straight mark is one byte, the guillemets C2 AB and C2 BB, the curly
// ones E2 80 9C, 9D and 9E, and no other rune's bytes hold C2 or E2
// except at its start, so each such byte sequence is that mark wherever
// it stands.
func hasQuoteMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			return true
		case 0xC2:
			if i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB) {
				return true
			}
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && 0x9C <= s[i+2] && s[i+2] <= 0x9E {
				return true
			}
		}
	}
	return false
}

// cyrillicAt decodes the rune at s[i] when it is one of U+0400 to
// U+047F, two bytes D0 or D1 and a continuation byte: every rune there
// is a letter (isLetter), so a scan for words needs no table for it.
func cyrillicAt(s string, i int) (rune, bool) {
	if i+1 < len(s) && (s[i] == 0xD0 || s[i] == 0xD1) && s[i+1]&0xC0 == 0x80 {
		return rune(s[i]&0x1F)<<6 | rune(s[i+1]&0x3F), true
	}
	return 0, false
}
