package attrib

import (
	"strings"
	"unicode"
)

// enRunOnQuote reports whether a paragraph s ends in a quotation it opens
// and does not close, text, and the paragraph next after it opens a quote
// mark again: English print typography quotes several paragraphs so,
// closing the marks only at the end of the last, where the attribution
// stands ("…roads. / "It also keeps taxes where they are," she said.);
// the speaker the continuation names speaks the first part too.
func enRunOnQuote(s, next, text string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	next = strings.TrimLeftFunc(next, unicode.IsSpace)
	if !strings.HasPrefix(next, "\"") && !strings.HasPrefix(next, "“") {
		return false
	}
	// The last quote mark of the paragraph opens: an odd number of
	// straight marks, or more curly opening marks than closing.
	if strings.Count(s, "\"")%2 == 0 && strings.Count(s, "“") <= strings.Count(s, "”") {
		return false
	}
	// (A quotation holding a quote mark itself is a span misread from
	// marks set the wrong way round: no run to follow.)
	t := strings.TrimRight(strings.TrimSpace(text), ".,!?;:…")
	return t != "" && !strings.ContainsAny(t, "\"“”") && strings.HasSuffix(strings.TrimRight(s, ".,!?;:…"), t)
}
