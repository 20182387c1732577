package htmlx

import (
	"cmp"
	"strings"
	"unicode"
	"unsafe"

	"github.com/articlekit/article/internal/dates"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"

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
//     only when a link of the page prints the same name;
//   - the link to the directory the page's address is filed under
//     ("/sport/" for "/sport/2009/05/story.html"), when the page marks it
//     as current in its own words or prints its name outside links
//     (section_url.go), last.
//
// chooseSection ranks these after the structured sources.

// chooseSection sets a.Section and its provenance in the hand order
// (handSection). Sources that agree raise the confidence, and those that
// disagree lower it, as for the other fields (firstFrom). The learned
// ranker over the same sources (rankSections, section15_rank_model_test.go: a training command, not compiled into the library) did not
// beat this order on both halves of the dev sites and is not used here.
func chooseSection(a *model.Draft, m *PageMeta, root *html.Node, c *model.Config) {
	printed, trails, _ := printedSections(a, m, root, c)
	v, src := handSection(m, m.bestLD(), printed, trails)
	if v == "" {
		return
	}
	a.Section = v
	a.SetSource("section", src.From, src.Confidence)
}

// handSection is the hand order over the section sources: the structured
// section when the page has one (or the deeper level a trail through it
// prints), else the first that the page prints (printedSections' order).
func handSection(m *PageMeta, ld ldArticle, printed []sourced, trails []namedTrail) (string, model.Source) {
	cands := []sourced{
		{structuredSection(ld.section), model.Source{From: model.FromJSONLD, Confidence: model.ConfStructured}},
		{structuredSection(m.metaValue("article:section")), model.Source{From: model.FromOpenGraph, Confidence: model.ConfMeta}},
		{structuredSection(m.micro.section), model.Source{From: model.FromMicrodata, Confidence: model.ConfStructured}},
	}
	v, src := firstFrom(append(cands, printed...)...)
	if v == "" {
		return "", src
	}
	if src.From == model.FromJSONLD && strings.Contains(ld.section, ",") {
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
	if src.From == model.FromJSONLD || src.From == model.FromOpenGraph || src.From == model.FromMicrodata {
		// A trail that passes through the structured section and goes
		// deeper ("Tech > Personal Technology" for "Tech") names the
		// level the page is filed under.
		for _, tr := range trails {
			if deeper := tr.deeper(v); deeper != "" {
				v, src = deeper, model.Source{From: tr.from, Confidence: src.Confidence}
				break
			}
		}
	}
	return v, src
}

// structuredSection cleans a section named by structured data: the first
// of a list ("Politics, World"), nothing for a word that names the kind of
// page ("post", "Artikel") or the blog software's default category.
func structuredSection(v string) string {
	v = textutil.NormalizeSpace(v)
	if parts := strings.Split(v, ","); len(parts) > 1 {
		v = strings.TrimSpace(parts[0])
	}
	if f := FoldSection(v); pageWords[f] || defaultCategories[f] {
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
	confTrail = model.ConfVisible
	confLabel = model.ConfVisible - 0.05
)

// printedSections returns the section candidates the page prints, most
// trusted first: structured breadcrumbs, a visible trail, the post's
// category, a label over the headline, the named meta tags, the
// highlighted menu item, a <title> segment that a link corroborates and
// the link to the directory of the page's address.
func printedSections(a *model.Draft, m *PageMeta, root *html.Node, c *model.Config) ([]sourced, []namedTrail, *sectionScan) {
	s := &sectionScan{headline: FoldSection(a.Headline), h1Start: -1, firstH1: -1, textHead: -1, pageURL: cmp.Or(a.URL, c.URL)}
	storyHead := storyHeadline(a.Headline, m.title)
	s.sites = []string{m.metaValue("og:site_name"), m.metaValue("application-name")}
	if a.Publisher != nil {
		s.sites = append(s.sites, a.Publisher.Name)
	}
	for _, u := range []string{a.URL, c.URL} {
		if h := siteHost(hostOf(u)); h != "" {
			s.sites = append(s.sites, h)
		}
	}
	s.titleSeg = titleSection(m.title, storyHead, s.sites)
	s.titleHead = s.headline != "" && s.headline == FoldSection(unescapeTitle(textutil.NormalizeSpace(m.title)))
	s.dirs = newPageDirs(s.pageURL)
	s.titleFold = FoldSection(unescapeTitle(m.title))
	s.walk(root, 0)
	s.dirsFromShares(root)
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
	if s.trail == nil && s.slashTrail != nil && s.h1Start >= s.slashAt && s.h1Start-s.slashAt <= slashTrailReach {
		// A slash trail only right over the headline: menus too part
		// their links with slashes.
		s.trail = s.slashTrail
	}
	trails := []namedTrail{
		{crumbs: jsonLDTrail(m.scripts, m.jsonTexts), from: model.FromJSONLD},
		{crumbs: s.microTrail, from: model.FromMicrodata},
		{crumbs: s.trail, from: model.FromBreadcrumb},
	}
	for i := range trails {
		trails[i].section = s.fromTrail(trails[i].crumbs)
	}
	meta := m.metaValue("section", "category", "dc.subject", "parsely-section")
	if keywordList(meta) {
		meta = ""
	}
	out := []sourced{
		{trails[0].section, model.Source{From: model.FromJSONLD, Confidence: model.ConfMeta}},
		{trails[1].section, model.Source{From: model.FromMicrodata, Confidence: model.ConfMeta}},
		{trails[2].section, model.Source{From: model.FromBreadcrumb, Confidence: confTrail}},
		{s.category(), model.Source{From: model.FromCategory, Confidence: confTrail}},
		{s.labelOverHeadline(), model.Source{From: model.FromCategory, Confidence: confLabel}},
		{s.sectionHeading(root, m.title, s.heads), model.Source{From: model.FromCategory, Confidence: model.ConfGuess}},
		{structuredSection(meta), model.Source{From: model.FromMeta, Confidence: model.ConfGuess}},
		{s.menuTab(), model.Source{From: model.FromBreadcrumb, Confidence: model.ConfGuess}},
		{cmp.Or(s.bodySection, s.bodyTitleSection(m.title)), model.Source{From: model.FromBreadcrumb, Confidence: model.ConfGuess}},
	}
	titleSeg := ""
	if s.titleSegLinked {
		titleSeg = s.titleSeg
	}
	out = append(out, sourced{titleSeg, model.Source{From: model.FromTitleTag, Confidence: model.ConfGuess}},
		sourced{s.urlSection(root), model.Source{From: model.FromBreadcrumb, Confidence: model.ConfGuess}},
		sourced{s.dirCategory, model.Source{From: model.FromCategory, Confidence: model.ConfGuess}},
		sourced{s.sectionHeading(root, m.title, s.classHeads), model.Source{From: model.FromCategory, Confidence: model.ConfGuess}})
	return out, trails, s
}

// storyHeadline is the headline the <title> segment is read beside. When
// the page gave no better headline than its whole <title> ("The Hindu :
// Business : Headline", "Site - Rubric - Headline"), the story's own
// headline is the longest part of it: the site's and the section's names
// are short.
func storyHeadline(headline, title string) string {
	title = unescapeTitle(textutil.NormalizeSpace(title))
	if headline == "" || FoldSection(headline) != FoldSection(title) {
		return headline
	}
	parts := titleParts(title)
	if len(parts) < 2 {
		return headline
	}
	best := ""
	for _, p := range parts {
		if len(p) > len(best) {
			best = p
		}
	}
	if textutil.CountWords(best) < 3 {
		return headline
	}
	return best
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

// sectionShaped reports whether s can name a section: one to six words,
// not a bare number, no address, not the blog software's default
// category.
func sectionShaped(s string) bool {
	s = textutil.NormalizeSpace(s)
	if s == "" || len(s) > 80 || textutil.RuneLen(s) > 60 {
		return false
	}
	n := textutil.CountWords(s)
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
	f := FoldSection(s)
	return letters && !defaultCategories[f] && !HomeWords[f] && !pageWords[f] && !frameWord(s) && !truncated(s)
}

// truncated reports whether s is cut short with an ellipsis at either end
// (a headline shortened to fit a trail).
func truncated(s string) bool {
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") || strings.HasPrefix(s, "...") || strings.HasPrefix(s, "…")
}

// frameWord reports whether s is a link of the page's frame (a tool, a
// pager, an archive's date) rather than a section.
func frameWord(s string) bool {
	f := strings.TrimSpace(strings.TrimRight(FoldSection(s), "!:.[]0123456789 "))
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
	if _, ok := dates.LookupMonth(s); ok && len(s) >= 3 {
		return true
	}
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 && strings.Trim(s[i+1:], " 0123456789") == "" {
		return true
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if _, ok := dates.LookupMonth(w); ok && len(w) >= 3 {
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

// FoldSection lower-cases s with its white space normalised, for
// comparisons.
func FoldSection(s string) string {
	if textutil.IsASCII(s) {
		return LowerASCII(textutil.NormalizeASCIISpace(s))
	}
	return strings.ToLower(textutil.NormalizeSpace(s))
}

// LowerASCII is strings.ToLower for an ASCII s: s itself when it has no
// capital, else one allocation.
func LowerASCII(s string) string {
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

// FoldEquals reports whether foldSection(t) == want, without building the
// fold when t is ASCII (the whitespace collapsed as normalizeASCIISpace
// does, the letters lowered as they are compared).
func FoldEquals(t, want string) bool {
	if !textutil.IsASCII(t) {
		// NormalizeSpace never lengthens t and lowering lengthens a
		// character by half at most (U+023A, two bytes, to U+2C65,
		// three): a text too short to fold to want is not folded
		// (perf18; most text nodes the section walk compares with the
		// headline are a menu's or a link's few words).
		return len(want) <= 2*len(t) && FoldSection(t) == want
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
// whose category links and highlighted tabs are not the article's. The
// caller leaves out <body> and <html>: WordPress themes (Twenty Eleven and
// most of their kin) write the page's layout on <body>
// ("two-column right-sidebar", "has-sidebar"), which makes no sidebar of
// the whole page.
//
// Nor is a wrapper that holds the content with the sidebars: Genesis
// themes' "content-sidebar-wrap", "contentandsidebars", "main-sidebar-wrapper"
// name the box around both, whose post is the article.
func sideBlock(cls, id string) bool {
	return sidebarName(cls) || sidebarName(id) || strings.Contains(cls, "widget")
}

// sidebarName reports whether a lowered class or id list names a sidebar
// and not a wrapper of the content and the sidebars.
func sidebarName(v string) bool {
	if !strings.Contains(v, "sidebar") {
		return false
	}
	for f := range strings.FieldsSeq(v) {
		if strings.Contains(f, "sidebar") && !strings.Contains(f, "content") && !strings.Contains(f, "wrap") {
			return true
		}
	}
	return false
}

// categoryMarks are the class words of an element that prints the
// post's category or rubric ("razdel", Russian "раздел", section, as
// Russian templates name it in Latin letters).
var categoryMarks = []string{"categor", "cat-links", "rubri", "рубрик", "razdel", "section-label", "article-section", "story-section", "post-section", "primary-tag"}

// categoryMarkSet indexes categoryMarks.
var categoryMarkSet = textutil.NewWordSet(categoryMarks)

// categoryClass reports whether n is a short element whose class names a
// category or rubric ("cat-links", "article-category", "post_category",
// "rubric", Ghost's "primary-tag"), or a link or span of class "section".
func categoryClass(n *html.Node, cls string) bool {
	if categoryMarkSet.In(cls) { // one pass, not one per mark
		return !strings.Contains(cls, "categories-list") && !strings.Contains(cls, "widget") && !strings.Contains(cls, "menu")
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

// LabelSuffix reports whether l ends with a space or a comma and lab.
func LabelSuffix(l, lab string) bool {
	k := len(l) - len(lab) - 1
	return k >= 0 && (l[k] == ' ' || l[k] == ',') && l[k+1:] == lab
}

// headlinePart reports whether a <title> part is the folded headline h,
// or holds it with more words ("Andy Stott: Luxury Problems" for "Andy
// Stott").
func headlinePart(p, h string) bool {
	p = FoldSection(p)
	return p == h || textutil.CountWords(h) >= 2 && strings.HasPrefix(p, h)
}

// titleSection returns the segment of a <title> that follows the
// headline towards the site's name ("Headline | Rubric | Site", "Site >
// Rubric > Headline").
func titleSection(title, headline string, sites []string) string {
	title, h := unescapeTitle(textutil.NormalizeSpace(title)), FoldSection(headline)
	if title == "" || h == "" {
		return ""
	}
	parts := splitTitle(title)
	// Older sites also part the <title> with a spaced colon or an angle
	// bracket ("The Hindu : Business : Headline", "Journal > National >
	// Headline"); only for the section, which a link must corroborate (a
	// French headline sets a space before its colon).
	var more []string
	for _, p := range parts {
		for q := range strings.SplitSeq(p, " : ") {
			for r := range strings.SplitSeq(q, " > ") {
				if r = strings.TrimSpace(r); r != "" {
					more = append(more, r)
				}
			}
		}
	}
	parts = more
	if len(parts) < 3 {
		return ""
	}
	bad := func(seg string) bool {
		return !sectionShaped(seg) || textutil.CountWords(seg) > 4 || matchesSite(seg, sites) || siteLike(seg, sites)
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
	if bad(seg) {
		return ""
	}
	return seg
}
