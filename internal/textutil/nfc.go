package textutil

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nfcInertLimit bounds the characters nfcInertSet answers for: Latin,
// Greek, Cyrillic, Armenian, Hebrew, Arabic and the other scripts up to
// U+20FF, and general punctuation (dashes, quotation marks).
const nfcInertLimit = 0x2100

// nfcInertSet marks the characters under nfcInertLimit that NFC leaves as
// they are whatever stands around them: canonical combining class 0, no
// composition with the character before (norm's BoundaryBefore), and
// their own NFC form (NFC quick check Yes). It is built from norm's
// tables on first use.
var nfcInertSet = sync.OnceValue(func() *[nfcInertLimit / 64]uint64 {
	var set [nfcInertLimit / 64]uint64
	var buf [utf8.UTFMax]byte
	for r := rune(utf8.RuneSelf); r < nfcInertLimit; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		b := utf8.AppendRune(buf[:0], r)
		if p := norm.NFC.Properties(b); p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(b) {
			set[r/64] |= 1 << (r % 64)
		}
	}
	return &set
})

// NFCInert reports whether s is its own NFC form by a quick test, so that
// norm.NFC.String(s), which returns s then, need not run: every character
// of s is ASCII or one that NFC leaves as it is whatever stands around it
// (nfcInertSet). By the quick check of Unicode's UAX #15, a text of such
// characters only (each of combining class 0 and quick check Yes) is
// normalised. False says nothing: a text with another character, or with
// bytes that are not UTF-8, may still be NFC.
func NFCInert(s string) bool {
	var set *[nfcInertLimit / 64]uint64
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight ASCII bytes at a time (one load), as IsASCII.
			if v := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56; v&0x8080808080808080 == 0 {
				i += 8
				continue
			}
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= nfcInertLimit { // RuneError for a byte that is not UTF-8 too
			return false
		}
		if set == nil {
			set = nfcInertSet()
		}
		if set[r/64]&(1<<(r%64)) == 0 {
			return false
		}
		i += n
	}
	return true
}

// SpaceNormal reports whether s is non-empty and as strings.Fields joined
// with single spaces would write it: no white space (unicode.IsSpace) but
// single ASCII spaces between other characters.
func SpaceNormal(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if s[i+1] == ' ' { // s does not end with a space
					return false
				}
			case c <= '\r' && c >= '\t':
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		i += n
	}
	return true
}
