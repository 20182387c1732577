package htmlx

import "strings"

// Cheap tests run before the regular expressions of hot paths: each is a
// necessary condition of a match, so a text that fails it is skipped
// without changing what the expression finds (perf_equiv_test.go checks
// them against the expressions).

// textBylineLabels are the words that open a match of reTextByline, in the
// cases it accepts.
var textBylineLabels = []string{
	"Von", "von", "VON", "By", "by", "BY", "Par", "par", "Por", "por",
	"Autor:", "autor:", "Autorin:", "autorin:", "Author:", "author:", "Text:", "text:",
}

// mayHoldByline reports whether t may hold a match of reTextByline: a
// label of textBylineLabels at the start of t or after white space, a bar or a
// bullet, followed by white space (or a no-break space); or a digit there
// (the dated form "11.12.2019 - Name"). Most text near a headline has
// neither, and the expression, which has no literal prefix, is slow to
// rule it out.
func mayHoldByline(t string) bool {
	for i := 0; i < len(t); i++ {
		c := t[i]
		digit := c >= '0' && c <= '9'
		if !digit && strings.IndexByte("VvBbPpAaTt", c) < 0 {
			continue
		}
		if i > 0 && !bylineSepBefore(t[:i]) {
			continue
		}
		if digit {
			return true
		}
		for _, l := range textBylineLabels {
			if strings.HasPrefix(t[i:], l) && spaceOrNBSPAt(t, i+len(l)) {
				return true
			}
		}
	}
	return false
}

// bylineSepBefore reports whether s ends with what reTextByline accepts
// before a label: white space (\s: tab, newline, form feed, carriage
// return, space), "|", "·" or "•".
func bylineSepBefore(s string) bool {
	switch s[len(s)-1] {
	case '\t', '\n', '\f', '\r', ' ', '|':
		return true
	}
	return strings.HasSuffix(s, "·") || strings.HasSuffix(s, "•")
}

// spaceOrNBSPAt reports whether t has, at i, white space as \s reads it or
// a no-break space.
func spaceOrNBSPAt(t string, i int) bool {
	if i >= len(t) {
		return false
	}
	switch t[i] {
	case '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return strings.HasPrefix(t[i:], "\u00a0")
}
