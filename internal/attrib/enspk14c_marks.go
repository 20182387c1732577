package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mixed quotation marks in English copy (issue 13).
//
// English web copy edited by hand, or pasted between a CMS and a word
// processor, often mixes typographic and straight double quotes in one
// quotation: “…," Obama said. "Or …” — the editor's software curled some
// marks and not others. A reader pairs the marks by position (an opening
// mark stands before a word, a closing one after it), not by shape. The
// two rules below, used by scanQuoteSpans outside Russian (which has its
// own conventions for straight marks), close a quotation opened with “ by a
// straight mark in closing position, and one opened with a straight mark
// by ”.

// enStraightClosesCurly reports whether the straight double quote at byte
// offset i of s, after the rune prev, closes a quotation opened with “:
// it is glued to the word or punctuation before it (prev is no space) and
// followed by a space, punctuation or the end of the paragraph, the
// position of a closing mark ("Trump" inside “…” opens after a space and
// is a quotation inside the quotation).
func enStraightClosesCurly(s string, i int, prev rune) bool {
	if unicode.IsSpace(prev) || prev == '“' {
		return false
	}
	if prev >= '0' && prev <= '9' {
		// A height or length in feet and inches (6'2", 5' 11"): the
		// straight mark after the inches is the inch sign.
		k := i
		for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
			k--
		}
		for k > 0 && s[k-1] == ' ' {
			k--
		}
		a := k // the feet mark's offset, when one stands there
		switch {
		case k > 0 && s[k-1] == '\'':
			a = k - 1
		case strings.HasSuffix(s[:k], "’"):
			a = k - len("’")
		case strings.HasSuffix(s[:k], "′"):
			a = k - len("′")
		}
		if a < k && a > 0 && s[a-1] >= '0' && s[a-1] <= '9' {
			// (Feet before it: a year, "the summer of '69", has none.)
			return false
		}
	}
	j := i + len(`"`)
	if j >= len(s) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.IsSpace(next) || unicode.IsPunct(next) && next != '"' && next != '\''
}
