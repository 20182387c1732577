package article

import (
	"strings"
	"unicode"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The section (rubric) of an HTML page. Structured data names it on some
// pages (JSON-LD articleSection, article:section, itemprop=articleSection);
// most pages only print it, in one of a few forms that sites of every
// kind share:
//
//   - a breadcrumb trail (JSON-LD or microdata BreadcrumbList, or a list
//     whose class, id or aria-label says "breadcrumb" in some language, or
//     an unmarked "Home > News > Sport" line): the last crumb before the
//     article itself;
//   - the post's category, as blog software links it (rel="category tag"
//     in WordPress, "Filed under: …", "Posted in …") or as a label set
//     over the headline in an element whose class names a category or
//     rubric;
//   - the highlighted item of the site's menu (class "active", "current",
//     "selected" and the WordPress current-menu-… classes);
//   - a middle segment of the <title> ("Headline | Rubric | Site"), taken
//     only when a link of the page prints the same name.
//
// chooseSection ranks these after the structured sources.

// chooseSection sets a.Section and its provenance: the structured section
// when the page has one (or the deeper level a trail through it prints),
// else what the page prints. Sources that agree raise the confidence, and
// those that disagree lower it, as for the other fields (firstFrom).
func chooseSection(a *Article, m *pageMeta, root *html.Node, c *config) {
	ld := m.bestLD()
	cands := []sourced{
		{structuredSection(ld.section), Source{FromJSONLD, confStructured}},
		{structuredSection(m.metaValue("article:section")), Source{FromOpenGraph, confMeta}},
		{structuredSection(m.micro.section), Source{FromMicrodata, confStructured}},
	}
	printed, trails := printedSections(a, m, root, c)
	v, src := firstFrom(append(cands, printed...)...)
	if v == "" {
		return
	}
	if src.From == FromJSONLD && strings.Contains(ld.section, ",") {
		// Structured data that lists several sections: the one the
		// trail prints.
		for _, tr := range trails {
			for p := range strings.SplitSeq(ld.section, ",") {
				if tr.section != "" && strings.EqualFold(strings.TrimSpace(p), tr.section) {
					v = tr.section
				}
			}
		}
	}
	if src.From == FromJSONLD || src.From == FromOpenGraph || src.From == FromMicrodata {
		// A trail that passes through the structured section and goes
		// deeper ("Tech > Personal Technology" for "Tech") names the
		// level the page is filed under.
		for _, tr := range trails {
			if deeper := tr.deeper(v); deeper != "" {
				v, src = deeper, Source{tr.from, src.Confidence}
				break
			}
		}
	}
	a.Section = v
	a.setSource("section", src.From, src.Confidence)
}

// structuredSection cleans a section named by structured data: the first
// of a list ("Politics, World"), nothing for a word that names the kind of
// page ("post", "Artikel") or the blog software's default category.
func structuredSection(v string) string {
	v = normalizeSpace(v)
	if parts := strings.Split(v, ","); len(parts) > 1 {
		v = strings.TrimSpace(parts[0])
	}
	if f := foldSection(v); pageWords[f] || defaultCategories[f] {
		return ""
	}
	return v
}

// keywordList reports whether a meta value lists several keywords
// ("fitness; RoadMap 2012; Stefan Olander") rather than naming a section.
func keywordList(v string) bool {
	return strings.Count(v, ";") >= 1 || strings.Count(v, ",") >= 2
}

// Confidences of the printed sources: a trail or a category link says
// where the site files the article; a label over the headline is the same
// kind of statement with less markup to go on; a highlighted menu item or
// a <title> segment is a guess.
const (
	confTrail = confVisible
	confLabel = confVisible - 0.05
)

// printedSections returns the section candidates the page prints, most
// trusted first: structured breadcrumbs, a visible trail, the post's
// category, a label over the headline, the named meta tags, the
// highlighted menu item and a <title> segment that a link corroborates.
func printedSections(a *Article, m *pageMeta, root *html.Node, c *config) ([]sourced, []namedTrail) {
	s := &sectionScan{headline: foldSection(a.Headline), h1Start: -1, firstH1: -1, textHead: -1}
	s.sites = []string{m.metaValue("og:site_name"), m.metaValue("application-name")}
	if a.Publisher != nil {
		s.sites = append(s.sites, a.Publisher.Name)
	}
	for _, u := range []string{a.URL, c.url} {
		if h := siteHost(hostOf(u)); h != "" {
			s.sites = append(s.sites, h)
		}
	}
	s.titleSeg = titleSection(m.title, a.Headline, s.sites)
	s.walk(root, 0)
	if s.trail == nil {
		s.trail = s.loose
	}
	if s.h1Start < 0 {
		// The headline set as text beats an <h1> that does not print it
		// (a blog's name set as its heading).
		s.h1Start = s.textHead
	}
	if s.h1Start < 0 {
		s.h1Start = s.firstH1
	}
	trails := []namedTrail{
		{crumbs: jsonLDTrail(m.scripts), from: FromJSONLD},
		{crumbs: s.microTrail, from: FromMicrodata},
		{crumbs: s.trail, from: FromBreadcrumb},
	}
	for i := range trails {
		trails[i].section = s.fromTrail(trails[i].crumbs)
	}
	meta := m.metaValue("section", "category", "dc.subject", "parsely-section")
	if keywordList(meta) {
		meta = ""
	}
	out := []sourced{
		{trails[0].section, Source{FromJSONLD, confMeta}},
		{trails[1].section, Source{FromMicrodata, confMeta}},
		{trails[2].section, Source{FromBreadcrumb, confTrail}},
		{s.category(), Source{FromCategory, confTrail}},
		{s.labelOverHeadline(), Source{FromCategory, confLabel}},
		{structuredSection(meta), Source{FromMeta, confGuess}},
		{s.menuTab(), Source{FromBreadcrumb, confGuess}},
	}
	if s.titleSeg != "" && s.titleSegLinked {
		out = append(out, sourced{s.titleSeg, Source{FromTitleTag, confGuess}})
	}
	return out, trails
}

// siteHost is the registrable part of a host: "news.example.com" is the
// site example.com (whose "news" must not read as a site name),
// "news.bbc.co.uk" bbc.co.uk.
func siteHost(h string) string {
	labels := strings.Split(h, ".")
	keep := 2
	if len(labels) >= 3 && secondLevel[labels[len(labels)-2]] {
		keep = 3
	}
	if len(labels) > keep {
		labels = labels[len(labels)-keep:]
	}
	return strings.Join(labels, ".")
}

// secondLevel are the second-level labels under which country domains
// register names (example.co.uk, example.com.au).
var secondLevel = map[string]bool{"co": true, "com": true, "org": true, "net": true, "ac": true, "gov": true, "edu": true, "ne": true, "or": true, "go": true}

// placed is a candidate with the offset in the page text where it starts.
type placed struct {
	text string
	at   int
}

// sectionScan is what one walk over the page finds that may name the
// article's section.
type sectionScan struct {
	headline string   // folded headline
	sites    []string // the site's names and host
	titleSeg string   // the <title> segment that may be the section
	// titleSegLinked is set when a link's text is titleSeg.
	titleSegLinked bool
	// at is the length of the page text read so far.
	at int
	// h1Start is the offset of the heading that prints the headline,
	// firstH1 that of the first <h1>.
	h1Start, firstH1 int
	// textHead is the offset of the first text that is the headline.
	textHead int
	// trail is the first visible breadcrumb trail, microTrail the first
	// marked up as a microdata or RDFa BreadcrumbList.
	trail, microTrail []crumb
	// loose is the first trail that no class marks ("Home > News").
	loose []crumb
	// catLinks are the texts of the first group of rel=category links,
	// catParent their parent.
	catLinks  []string
	catParent *html.Node
	// filed is the category a "Filed under:" style label names.
	filed string
	// labels are short elements whose class names a category or rubric.
	labels []placed
	// tabs are the highlighted items of menus.
	tabs []placed
	// aside counts the open sidebars, widgets and comment or related
	// blocks, elsewhere the comment and related blocks alone, nav the open
	// menus.
	aside, elsewhere, nav int
	// filedAll counts the distinct values "Filed under" labels give: a
	// label repeated with other values labels a list of teasers.
	filedAll map[string]bool
	// clsBuf and idBuf hold the lower-cased class and id of the element
	// walk is at.
	clsBuf, idBuf []byte
}

func (s *sectionScan) walk(n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		t := strings.TrimSpace(n.Data)
		if t == "" {
			return
		}
		if s.aside == 0 && s.nav == 0 && len(t) < 120 && len(s.filedAll) < 4 {
			if v := filedUnder(n, t); v != "" {
				if s.filedAll == nil {
					s.filedAll = map[string]bool{}
				}
				s.filedAll[foldSection(v)] = true
				if s.filed == "" {
					s.filed = v
				}
			}
		}
		if s.textHead < 0 && s.headline != "" && len(t) < 400 && foldEquals(t, s.headline) {
			s.textHead = s.at // the headline as text, for pages that set it in no heading
		}
		if s.loose == nil && len(t) < 200 && (trailOpener(t) || homeLink(n, t) || linkSeparator(n, t)) {
			s.loose = unmarkedTrail(n.Parent)
		}
		s.at += len(t) + 1
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if depth > 400 {
		return
	}
	aside, elsewhere, nav := false, false, false
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head, atom.Select:
			return
		case atom.H1, atom.H2:
			s.heading(n)
		case atom.A:
			s.link(n)
		}
		// cls and id share the scan's buffers: they serve this element's
		// tests, before the walk goes down to its children.
		if s.clsBuf == nil {
			s.clsBuf, s.idBuf = make([]byte, 256), make([]byte, 128)
		}
		cls := lowerJoin(s.clsBuf, attr(n, "class"))
		id := lowerJoin(s.idBuf, attr(n, "id"))
		if s.trail == nil || s.microTrail == nil {
			if kind := trailMark(n, cls, id); kind != "" {
				s.readTrail(n, kind)
			}
		}
		if nav = navBlock(n, cls, id); nav {
			s.nav++
		}
		if cls != "" && s.elsewhere == 0 && (n.DataAtom == atom.Li || n.DataAtom == atom.A) {
			// A sidebar may hold the section menu; a box of comments or
			// related stories holds no tab of this page.
			if t := s.tab(n, cls); t != "" {
				s.tabs = append(s.tabs, placed{t, s.at})
			}
		}
		if cls != "" && s.aside == 0 && s.nav == 0 && categoryClass(n, cls) {
			if t := lastPart(shortText(n)); sectionShaped(t) {
				s.labels = append(s.labels, placed{t, s.at})
			}
		}
		if elsewhere = isElsewhere(n); elsewhere {
			s.elsewhere++
		}
		if aside = elsewhere || sideBlock(cls, id); aside {
			s.aside++
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c, depth+1)
	}
	if aside {
		s.aside--
	}
	if elsewhere {
		s.elsewhere--
	}
	if nav {
		s.nav--
	}
}

// maxShortText bounds the text read from one element: a label, a link or
// a heading is short, and reading a page's body for each element that
// merely carries a category class would cost a walk of the body.
const maxShortText = 600

// shortText is nodeText for an element whose text is at most
// maxShortText bytes, and "" for a longer one.
func shortText(n *html.Node) string {
	var b strings.Builder
	if !appendShortText(&b, n) {
		return ""
	}
	return normalizeSpace(b.String())
}

// appendShortText writes the text of n as appendText does and reports
// whether it stayed within maxShortText bytes.
func appendShortText(b *strings.Builder, n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return b.Len() <= maxShortText
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
			return true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !appendShortText(b, c) {
			return false
		}
	}
	b.WriteByte(' ')
	return b.Len() <= maxShortText
}

// navBlock reports whether n is a menu: a <nav>, an element with role
// navigation, or one whose class or id names a menu or a navigation bar
// ("main-menu", "navbar", "site-nav"; not "nav-single", WordPress's links
// to the previous and next posts).
func navBlock(n *html.Node, cls, id string) bool {
	if n.DataAtom == atom.Nav || attr(n, "role") == "navigation" {
		return true
	}
	if !strings.Contains(cls, "menu") && !strings.Contains(cls, "nav") && !strings.Contains(id, "menu") && !strings.Contains(id, "nav") {
		return false // every test below needs one of the two
	}
	for _, list := range []string{cls, id} {
		for f := range strings.FieldsSeq(list) {
			if strings.Contains(f, "menu") || f == "nav" || f == "navbar" || f == "navigation" || strings.HasPrefix(f, "navbar") ||
				strings.HasPrefix(f, "navigation") || strings.HasSuffix(f, "-nav") || strings.HasSuffix(f, "_nav") || strings.HasSuffix(f, "navigation") {
				return true
			}
		}
	}
	return false
}

// heading notes where the headline's heading starts.
func (s *sectionScan) heading(n *html.Node) {
	if n.DataAtom == atom.H1 && s.firstH1 < 0 {
		s.firstH1 = s.at
	}
	if s.h1Start >= 0 || s.headline == "" {
		return
	}
	if t := foldSection(shortText(n)); t != "" && (t == s.headline || strings.Contains(t, s.headline)) {
		s.h1Start = s.at
	}
}

// link reads a link: the post's category (rel=category), and whether its
// text corroborates the <title> segment.
func (s *sectionScan) link(n *html.Node) {
	rel := strings.ToLower(attr(n, "rel"))
	if s.titleSeg != "" && !s.titleSegLinked {
		s.titleSegLinked = strings.EqualFold(shortText(n), s.titleSeg)
	}
	if !hasToken(rel, "category") || s.aside > 0 {
		return
	}
	if s.catParent == nil {
		s.catParent = n.Parent
	}
	if (n.Parent == s.catParent || n.Parent != nil && n.Parent.Parent == s.catParent.Parent && n.Parent.DataAtom == atom.Li) && len(s.catLinks) < 8 {
		s.catLinks = append(s.catLinks, shortText(n))
	}
}

// category is the post's first category that is not the blog software's
// default ("Uncategorized"), or what a "Filed under:" label names.
func (s *sectionScan) category() string {
	for _, t := range s.catLinks {
		if sectionShaped(t) {
			return t
		}
	}
	if len(s.filedAll) > 1 {
		return ""
	}
	return s.filed
}

// labelOverHeadline returns the last category or rubric label that ends
// shortly before the headline's heading starts ("<span
// class="article-category">Watch This</span>" over the <h1>).
func (s *sectionScan) labelOverHeadline() string {
	if s.h1Start < 0 {
		return ""
	}
	best := ""
	for _, l := range s.labels {
		if l.at <= s.h1Start && s.h1Start-l.at <= 250 {
			best = l.text
		}
	}
	return best
}

// menuTab returns the last highlighted menu item before the headline: the
// deepest level of the site's navigation that marks where the page is.
func (s *sectionScan) menuTab() string {
	limit := s.h1Start
	if limit < 0 {
		return ""
	}
	best := ""
	for _, t := range s.tabs {
		if t.at <= limit {
			best = t.text
		}
	}
	return best
}

// sectionShaped reports whether s can name a section: one to six words,
// not a bare number, no address, not the blog software's default
// category.
func sectionShaped(s string) bool {
	s = normalizeSpace(s)
	if s == "" || len(s) > 80 || runeLen(s) > 60 {
		return false
	}
	n := countWords(s)
	if n == 0 || n > 6 || strings.Contains(s, "://") || strings.Contains(s, "@") || domainLike(s) {
		return false
	}
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters = true
			break
		}
	}
	f := foldSection(s)
	return letters && !defaultCategories[f] && !homeWords[f] && !pageWords[f] && !frameWord(s) && !truncated(s)
}

// truncated reports whether s is cut short with an ellipsis at either end
// (a headline shortened to fit a trail).
func truncated(s string) bool {
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") || strings.HasPrefix(s, "...") || strings.HasPrefix(s, "…")
}

// frameWord reports whether s is a link of the page's frame (a tool, a
// pager, an archive's date) rather than a section.
func frameWord(s string) bool {
	f := strings.TrimSpace(strings.TrimRight(foldSection(s), "!:.[]0123456789 "))
	return uiWords[f] || dateLike(s)
}

// uiWords are links and buttons of a page's frame that a trail or a menu
// may hold beside its sections.
var uiWords = map[string]bool{
	"search": true, "advanced search": true, "print": true, "email": true, "e-mail": true, "share": true, "subscribe": true, "newsletter": true,
	"follow us": true, "follow us on": true, "contact": true, "contact us": true, "about": true, "about us": true,
	"login": true, "log in": true, "sign in": true, "register": true, "sitemap": true, "site map": true,
	"rss": true, "rss feeds": true, "help": true, "overview": true, "old posts": true, "new post": true,
	"popular topics": true, "add/view comments": true, "comments": true, "submit your story": true, "advertise": true,
	"next": true, "previous": true, "prev": true, "back": true, "archives": true, "archive": true,
	"e-mail to a friend": true, "email to a friend": true, "email this": true, "print this": true,
	"nächstes": true, "nächste": true, "weiter": true, "zurück": true, "vorherige": true, "suivant": true,
	"précédent": true, "siguiente": true, "anterior": true, "следующая": true, "предыдущая": true,
	"archiv": true, "архив": true, "mailen": true, "drucken": true, "teilen": true, "suche": true,
}

// dateLike reports whether s holds a date ("April 18, 2005", "Sep 2004",
// "January"), a pager ("Article 29 of 41") or a page number ("Seiten-ID:
// 312"): an archive page or a tool, not a section.
func dateLike(s string) bool {
	if _, ok := lookupMonth(s); ok && len(s) >= 3 {
		return true
	}
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 && strings.Trim(s[i+1:], " 0123456789") == "" {
		return true
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if _, ok := lookupMonth(w); ok && len(w) >= 3 {
			return true
		}
		if strings.EqualFold(w, "of") {
			return true
		}
	}
	return false
}

// domainLike reports whether s is a domain name ("NBCNews.com"), a site
// rather than a section.
func domainLike(s string) bool {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 || strings.ContainsRune(s, ' ') || len(s)-i-1 < 2 || len(s)-i-1 > 6 {
		return false
	}
	for _, r := range s[i+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// foldSection lower-cases s with its white space normalised, for
// comparisons.
func foldSection(s string) string {
	if isASCII(s) {
		return lowerASCII(normalizeASCIISpace(s))
	}
	return strings.ToLower(normalizeSpace(s))
}

// lowerASCII is strings.ToLower for an ASCII s: s itself when it has no
// capital, else one allocation.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// foldEquals reports whether foldSection(t) == want, without building the
// fold when t is ASCII (the whitespace collapsed as normalizeASCIISpace
// does, the letters lowered as they are compared).
func foldEquals(t, want string) bool {
	if !isASCII(t) {
		return foldSection(t) == want
	}
	j, space := 0, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == ' ' || c >= '\t' && c <= '\r':
			space = true
			continue
		case c < ' ' || c == 0x7f:
			continue
		}
		if space && j > 0 {
			if j >= len(want) || want[j] != ' ' {
				return false
			}
			j++
		}
		space = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if j >= len(want) || want[j] != c {
			return false
		}
		j++
	}
	return j == len(want)
}

// siteLike reports whether s names the site: its host name with the
// spaces and dots taken out ("CNET News" on news.cnet.com, "VMblog.com").
func siteLike(s string, sites []string) bool {
	squashed := squash(s)
	if len(squashed) < 4 {
		return false
	}
	for _, site := range sites {
		if !strings.Contains(site, ".") || strings.Contains(site, " ") {
			continue
		}
		for label := range strings.SplitSeq(strings.ToLower(site), ".") {
			if len(label) >= 4 && label != "news" && label != "blog" && (strings.Contains(squashed, label) || strings.Contains(label, squashed)) {
				return true
			}
		}
	}
	return false
}

// squash keeps the lower-cased letters and digits of s.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// defaultCategories are the names blog software gives a post filed under
// no category ("Uncategorized" in WordPress and its translations).
var defaultCategories = map[string]bool{
	"uncategorized": true, "uncategorised": true, "allgemein": true, "non classé": true, "sin categoría": true,
	"sem categoria": true, "senza categoria": true, "без рубрики": true, "без категории": true,
	"bez kategorii": true, "ohne kategorie": true, "unkategorisiert": true, "geen categorie": true,
	"ongecategoriseerd": true,
}

// sideBlock reports whether a class and id name a sidebar or a widget,
// whose category links and highlighted tabs are not the article's.
func sideBlock(cls, id string) bool {
	return strings.Contains(cls, "sidebar") || strings.Contains(id, "sidebar") || strings.Contains(cls, "widget")
}

// categoryMarks are the class words of an element that prints the
// post's category or rubric.
var categoryMarks = []string{"categor", "cat-links", "rubri", "рубрик", "section-label", "article-section", "story-section", "post-section", "primary-tag"}

// categoryClass reports whether n is a short element whose class names a
// category or rubric ("cat-links", "article-category", "post_category",
// "rubric", Ghost's "primary-tag"), or a link or span of class "section".
func categoryClass(n *html.Node, cls string) bool {
	for _, w := range categoryMarks {
		if strings.Contains(cls, w) {
			return !strings.Contains(cls, "categories-list") && !strings.Contains(cls, "widget") && !strings.Contains(cls, "menu")
		}
	}
	return (n.DataAtom == atom.A || n.DataAtom == atom.Span) && hasToken(cls, "section")
}

// lastPart is the deepest level of a label that prints two
// ("Espectáculos / Polémica").
func lastPart(t string) string {
	parts := splitCrumbs(t)
	if len(parts) == 0 {
		return ""
	}
	return parts[len(parts)-1]
}

// activeClasses mark the highlighted item of a menu.
var activeClasses = map[string]bool{
	"active": true, "selected": true, "current": true, "on": true, "is-active": true, "is-selected": true,
	"is-current": true, "iscurrent": true, "_active": true, "current-menu-item": true, "current-menu-parent": true,
	"current-menu-ancestor": true, "current-post-ancestor": true, "current-post-parent": true,
	"current-category-ancestor": true, "current-category-parent": true, "current_page_item": true,
	"current_page_parent": true, "current_page_ancestor": true, "current-cat": true, "current-cat-parent": true,
	"active-trail": true,
}

// tabWords are highlighted items that name a view of the page or a box,
// not a section.
var tabWords = map[string]bool{
	"latest": true, "latest stories": true, "latest news": true, "popular": true, "most popular": true,
	"most read": true, "most emailed": true, "most viewed": true, "top stories": true, "all": true,
	"all news": true, "news feed": true, "stories": true, "recent": true, "today": true, "more": true,
	"comments": true, "english": true, "english edition": true, "edition": true, "log in": true, "sign in": true,
	"deutsch": true, "français": true, "español": true, "русский": true, "archive": true, "archives": true,
	"archiv": true, "архив": true, "archivio": true, "archivo": true,
}

// tab returns the text of a highlighted menu item: an <li> or <a> with an
// active class, in a list of at least three items, that names a section
// (not the home page, the site or a box's view).
func (s *sectionScan) tab(n *html.Node, cls string) string {
	on := false
	for f := range strings.FieldsSeq(cls) {
		if activeClasses[f] || strings.HasSuffix(f, "-active") || strings.HasSuffix(f, "_active") || strings.HasSuffix(f, "-selected") ||
			strings.HasSuffix(f, "selected") && !strings.HasSuffix(f, "unselected") && !strings.Contains(f, "not") ||
			strings.HasSuffix(f, "-current") || strings.HasSuffix(f, "_on") {
			on = true
			break
		}
	}
	if !on {
		return ""
	}
	// The item's list (its parent, or grandparent for a link in a list
	// item or a <dt>) holds at least three links: a menu.
	box := n.Parent
	if box != nil && n.DataAtom == atom.A && (box.DataAtom == atom.Li || box.DataAtom == atom.Dt || box.DataAtom == atom.Dd) {
		box = box.Parent
	}
	if box == nil || countLinks(box, 3) < 3 {
		return ""
	}
	link := n
	if n.DataAtom != atom.A {
		link = firstLink(n)
		if link == nil {
			return ""
		}
	}
	if href := attr(link, "href"); href == "/" || href == "#" || attr(link, "hreflang") != "" || attr(link, "lang") != "" {
		return ""
	}
	t := shortText(link)
	f := foldSection(t)
	if !sectionShaped(t) || countWords(t) > 3 || tabWords[f] || runeLen(t) < 3 || matchesSite(t, s.sites) || siteLike(t, s.sites) {
		return ""
	}
	return t
}

// countLinks counts the links under n, up to max.
func countLinks(n *html.Node, max int) int {
	k := 0
	for c := n.FirstChild; c != nil && k < max; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			k++
			continue
		}
		k += countLinks(c, max-k)
	}
	return k
}

// firstLink returns the first <a> under n, or nil.
func firstLink(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			return c
		}
		if l := firstLink(c); l != nil {
			return l
		}
	}
	return nil
}

// filedLabels end the text that introduces a post's category link
// ("Filed under:", "Posted in", "Abgelegt unter", «Рубрика:»).
var filedLabels = []string{
	"filed under", "posted in", "posted under", "categories", "category", "categorized in", "categorised in",
	"kategorie", "kategorien", "kategorisiert unter", "abgelegt unter", "veröffentlicht in", "rubrik", "rubriken",
	"рубрика", "рубрики", "раздел", "catégorie", "catégories", "publié dans", "classé dans", "categoría",
	"categorías", "publicado en", "categoria", "categorie", "pubblicato in", "archiviato in", "kategoria",
	"opublikowano w", "this entry was posted in",
}

// filedUnder returns the category a label in text node n names: the
// link that follows "Filed under:", or the value of "Category: Sport"
// in the text itself.
func filedUnder(n *html.Node, t string) string {
	if p := n.Parent; p != nil && (p.DataAtom == atom.H2 || p.DataAtom == atom.H3 || p.DataAtom == atom.H4 || p.DataAtom == atom.H5 || p.DataAtom == atom.H6) && !strings.HasSuffix(t, ":") {
		return "" // the heading of a box of links
	}
	t = normalizeSpace(t)
	var buf [128]byte
	l := lowerJoin(buf[:], strings.TrimRight(t, " :")) // nothing below keeps l
	if (strings.HasSuffix(l, " in") || l == "in") && inPostMeta(n) {
		// "Posted by Anna on 1 May 2012 in <a>Science</a>" in a post's
		// footer or meta line, as TypePad and many blog themes print.
		return linkedCategory(nextLink(n))
	}
	for _, lab := range filedLabels {
		if l == lab || labelSuffix(l, lab) {
			if v := linkedCategory(nextLink(n)); v != "" {
				return v
			}
			if v := nextText(n); sectionShaped(v) && countWords(v) <= 4 {
				return v // "<b>Category:</b> Sport"
			}
			return ""
		}
		if rest, ok := strings.CutPrefix(l, lab); ok {
			rest = strings.TrimSpace(rest)
			if v, ok := strings.CutPrefix(rest, ":"); ok {
				v = strings.TrimSpace(t[len(t)-len(v):])
				if sectionShaped(v) && countWords(v) <= 4 {
					return v
				}
			}
		}
	}
	return ""
}

// labelSuffix reports whether l ends with a space or a comma and lab.
func labelSuffix(l, lab string) bool {
	k := len(l) - len(lab) - 1
	return k >= 0 && (l[k] == ' ' || l[k] == ',') && l[k+1:] == lab
}

// linkedCategory is the text of a category link, or "" for no link, a tag
// link (rel=tag without category) or a text that names no section.
func linkedCategory(a *html.Node) string {
	if a == nil {
		return ""
	}
	rel := strings.ToLower(attr(a, "rel"))
	if v := shortText(a); sectionShaped(v) && (!hasToken(rel, "tag") || hasToken(rel, "category")) {
		return v
	}
	return ""
}

// postMetaMarks are class words of a post's meta line or footer.
var postMetaMarks = []string{"post-footer", "entry-footer", "postmeta", "post-meta", "entry-meta", "post-info", "postinfo", "entry-info", "byline"}

// inPostMeta reports whether n lies in a post's meta line or footer (its
// parent or grandparent's class says so).
func inPostMeta(n *html.Node) bool {
	for p, i := n.Parent, 0; p != nil && i < 2; p, i = p.Parent, i+1 {
		cls := strings.ToLower(attr(p, "class"))
		for _, w := range postMetaMarks {
			if strings.Contains(cls, w) {
				return true
			}
		}
	}
	return false
}

// nextText returns the text that follows n among its parent's next
// siblings (or n's own), when a label and its value sit in two elements.
func nextText(n *html.Node) string {
	for p, up := n, 0; p != nil && up < 2; p, up = p.Parent, up+1 {
		for c := p.NextSibling; c != nil; c = c.NextSibling {
			var t string
			if c.Type == html.TextNode {
				t = normalizeSpace(c.Data)
			} else if c.Type == html.ElementNode {
				t = shortText(c)
			}
			if t != "" {
				return t
			}
		}
	}
	return ""
}

// nextLink returns the first link among the next few siblings of n (or of
// its parent when n ends it), looking inside them.
func nextLink(n *html.Node) *html.Node {
	for p, up := n, 0; p != nil && up < 2; p, up = p.Parent, up+1 {
		k := 0
		for c := p.NextSibling; c != nil && k < 3; c = c.NextSibling {
			if c.Type == html.TextNode {
				if strings.TrimSpace(c.Data) != "" {
					k++
				}
				continue
			}
			if c.Type != html.ElementNode {
				continue
			}
			k++
			if c.DataAtom == atom.A {
				return c
			}
			if l := firstLink(c); l != nil {
				return l
			}
		}
		if p.NextSibling != nil {
			return nil
		}
	}
	return nil
}

// headlinePart reports whether a <title> part is the folded headline h,
// or holds it with more words ("Andy Stott: Luxury Problems" for "Andy
// Stott").
func headlinePart(p, h string) bool {
	p = foldSection(p)
	return p == h || countWords(h) >= 2 && strings.HasPrefix(p, h)
}

// titleSection returns the segment of a <title> that follows the
// headline towards the site's name ("Headline | Rubric | Site", "Site >
// Rubric > Headline").
func titleSection(title, headline string, sites []string) string {
	title, h := unescapeTitle(normalizeSpace(title)), foldSection(headline)
	if title == "" || h == "" {
		return ""
	}
	parts := splitTitle(title)
	if len(parts) < 3 {
		return ""
	}
	// The part next to the headline is the deepest level ("Headline -
	// Soccer - Sport - Site"); the far end is the site's name.
	var seg string
	switch {
	case headlinePart(parts[0], h):
		seg = parts[1]
	case headlinePart(parts[len(parts)-1], h):
		seg = parts[len(parts)-2]
	default:
		return ""
	}
	if !sectionShaped(seg) || countWords(seg) > 4 || matchesSite(seg, sites) || siteLike(seg, sites) {
		return ""
	}
	return seg
}
