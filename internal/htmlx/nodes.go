package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of n's attribute key, or "". The attributes are
// read in place (an index, not a copy of each three-string attribute per
// step: about a fifth faster, and every walk asks it per element).
func attr(n *html.Node, key string) string {
	for i := range n.Attr {
		if a := &n.Attr[i]; a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key, as attr reads it.
func hasAttr(n *html.Node, key string) bool {
	for i := range n.Attr {
		if n.Attr[i].Key == key {
			return true
		}
	}
	return false
}

// nodeText returns the whitespace-normalised text of n and its descendants,
// leaving out scripts and styles.
func nodeText(n *html.Node) string {
	if t, ok := loneText(n); ok {
		return textutil.NormalizeSpace(t)
	}
	var b strings.Builder
	appendText(&b, n)
	return textutil.NormalizeSpace(b.String())
}

// loneText returns the text of an element whose one child is a text node
// (a heading, a link, a label: most elements whose text is asked for),
// when appendText would write that text with no more than spaces around
// it: not for the elements it leaves out. The caller normalises it
// without building a copy of it (perf21).
func loneText(n *html.Node) (string, bool) {
	c := n.FirstChild
	if n.Type != html.ElementNode || c == nil || c != n.LastChild || c.Type != html.TextNode {
		return "", false
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
		return "", false
	}
	return c.Data, true
}

// bylineText is the text of a byline element as a reader sees it:
// whitespace-normalised, without the text set for screen readers only
// ("<span class="sr-only">Zum Profil von anna</span>" beside the link to
// Anna's profile), which labels or repeats what is shown.
func bylineText(n *html.Node) string {
	var b strings.Builder
	appendSeenText(&b, n)
	return textutil.NormalizeSpace(b.String())
}

// appendSeenText is appendText leaving out screen-reader-only elements.
func appendSeenText(b *strings.Builder, n *html.Node) { appendNodeText(b, n, true) }

// screenReaderClasses are the class names (lower case) that hide an
// element from sight and leave it to screen readers.
var screenReaderClasses = []string{"sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "screenreader-only", "a11y-hidden"}

// isScreenReaderOnly reports whether the class list cls marks an element
// as text for screen readers only (also a prefixed class such as
// "ds-sr-only").
func isScreenReaderOnly(cls string) bool {
	if cls == "" {
		return false
	}
	for c := range strings.FieldsSeq(strings.ToLower(cls)) {
		for _, s := range screenReaderClasses {
			if c == s || strings.HasSuffix(c, "-"+s) {
				return true
			}
		}
	}
	return false
}

func appendText(b *strings.Builder, n *html.Node) { appendNodeText(b, n, false) }

// appendNodeText writes the text of n, a space for each element's edges,
// leaving out scripts, styles and templates, and with seen the text for
// screen readers only.
func appendNodeText(b *strings.Builder, n *html.Node, seen bool) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		if seen && isScreenReaderOnly(attr(n, "class")) {
			b.WriteByte(' ')
			return
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
			return
		case atom.Br, atom.P, atom.Div, atom.Li:
			b.WriteByte(' ')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		appendNodeText(b, c, seen)
	}
	if n.Type == html.ElementNode {
		b.WriteByte(' ')
	}
}

func hasToken(list, tok string) bool {
	for f := range strings.FieldsSeq(list) {
		if f == tok {
			return true
		}
	}
	return false
}

// shortNodeText is nodeText(n) (bylineText(n) when seen) when that is
// shorter than limit bytes, and "" when it is not. It stops reading n's
// text once the text read so far, normalised, reaches limit: the
// normalised text of a prefix of the raw text is a prefix of the whole's
// normalised text (NormalizeSpace reads left to right and drops or keeps
// each rune by what precedes it), so the whole is as long or longer. A
// date line or a byline under a class that also marks a page's whole
// body no longer costs a copy of that body's text.
func shortNodeText(n *html.Node, limit int, seen bool) string {
	t := boundedText{limit: limit, check: limit, seen: seen}
	if !t.add(n) {
		return ""
	}
	s := textutil.NormalizeSpace(t.b.String())
	if len(s) >= limit {
		return ""
	}
	return s
}

// boundedText gathers the raw text of a subtree as appendNodeText does,
// until its normalised form reaches limit bytes.
type boundedText struct {
	b            strings.Builder
	limit, check int // check: the raw length at which the normalised length is next measured
	seen         bool
}

// add appends n's text as appendNodeText(&t.b, n, t.seen) does, and
// reports false once the normalised text reaches t.limit.
func (t *boundedText) add(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		t.b.WriteString(n.Data)
		if t.b.Len() >= t.check {
			// A raw text shorter than limit normalises shorter still;
			// past it, measure (at doubling lengths: linear in all).
			if len(textutil.NormalizeSpace(t.b.String())) >= t.limit {
				return false
			}
			t.check = 2 * t.b.Len()
		}
		return true
	case html.ElementNode:
		if t.seen && isScreenReaderOnly(attr(n, "class")) {
			t.b.WriteByte(' ')
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
			return true
		case atom.Br, atom.P, atom.Div, atom.Li:
			t.b.WriteByte(' ')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !t.add(c) {
			return false
		}
	}
	if n.Type == html.ElementNode {
		t.b.WriteByte(' ')
	}
	return true
}
