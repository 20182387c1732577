package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxDetectBytes is how much of a text language detection reads.
const MaxDetectBytes = 6 << 10

// detectLanguage returns the BCP 47 tag of the language table whose script
// and function words fit s best, or "" when none fits, with the share of
// the words of s that are that language's function words.
func Detect(s string) (string, float64) {
	if len(s) > MaxDetectBytes {
		// The start of a text tells its language as well as the whole.
		cut := MaxDetectBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	var cyr, lat int
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Latin, r):
			lat++
		}
	}
	if cyr+lat == 0 {
		return "", 0
	}
	// One pass over the words, each looked up in every table.
	hits := make([]int, len(Languages))
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		n++
		w = strings.ToLower(w)
		for i, t := range Languages {
			if t.stopwordSet()[w] {
				hits[i]++
			}
		}
	}
	best, bestShare := "", 0.0
	for i, t := range Languages {
		if sh := float64(hits[i]) / float64(max(n, 1)); sh > bestShare {
			best, bestShare = t.Tag, sh
		}
	}
	// Require a real share of the language's function words, so that a
	// German or French text is not called English.
	if bestShare < 0.08 {
		return "", 0
	}
	return best, bestShare
}
