package htmlx

import (
	"reflect"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// measurePageTwoWalks is MeasurePage as it was before its two walks (the
// whole page for the head's signals, then the body) became one.
func measurePageTwoWalks(root *html.Node) *PageSignals {
	s := &PageSignals{LdTypes: map[string]bool{}}
	var body *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					s.ReadJSONLD(kindText(n))
				}
				return
			case atom.Meta, atom.Title:
				s.measureHeadTag(n) // the head's tags as measurePage reads them
			case atom.Body:
				if body == nil {
					body = n
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if body == nil {
		return s
	}
	s.measureBodyOld(body)
	return s
}

// measureBody fills the signals that come from the visible body.
func (s *PageSignals) measureBodyOld(body *html.Node) {
	var markers strings.Builder
	var walk func(n *html.Node, chrome, link bool)
	walk = func(n *html.Node, chrome, link bool) {
		switch n.Type {
		case html.TextNode:
			w := textutil.CountWords(n.Data)
			s.VisibleWords += w
			if !chrome {
				s.MainWords += w
				if link {
					s.LinkWords += w
				}
			}
			return
		case html.ElementNode:
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, chrome, link)
			}
			return
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe:
			return
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
		if s.measureNames(n, &markers) {
			if w, lw := kindLinkWords(n); w-lw >= minArticleWords {
				s.postBodies++
			}
		}
		if n.DataAtom == atom.H1 && s.H1 == "" {
			s.H1 = textutil.NormalizeSpace(kindText(n))
			s.h1Linked = kindLinkedHeading(n)
		}
		if isHeadingAtom(n.DataAtom) && !chrome && kindLinkedHeading(n) {
			s.LinkedHeads++
		}
		s.measureRun(n, chrome)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, chrome, link)
		}
	}
	walk(body, false, false)
	s.body = body
	s.MarkerText = markers.String()
}

// TestMeasurePageOneWalk checks MeasurePage against the two-walk form on
// the repository's test pages, the tuning half of the trafilatura corpus
// (the first 150 pages) and hand-made edge cases: no body, a body in an
// SVG, scripts, titles and metas in the body and in pictures.
func TestMeasurePageOneWalk(t *testing.T) {
	docs := []string{
		"", "<p>text only</p>", "<html><head><title>T</title></head></html>",
		`<html><head><meta property="og:type" content="Article"></head><body><svg><title>Icon</title><body>x</body></svg><title>Late</title>
<meta name="og:price:amount" content="3"><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>
<nav><a href="/">Home</a> words here</nav><p>One two three <a href="x">four five</a></p><noscript><p>hidden words</p></noscript>
<iframe>frame text</iframe><template><p>tpl</p></template><h1><a href="/">Linked heading words</a></h1><div class="paywall">Subscribe now to read</div>
<input type="password"><input><textarea></textarea><button>Add to cart</button><div class="post-body"><p>` + strings.Repeat("word ", 40) + `</p></div></body></html>`,
	}
	for i, root := range equivPages(t, docs...) {
		got, want := MeasurePage(root), measurePageTwoWalks(root)
		want.bodyLen = got.bodyLen // bodyLower's size, checked by TestPerf21MeasureOneWalk
		if !reflect.DeepEqual(got, want) {
			t.Errorf("page %d: MeasurePage = %+v\nwant %+v", i, got, want)
		}
	}
	t.Logf("%d pages alike", len(docs))
}
