package htmlx

import (
	"net/url"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Breadcrumb trails: where a page sits in its site, read from JSON-LD,
// microdata or RDFa BreadcrumbLists and from the trails pages print, for
// the section (see html_section.go).

// namedTrail is a breadcrumb trail with the section read from it and the
// source it was read from.
type namedTrail struct {
	crumbs  []crumb
	section string
	from    string
}

// deeper returns the trail's section when the trail passes through v
// before it.
func (t namedTrail) deeper(v string) string {
	if t.section == "" || strings.EqualFold(t.section, v) {
		return ""
	}
	for _, c := range t.crumbs {
		switch {
		case strings.EqualFold(textutil.NormalizeSpace(c.text), v):
			return t.section
		case strings.EqualFold(textutil.NormalizeSpace(c.text), t.section):
			return ""
		}
	}
	return ""
}

// crumb is one step of a breadcrumb trail: its text, whether it is a
// link, and where a visible trail's link goes.
type crumb struct {
	text   string
	linked bool
	href   string
}

// linkSeparator reports whether text t of n is a trail's separator
// between two links ("<a>Wires</a> &gt; <a>World</a>"): menus separate
// their links with bars or bullets, trails with arrows. (Colons between
// links were tried: one dev page gained, one validation page lost.)
func linkSeparator(n *html.Node, t string) bool {
	if len(t) > 4 || strings.Trim(t, ">»›→►") != "" {
		return false
	}
	prev, next := n.PrevSibling, n.NextSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	for next != nil && next.Type == html.TextNode && strings.TrimSpace(next.Data) == "" {
		next = next.NextSibling
	}
	return prev != nil && next != nil && prev.DataAtom == atom.A && next.DataAtom == atom.A && attr(prev, "rel") == "" && attr(next, "rel") == ""
}

// homeLink reports whether text t of n is a link to the home page that a
// separator follows ("<a>Home</a> &gt; <a>News</a>"), as trails that no
// class marks begin.
func homeLink(n *html.Node, t string) bool {
	if n.Parent == nil || n.Parent.DataAtom != atom.A {
		return false
	}
	next := n.Parent.NextSibling
	if next == nil || next.Type != html.TextNode {
		return false
	}
	nt := strings.TrimSpace(next.Data)
	if nt == "" || !strings.ContainsAny(nt[:1], ">»›→►") { // not "|": menus use it
		return false
	}
	// The link's text last: the tests above are cheaper.
	var buf [128]byte
	return HomeWords[textutil.LowerJoin(buf[:], t)]
}

// Bounds of a slash trail: its crumbs, and how far (bytes of page text)
// its home link may stand before the headline's heading.
const (
	slashTrailCrumbs = 5
	slashTrailReach  = 400
)

// slashHomeLink reports whether text t of n is a link to the home page
// that a slash and another link follow ("<a>Главная</a> / <a>Новости</a>
// / <a>Спорт</a>"), as the trails of many Russian and other CMSs print
// over the headline with no class to mark them. Menus part their links
// with slashes too: the caller takes such a trail only right over the
// headline, and short.
func slashHomeLink(n *html.Node, t string) bool {
	if n.Parent == nil || n.Parent.DataAtom != atom.A || n.Parent.Parent == nil {
		return false
	}
	next := n.Parent.NextSibling
	if next == nil || next.Type != html.TextNode || strings.TrimSpace(next.Data) != "/" {
		return false
	}
	if a := next.NextSibling; a == nil || a.DataAtom != atom.A {
		return false
	}
	var buf [128]byte
	return HomeWords[textutil.LowerJoin(buf[:], t)]
}

// fromTrail returns the deepest crumb of a trail that names a section:
// not the home page, the site, the article itself or a generic word for
// the current page ("Details", "Story").
func (s *sectionScan) fromTrail(tr []crumb) string {
	best := ""
	for i, c := range tr {
		t := textutil.NormalizeSpace(strings.Trim(c.text, " :|>»›/\\-–—•·→▸►"))
		f := FoldSection(t)
		switch {
		case t == "" || HomeWords[f] || pageWords[f]:
			continue
		case s.headline != "" && (f == s.headline || strings.Contains(s.headline, f) && textutil.CountWords(f) >= 4 || strings.Contains(f, s.headline)) && !s.rubricHeading(c, f):
			continue // the article itself
		case i == len(tr)-1 && !c.linked && textutil.CountWords(t) > 5:
			continue // the current page's title, shortened
		case !c.linked && len(t) <= 3 && strings.ToLower(t) == t:
			continue // a word between links ("Science on NBCNews.com")
		case i == 0 && matchesSite(t, s.sites) || siteLike(t, s.sites):
			continue
		}
		switch {
		case frameWord(t):
			best = "" // a trail that ends in a date, a pager or a tool is an archive's or a menu
		case sectionShaped(t):
			best = t
		}
	}
	return best
}

// Most words of a rubric's name printed as a page's heading.
const rubricHeadingWords = 4

// rubricHeading reports whether crumb c, whose folded text f is the
// headline found, is the rubric rather than the article: older CMSs
// (regional papers' sites above all) print the article page from the
// rubric's template, the rubric's name as the page's <h1> and the last
// crumb ("Главная / Лента новостей / Сельское хозяйство"), the article's
// own title in a heading under it. The crumb then links to the rubric's
// listing, another page than the article's, and is a name of a few words,
// not a headline.
func (s *sectionScan) rubricHeading(c crumb, f string) bool {
	if !c.linked || c.href == "" || s.pageURL == "" || f != s.headline || textutil.CountWords(f) > rubricHeadingWords {
		return false
	}
	return otherPage(c.href, s.pageURL)
}

// otherPage reports whether link href, resolved against the page's
// address, goes to another page than the page's own (its path compared
// without a query, a fragment or a closing slash).
func otherPage(href, page string) bool {
	base, err := url.Parse(page)
	if err != nil || base.Host == "" {
		return false
	}
	ref, err := url.Parse(strings.TrimSpace(href))
	if err != nil || strings.HasPrefix(href, "#") || ref.Scheme != "" && ref.Scheme != "http" && ref.Scheme != "https" {
		return false
	}
	to := base.ResolveReference(ref)
	samePath := strings.TrimSuffix(to.Path, "/") == strings.TrimSuffix(base.Path, "/")
	return !strings.EqualFold(strings.TrimPrefix(to.Host, "www."), strings.TrimPrefix(base.Host, "www.")) || !samePath
}

// HomeWords name a site's home page in a trail or a menu, in the
// languages the parser knows and a few more.
var HomeWords = map[string]bool{
	"home": true, "homepage": true, "home page": true, "start": true, "startseite": true, "accueil": true,
	"inicio": true, "início": true, "portada": true, "главная": true, "главная страница": true, "на главную": true,
	"strona główna": true, "główna": true, "pagina iniziale": true, "forside": true,
	"etusivu": true, "beranda": true, "anasayfa": true, "index": true, "main": true, "main page": true,
	"головна": true, "начало": true, "inici": true, "hem": true, "hjem": true, "voorpagina": true,
}

// pageWords name the current page rather than a section at the end of a
// trail ("Home > Sports > Story").
var pageWords = map[string]bool{
	"details": true, "detail": true, "story": true, "article": true, "artikel": true, "beitrag": true,
	"nachricht": true, "news story": true, "full story": true, "read": true, "view": true, "post": true,
	"статья": true, "новость": true, "материал": true, "текст": true, "noticia": true, "notizia": true,
	"artykuł": true, "page": true, "you are here": true, "you are here:": true,
}

// trailMarks are the words a class, id or aria-label uses for a
// breadcrumb trail in English, German, French, Spanish, Italian, Polish,
// Dutch and Russian.
var trailMarks = []string{"breadcrumb", "crumbs", "bread-crumb", "crumb", "brotkr", "krümel", "ariane", "migas", "miga-de-pan", "briciol", "okruszk", "kruimel", "хлебн"}

// trailMarkSet finds any of trailMarks in one pass.
var trailMarkSet = textutil.NewWordSet(trailMarks)

// trailMark tells whether n holds a breadcrumb trail: "micro" for a
// microdata or RDFa BreadcrumbList, "visible" for a list named so by its
// class, id or aria-label, or "".
func trailMark(n *html.Node, cls, id string) string {
	sn := sectionNames{itemtype: attr(n, "itemtype"), typeOf: attr(n, "typeof"), ariaLabel: attr(n, "aria-label")}
	return trailMarkNamed(n, cls, id, &sn)
}

// trailMarkNamed is trailMark for an element whose itemtype, typeof and
// aria-label attributes (as attr reads them) the caller has read into sn.
func trailMarkNamed(n *html.Node, cls, id string, sn *sectionNames) string {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Head, atom.Main, atom.Article:
		return ""
	}
	if itemtype, typeOf := sn.itemtype, sn.typeOf; itemtype != "" || typeOf != "" {
		var buf [256]byte
		it := textutil.LowerJoin(buf[:], itemtype, typeOf)
		if strings.Contains(it, "breadcrumblist") || strings.Contains(it, "data-vocabulary.org/breadcrumb") {
			return "micro"
		}
	}
	// No mark holds a space: one found in the class, the id or the
	// aria-label is one found in the three joined by spaces.
	if trailMarkSet.In(cls) || trailMarkSet.In(id) {
		return "visible"
	}
	if aria := sn.ariaLabel; aria != "" {
		var buf [128]byte
		if trailMarkSet.In(textutil.LowerJoin(buf[:], aria)) {
			return "visible"
		}
	}
	return ""
}

// readTrail reads the trail n holds. A data-vocabulary.org Breadcrumb is
// one crumb: its trail is its parent's.
func (s *sectionScan) readTrail(n *html.Node, kind string) {
	box := n
	if strings.Contains(strings.ToLower(attr(n, "itemtype")), "data-vocabulary.org/breadcrumb") && n.Parent != nil {
		box = n.Parent
	}
	tr := readCrumbs(box)
	if len(tr) < 2 && (n.DataAtom == atom.A || n.DataAtom == atom.Li || n.DataAtom == atom.Span) && n.Parent != nil {
		// A crumb's own class ("breadcrumb_last", "crumb"): the trail is
		// its parent's (or grandparent's).
		for p, i := n.Parent, 0; p != nil && i < 2 && len(tr) < 2; p, i = p.Parent, i+1 {
			tr = readCrumbs(p)
		}
	}
	if len(tr) == 0 || len(tr) > 10 {
		return
	}
	if kind == "micro" && s.microTrail == nil {
		s.microTrail = tr
	} else if kind == "visible" && s.trail == nil {
		s.trail = tr
	}
}

// readCrumbs reads the crumbs of a trail: each link is one, and the text
// between links is split at the separators ("Home > News > Story"). It
// returns nil for an element too long to be a trail.
func readCrumbs(n *html.Node) []crumb {
	var out []crumb
	var cur strings.Builder
	flush := func() {
		if t := textutil.NormalizeSpace(cur.String()); t != "" && !strings.HasSuffix(t, ":") && !TrailLabels[strings.ToLower(t)] {
			out = append(out, crumb{text: t})
		}
		cur.Reset()
	}
	size := 0
	var read func(*html.Node) bool
	read = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			size += len(n.Data)
			for i, p := range strings.Split(crumbSeparators.Replace(n.Data), "\x00") {
				if i > 0 {
					flush()
				}
				cur.WriteString(p)
			}
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Select, atom.Form, atom.Button:
				return true
			case atom.A:
				flush()
				t := shortText(n)
				size += len(t)
				if t != "" {
					out = append(out, crumb{text: t, linked: true, href: attr(n, "href")})
				}
				return size < 400
			case atom.Li, atom.Br, atom.P, atom.Div:
				flush()
			}
			if isScreenReaderOnly(attr(n, "class")) {
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !read(c) {
				return false
			}
		}
		return size < 400 && len(out) <= 12
	}
	if !read(n) {
		return nil
	}
	flush()
	return out
}

// crumbSeparators split the text between a trail's links.
var crumbSeparators = strings.NewReplacer(" / ", "\x00", " // ", "\x00", " :: ", "\x00", " : ", "\x00", ">", "\x00", "»", "\x00", "›", "\x00",
	"|", "\x00", "•", "\x00", "·", "\x00", "→", "\x00", "▸", "\x00", "►", "\x00", "\\", "\x00")

// splitCrumbs cuts text between links at the separators, and drops the
// labels that open a trail ("You are here:").
func splitCrumbs(t string) []string {
	var out []string
	for p := range strings.SplitSeq(crumbSeparators.Replace(" "+t+" "), "\x00") {
		p = textutil.NormalizeSpace(p)
		if p == "" || strings.HasSuffix(p, ":") || TrailLabels[strings.ToLower(p)] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// TrailLabels open a trail in place of a class that marks it.
var TrailLabels = map[string]bool{
	"you are here": true, "sie sind hier": true, "du bist hier": true, "vous êtes ici": true, "estás en": true,
	"usted está aquí": true, "ti trovi in": true, "sei qui": true, "jesteś tutaj": true, "вы здесь": true,
	"u bent hier": true,
}

// trailLabelList holds the keys of trailLabels set to true, in a slice
// that is cheaper to range over than the map; trailSeps are the
// separators that follow a home link in a trail.
var (
	trailLabelList = func() []string {
		var l []string
		for lab, ok := range TrailLabels {
			if ok {
				l = append(l, lab)
			}
		}
		return l
	}()
	// trailLabelMax is the length in bytes of the longest trail label.
	trailLabelMax = func() (m int) {
		for _, lab := range trailLabelList {
			m = max(m, len(lab))
		}
		return m
	}()
	trailSeps     = []string{">", "»", "›", "→", "►"}
	trailSepChars = strings.Join(trailSeps, "")
	// trailLabelFirst holds the first bytes, in either case, of the
	// trail labels that open with an ASCII letter.
	trailLabelFirst = func() (first [utf8.RuneSelf]bool) {
		for _, lab := range trailLabelList {
			if c := lab[0]; c < utf8.RuneSelf {
				first[c] = true
				if 'a' <= c && c <= 'z' {
					first[c-'a'+'A'] = true
				}
			}
		}
		return first
	}()
)

// TrailOpener reports whether a text opens a trail that no class marks:
// "You are here:", or a home page's name followed by a separator ("Home >
// News").
func TrailOpener(t string) bool {
	// Cheap test first: a label opens the text, or a separator follows a
	// home link. Lower-casing maps an ASCII byte to an ASCII byte and
	// makes no separator.
	if t == "" || t[0] < utf8.RuneSelf && !trailLabelFirst[t[0]] && !containsTrailSep(t) {
		return false
	}
	// The labels are read on the lowered opening of t alone: lowering
	// maps rune by rune, each rune to at least one byte, so the lowered
	// first trailLabelMax runes of t open the lowered t with at least
	// as many bytes as the longest label.
	head := t
	for i, n := 0, 0; i < len(t); n++ {
		if n == trailLabelMax {
			head = t[:i]
			break
		}
		if t[i] < utf8.RuneSelf {
			i++
		} else {
			_, w := utf8.DecodeRuneInString(t[i:])
			i += w
		}
	}
	var buf [256]byte
	l := textutil.LowerJoin(buf[:], head) // nothing below keeps l
	for _, lab := range trailLabelList {
		if strings.HasPrefix(l, lab) {
			return true
		}
	}
	// Lowering makes no separator and keeps each one: a text with none
	// has none lowered.
	if !containsTrailSep(t) {
		return false
	}
	l = textutil.LowerJoin(buf[:], t)
	for _, sep := range trailSeps {
		if i := strings.Index(l, sep); i > 0 && HomeWords[strings.TrimSpace(l[:i])] {
			return true
		}
	}
	return false
}

// containsTrailSep is strings.ContainsAny(t, trailSepChars), without
// decoding t when it holds no byte outside ASCII: of the separators only
// ">" is ASCII.
func containsTrailSep(t string) bool {
	if strings.IndexByte(t, '>') >= 0 {
		return true
	}
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			return strings.ContainsAny(t[i:], trailSepChars)
		}
	}
	return false
}

// unmarkedTrail reads the trail opened by a text in n: n itself, or its
// parent when n is an inline element. A trail is two to eight crumbs.
func unmarkedTrail(n *html.Node) []crumb {
	for i := 0; n != nil && i < 2; i, n = i+1, n.Parent {
		if tr := readCrumbs(n); len(tr) >= 2 && len(tr) <= 8 {
			return tr
		}
		switch n.DataAtom {
		case atom.A, atom.Span, atom.B, atom.Strong, atom.Font, atom.Em, atom.I:
			continue
		}
		break
	}
	return nil
}

// jsonLDTrail returns the first BreadcrumbList of the page's JSON-LD,
// crumbs in the order of their positions. texts are the page's decoded
// scripts (nil: each is decoded here).
func jsonLDTrail(scripts []*html.Node, texts jsonTexts) []crumb {
	for _, n := range scripts {
		if n.FirstChild == nil || !strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") || !strings.Contains(n.FirstChild.Data, "BreadcrumbList") {
			continue
		}
		// The metadata walk has decoded the script (parseJSONLD): the
		// same text is not decoded again.
		v, ok := texts.unmarshal(strings.TrimSpace(n.FirstChild.Data))
		if !ok {
			continue
		}
		ids := map[string]map[string]any{}
		var lists []map[string]any
		for _, o := range ldObjects(v, 0, nil) {
			if id, ok := o["@id"].(string); ok && len(o) > 1 {
				ids[id] = o
			}
			for _, typ := range ldStrings(o["@type"]) {
				if strings.EqualFold(typ, "BreadcrumbList") {
					lists = append(lists, o)
				}
			}
		}
		for _, l := range lists {
			if tr := ldCrumbs(l, ids); len(tr) > 0 {
				return tr
			}
		}
	}
	return nil
}

// ldObjects appends the JSON objects in v to out, each before the objects
// it holds (in the order of their keys), to twenty levels.
func ldObjects(v any, depth int, out []map[string]any) []map[string]any {
	if depth > 20 {
		return out
	}
	if list, ok := v.([]any); ok {
		for _, e := range list {
			out = ldObjects(e, depth+1, out)
		}
		return out
	}
	o, ok := v.(map[string]any)
	if !ok {
		return out
	}
	out = append(out, o)
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		out = ldObjects(o[k], depth+1, out)
	}
	return out
}

// ldCrumbs reads a BreadcrumbList's ListItems: each one's name, or its
// item's name.
func ldCrumbs(l map[string]any, ids map[string]map[string]any) []crumb {
	items, _ := l["itemListElement"].([]any)
	type pos struct {
		p float64
		c crumb
	}
	var ps []pos
	for i, e := range items {
		o, ok := deref(e, ids).(map[string]any)
		if !ok {
			continue
		}
		name := ldString(o["name"])
		if it, ok := deref(o["item"], ids).(map[string]any); ok && name == "" {
			name = ldString(it["name"])
		}
		p, ok := o["position"].(float64)
		if !ok {
			p = float64(i + 1)
		}
		if name != "" {
			ps = append(ps, pos{p, crumb{text: unescapeTitle(textutil.NormalizeSpace(name)), linked: o["item"] != nil}})
		}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].p < ps[j].p })
	out := make([]crumb, len(ps))
	for i, p := range ps {
		out[i] = p.c
	}
	return out
}
