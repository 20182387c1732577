package htmlx

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The topline over a headline — German papers' Dachzeile or Spitzmarke,
// English "kicker", "eyebrow" or "overline", French "surtitre", Spanish
// "antetítulo", Italian "occhiello" — names the story's subject in a word
// or three, set in its own element inside the <h1> ahead of the
// headline's words or just over it. Templates mark it by its class. It
// is not the headline (h1Kicker cuts it off the headline) and not a line
// of the body.

// toplineWords are the words of the classes of a topline, lower case.
var toplineWords = []string{"topline", "dachzeile", "spitzmarke", "kicker", "eyebrow", "overline", "surtitre", "supertitle",
	"pretitle", "antetitulo", "occhiello"}

// toplineClass reports whether an element's class or id names a topline.
func toplineClass(n *html.Node) bool {
	var buf [256]byte
	ci := textutil.LowerJoin(buf[:], attr(n, "class"), attr(n, "id"))
	return hasWordOf(ci, toplineWords)
}

// toplineBlock reports whether a text block of the walk is a headline's
// topline: a line of at most five words and 60 characters, no sentence,
// that is the text of an element whose class names a topline (see
// toplineWords) and that stands inside an <h1> or <h2>, or just before
// one (it, or the element around it, has the heading as its next
// element).
func toplineBlock(b *textBlock) bool {
	if b.kind == kindHeading || b.Runes == 0 || b.Runes > 60 || len(strings.Fields(b.Text)) > 5 || b.owner == nil {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(b.Text); r == '.' || r == '!' || r == '?' {
		return false
	}
	seen := 0
	for d := range b.owner.Descendants() {
		if seen++; seen > 200 {
			return false
		}
		if d.Type != html.ElementNode || !toplineClass(d) || nodeText(d) != b.Text {
			continue
		}
		return besideHeadline(d)
	}
	return toplineClass(b.owner) && nodeText(b.owner) == b.Text && besideHeadline(b.owner)
}

// besideHeadline reports whether the element n stands in an <h1> or <h2>,
// or just before one, itself or the element around it.
func besideHeadline(n *html.Node) bool {
	for k, p := 0, n; k < 2 && p != nil && p.Type == html.ElementNode; k, p = k+1, p.Parent {
		switch p.DataAtom {
		case atom.H1, atom.H2:
			return true
		}
		if s := elementSibling(p, 1); s != nil && (s.DataAtom == atom.H1 || s.DataAtom == atom.H2) {
			return true
		}
	}
	return false
}
