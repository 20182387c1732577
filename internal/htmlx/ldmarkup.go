package htmlx

import (
	"regexp"
	"strings"
)

// JSON-LD text values with HTML markup in them.
//
// Some CMSs fill JSON-LD fields from their rich-text fields, so that a
// name or a headline carries the editor's markup as text ("Priya
// <b>Raman</b>", "<p>Budget passes</p>"). A JSON-LD value is plain text,
// so the tags of inline and block elements are dropped (a block's as a
// space); a "<" that opens no such tag ("x < y") stays.

// ldTagRE matches the start or end tag of an element that rich-text
// editors write.
var ldTagRE = regexp.MustCompile(`(?i)</?(?:a|b|i|u|em|strong|span|small|sup|sub|font|mark|br|p|div|h[1-6])\b[^<>]*>`)

// ldPlain returns s without the markup of rich-text editors; s itself
// when it has none.
func ldPlain(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	out := ldTagRE.ReplaceAllStringFunc(s, func(tag string) string {
		name := strings.ToLower(strings.TrimLeft(tag, "</"))
		for _, b := range []string{"br", "p", "div", "h"} {
			if strings.HasPrefix(name, b) && (len(name) == len(b) || !isASCIILetter(name[len(b)])) {
				return " "
			}
		}
		return ""
	})
	if out == s {
		return s
	}
	return strings.Join(strings.Fields(out), " ")
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
