package htmlx

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boxHeading returns the text of the first heading (or bold text) in n,
// when short, or "".
func boxHeading(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
			continue
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Strong, atom.B:
			if t := nodeText(c); len(t) <= 60 && nameShaped(t) && !isSectionHeading(t) {
				return t
			}
			return ""
		}
		if t := boxHeading(c); t != "" {
			return t
		}
	}
	return ""
}

// sectionWords head a list in a box rather than name a person ("Related
// Posts", "Latest Articles", "Mehr Beiträge").
var sectionWords = map[string]bool{
	"posts": true, "articles": true, "stories": true, "related": true, "recent": true, "latest": true,
	"more": true, "popular": true, "archive": true, "archives": true, "categories": true, "tags": true,
	"comments": true, "news": true, "beiträge": true, "artikel": true, "mehr": true, "neueste": true,
}

// isSectionHeading reports whether a heading holds a word of sectionWords.
func isSectionHeading(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if sectionWords[w] {
			return true
		}
	}
	return false
}

// nameShaped reports whether s reads as a name and nothing else: a user
// name, or one to four words, each capitalised (or a particle such as
// "von" inside), none a function word or a job title, no sentence
// punctuation ("Über den
// Autor", "Letters To The Editor" and "Warum ist das so?" are not).
func nameShaped(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 4 || strings.ContainsAny(s, "?!:|") || isJobTitle(s) {
		return false
	}
	if len(w) == 1 && (isLoginName(s) || IsHandle(s)) {
		return true // a user name: "karstenruppert"
	}
	for i, x := range w {
		if i > 0 && bylineParticles[x] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(x)
		if !unicode.IsUpper(r) || lang.NonNameSet[strings.ToLower(strings.Trim(x, ".,"))] {
			return false
		}
	}
	return true
}

// isHomeHeading reports whether the heading n is a link to the site's home
// page ("<h1><a href="/">Site name</a></h1>"): the first link in it points
// at the root of a site.
func isHomeHeading(n *html.Node) bool {
	var a *html.Node
	var find func(*html.Node)
	find = func(c *html.Node) {
		for ; c != nil && a == nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				if c.DataAtom == atom.A {
					a = c
					return
				}
				find(c.FirstChild)
			}
		}
	}
	find(n.FirstChild)
	return a != nil && hasAttr(a, "href") && IsHomeHref(attr(a, "href"))
}

// IsHomeHref reports whether a link points at the root of a site: "/",
// "https://example.com", "https://example.com/?lang=de", also when archived
// under another address ("https://web.archive.org/web/2008/http://example.com/").
func IsHomeHref(h string) bool {
	h = strings.TrimSpace(h)
	if h == "" || h[0] == '#' || h[0] == '?' {
		return false // this very page
	}
	if i := strings.LastIndex(h, "://"); i >= 0 {
		h = h[i+3:]
		j := strings.IndexAny(h, "/?#")
		if j < 0 {
			return true
		}
		h = "/" + strings.TrimPrefix(h[j:], "/")
	}
	if i := strings.IndexAny(h, "?#"); i >= 0 {
		h = h[:i]
	}
	switch strings.ToLower(h) {
	case "/", "/index.html", "/index.php", "/index.htm":
		return true
	}
	return false
}

// headingKicker returns the text of the element that opens the heading n
// when more text follows it: "<h1><span>Corona</span> Headline</h1>",
// "<h1><small>Tunesien</small><br> Headline</h1>". A link or a heading
// that is one element gives "".
func headingKicker(n *html.Node) string {
	c := n.FirstChild
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	if c == nil || c.Type != html.ElementNode {
		return ""
	}
	switch c.DataAtom {
	case atom.Span, atom.Small, atom.Div, atom.Strong, atom.B, atom.P:
	default:
		return ""
	}
	// Something after the kicker must carry text.
	more := false
	for d := c.NextSibling; d != nil && !more; d = d.NextSibling {
		more = d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" || d.Type == html.ElementNode && nodeText(d) != ""
	}
	if !more {
		return ""
	}
	return nodeText(c)
}
