package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MeasurePage walks the document once and fills pageSignals: the head's
// signals (JSON-LD, og:type and price metas, the title) from every
// element, the body's (measureElement, measureText) from the first
// <body> down, outside the subtrees the body's measure skips.
func MeasurePage(root *html.Node) *PageSignals {
	return measurePage(root, nil)
}

// measurePage is MeasurePage reading the JSON-LD scripts through texts
// (nil: decode them).
func measurePage(root *html.Node, texts jsonTexts) *PageSignals {
	s := &PageSignals{LdTypes: map[string]bool{}}
	var body *html.Node
	var markers strings.Builder
	// inBody is true inside the first <body>, out of the scripts, styles
	// and the like whose text nobody sees; chrome and link are the body
	// measure's flags.
	var walk func(n *html.Node, inBody, chrome, link bool)
	walk = func(n *html.Node, inBody, chrome, link bool) {
		switch n.Type {
		case html.TextNode:
			if inBody {
				s.measureText(n, chrome, link)
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					s.readJSONLD(kindText(n), texts)
				}
				return
			case atom.Meta:
				p := strings.ToLower(attr(n, "property"))
				if p == "" {
					p = strings.ToLower(attr(n, "name"))
				}
				switch {
				case p == "og:type":
					s.OgType = strings.ToLower(strings.TrimSpace(attr(n, "content")))
				case strings.HasPrefix(p, "product:price") || p == "og:price:amount":
					s.PriceMarkup = true
				}
			case atom.Title:
				if s.title == "" {
					s.title = textutil.NormalizeSpace(kindText(n))
				}
			case atom.Body:
				if body == nil {
					body = n
					inBody, chrome, link = true, false, false
				}
			}
			if inBody {
				inBody, chrome, link = s.measureElement(n, chrome, link, &markers)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody, chrome, link)
		}
	}
	walk(root, false, false, false)
	if body == nil {
		return s
	}
	s.body = body
	s.MarkerText = markers.String()
	return s
}

// measureText counts the words of a visible text node of the body.
func (s *PageSignals) measureText(n *html.Node, chrome, link bool) {
	w := textutil.CountWords(n.Data)
	s.VisibleWords += w
	if !chrome {
		s.MainWords += w
		if link {
			s.LinkWords += w
		}
	}
}

// measureElement reads the signals of an element of the body and returns
// the flags for its children: inBody false for a subtree whose text
// nobody sees (styles, frames, pictures drawn in SVG), chrome inside
// navigation, headers, footers and asides, link inside links.
func (s *PageSignals) measureElement(n *html.Node, chrome, link bool, markers *strings.Builder) (inBody, chromeOut, linkOut bool) {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe:
		return false, chrome, link
	case atom.Nav, atom.Header, atom.Footer, atom.Aside:
		chrome = true
	case atom.A:
		link = true
	case atom.Input:
		switch strings.ToLower(attr(n, "type")) {
		case "password":
			s.Passwords++
		case "", "text", "email", "tel", "number", "url":
			if !chrome {
				s.FormInputs++
			}
		}
	case atom.Textarea:
		if !chrome {
			s.FormInputs++
		}
	case atom.Button:
		if t := strings.ToLower(textutil.NormalizeSpace(kindText(n))); kindContainsAny(t, addToCartText) {
			s.AddToCart = true
		}
	}
	s.measureNames(n, markers)
	if n.DataAtom == atom.H1 && s.H1 == "" {
		s.H1 = textutil.NormalizeSpace(kindText(n))
		s.h1Linked = kindLinkedHeading(n)
	}
	if isHeadingAtom(n.DataAtom) && !chrome && kindLinkedHeading(n) {
		s.LinkedHeads++
	}
	s.measureRun(n, chrome)
	return true, chrome, link
}

// measureNames reads the signals of an element's class, id and itemprop:
// price markup, an add-to-cart control, a paywall box (whose text goes to
// markers).
func (s *PageSignals) measureNames(n *html.Node, markers *strings.Builder) {
	var cb, ib [256]byte
	// A class or id without any of nameHints passes none of the tests
	// below, as "" does: it is not lowered.
	cls, id := attr(n, "class"), attr(n, "id")
	if cls != "" {
		if found, ascii := nameHintSet.InFold(cls); found || !ascii {
			cls = textutil.LowerJoin(cb[:], cls)
		} else {
			cls = ""
		}
	}
	if id != "" {
		if found, ascii := nameHintSet.InFold(id); found || !ascii {
			id = textutil.LowerJoin(ib[:], id)
		} else {
			id = ""
		}
	}
	if strings.EqualFold(attr(n, "itemprop"), "price") || classPart(cls, "price") {
		s.PriceMarkup = true
	}
	if strings.Contains(cls, "add-to-cart") || strings.Contains(id, "add-to-cart") {
		s.AddToCart = true
	}
	if isPostBody(n, cls) && !insidePostBody(n) {
		if w, lw := kindLinkWords(n); w-lw >= minArticleWords {
			s.postBodies++
		}
	}
	if (isPaywallName(cls) || isPaywallName(id)) && !kindHidden(n) {
		// A box, not a container that wraps the whole article.
		if t := textutil.NormalizeSpace(kindText(n)); t != "" && textutil.CountWords(t) <= 80 {
			s.Marker = true
			markers.WriteString(strings.ToLower(t))
			markers.WriteByte(' ')
		}
	}
}

// nameHints are the strings the tests of measureNames look for in a
// lower-case class or id: "price" (classPart), "add-to-cart", "body" and
// "content" (every class of postBodyClasses holds one) and the paywall
// hints (isPaywallName).
var nameHintSet = newTriSet(append([]string{"price", "add-to-cart", "body", "content"}, paywallHints...))

var addToCartText = []string{"add to cart", "add to basket", "add to bag", "buy now", "in den warenkorb", "в корзину", "ajouter au panier", "añadir al carrito", "aggiungi al carrello"}

// measureRun looks at the children of n for the longest run of prose
// paragraphs: <p> elements that are not mostly links. A heading that is a
// link ends a run (the paragraphs of teasers are separate runs).
func (s *PageSignals) measureRun(n *html.Node, chrome bool) {
	if chrome {
		return
	}
	run, paras := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch {
		case c.DataAtom == atom.P:
			w, lw := kindLinkWords(c)
			if w > 0 && lw*2 < w {
				run += w
				paras++
			} else if w > 0 {
				run, paras = 0, 0
			}
		case isHeadingAtom(c.DataAtom) && kindLinkedHeading(c):
			run, paras = 0, 0
		case c.DataAtom == atom.A || c.DataAtom == atom.Article || c.DataAtom == atom.Li:
			run, paras = 0, 0
		}
		if run > s.MaxRun {
			s.MaxRun, s.MaxRunParas = run, paras
		}
	}
}

// kindLinkedHeading reports a heading whose text is essentially a link.
func kindLinkedHeading(n *html.Node) bool {
	w, lw := kindLinkWords(n)
	return w > 0 && lw*10 >= w*7
}

// kindLinkWords returns the words of visible text under n and those inside
// links.
func kindLinkWords(n *html.Node) (words, linkWords int) {
	var f func(n *html.Node, link bool)
	f = func(n *html.Node, link bool) {
		if n.Type == html.TextNode {
			w := textutil.CountWords(n.Data)
			words += w
			if link {
				linkWords += w
			}
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.A:
				link = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c, link)
		}
	}
	f(n, false)
	return words, linkWords
}

// kindHidden reports an element hidden by an attribute or inline style.
func kindHidden(n *html.Node) bool {
	if _, ok := kindAttrOK(n, "hidden"); ok {
		return true
	}
	st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

// classPart reports whether a dash- or underscore-separated part of a
// class name in the lower-case list cls is part.
func classPart(cls, part string) bool {
	if !strings.Contains(cls, part) {
		return false
	}
	for i := 0; ; {
		var c string
		if c, i = textutil.NextField(cls, i); c == "" {
			break
		}
		for j := 0; ; {
			var p string
			if p, j = textutil.NextPart(c, j, "-_"); p == "" {
				break
			}
			if p == part {
				return true
			}
		}
	}
	return false
}

func kindAttrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// kindText returns the text under n, the scripts and styles inside it left
// out (n itself may be a script).
func kindText(n *html.Node) string {
	var b strings.Builder
	var f func(c *html.Node)
	f = func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			return
		}
		if c != n && c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Template:
				return
			}
		}
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			f(d)
		}
	}
	f(n)
	return b.String()
}
