package htmlx

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// captionBox reports whether the element that made a walk's state
// furniture is a picture's caption box: a <figure>, or an element whose
// class names a caption (WordPress's [caption] shortcode writes
// <div class="wp-caption"><img><p class="wp-caption-text">, and most CMS
// themes a "caption" or "image-caption" wrapper the same way). The word
// "caption" makes a box furniture for the choice of the article's element
// (boilerWords), but the picture inside such a box is the story's own,
// with its caption: a gallery, slideshow or carousel around it is not.
func captionBox(n *html.Node) bool {
	if n == nil {
		return false
	}
	if n.DataAtom == atom.Figure {
		return true
	}
	c := strings.ToLower(attr(n, "class"))
	return strings.Contains(c, "caption") && !mediaSetClass(c)
}

// mediaSetClass reports whether a lower-case class (or class and id)
// names a set of pictures — a gallery, a slideshow, a slider, a
// carousel — whose captions and pictures are not the story's own.
func mediaSetClass(c string) bool {
	for _, w := range []string{"gallery", "slideshow", "slider", "carousel"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// captionElement returns the element under a caption box that holds the
// caption when it is no <figcaption>: the first whose class names a
// caption (wp-caption-text, caption-text, image-caption …), not a picture
// and not an element that holds one; nil when there is none.
func captionElement(box *html.Node) *html.Node {
	for d := range box.Descendants() {
		if d.Type != html.ElementNode || d.DataAtom == atom.Img || !strings.Contains(strings.ToLower(attr(d, "class")), "caption") {
			continue
		}
		if !holdsImage(d) {
			return d
		}
	}
	return nil
}

// holdsImage reports whether n has an <img> under it.
func holdsImage(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Img {
			return true
		}
	}
	return false
}
