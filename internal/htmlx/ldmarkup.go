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

// ldBlockTags are the elements whose tags stand between words (a line
// or a paragraph): dropped as a space, not as nothing.
var ldBlockTags = map[string]bool{"br": true, "p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true}

// ldPlain returns s without the markup of rich-text editors; s itself
// when it has none.
func ldPlain(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	out := ldTagRE.ReplaceAllStringFunc(s, func(tag string) string {
		name := strings.TrimLeft(tag, "</")
		if end := strings.IndexAny(name, " \t\n/>"); end >= 0 {
			name = name[:end]
		}
		if ldBlockTags[strings.ToLower(name)] {
			return " "
		}
		return ""
	})
	if out == s {
		return s
	}
	return strings.Join(strings.Fields(out), " ")
}
