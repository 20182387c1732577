package textutil

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// NormalizeSpace collapses every run of white space (including NBSP and
// other Unicode spaces) into one ASCII space, drops soft hyphens, zero-width
// spaces and bidi control characters, and trims the ends. The zero-width
// joiner and non-joiner are kept after a non-ASCII character: Bengali,
// Hindi, Persian and other scripts spell words with them, and emoji
// sequences are joined by them; after ASCII, or after a letter of an
// alphabet that never joins its letters (Latin, Greek, Cyrillic,
// Armenian, Georgian: a joiner pasted inside "Собя\u200dнин" only splits the
// word), they are dropped.
func NormalizeSpace(s string) string {
	if IsASCII(s) {
		return NormalizeASCIISpace(s)
	}
	if spaceClean(s) {
		return s // most texts outside ASCII: nothing to change
	}
	return normalizeSpaceCopy(s)
}

// spaceClean reports whether NormalizeSpace would return s as it is: no
// white space but single ASCII spaces between other characters, no
// control, soft hyphen, zero-width or bidi character, no U+FFFD or byte
// that is not UTF-8, and a zero-width (non-)joiner only right after a
// character outside ASCII.
func spaceClean(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	high := false // the character before is outside ASCII
	var prev rune
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' || c == 0x7f || c == ' ' && s[i+1] == ' ' { // s does not end with a space
				return false
			}
			high = false
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\u200c' || r == '\u200d':
			if !high || unjoinedLetter(prev) {
				return false
			}
		case r == '\u00ad' || r == '\u200b' || r == '\u2060' || r == '\ufeff' ||
			(r >= '\u200e' && r <= '\u200f') || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069'),
			unicode.IsSpace(r) || r == '\u00a0', r == utf8.RuneError || unicode.IsControl(r):
			return false
		}
		high = true
		prev = r
		i += size
	}
	return true
}

// unjoinedLetter reports whether r is a letter outside ASCII of an
// alphabet whose spelling never uses the zero-width (non-)joiner: Latin,
// Greek, Cyrillic, Armenian and Georgian. (It is asked only at a joiner,
// which is rare.)
func unjoinedLetter(r rune) bool {
	return r >= utf8.RuneSelf && unicode.IsLetter(r) && unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Armenian, unicode.Georgian)
}

// normalizeSpaceCopy is NormalizeSpace writing a new text.
func normalizeSpaceCopy(s string) string {
	// The output is never longer than s.
	b := make([]byte, 0, len(s))
	space := false
	var prev rune
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// The cases below, for an ASCII byte: a space (as
			// unicode.IsSpace has them), a control, or kept.
			i++
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
			prev = rune(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case (r == '\u200c' || r == '\u200d') && prev >= utf8.RuneSelf && !space && !unjoinedLetter(prev):
			// A joiner inside a word of a script that needs it.
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' ||
			(r >= '\u200e' && r <= '\u200f') || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069'):
			continue
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
			continue
		case r == utf8.RuneError || (unicode.IsControl(r)):
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, r)
		prev = r
	}
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
}

// CountWords counts the runs of letters and digits (joined by inner
// apostrophes or hyphens) in s.
func CountWords(s string) int {
	// A word begins at a word character outside a word; a joiner keeps
	// the state, any other character ends the word. The state and the
	// count move by a table (wordStep), without a branch per byte, which
	// the alternation of words and spaces would mispredict.
	n := 0
	var in uint8
	for i := 0; i < len(s); {
		c := s[i]
		var class uint8
		switch {
		case c < utf8.RuneSelf:
			// ASCII, most of most texts: a byte's class from a table.
			class = asciiWordClass[c]
			i++
		case c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			// Two bytes (U+0080..U+07FF: Latin, Greek, Cyrillic,
			// Hebrew, Arabic): from a bit set.
			r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f)
			class = uint8(twoByteWord[r>>6] >> (r & 63) & 1) // wordByte is 1
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				class = wordByte
			case r == '’':
				class = joinByte
			}
		}
		t := wordStep[in<<2|class]
		n += int(t & 1)
		in = t >> 1
	}
	return n
}

// wordStep is CountWords' move from a state (in a word or not, bit 2)
// and a character class: bit 0 counts a word begun, bit 1 is the new
// state.
var wordStep = [8]uint8{
	wordByte:     1 | 2,              // outside a word: a word character begins one; another character, none
	4 + wordByte: 2, 4 + joinByte: 2, // inside one: a word character or a joiner goes on; another ends it
}

// twoByteWord marks the letters and digits of U+0080..U+07FF (the
// characters of two UTF-8 bytes), for CountWords.
var twoByteWord = func() (t [0x800 / 64]uint64) {
	for r := rune(0x80); r < 0x800; r++ {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return t
}()

// The classes of ASCII bytes for CountWords.
const (
	otherByte = iota
	wordByte  // a letter or digit (unicode.IsLetter or IsDigit, for ASCII)
	joinByte  // a hyphen or apostrophe, which joins the runs it stands between
)

var asciiWordClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			t[c] = wordByte
		case c == '-' || c == '\'':
			t[c] = joinByte
		}
	}
	return t
}()

// IsASCII reports whether s is all ASCII, which is always in NFC.
func IsASCII(s string) bool {
	// Eight bytes at a time (the compiler makes one load of the eight
	// byte reads), then the rest one by one.
	for len(s) >= 8 {
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		if v&0x8080808080808080 != 0 {
			return false
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normalizeASCIISpace is normalizeSpace for ASCII text: it returns s itself
// when there is nothing to change, which is most of the time.
func NormalizeASCIISpace(s string) string {
	first := -1
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c == 0x7f || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			first = i
			break
		}
	}
	if first < 0 {
		return s
	}
	// s[:first] is clean: the loop below would copy it as it is, but
	// for a space just before first, which it holds back until the next
	// kept byte (a clean space is not the last byte, and first is not a
	// space then, since a space before a space is not clean).
	keep, space := first, false
	if keep > 0 && s[keep-1] == ' ' {
		keep, space = keep-1, true
	}
	b := make([]byte, keep, len(s))
	copy(b, s[:keep])
	for i := first; i < len(s); i++ {
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
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
}

// IsCap reports whether w is a capitalised word (not all capitals, unless it
// is an initial like "J.").
func IsCap(w string) bool {
	r := FirstRune(w)
	if !unicode.IsUpper(r) {
		return false
	}
	if utf8.RuneCountInString(strings.TrimSuffix(w, ".")) == 1 {
		return true
	}
	for _, c := range w {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// IsAllCaps reports whether w is an abbreviation in capitals ("ТАСС", "BBC").
func IsAllCaps(w string) bool {
	n := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			if !unicode.IsUpper(c) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// First returns the first non-empty string, whitespace normalised.
func First(ss ...string) string {
	for _, s := range ss {
		if s = NormalizeSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func FirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// RuneLen is the number of characters in s.
func RuneLen(s string) int { return utf8.RuneCountInString(s) }
