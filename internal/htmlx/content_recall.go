package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
)

// Recall rules of the body (issue 12): article text that the chosen
// element holds, or that sits right beside it, but that the class hints
// or the choice left out. Measured on web-extract dev by
// TestRecallLoss (content_recall_diag_test.go), which files every true
// word the body misses by where its block sits.

// sentenceCaption reports whether a block inside the chosen element root
// is a picture's caption written as a sentence: furniture only because an
// element whose class or id names a caption ("caption", "photo-caption",
// "image_caption", the caption containers of most CMSs and of the
// WordPress [caption] shortcode) holds it, with no other furniture
// further out, and read as a sentence of five words or more with no
// credit words. Such a line describes the story's own picture in the
// story's words, and people who copy an article's text keep it; a label
// ("Buoyant: John Smit") or a credit line ("Courtesy of …", "Photo: …")
// stays out. wpCaption is the WordPress case of it on the block's own
// element.
func sentenceCaption(b *textBlock, root *html.Node) bool {
	if b.kind != kindPara || b.Runes < 20 || b.LinkRun*2 > b.Runes {
		return false
	}
	// The outermost furniture between the block and root must be the
	// caption container.
	var outer *html.Node
	for n := b.owner; n != nil && n != root; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		if boilerTags[n.DataAtom] || classBoiler(n) == boilerHard {
			outer = n
		}
	}
	if outer == nil || boilerTags[outer.DataAtom] {
		return false
	}
	var buf [256]byte
	ci := textutil.LowerJoin(buf[:], attr(outer, "class"), attr(outer, "id"))
	if !strings.Contains(ci, "caption") || strings.Contains(ci, "credit") || strings.Contains(ci, "copyright") || strings.Contains(ci, "source") || strings.Contains(ci, "gallery") || strings.Contains(ci, "slideshow") {
		return false
	}
	// A caption box that also prints the picture's credit or source
	// (a copyright line beside the description, as picture agencies'
	// and CMS media components lay it out) is the picture's label
	// block, furniture of the page's media: its text stays out.
	if holdsCredit(outer, 0) {
		return false
	}
	return captionSentence(b.Text)
}

// holdsCredit reports whether an element under n has a class or id naming
// a picture's credit, copyright or source.
func holdsCredit(n *html.Node, depth int) bool {
	if depth > 6 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		var buf [128]byte
		ci := textutil.LowerJoin(buf[:], attr(c, "class"), attr(c, "id"))
		if strings.Contains(ci, "credit") || strings.Contains(ci, "copyright") || strings.Contains(ci, "source") {
			return true
		}
		if holdsCredit(c, depth+1) {
			return true
		}
	}
	return false
}

// captionSentence reports whether a caption's text reads as a sentence:
// five words or more, ending as a sentence does, no credit words.
func captionSentence(t string) bool {
	if textutil.FieldCount(t) < 5 {
		return false
	}
	low := strings.ToLower(t)
	for _, c := range captionCredits {
		if strings.Contains(low, c) {
			return false
		}
	}
	e := strings.TrimRight(t, "\"'”’») ")
	return e != "" && strings.ContainsAny(e[len(e)-1:], ".!?…")
}
