package htmlx

import (
	"slices"
	"strings"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The section heading over the story. Newspaper templates of the 2000s
// (and many since) print the name of the section a story is filed under
// as a heading of the page right over the story's own headline: an <h1>
// "Arts" over an <h2> headline, an <h2> "Golf" or "Editorials" over the
// headline of a sport or opinion page. Such a heading is told from the
// heading of a box (a sidebar's "Most read", a column's "Latest") by two
// things together: it ends shortly before the headline, with no box
// between, and the page names the same section elsewhere, as a link of
// its menus or as a part of its <title> ("Headline | STATE NEWS | Site").

// sectionHeadReach is how much page text may lie between a section heading and
// the headline under it: the tools of the story ("Text size, Print,
// Email") or a line of links to the section's latest stories.
const sectionHeadReach = 400

// maxHeadCands bounds the headings the walk keeps.
const maxHeadCands = 64

// headCand is a heading of the page that may name the section: its text,
// where it starts in the page text, and its node.
type headCand struct {
	text string
	at   int
	node *html.Node
}

// sectionHead notes heading n (h1 to h4) outside menus and sidebars when
// its text may name a section.
func (s *sectionScan) sectionHead(n *html.Node) {
	s.heads = s.noteHead(s.heads, n)
}

// classHead notes n, set as a heading by its class, as sectionHead does.
func (s *sectionScan) classHead(n *html.Node) {
	s.classHeads = s.noteHead(s.classHeads, n)
}

// noteHead appends heading n to list when its text may name a section.
// Headings after the headline's are not noted (only one before it can
// name its section); of the others the last maxHeadCands are kept, so
// that a run of teaser titles before the story does not crowd out the
// heading over it.
func (s *sectionScan) noteHead(list []headCand, n *html.Node) []headCand {
	if s.aside > 0 || s.nav > 0 || s.h1Start >= 0 && s.at > s.h1Start {
		return list
	}
	// The text first: it is capped, so a box with a long text (or nested
	// heading boxes, each asked in turn) costs little before it is turned
	// down.
	t := shortText(n)
	if t == "" || homeHeading(n) || personHeading(n) {
		return list // no short text, the site's name linked to its home page, or a byline
	}
	if i := strings.Index(t, ": "); i > 0 && (matchesSite(t[:i], s.sites) || siteLike(t[:i], s.sites)) {
		t = strings.TrimSpace(t[i+2:]) // "SFGate: Daily Dish": a blog of the site
	}
	if t == "" || len(t) > 60 || !sectionShaped(t) || textutil.CountWords(t) > 4 {
		return list
	}
	if len(list) == maxHeadCands {
		copy(list, list[1:])
		list = list[:len(list)-1]
	}
	return append(list, headCand{t, s.at, n})
}

// headLinkReach bounds the elements under a heading searched for its
// link.
const headLinkReach = 64

// headLink is the first link under heading n within headLinkReach
// elements; nil when there is none.
func headLink(n *html.Node) *html.Node {
	budget := headLinkReach
	var find func(*html.Node) *html.Node
	find = func(n *html.Node) *html.Node {
		for c := n.FirstChild; c != nil && budget > 0; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			budget--
			if c.DataAtom == atom.A {
				return c
			}
			if l := find(c); l != nil {
				return l
			}
		}
		return nil
	}
	return find(n)
}

// homeHeading reports whether heading n is a link to the site's home
// page (href "/" or an address with no path): a blog or site name set as
// a heading.
func homeHeading(n *html.Node) bool {
	a := headLink(n)
	if a == nil {
		return false
	}
	href := strings.TrimSpace(attr(a, "href"))
	if href == "/" {
		return true
	}
	rest, ok := strings.CutPrefix(href, "http://")
	if !ok {
		rest, ok = strings.CutPrefix(href, "https://")
	}
	if !ok {
		return false
	}
	i := strings.IndexByte(rest, '/')
	return i < 0 || rest[i:] == "/" || strings.HasPrefix(rest[i:], "/index.")
}

// headingClass reports whether n, not a heading element, is set as one
// by its class or id: a box whose name says heading or title
// ("sectionhead", "section-title", "pagetitle"; not a page's "header"), as
// templates that set headings in <div>, <span> or <td> name them.
func headingClass(n *html.Node, cls, id string) bool {
	switch n.DataAtom {
	case atom.Div, atom.Span, atom.Td, atom.P, atom.B, atom.Strong, atom.Font:
	default:
		return false
	}
	for _, v := range []string{cls, id} {
		if strings.Contains(v, "head") && !strings.Contains(v, "header") && !strings.Contains(v, "headline") || strings.Contains(v, "title") && !strings.Contains(v, "subtitle") {
			return true
		}
	}
	return false
}

// personPaths are directories of the pages sites keep for their authors
// and users: a heading linked to one is a byline. Each is a whole path
// segment ("/user/", "/users/", "/profile.php"; not "/users-guide/").
var personPaths = []string{"profile", "profiles", "author", "authors", "user", "users", "people", "staff", "member", "members", "writers", "contributor", "contributors"}

// personHeading reports whether heading n links to a person's page.
func personHeading(n *html.Node) bool {
	a := headLink(n)
	if a == nil {
		return false
	}
	href := strings.ToLower(attr(a, "href"))
	if i := strings.Index(href, "://"); i >= 0 {
		href = href[i+3:]
		if j := strings.IndexByte(href, '/'); j >= 0 {
			href = href[j:]
		} else {
			return false
		}
	}
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	for seg := range strings.SplitSeq(href, "/") {
		if i := strings.IndexByte(seg, '.'); i > 0 {
			seg = seg[:i] // "profile.php"
		}
		if slices.Contains(personPaths, seg) {
			return true
		}
	}
	return false
}

// sectionHeading returns the last heading that starts within sectionHeadReach
// before the headline, is not the headline, the site or a box's name, and
// whose name the page gives again as a link outside the heading or as a
// part of its <title>; "" when there is none.
func (s *sectionScan) sectionHeading(root *html.Node, title string, heads []headCand) string {
	if s.h1Start < 0 {
		return ""
	}
	var c *headCand
	for i := range heads {
		h := &heads[i]
		if h.at < s.h1Start && s.h1Start-h.at <= sectionHeadReach {
			c = h
		}
	}
	if c == nil {
		return ""
	}
	text := c.text
	if i := len(text) - len(" story"); i > 0 && strings.EqualFold(text[i:], " story") {
		// "Sport Story", "Tennis Story": the kind of page of a section,
		// as some news CMSs head a story page.
		text = strings.TrimSpace(text[:i])
	}
	f := FoldSection(text)
	if f == s.headline || strings.Contains(s.headline, f) && textutil.CountWords(f) > 1 || tabWords[f] || boxHeadings[f] ||
		matchesSite(text, s.sites) || siteLike(text, s.sites) || textutil.RuneLen(text) < 3 {
		return ""
	}
	for _, p := range titleParts(title) {
		if FoldSection(p) == f {
			return text
		}
	}
	if linkElsewhere(root, c.node, f) {
		return text
	}
	return ""
}

// boxHeadings are headings of boxes that sit over a story on some pages
// (a teaser list, a tool box), not sections.
var boxHeadings = map[string]bool{
	"related": true, "related stories": true, "related articles": true, "related links": true, "related news": true,
	"in this section": true, "also in this section": true, "more": true, "more news": true, "more stories": true,
	"headlines": true, "breaking": true, "advertisement": true, "sponsored links": true, "tools": true,
	"share this": true, "share this story": true, "video": true, "photos": true, "photo": true, "weather": true,
	"you may like to read": true, "toolbox": true, "features": true, "what's on": true, "login": true,
	"navigation": true, "menu": true, "quick links": true, "site search": true, "today": true,
}

// titleParts cuts a <title> at its separators, and at the spaced colons
// and angle brackets older sites part it with (as titleSection does).
func titleParts(title string) []string {
	title = unescapeTitle(textutil.NormalizeSpace(title))
	var out []string
	for _, p := range splitTitle(title) {
		for q := range strings.SplitSeq(p, " : ") {
			for r := range strings.SplitSeq(q, " > ") {
				if r = strings.TrimSpace(r); r != "" {
					out = append(out, r)
				}
			}
		}
	}
	return out
}

// linkElsewhere reports whether a link of the page outside skip prints
// the folded text f. It walks the tree with a stack of its own, so that a
// page nested thousands deep costs no deep recursion.
func linkElsewhere(root, skip *html.Node, f string) bool {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == skip || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			continue
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head, atom.Select:
			continue
		case atom.A:
			if t := shortText(n); len(t) <= 2*len(f)+8 && FoldEquals(t, f) {
				return true
			}
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return false
}
