package lang

import (
	"unicode"

	"github.com/RadhiFadlillah/whatlanggo"
)

// detectScript returns what whatlanggo.DetectScript(s) returns. That
// function counts the letters of each script and answers as soon as one
// script has more letters than half of s's bytes. ASCII letters are Latin
// and no other script's, and a letter of another script takes two bytes or
// more, so when the ASCII letters alone are more than half the bytes no
// other script can get there first: the answer is Latin. Most Latin texts
// are told so by counting bytes; the others are asked.
func detectScript(s string) *unicode.RangeTable {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; 'a' <= c && c <= 'z' {
			n++
		}
	}
	if n > len(s)/2 {
		return unicode.Latin
	}
	if sc, ok := asciiCyrillicScript(s); ok {
		return sc // (perf20_script.go)
	}
	return whatlanggo.DetectScript(s)
}
