package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalizeSpace collapses every run of white space (including NBSP and
// other Unicode spaces) into one ASCII space, drops soft hyphens, zero-width
// and bidi control characters, and trims the ends.
func normalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' ||
			(r >= '\u200e' && r <= '\u200f') || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069'):
			continue
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
			continue
		case r == utf8.RuneError || (unicode.IsControl(r)):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// countWords counts the runs of letters and digits (joined by inner
// apostrophes or hyphens) in s.
func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		if w {
			in = true
		} else if !(in && (r == '-' || r == '\'' || r == '’')) {
			in = false
		}
	}
	return n
}
