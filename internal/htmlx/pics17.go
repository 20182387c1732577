package htmlx

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads the pictures that a page gives by other markup than an
// <img src>: AMP's <amp-img> and <amp-anim>, an <img> whose only address
// is its srcset (HTML's responsive images), and the <img> a lazy loader
// writes inside <noscript> for readers without scripts, which the parser
// keeps as raw text.

// pictureSource returns the address of the picture element n shows, or
// "": its src, else (when src is missing or a data: placeholder) the
// address a lazy loader keeps in a data-* attribute, else the largest
// candidate of its srcset (or the lazy loaders' data-srcset), else, for
// the <img> of a <picture>, the largest candidate of the picture's first
// <source>.
func pictureSource(n *html.Node) string {
	src := attr(n, "src")
	usable := func(s string) bool { return s != "" && !strings.HasPrefix(s, "data:") }
	if !usable(src) {
		for _, k := range []string{"data-src", "data-original", "data-lazy-src", "data-url"} {
			if v := attr(n, k); v != "" && !usable(src) {
				src = v // the first the loader names, as before pics17
			}
		}
	}
	if !usable(src) {
		for _, k := range []string{"srcset", "data-srcset", "data-lazy-srcset"} {
			if v := largestCandidate(attr(n, k)); usable(v) {
				return v
			}
		}
	}
	if !usable(src) && n.Parent != nil && n.Parent.DataAtom == atom.Picture {
		for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Source {
				for _, k := range []string{"srcset", "data-srcset"} {
					if v := largestCandidate(attr(c, k)); usable(v) {
						return v
					}
				}
				break
			}
		}
	}
	return src
}

// largestCandidate returns the address of the largest image candidate of
// a srcset attribute ("a.jpg 480w, b.jpg 1200w", "a.jpg, b.jpg 2x"): the
// widest by its w descriptor when any candidate has one, else the densest
// by its x descriptor (a candidate without one is 1x). The list is read
// as the HTML standard reads it: an address runs to the next white space
// (so it may hold commas), a comma at its end ends the candidate, and the
// descriptors run to the next comma outside parentheses. One pass over
// the attribute.
func largestCandidate(srcset string) string {
	best, bestW, bestX := "", -1.0, -1.0
	s := srcset
	for {
		s = strings.TrimLeft(s, " \t\n\r\f,")
		if s == "" {
			break
		}
		i := strings.IndexAny(s, " \t\n\r\f")
		if i < 0 {
			i = len(s)
		}
		u, rest := s[:i], s[i:]
		desc := ""
		if strings.HasSuffix(u, ",") {
			u = strings.TrimRight(u, ",")
		} else {
			depth, j := 0, 0
			for ; j < len(rest); j++ {
				switch rest[j] {
				case '(':
					depth++
				case ')':
					if depth > 0 {
						depth--
					}
				}
				if rest[j] == ',' && depth == 0 {
					break
				}
			}
			desc, rest = rest[:j], rest[j:]
		}
		s = rest
		w, x := -1.0, 1.0
		for _, d := range strings.Fields(desc) {
			if len(d) < 2 {
				continue
			}
			v, err := strconv.ParseFloat(d[:len(d)-1], 64)
			if err != nil || v <= 0 {
				continue
			}
			switch d[len(d)-1] {
			case 'w':
				w = v
			case 'x':
				x = v
			}
		}
		switch {
		case u == "":
		case w >= 0:
			if w > bestW {
				best, bestW = u, w
			}
		case bestW < 0 && x > bestX:
			best, bestX = u, x
		}
	}
	return best
}

// ampPicture reports whether n is one of AMP's picture elements
// (<amp-img>, and <amp-anim> for an animated GIF): AMP pages write every
// picture so, with the <img> only in a <noscript> fallback inside it.
func ampPicture(n *html.Node) bool {
	return n.DataAtom == 0 && (n.Data == "amp-img" || n.Data == "amp-anim")
}

// noscriptPicture returns the first <img> of a <noscript>'s raw text as an
// element whose parent is the <noscript> (it is not among the noscript's
// children, so no walk of the tree meets it; the walks up from it, to its
// figure or its caption box, see where it stands), or nil. A lazy loader
// writes the real picture there for readers without scripts (the parser
// reads a <noscript> as text, as a browser that runs scripts does). Only
// the first 4 KiB of the text are read.
func noscriptPicture(ns *html.Node) *html.Node {
	t := ns.FirstChild
	if t == nil || t.Type != html.TextNode || !strings.Contains(t.Data, "<") {
		return nil
	}
	raw := t.Data
	if len(raw) > 4096 {
		raw = raw[:4096]
	}
	z := html.NewTokenizer(strings.NewReader(raw))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if tok.DataAtom == atom.Img {
				return &html.Node{Type: html.ElementNode, Data: tok.Data, DataAtom: atom.Img, Attr: tok.Attr, Parent: ns}
			}
		}
	}
}

// keepNoscript reports whether the <noscript> ns holds the story's own
// picture rather than a tracking pixel (analytics write theirs in a
// <noscript> too): it stands in a <figure>, a caption box or a <picture>,
// or next to
// the element that shows the picture when scripts run (an <img>, a
// <picture>, an AMP picture, or an element around one: the placeholder a
// lazy loader swaps).
func keepNoscript(ns *html.Node, st WalkState) bool {
	if enclosing(ns.Parent, atom.Figure, 8) != nil || st.boiler && captionBox(st.boilerAt) ||
		ns.Parent != nil && ns.Parent.DataAtom == atom.Picture {
		return true
	}
	for _, s := range [2]*html.Node{elementSibling(ns, -1), elementSibling(ns, 1)} {
		if s != nil && (s.DataAtom == atom.Img || s.DataAtom == atom.Picture || ampPicture(s) || holdsImage(s)) {
			return true
		}
	}
	return false
}

// elementSibling returns the element next to n before it (dir < 0) or
// after it, past text and comments, or nil.
func elementSibling(n *html.Node, dir int) *html.Node {
	for {
		if dir < 0 {
			n = n.PrevSibling
		} else {
			n = n.NextSibling
		}
		if n == nil || n.Type == html.ElementNode {
			return n
		}
	}
}

// picture17 is the walk's hook for the elements above: an AMP picture or
// a <noscript> fallback becomes a picture of the walk (image), and its
// content is not walked (the fallback inside an <amp-img> is the same
// picture). It reports whether n was one of them.
func (w *ContentWalker) picture17(n *html.Node, st WalkState) bool {
	switch {
	case ampPicture(n):
		w.image(n, st)
		return true
	case n.DataAtom == atom.Noscript:
		if keepNoscript(n, st) {
			if img := noscriptPicture(n); img != nil {
				w.image(img, st)
			}
		}
		return true
	}
	return false
}

// twinOfLast reports whether the picture element n and the last picture
// the walk kept are one picture written twice: a lazy loader's element
// (or the element around it, up to three levels up, as in
// <a><img></a><noscript>…) and its <noscript> fallback next to it, in
// either order, with no text between them.
func (w *ContentWalker) twinOfLast(n *html.Node) bool {
	if len(w.images) == 0 || w.images[len(w.images)-1].at != len(w.Blocks) {
		return false
	}
	a, b := w.images[len(w.images)-1].node, n
	if fromNoscript(a) == fromNoscript(b) {
		return false // two elements, or two fallbacks: two pictures
	}
	if fromNoscript(b) {
		a, b = b, a
	}
	ns := a.Parent
	x := b
	for k := 0; k < 3 && x != nil && x.Parent != ns.Parent; k++ {
		x = x.Parent
	}
	return x != nil && x.Parent == ns.Parent && (x == elementSibling(ns, -1) || x == elementSibling(ns, 1))
}

// fromNoscript reports whether the picture element n was read from a
// <noscript>'s text (noscriptPicture).
func fromNoscript(n *html.Node) bool {
	return n.Parent != nil && n.Parent.DataAtom == atom.Noscript
}
