package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
	// titleHead is set when the headline found is the whole <title>
	// (storyInTitle).
	titleHead bool
	// trail is the first visible breadcrumb trail, microTrail the first
	// marked up as a microdata or RDFa BreadcrumbList.
	trail, microTrail []crumb
	// loose is the first trail that no class marks ("Home > News").
	loose []crumb
	// slashTrail is a trail that no class marks whose home link a slash
	// follows ("Главная / Новости"), slashAt where it ends in the page
	// text.
	slashTrail []crumb
	slashAt    int
	// pageURL is the page's address, when known.
	pageURL string
	// dirs is the page's address cut into directories (nil when it has
	// none), dirCands the first link to each directory by its depth,
	// dirHome the depths a link to the site's home goes to, titleFold
	// the folded <title>, shared the addresses share links carry
	// (section_url.go).
	dirs      *pageDirs
	dirCands  []urlLink
	dirHome   uint64
	titleFold string
	shared    []sharedURL
	// dirCategory is the text of a category link in the post whose slug
	// is a directory of the page's address (section_url.go).
	dirCategory string
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
	// heads are the headings that may name the section
	// (section_heading.go).
	heads []headCand
	// classHeads are the boxes set as headings by their class
	// (section_heading.go).
	classHeads []headCand
	// aside counts the open sidebars, widgets and comment or related
	// blocks, elsewhere the comment and related blocks alone, nav the open
	// menus.
	aside, elsewhere, nav int
	// bodyWord is the section word of the <body>'s class or id, and
	// bodySection the text of the first link that prints it
	// (section_body.go).
	bodyWord, bodySection string
	// filedAll counts the distinct values "Filed under" labels give: a
	// label repeated with other values labels a list of teasers.
	filedAll map[string]bool
	// clsBuf and idBuf hold the lower-cased class and id of the element
	// Walk is at.
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
				s.filedAll[FoldSection(v)] = true
				if s.filed == "" {
					s.filed = v
				}
			}
		}
		if s.textHead < 0 && s.headline != "" && len(t) < 400 && (FoldEquals(t, s.headline) || s.titleHead && storyInTitle(s.headline, t)) {
			s.textHead = s.at // the headline as text, for pages that set it in no heading
		}
		if s.loose == nil && len(t) < 200 && (TrailOpener(t) || homeLink(n, t) || linkSeparator(n, t)) {
			s.loose = unmarkedTrail(n.Parent)
		}
		s.at += len(t) + 1
		if s.slashTrail == nil && len(t) < 40 && slashHomeLink(n, t) {
			if tr := unmarkedTrail(n.Parent.Parent); len(tr) <= slashTrailCrumbs {
				s.slashTrail, s.slashAt = tr, s.at
			}
		}
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
			s.sectionHead(n)
		case atom.H3, atom.H4:
			s.sectionHead(n)
		case atom.A:
			s.link(n)
			s.bodyLink(n)
			if s.dirs != nil {
				s.dirLink(n, s.nav > 0)
				s.categoryDirLink(n)
			} else if s.pageURL == "" {
				s.shareLink(n)
			}
		case atom.Body:
			s.bodyWord = bodySectionWord(n)
		}
		// cls and id share the scan's buffers: they serve this element's
		// tests, before the walk goes down to its children.
		if s.clsBuf == nil {
			s.clsBuf, s.idBuf = make([]byte, 256), make([]byte, 128)
		}
		sn := readSectionNames(n)
		if sn == (sectionNames{}) {
			// No class, id, itemtype, typeof, aria-label or role, as
			// most elements: no trail mark, tab or category label; a
			// menu if a <nav>, a box elsewhere (and aside) if an
			// <aside> (what the tests below answer for empty names).
			nav, elsewhere = n.DataAtom == atom.Nav, n.DataAtom == atom.Aside
			aside = elsewhere
			if nav {
				s.nav++
			}
			if elsewhere {
				s.elsewhere++
				s.aside++
			}
		} else {
			rawCls, rawID := sn.class, sn.id
			// The families of words the lowered class and id hold (one
			// pass over each, an ASCII one read without lowering it):
			// each name test below is asked only when they hold a word it
			// needs, and answers false otherwise (perf21_names.go). The
			// tests read cls and id lowered: they are lowered for an
			// element that some test will read, not for the others (most).
			var cls, id string
			lowered := false
			mc, ascii := sectionNameSet.maskFold(rawCls)
			if !ascii {
				cls, lowered = textutil.LowerJoin(s.clsBuf, rawCls), true
				mc = sectionNameSet.mask(cls)
			}
			mi, ascii := sectionNameSet.maskFold(rawID)
			if !ascii {
				id = textutil.LowerJoin(s.idBuf, rawID)
				mi = sectionNameSet.mask(id)
			}
			mk := mc | mi
			if mk != 0 || sn.itemtype != "" || sn.typeOf != "" || sn.ariaLabel != "" || rawCls != "" && (n.DataAtom == atom.Li || n.DataAtom == atom.A) {
				if !lowered {
					cls = textutil.LowerJoin(s.clsBuf, rawCls)
				}
				id = textutil.LowerJoin(s.idBuf, rawID)
			}
			if (s.trail == nil || s.microTrail == nil) && (mk&snTrail != 0 || sn.itemtype != "" || sn.typeOf != "" || sn.ariaLabel != "") {
				if kind := trailMarkNamed(n, cls, id, &sn); kind != "" {
					s.readTrail(n, kind)
				}
			}
			if nav = n.DataAtom == atom.Nav || sn.role == "navigation" || mk&snNav != 0 && navBlockNamed(n, cls, id, sn.role); nav {
				s.nav++
			}
			if rawCls != "" && s.elsewhere == 0 && (n.DataAtom == atom.Li || n.DataAtom == atom.A) {
				// A sidebar may hold the section menu; a box of comments or
				// related stories holds no tab of this page.
				if t := s.tab(n, cls); t != "" {
					s.tabs = append(s.tabs, placed{t, s.at})
				}
			}
			if mk&snHead != 0 && s.aside == 0 && s.nav == 0 && headingClass(n, cls, id) {
				s.classHead(n)
			}
			if mc&(snCat|snSection) != 0 && s.aside == 0 && s.nav == 0 && categoryClass(n, cls) {
				if t := lastPart(cutFiledLabel(shortText(n))); sectionShaped(t) {
					s.labels = append(s.labels, placed{t, s.at})
				}
			}
			if elsewhere = (n.DataAtom == atom.Aside || mk&snElse != 0) && elsewhereOf(n, rawCls, rawID); elsewhere {
				s.elsewhere++
			}
			if aside = elsewhere || n.DataAtom != atom.Body && n.DataAtom != atom.Html && (mk&snSidebar != 0 || mc&snWidget != 0) && sideBlock(cls, id); aside {
				s.aside++
			}
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

// sectionNames holds the attributes of an element the section walk
// reads, each as attr gives it (the first of the name): one pass over the
// attributes instead of one per name (six per element).
type sectionNames struct {
	class, id, itemtype, typeOf, ariaLabel, role string
}

// readSectionNames reads n's sectionNames.
func readSectionNames(n *html.Node) sectionNames {
	var e sectionNames
	var seen uint8
	for i := range n.Attr {
		a := &n.Attr[i]
		switch a.Key {
		case "class":
			if seen&1 == 0 {
				e.class, seen = a.Val, seen|1
			}
		case "id":
			if seen&2 == 0 {
				e.id, seen = a.Val, seen|2
			}
		case "itemtype":
			if seen&4 == 0 {
				e.itemtype, seen = a.Val, seen|4
			}
		case "typeof":
			if seen&8 == 0 {
				e.typeOf, seen = a.Val, seen|8
			}
		case "aria-label":
			if seen&16 == 0 {
				e.ariaLabel, seen = a.Val, seen|16
			}
		case "role":
			if seen&32 == 0 {
				e.role, seen = a.Val, seen|32
			}
		}
	}
	return e
}

// maxShortText bounds the text read from one element: a label, a link or
// a heading is short, and reading a page's body for each element that
// merely carries a category class would cost a walk of the body.
const maxShortText = 600

// shortText is nodeText for an element whose text is at most
// maxShortText bytes, and "" for a longer one.
func shortText(n *html.Node) string {
	if t, ok := loneText(n); ok {
		// appendShortText's bound counts the space after the text.
		if len(t)+1 > maxShortText {
			return ""
		}
		return textutil.NormalizeSpace(t)
	}
	var b strings.Builder
	if !appendShortText(&b, n) {
		return ""
	}
	return textutil.NormalizeSpace(b.String())
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
	return navBlockNamed(n, cls, id, attr(n, "role"))
}

// navBlockNamed is navBlock for an element whose role attribute (as attr
// reads it) the caller has read.
func navBlockNamed(n *html.Node, cls, id, role string) bool {
	if n.DataAtom == atom.Nav || role == "navigation" {
		return true
	}
	if !menuOrNav(cls) && !menuOrNav(id) {
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

// sectionElsewhere is elsewhereOf(n, rawCls, rawID) for the walk, which
// holds cls and id lowered: elsewhereOf finds a hint in the lowered join
// of class and id or answers false, but for an <aside>; no hint holds a
// space, so none lies across the join, and an element with no hint in
// cls or id (as most) is not looked at again.
func sectionElsewhere(n *html.Node, cls, id, rawCls, rawID string) bool {
	return (n.DataAtom == atom.Aside || elsewhereHintSet.In(cls) || elsewhereHintSet.In(id)) && elsewhereOf(n, rawCls, rawID)
}

// menuOrNav reports whether s contains "menu" or "nav", with one scan
// for their common n instead of one search for each.
func menuOrNav(s string) bool {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], 'n')
		if j < 0 {
			return false
		}
		p := i + j
		if strings.HasPrefix(s[p:], "nav") || p >= 2 && strings.HasPrefix(s[p-2:], "menu") {
			return true
		}
		i = p + 1
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
	if t := FoldSection(shortText(n)); t != "" && (t == s.headline || strings.Contains(t, s.headline)) {
		s.h1Start = s.at
	} else if s.titleHead && storyInTitle(s.headline, t) {
		s.h1Start = s.at
	}
}

// storyInTitle reports whether text t is the story's headline inside a
// headline that is the page's whole <title> (folded title): when the page
// gave no better headline, the <title> holds the story's own at one end
// ("The Hindu : Business : Headline", "AKI - Agency Headline"), and the
// page prints it as a heading or a text of its own, of three words or
// more.
func storyInTitle(title, t string) bool {
	f := FoldSection(t)
	return len(f) < len(title) && textutil.CountWords(f) >= 3 && (strings.HasSuffix(title, f) || strings.HasPrefix(title, f))
}

// link reads a link: the post's category (rel=category), and whether its
// Text corroborates the <title> segment.
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

// mayActiveClass reports whether the class list cls may hold a field
// that marks the current item as tab reads it: each of activeClasses and
// each suffix it tests holds "active", "selected" or "current", or ends
// a field with "on" ("on", "nav_on"). A field ends at white space, which
// is neither an ASCII letter or digit nor '-' or '_' (the first byte of
// a space outside ASCII is not either), or at the end of cls.
func mayActiveClass(cls string) bool {
	if strings.Contains(cls, "active") || strings.Contains(cls, "selected") || strings.Contains(cls, "current") {
		return true
	}
	for i := 0; ; {
		j := strings.Index(cls[i:], "on")
		if j < 0 {
			return false
		}
		k := i + j + 2
		if k == len(cls) || !classNameByte(cls[k]) {
			return true
		}
		i = k - 1
	}
}

// classNameByte reports whether c is an ASCII letter or digit, '-' or '_'.
func classNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_'
}

// tab returns the text of a highlighted menu item: an <li> or <a> with an
// active class, in a list of at least three items, that names a section
// (not the home page, the site or a box's view).
func (s *sectionScan) tab(n *html.Node, cls string) string {
	if !mayActiveClass(cls) {
		return "" // most classes: no field the loop below takes
	}
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
	f := FoldSection(t)
	if !sectionShaped(t) || textutil.CountWords(t) > 3 || tabWords[f] || textutil.RuneLen(t) < 3 || matchesSite(t, s.sites) || siteLike(t, s.sites) {
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
	// Russian and Ukrainian CMSs: DataLife Engine, uCoz and Joomla print
	// "Категория: <a>…</a>", Joomla's Russian pack "Опубликовано в
	// <a>…</a>", WordPress themes "в рубрике <a>…</a>".
	"категория", "категории", "опубликовано в", "в рубрике", "в разделе", "категорія", "розділ",
}

// filedLabelStarts holds the first four bytes of each of filedLabels, and
// filedLabelEnds the last word of each (after its last space). Every
// label is four bytes or more and holds no comma (TestMayFiledLabel).
var filedLabelStarts, filedLabelEnds = func() (map[string]bool, map[string]bool) {
	starts, ends := map[string]bool{}, map[string]bool{}
	for _, lab := range filedLabels {
		starts[lab[:4]] = true
		ends[lab[strings.LastIndexByte(lab, ' ')+1:]] = true
	}
	return starts, ends
}()

// mayFiledLabel reports whether the lowered text l may be one of
// filedLabels, end with one (after a space or a comma) or begin with one,
// as filedUnder's loop over them tests: one that begins with a label
// begins with its first four bytes, one that is or ends with a label ends
// with its last word (no label holds a comma). Most short texts of a page
// are none of these, and skip the loop.
func mayFiledLabel(l string) bool {
	if len(l) >= 4 && filedLabelStarts[l[:4]] {
		return true
	}
	cut := max(strings.LastIndexByte(l, ' '), strings.LastIndexByte(l, ','))
	return filedLabelEnds[l[cut+1:]]
}

// filedUnder returns the category a label in text node n names: the
// link that follows "Filed under:", or the value of "Category: Sport"
// in the text itself.
func filedUnder(n *html.Node, t string) string {
	if p := n.Parent; p != nil && (p.DataAtom == atom.H2 || p.DataAtom == atom.H3 || p.DataAtom == atom.H4 || p.DataAtom == atom.H5 || p.DataAtom == atom.H6) && !strings.HasSuffix(t, ":") {
		return "" // the heading of a box of links
	}
	t = textutil.NormalizeSpace(t)
	var buf [128]byte
	l := textutil.LowerJoin(buf[:], strings.TrimRight(t, " :")) // nothing below keeps l
	if (strings.HasSuffix(l, " in") || l == "in") && inPostMeta(n) {
		// "Posted by Anna on 1 May 2012 in <a>Science</a>" in a post's
		// footer or meta line, as TypePad and many blog themes print.
		return linkedCategory(nextLink(n))
	}
	if !mayFiledLabel(l) {
		return ""
	}
	for _, lab := range filedLabels {
		if l == lab || LabelSuffix(l, lab) {
			if v := linkedCategory(nextLink(n)); v != "" {
				return v
			}
			if v := nextText(n); sectionShaped(v) && textutil.CountWords(v) <= 4 {
				return v // "<b>Category:</b> Sport"
			}
			return ""
		}
		if rest, ok := strings.CutPrefix(l, lab); ok {
			rest = strings.TrimSpace(rest)
			if after, ok := strings.CutPrefix(rest, ":"); ok {
				// v is cut from t, not from l: l's buffer stays on the stack.
				v := strings.TrimSpace(t[len(t)-len(after):])
				if sectionShaped(v) && textutil.CountWords(v) <= 4 {
					return v
				}
			}
		}
	}
	return ""
}

// cutFiledLabel returns a category label's value without the words that
// introduce it ("Категория: Экономика", "Category: Sport", "Опубликовано в
// Экономика"), or t itself.
func cutFiledLabel(t string) string {
	i := strings.IndexByte(t, ':')
	sp := strings.LastIndexByte(t, ' ')
	if i < 0 && sp < 0 {
		return t
	}
	var buf [128]byte
	l := textutil.LowerJoin(buf[:], t) // nothing below keeps l
	if !mayFiledLabel(strings.TrimSpace(strings.SplitN(l, ":", 2)[0])) && !mayFiledLabel(l[:min(len(l), 4)]) {
		return t
	}
	for _, lab := range filedLabels {
		rest, ok := strings.CutPrefix(l, lab)
		if !ok {
			continue
		}
		switch {
		case strings.HasPrefix(strings.TrimLeft(rest, " "), ":"):
			rest = strings.TrimLeft(rest, " ")[1:]
		case strings.HasPrefix(rest, " ") && prepositionLabel(lab):
		default:
			continue
		}
		return strings.TrimSpace(t[len(t)-len(rest):])
	}
	return t
}

// prepositionLabel reports whether a filed label ends with the
// preposition its value follows with no colon ("posted in", "опубликовано
// в").
func prepositionLabel(lab string) bool {
	for _, p := range []string{" in", " в", " w", " en", " dans", " unter"} {
		if strings.HasSuffix(lab, p) {
			return true
		}
	}
	return false
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
				t = textutil.NormalizeSpace(c.Data)
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
