package lang

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// stopwordUnion is every table's function words in one set: a word's
// value has bit i set when it is a function word of Languages[i], so that
// topStopwords looks each word of a text up once, not once a table.
type stopwordUnion struct {
	words map[string]uint32
}

// stopwordTables builds the union of Languages' function words once.
var stopwordTables = sync.OnceValue(func() *stopwordUnion {
	u := &stopwordUnion{words: map[string]uint32{}}
	for i, t := range Languages[:min(len(Languages), 32)] {
		for w := range t.stopwordSet() {
			u.words[w] |= 1 << i
		}
	}
	return u
})

// isLetter is unicode.IsLetter with the ASCII letters answered first.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
}

// appendLower appends strings.ToLower(w) to b for a word of letters: the
// ASCII letters lowered byte by byte, any other letter by unicode.ToLower
// (strings.ToLower's mapping).
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	return b
}

// topStopwordsEach is topStopwords looking each word up in every table's
// set (for more tables than a stopwordUnion mask holds).
func topStopwordsEach(s string, latin bool) (string, float64) {
	hits := make([]int, len(Languages))
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		n++
		if r, _ := utf8.DecodeRuneInString(w); latin && r >= utf8.RuneSelf && !unicode.Is(unicode.Latin, r) {
			continue // a Latin-script text: only Latin words are looked up
		}
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
	return best, bestShare
}
