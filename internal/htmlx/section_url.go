package htmlx

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The section directory of the page's own address. Most news sites file an
// article under its section's directory ("/sport/football/2009/05/story",
// "/news/world/story.html", "/business/12345") and link that directory
// from their menu, their trail or a "more from" line: the link whose
// address is a directory above the article's, the deepest one, names the
// section the page is filed under even where no class marks the menu's
// current item. Its text is the section as printed. Left out: the site's
// root, a date directory ("/2009/05/"), directories of tags, authors,
// search and archives, and the article itself.

// pageDirs is the page's address cut for the test: its host without
// "www." and the segments of its path.
type pageDirs struct {
	host string
	segs []string
}

// newPageDirs cuts the page's address u, or returns nil for an address
// with no host or a path of one segment (no directory above the article).
func newPageDirs(u string) *pageDirs {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" || p.Scheme != "http" && p.Scheme != "https" {
		return nil
	}
	segs := pathSegments(p.Path)
	if len(segs) < 2 {
		return nil
	}
	return &pageDirs{host: strings.TrimPrefix(strings.ToLower(p.Host), "www."), segs: segs}
}

// pathSegments are the non-empty segments of a path, lowered.
func pathSegments(p string) []string {
	var segs []string
	for s := range strings.SplitSeq(p, "/") {
		if s != "" {
			segs = append(segs, strings.ToLower(s))
		}
	}
	return segs
}

// urlLink is a link to a directory above the page's address.
type urlLink struct {
	text   string
	nav    bool // in a menu or a trail
	marked bool // a link to the directory is marked apart (markedItem)
}

// dirDepth returns the number of segments of the directory href names
// when it lies above the page's address (a proper prefix of its segments,
// an index file cut: "/sport/index.html" is "/sport"), or 0.
func (d *pageDirs) dirDepth(href string) int {
	href = strings.TrimSpace(href)
	if href == "" || href[0] == '#' || href[0] == '?' {
		return 0
	}
	var p string
	switch {
	case strings.HasPrefix(href, "//"), strings.HasPrefix(href, "http://"), strings.HasPrefix(href, "https://"),
		strings.HasPrefix(href, "HTTP://"), strings.HasPrefix(href, "HTTPS://"):
		rest := href[strings.Index(href, "//")+2:]
		i := strings.IndexAny(rest, "/?#")
		host := rest
		if i >= 0 {
			host, p = rest[:i], rest[i:]
		}
		if k := strings.IndexByte(host, ':'); k >= 0 {
			host = host[:k]
		}
		if !strings.EqualFold(strings.TrimPrefix(strings.ToLower(host), "www."), d.host) {
			return 0
		}
	case href[0] == '/':
		p = href
	default:
		if strings.Contains(href, ":") {
			return 0 // javascript:, mailto: and other schemes
		}
		// A relative link: resolved against the page's directory.
		p = "/" + strings.Join(d.segs[:len(d.segs)-1], "/") + "/" + href
		if u, err := url.Parse(p); err == nil {
			p = (&url.URL{}).ResolveReference(u).Path
		}
	}
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		if i+1 < len(p) && p[i] == '?' {
			return 0 // a query names another listing than the directory
		}
		p = p[:i]
	}
	// Compare segment by segment without building them.
	k := 0
	for p != "" {
		p = strings.TrimLeft(p, "/")
		if p == "" {
			break
		}
		seg := p
		rest := ""
		if i := strings.IndexByte(p, '/'); i >= 0 {
			seg, rest = p[:i], p[i:]
		}
		if strings.TrimLeft(rest, "/") == "" && indexFile(seg) {
			break
		}
		if k >= len(d.segs)-1 || !strings.EqualFold(seg, d.segs[k]) {
			return 0 // not above the page, or the page itself
		}
		k++
		p = rest
	}
	if k == 0 || notSectionDir(d.segs[k-1]) {
		return 0
	}
	for _, s := range d.segs[:k] {
		if s == "tag" || s == "tags" || s == "author" || s == "authors" || s == "search" {
			return 0
		}
	}
	return k
}

// indexFile reports whether a path's last segment is a directory's index
// page ("index.html", "default.aspx", "index.php").
func indexFile(seg string) bool {
	seg = strings.ToLower(seg)
	return strings.HasPrefix(seg, "index.") || strings.HasPrefix(seg, "default.") || strings.HasPrefix(seg, "home.")
}

// notSectionDir reports whether a directory names no section: a number or
// a date part ("2009", "05", "2009-05-12"), or a directory of pages of
// every section (tags, authors, search, archives, the site's users).
func notSectionDir(seg string) bool {
	if strings.Trim(seg, "0123456789-_") == "" {
		return true
	}
	switch seg {
	case "tag", "tags", "topic", "topics", "author", "authors", "search", "archive", "archives", "user", "users",
		"profile", "profiles", "people", "page", "pages", "p", "a", "s", "id", "story", "stories", "article",
		"articles", "content", "post", "posts", "entry", "entries", "item", "items", "view", "node", "doc", "docs",
		"cgi-bin", "index", "html", "en", "de", "fr", "es", "us", "uk", "feed", "rss", "print", "mobile", "m", "amp":
		return true
	}
	return false
}

// dirLinkText returns the text of a link to a section's directory when it
// names a section: a short name, not the site's and not a view of the
// page ("More", "All stories"). (The headline is no reason to refuse it:
// the article's own address is never a directory above itself, and a
// page whose heading is its section's name prints that name as its
// headline.)
func (s *sectionScan) dirLinkText(n *html.Node) string {
	t := shortText(n)
	if t == "" || textutil.RuneLen(t) < 2 || textutil.CountWords(t) > 4 || !sectionShaped(t) || strings.Contains(t, " | ") {
		return ""
	}
	f := FoldSection(t)
	if tabWords[f] || matchesSite(t, s.sites) || siteLike(t, s.sites) {
		return ""
	}
	for _, w := range []string{"more ", "all ", "view ", "see ", "back ", "return ", "read "} {
		if strings.HasPrefix(f, w) {
			return "" // "More Sport", "Back to News": a line that points to the section, printed otherwise in its menu
		}
	}
	return t
}

// dirLink notes link n when it goes to a directory above the page's
// address: its text when it prints a section's name, the directory as
// the site's home when it prints the site's name where the <title> prints it
// (a blog kept under a directory, "/thoughts/", whose name links there;
// not "Home": a site's news desk kept under "/news/" links its front page
// as "Home" too).
func (s *sectionScan) dirLink(n *html.Node, inNav bool) {
	href := attr(n, "href")
	if href == "" {
		return
	}
	k := s.dirs.dirDepth(href)
	if k == 0 {
		return
	}
	if t := shortText(n); t != "" {
		if titleEnd(FoldSection(t), s.titleFold) || strings.Contains(t, " | ") {
			s.dirHome |= 1 << min(k, 63)
			return
		}
	}
	if s.dirCands == nil {
		s.dirCands = make([]urlLink, len(s.dirs.segs))
	}
	c := &s.dirCands[k]
	if c.marked {
		return
	}
	t := s.dirLinkText(n)
	if t == "" {
		return
	}
	if markedItem(n) {
		*c = urlLink{text: t, nav: inNav, marked: true} // the highlighted tab's text
		return
	}
	if c.text == "" || inNav && !c.nav {
		*c = urlLink{text: t, nav: inNav} // the first, or the first in a menu or a trail
	}
}

// shareMax bounds the distinct shared addresses the scan keeps.
const shareMax = 8

// shareLink notes the address a share or bookmark link carries for a page
// whose own address is not known. Pages of every CMS before canonical
// links and og:url (2005-2010) printed "Digg this", "del.icio.us",
// "Facebook" and "E-mail" links that pass the page's address in a query
// parameter (url=, u=, link=): the address most of them carry is the
// page's.
func (s *sectionScan) shareLink(n *html.Node) {
	href := attr(n, "href")
	i := strings.Index(href, "=http")
	if i < 0 {
		return
	}
	q := href
	if j := strings.IndexByte(q, '?'); j >= 0 {
		q = q[j+1:]
	}
	vals, err := url.ParseQuery(strings.ReplaceAll(q, "&amp;", "&"))
	if err != nil && len(vals) == 0 {
		return
	}
	for _, key := range []string{"url", "u", "link"} {
		v := vals.Get(key)
		if !strings.HasPrefix(v, "http://") && !strings.HasPrefix(v, "https://") {
			continue
		}
		for i := range s.shared {
			if s.shared[i].text == v {
				s.shared[i].n++
				return
			}
		}
		if len(s.shared) < shareMax {
			s.shared = append(s.shared, sharedURL{text: v, n: 1})
		}
		return
	}
}

// sharedURL is an address share links carry, and how many carry it.
type sharedURL struct {
	text string
	n    int
}

// sharedPage returns the address most share links carry (the first of
// those carried most), or "".
func (s *sectionScan) sharedPage() string {
	best := sharedURL{}
	for _, u := range s.shared {
		if u.n > best.n {
			best = u
		}
	}
	return best.text
}

// dirLinksFrom walks the page for the links to directories above the
// address dirs (a second walk, for a page whose address only share links
// gave once the first was over).
func (s *sectionScan) dirLinksFrom(n *html.Node, nav, depth int) {
	if n.Type != html.ElementNode && n.Type != html.DocumentNode || depth > 400 {
		return
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head, atom.Select:
			return
		case atom.A:
			s.dirLink(n, nav > 0)
		}
		if navBlock(n, strings.ToLower(attr(n, "class")), strings.ToLower(attr(n, "id"))) {
			nav++
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.dirLinksFrom(c, nav, depth+1)
	}
}

// titleEnd reports whether the folded text f opens or closes the folded
// <title> title, set off from the rest by a mark that is not a letter or
// a digit ("Presentation Zen: Headline", "Study Hacks » Blog Archive »
// Headline", "Headline | apophenia"): the place of the site's name in a
// <title>. A blog kept under a directory ("/thoughts/", "/blog/") links
// its name there, as its home.
func titleEnd(f, title string) bool {
	if f == "" || len(title) < len(f)+3 {
		return false
	}
	if strings.HasPrefix(title, f) {
		r, _ := utf8.DecodeRuneInString(title[len(f):])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	if strings.HasSuffix(title, f) {
		r, _ := utf8.DecodeLastRuneInString(title[:len(title)-len(f)])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	return false
}

// urlSection is the text of the deepest link to a directory above the
// page's address that the page shows as the one it is filed under: a link
// marked apart from its siblings (the highlighted tab), or a name the page
// also prints outside links (the section's heading, an unlinked crumb).
// A menu that merely links the directory, as it links every other
// section, shows nothing. Not a directory that the site's name links to
// (its home), nor one above it.
func (s *sectionScan) urlSection(root *html.Node) string {
	for k := len(s.dirCands) - 1; k > 0; k-- {
		if s.dirHome&(1<<min(k, 63)) != 0 {
			return ""
		}
		c := s.dirCands[k]
		if c.text != "" && (c.marked || printedApart(root, FoldSection(c.text), false)) {
			return c.text
		}
	}
	return ""
}

// DirLinkSection returns what the directory link alone answers for a
// parsed page at address pageURL (or the address its share links carry)
// with the given headline: the source measured by itself, for the tests
// that weigh it against the labels.
func DirLinkSection(root *html.Node, pageURL, headline string) string {
	title := ""
	if t := findFirst(root, atom.Title); t != nil {
		title = shortText(t)
	}
	s := &sectionScan{headline: FoldSection(headline), h1Start: -1, firstH1: -1, textHead: -1, pageURL: pageURL}
	if h := siteHost(hostOf(pageURL)); h != "" {
		s.sites = append(s.sites, h)
	}
	s.titleFold = FoldSection(unescapeTitle(title))
	s.dirs = newPageDirs(pageURL)
	s.walk(root, 0)
	s.dirsFromShares(root)
	return s.urlSection(root)
}

// findFirst returns the first element of kind a under n, or nil.
func findFirst(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

// dirsFromShares reads the directory links of a page whose address is not
// known from the address its share links carry.
func (s *sectionScan) dirsFromShares(root *html.Node) {
	if s.pageURL != "" || len(s.shared) == 0 {
		return
	}
	if s.dirs = newPageDirs(s.sharedPage()); s.dirs != nil {
		s.dirLinksFrom(root, 0, 0)
	}
}

// markedItem reports whether link a, or the item of a menu that holds
// it, is marked as the current one: a class or id that says so in any of
// the forms CMSs use ("current", "selected", "active", "sel", "on",
// "here": "linktopselected", "sub-nav-selected", "CurrentNode"), on the
// link or on the elements around it up to the menu's list; or a class
// that sets it apart from its siblings, most of which share another one.
func markedItem(a *html.Node) bool {
	item := a
	for up := 0; up < 4 && item != nil && item.Type == html.ElementNode; up, item = up+1, item.Parent {
		switch item.DataAtom {
		case atom.Ul, atom.Ol, atom.Table, atom.Tbody, atom.Tr, atom.Nav, atom.Body, atom.Html:
			return false // the whole menu: its marks are not the item's
		}
		if up > 0 && countLinks(item, 2) > 1 {
			return false
		}
		if currentMark(attr(item, "class")) || currentMark(attr(item, "id")) {
			return true
		}
		if apartFromSiblings(item) {
			return true
		}
	}
	return false
}

// currentMark reports whether a class or id names the current item.
func currentMark(v string) bool {
	if v == "" {
		return false
	}
	v = strings.ToLower(v)
	if strings.Contains(v, "current") || strings.Contains(v, "selected") && !strings.Contains(v, "unselected") ||
		strings.Contains(v, "active") && !strings.Contains(v, "inactive") {
		return true
	}
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		switch f {
		case "on", "sel", "here", "hilite", "highlight", "highlighted":
			return true
		}
	}
	return false
}

// apartFromSiblings reports whether item has a class that differs from
// the one most of its siblings of the same element share (at least two
// siblings that hold a link).
func apartFromSiblings(item *html.Node) bool {
	if item.Parent == nil {
		return false
	}
	own := attr(item, "class")
	var classes [16]string
	n := 0
	for c := item.Parent.FirstChild; c != nil && n < len(classes); c = c.NextSibling {
		if c == item || c.Type != html.ElementNode || c.DataAtom != item.DataAtom || c.DataAtom != atom.A && firstLink(c) == nil {
			continue
		}
		classes[n] = attr(c, "class")
		n++
	}
	if n < 2 {
		return false
	}
	for i := range n {
		k := 0
		for j := range n {
			if classes[j] == classes[i] {
				k++
			}
		}
		if 2*k > n {
			return classes[i] != own
		}
	}
	return false
}

// printedApart reports whether the page prints text (folded f) outside a
// link too: a section heading over the article, a label, a trail's last
// crumb left unlinked.
func printedApart(n *html.Node, f string, inLink bool) bool {
	switch n.Type {
	case html.TextNode:
		return !inLink && len(n.Data) < 3*len(f)+20 && FoldEquals(n.Data, f)
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head, atom.Select, atom.Option:
			return false
		case atom.A:
			inLink = true
		}
	case html.DocumentNode:
	default:
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if printedApart(c, f, inLink) {
			return true
		}
	}
	return false
}

// categoryBases are the directories under which CMSs list a category's
// posts (WordPress "/category/<slug>/", Drupal and news CMSs
// "/section/<slug>", French "/rubrique/", German "/kategorie/").
var categoryBases = []string{"category", "categories", "section", "sections", "rubrique", "rubriques", "kategorie", "rubrik"}

// mayCategoryHref reports whether href may hold one of categoryBases
// (each begins with one of these stems), without splitting it.
func mayCategoryHref(href string) bool {
	for _, stem := range []string{"ategor", "ection", "ubri"} {
		if strings.Contains(href, stem) {
			return true
		}
	}
	return false
}

// categorySlugDepth returns the depth (1-based) of the page's directory
// that link href's category slug names ("/category/technology/" for a
// page at "/technology/iphone-light-bulb/", WordPress's
// "/%category%/%postname%/" permalinks), or 0.
func (d *pageDirs) categorySlugDepth(href string) int {
	p := href
	if i := strings.Index(p, "//"); i >= 0 {
		rest := p[i+2:]
		j := strings.IndexByte(rest, '/')
		if j < 0 || !strings.EqualFold(strings.TrimPrefix(strings.ToLower(rest[:j]), "www."), d.host) {
			return 0
		}
		p = rest[j:]
	}
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	segs := strings.FieldsFunc(p, func(r rune) bool { return r == '/' })
	if len(segs) < 2 {
		return 0
	}
	base := false
	for _, b := range categoryBases {
		if strings.EqualFold(segs[len(segs)-2], b) || strings.EqualFold(segs[0], b) {
			base = true
			break
		}
	}
	if !base {
		return 0
	}
	slug := segs[len(segs)-1]
	for k, s := range d.segs[:len(d.segs)-1] {
		if strings.EqualFold(s, slug) && !notSectionDir(s) {
			return k + 1
		}
	}
	return 0
}

// categoryDirLink notes a link to a category's listing whose slug is a
// directory of the page's address, printed in the post itself (outside
// menus, sidebars, widgets and related boxes: the post's meta line): the
// category the permalink files the post under, by its printed name.
func (s *sectionScan) categoryDirLink(n *html.Node) {
	if s.dirCategory != "" || s.aside > 0 || s.nav > 0 || s.elsewhere > 0 {
		return
	}
	href := attr(n, "href")
	if !mayCategoryHref(href) || s.dirs.categorySlugDepth(href) == 0 {
		return
	}
	s.dirCategory = s.dirLinkText(n)
}
