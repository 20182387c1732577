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
	m := &measureWalk{s: &PageSignals{LdTypes: map[string]bool{}}, texts: texts}
	m.walk(root, false, false, false, false)
	s := m.s
	if m.body == nil {
		return s
	}
	if m.best.run > 0 {
		s.MaxRun, s.MaxRunParas = m.best.run, m.best.paras
	}
	s.body = m.body
	s.MarkerText = m.markers.String()
	return s
}

// measureWalk is the state of measurePage's one walk. The words under an
// element (kindLinkWords: its visible text, and the part of it inside
// links) come back from the walk of its children, each text node's words
// counted once: the runs of paragraphs, the linked headings and the post
// bodies read them after the element's subtree instead of walking it
// again (perf21).
type measureWalk struct {
	s       *PageSignals
	texts   jsonTexts
	body    *html.Node
	markers strings.Builder
	// h1 is the heading whose linkedness gives h1Linked.
	h1 *html.Node
	// el numbers the body's measured elements in document order; best is
	// the longest run of prose paragraphs seen, the first in the order
	// measureRun meets runs (by element, then child) among the longest.
	el   int
	best runCand
}

// runCand is a run of paragraphs ending at child child of the el-th
// measured element.
type runCand struct{ run, paras, el, child int }

// offer keeps c when it is longer than the best run, or as long and met
// before it by a walk that measures an element's runs before its
// children's (measureRun in document order).
func (m *measureWalk) offer(c runCand) {
	b := &m.best
	if c.run > b.run || c.run == b.run && (c.el < b.el || c.el == b.el && c.child < b.child) {
		*b = c
	}
}

// linkedWords reports a heading of words words, linkWords of them inside
// links, that is essentially a link (kindLinkedHeading).
func linkedWords(words, linkWords int) bool {
	return words > 0 && linkWords*10 >= words*7
}

// walk measures n and returns kindLinkWords(n) when counted (n is in the
// first <body> and outside the scripts, styles, noscripts and templates
// kindLinkWords leaves out), else zeros.
func (m *measureWalk) walk(n *html.Node, inBody, chrome, link, counted bool) (words, linkWords int) {
	s := m.s
	measured, postBody := false, false
	el := 0
	switch n.Type {
	case html.TextNode:
		if !counted {
			return 0, 0
		}
		w := textutil.CountWords(n.Data)
		if inBody {
			s.measureTextWords(w, chrome, link)
			s.bodyLen += len(n.Data) + 1
		}
		return w, 0
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				s.readJSONLD(kindText(n), m.texts)
			}
			return 0, 0
		case atom.Style, atom.Noscript, atom.Template:
			counted = false
		case atom.Meta, atom.Title:
			s.measureHeadTag(n)
		case atom.Body:
			if m.body == nil {
				m.body = n
				inBody, chrome, link, counted = true, false, false, true
			}
		}
		if inBody {
			inBody, chrome, link, postBody = m.measureElement(n, chrome, link)
			if measured = inBody; measured {
				el = m.el
				m.el++
			}
		}
	}
	run, paras, child := 0, 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w, lw := m.walk(c, inBody, chrome, link, counted)
		words += w
		linkWords += lw
		if !measured || chrome || c.Type != html.ElementNode {
			continue
		}
		// measureRun's step for child c.
		switch {
		case c.DataAtom == atom.P:
			if w > 0 && lw*2 < w {
				run += w
				paras++
			} else if w > 0 {
				run, paras = 0, 0
			}
		case isHeadingAtom(c.DataAtom) && linkedWords(w, lw):
			run, paras = 0, 0
		case c.DataAtom == atom.A || c.DataAtom == atom.Article || c.DataAtom == atom.Li:
			run, paras = 0, 0
		}
		if run > 0 {
			m.offer(runCand{run, paras, el, child})
		}
		child++
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		linkWords = words
	}
	if !counted {
		return 0, 0
	}
	if measured {
		if n == m.h1 {
			s.h1Linked = linkedWords(words, linkWords)
		}
		if isHeadingAtom(n.DataAtom) && !chrome && linkedWords(words, linkWords) {
			s.LinkedHeads++
		}
		if postBody && words-linkWords >= minArticleWords {
			s.postBodies++
		}
	}
	return words, linkWords
}

// measureElement is PageSignals.measureElement for the one walk: the
// signals that read the words under n (the runs of its paragraphs, a
// linked heading, a post body's words) are left to the walk, which has
// them once n's children are walked; postBody reports n a post body
// whose words decide whether it counts.
func (m *measureWalk) measureElement(n *html.Node, chrome, link bool) (inBody, chromeOut, linkOut, postBody bool) {
	s := m.s
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe:
		return false, chrome, link, false
	}
	chrome, link = s.measureTag(n, chrome, link)
	postBody = s.measureNames(n, &m.markers)
	if n.DataAtom == atom.H1 && s.H1 == "" {
		s.H1 = textutil.NormalizeSpace(kindText(n))
		m.h1 = n
	}
	return true, chrome, link, postBody
}

// measureHeadTag reads the signals of a <meta> (og:type, price markup)
// or a <title> (the first), wherever they stand.
func (s *PageSignals) measureHeadTag(n *html.Node) {
	if n.DataAtom == atom.Title {
		if s.title == "" {
			s.title = textutil.NormalizeSpace(kindText(n))
		}
		return
	}
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
}

// measureTextWords counts the w words of a visible text node of the body.
func (s *PageSignals) measureTextWords(w int, chrome, link bool) {
	s.VisibleWords += w
	if !chrome {
		s.MainWords += w
		if link {
			s.LinkWords += w
		}
	}
}

// measureTag reads the signals of an element of the body that its tag
// gives and returns the flags for its children: chrome inside navigation,
// headers, footers and asides, link inside links.
func (s *PageSignals) measureTag(n *html.Node, chrome, link bool) (chromeOut, linkOut bool) {
	switch n.DataAtom {
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
	return chrome, link
}

// measureNames reads the signals of an element's class, id and itemprop:
// price markup, an add-to-cart control, a paywall box (whose text goes to
// markers). postBody reports n marked as a post body and inside none:
// one that counts in postBodies when its words outside links reach
// minArticleWords (kindLinkWords), which the caller counts.
func (s *PageSignals) measureNames(n *html.Node, markers *strings.Builder) (postBody bool) {
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
	postBody = isPostBody(n, cls) && !insidePostBody(n)
	if (isPaywallName(cls) || isPaywallName(id)) && !kindHidden(n) {
		// A box, not a container that wraps the whole article.
		if t := textutil.NormalizeSpace(kindText(n)); t != "" && textutil.CountWords(t) <= 80 {
			s.Marker = true
			markers.WriteString(strings.ToLower(t))
			markers.WriteByte(' ')
		}
	}
	return postBody
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
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
		// One text node, as a script's, a title's or most headings':
		// its text, not a copy of it.
		return c.Data
	}
	return kindTextBuilt(n)
}

// kindTextBuilt is kindText writing the text of every node under n.
func kindTextBuilt(n *html.Node) string {
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
