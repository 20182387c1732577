package htmlx

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/articlekit/article/internal/model"

	"github.com/articlekit/article/internal/textutil"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// PageMeta is everything a page says about itself outside the article text,
// gathered in one walk over the document and combined field by field later
// (see buildMeta).
type PageMeta struct {
	// jsonTexts are the page's JSON-LD scripts, decoded once for the
	// metadata walk and the page kind's measure.
	jsonTexts jsonTexts
	// near caches headlineReach's answer for the span it was asked about.
	near      headReach
	Lang      string
	base      string
	Canonical string
	title     string   // <title>
	h1s       []string // text of every <h1>, in order
	h2s       []string // text of the first <h2> elements
	// metas maps a lower-cased meta name, property or http-equiv to its
	// values in document order.
	metas map[string][]string
	// ld holds the article-like JSON-LD objects, best first.
	ld []ldArticle
	// micro holds what itemprop attributes of an Article-typed item say.
	micro microdata
	// times are the datetime attributes of <time> elements, pubdate first.
	times []string
	// relAuthors are the rel=author links.
	relAuthors []model.Author
	// relTags are the texts of rel="tag" links outside comments and
	// related articles.
	relTags []string
	// bylines holds the text of elements whose class or id names a byline
	// or an author.
	bylines []string
	// bylineAt is the offset in text of each byline of bylines.
	bylineAt []int
	// credits holds the text of paragraphs and headings that are a
	// byline and nothing else ("<p><em>Von Anna Muster</em></p>"),
	// outside comments and related articles, the first few.
	credits []string
	// authorBox is the name set as the heading of the first box about
	// the author ("<div class="author-bio"><h3>Anna Muster</h3>…"), or "".
	authorBox string
	// dateTexts holds the text of elements whose class or id names a
	// publication date, dateAt the offset in text of each.
	dateTexts []string
	dateAt    []int
	// subheads holds the text of the first <h2> and <h3> elements,
	// subheadAt the offset in text of each: where a blog prints a post's
	// headline under the site's name set as <h1>.
	subheads  []string
	subheadAt []int
	// titled holds the text of elements whose class or id names the
	// article's headline ("headline", "entry-title"), the first few.
	titled []string
	// headAt and headEnd bound the chosen headline in text (-1 when it
	// is not found there); chooseTitle sets them.
	headAt, headEnd int
	// scripts are the page's scripts that have text, in document order,
	// searched for dates only when no better source gives one
	// (scriptDateValues).
	scripts []*html.Node
	// Text is the visible text of the page in document order (capped), and
	// h1At the offset in it of each <h1> of h1s.
	text  string
	h1At  []int
	h1End []int
	// h1Home marks the <h1>s of h1s that are a link to the site's home
	// page: the site's name set as a heading, not the article's.
	h1Home []bool
	// h1Kicker holds, for each <h1> of h1s, the text of an element that
	// opens it ahead of further text (a kicker, a hidden label), or "".
	h1Kicker []string
	// ups caches updatedDates' lists (meta19_updated.go).
	ups updatedCache
	// order is the day and month order of the page's numeric dates,
	// worked out once (orderDone) by dateOrder.
	order     numericOrder
	orderDone bool
}

// metaWalker carries the state of the metadata walk.
type metaWalker struct {
	m *PageMeta
	// scopes is the stack of itemtype values of open itemscope elements,
	// scopeNodes the elements.
	scopes     []string
	scopeNodes []*html.Node
	// authorItem is the article item the first microdata author was read
	// in: the authors of other article items on the page (a list of
	// posts) are not this article's.
	authorItem *html.Node
	authorSeen bool
	// person is the author being filled from an itemscope author item, or
	// -1.
	person int
	// publisher is true inside an itemprop=publisher item.
	publisher int
	// Text gathers the page's visible text.
	text pageText
	// elsewhere counts the open comment and related-article blocks: the
	// dates and bylines inside them are not the article's.
	elsewhere int
	// styles are the page's style sheets that have text: nothing reads
	// them, and collectMeta lets their text go.
	styles []*html.Node
	// ciBuf holds the lower-cased class and id hints reads, reused from
	// element to element: a buffer of its own would reach the heap (the
	// string goes to titleClass, which splits it) and cost an allocation
	// per element with a class.
	ciBuf []byte
}

// ElsewhereHints mark, in a class or id, a block of comments or of other
// articles (related, recommended, most read), whose dates and bylines are
// not the article's.
var ElsewhereHints = []string{"comment", "related", "recommend", "most-read", "mostread", "popular", "more-stories", "outbrain", "taboola", "discussion"}

// elsewhereHintSet indexes elsewhereHints.
var elsewhereHintSet = textutil.NewWordSet(ElsewhereHints)

// isElsewhere reports whether n is a comments or related-articles block.
func isElsewhere(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Aside:
		return !isMetaAside(attr(n, "class"))
	case atom.Body, atom.Html:
		// The whole page: CMSs put the page's own slug in its classes
		// (Drupal's "page-rhapsody-android-updated-personalized-
		// recommendations"), which may hold any hint.
		return false
	}
	return elsewhereNamed(attr(n, "class"), attr(n, "id"))
}

// elsewhereNamed is isElsewhere's test of an element's class and id (an
// element other than <aside>, <body> and <html>).
func elsewhereNamed(cls, id string) bool {
	if len(cls)+len(id) < 4 {
		return false
	}
	// Most classes hold no hint: tell so without lowering them (no hint
	// holds a space, so none is found across the join of cls and id).
	if found, ascii := elsewhereHintSet.InFold(cls); !found && ascii {
		if found, ascii = elsewhereHintSet.InFold(id); !found && ascii {
			return false
		}
	}
	var buf [256]byte
	ci := textutil.LowerJoin(buf[:], cls, id)
	if !elsewhereHintSet.In(ci) {
		return false
	}
	ci = strings.ReplaceAll(ci, "commentary", "") // an opinion piece, not its comments
	for _, h := range ElsewhereHints {
		for off := 0; ; {
			i := strings.Index(ci[off:], h)
			if i < 0 {
				break
			}
			if !inTaxonomyClass(ci, off+i) {
				return true
			}
			off += i + len(h)
		}
	}
	return false
}

// inTaxonomyClass reports whether position i of a class list falls in a
// class that names a category or tag of the post ("category-popular",
// "tag-comments"), as blog software sets on the article itself.
func inTaxonomyClass(ci string, i int) bool {
	start := strings.LastIndexByte(ci[:i], ' ') + 1
	tok := ci[start:]
	return strings.HasPrefix(tok, "category-") || strings.HasPrefix(tok, "tag-")
}

// metaAsideClasses are the class names of an <aside> that holds the
// article's own byline and date ("<aside class="meta">Von: …</aside>").
var metaAsideClasses = map[string]bool{"meta": true, "entry-meta": true, "post-meta": true, "article-meta": true, "author": true, "byline": true}

// isMetaAside reports whether an <aside> with class cls holds the
// article's byline rather than other content; a sidebar widget does not.
func isMetaAside(cls string) bool {
	if strings.Contains(cls, "widget") {
		return false
	}
	for c := range strings.FieldsSeq(cls) {
		if metaAsideClasses[c] {
			return true
		}
	}
	return false
}

// scriptDateValues returns the date values found under publication keys in
// the page's scripts (page state that is not valid JSON-LD): those of each
// script in turn until eight are found.
func (m *PageMeta) scriptDateValues() []string {
	var out []string
	for _, n := range m.scripts {
		if len(out) >= 8 {
			break
		}
		out = ScriptDates(n.FirstChild.Data, out)
	}
	return out
}

// release drops what the metadata choice alone needs: the page text, and
// the text of the scripts other than JSON-LD (which the page's kind is
// read from), so that the memory can go while the content is extracted.
func (m *PageMeta) release() {
	m.text = ""
	for _, n := range m.scripts {
		if !strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				c.Data = ""
			}
		}
	}
	m.scripts = nil
}

// maxPageText caps the page text kept for the date search.
const maxPageText = 200000

// collectMeta walks the page once for what its metadata choice reads, and
// its text. size is the length of the page's HTML, which sizes the text's
// buffer when no earlier page left one (pageText).
func collectMeta(root *html.Node, size int) *PageMeta {
	m := &PageMeta{metas: map[string][]string{}, jsonTexts: jsonTexts{}}
	w := &metaWalker{m: m, person: -1, publisher: -1}
	w.text.start(size)
	w.walk(root, 0)
	m.text = w.text.String()
	// No step reads a style sheet: let the memory go now.
	for _, n := range w.styles {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			c.Data = ""
		}
	}
	return m
}

func (w *metaWalker) walk(n *html.Node, depth int) {
	if n.Type == html.TextNode {
		if w.text.Len() < maxPageText && w.elsewhere == 0 {
			w.text.WriteString(n.Data)
			w.text.writeByte('\n')
		}
		return
	}
	if n.Type != html.ElementNode && n.Type != html.DocumentNode {
		return
	}
	person, publisher := w.person, w.publisher
	popScope, elsewhere := false, false
	if n.Type == html.ElementNode {
		if depth > 400 {
			return
		}
		na := readNames(n)
		if elsewhere = elsewhereOf(n, na.class, na.id); elsewhere {
			w.elsewhere++
		}
		if w.element(n, &na) {
			if elsewhere {
				w.elsewhere--
			}
			return // the element was read whole
		}
		if na.itemscope {
			w.scopes = append(w.scopes, strings.ToLower(attr(n, "itemtype")))
			w.scopeNodes = append(w.scopeNodes, n)
			popScope = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1)
	}
	if n.DataAtom == atom.H1 && len(w.m.h1End) < len(w.m.h1At) {
		w.m.h1End = append(w.m.h1End, w.text.Len())
	}
	w.person, w.publisher = person, publisher
	if elsewhere {
		w.elsewhere--
	}
	if popScope {
		w.scopes = w.scopes[:len(w.scopes)-1]
		w.scopeNodes = w.scopeNodes[:len(w.scopeNodes)-1]
	}
}

// ownAuthor reports whether an author read now belongs to the same article
// item as the first author read (true for the first).
func (w *metaWalker) ownAuthor() bool {
	var item *html.Node
	for i := len(w.scopes) - 1; i >= 0; i-- {
		if w.scopes[i] != "" {
			item = w.scopeNodes[i]
			break
		}
	}
	if !w.authorSeen {
		w.authorItem, w.authorSeen = item, true
		return true
	}
	return item == w.authorItem
}

// articleScope reports whether the innermost item is an article (or there is
// no typed item at all, which pages with loose itemprops rely on).
func (w *metaWalker) articleScope() bool {
	for i := len(w.scopes) - 1; i >= 0; i-- {
		t := w.scopes[i]
		if t == "" {
			continue
		}
		return strings.Contains(t, "article") || strings.Contains(t, "posting") || strings.Contains(t, "webpage") || strings.Contains(t, "report")
	}
	return true
}

// element reads the metadata n carries and reports whether its subtree has
// been consumed.
func (w *metaWalker) element(n *html.Node, na *elementNames) bool {
	m := w.m
	switch n.DataAtom {
	case atom.Html:
		if m.Lang == "" {
			m.Lang = attr(n, "lang")
			if m.Lang == "" {
				m.Lang = attr(n, "xml:lang")
			}
		}
	case atom.Base:
		if m.base == "" {
			m.base = attr(n, "href")
		}
	case atom.Title:
		if m.title == "" && !w.inSVG(n) {
			m.title = nodeText(n)
		}
		return true
	case atom.Meta:
		w.meta(n)
	case atom.Link:
		rel := strings.ToLower(attr(n, "rel"))
		if hasToken(rel, "canonical") && m.Canonical == "" {
			m.Canonical = attr(n, "href")
		}
		if hasToken(rel, "author") {
			m.relAuthors = append(m.relAuthors, model.Author{URL: attr(n, "href")})
		}
	case atom.Script:
		if n.FirstChild != nil {
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				m.ld = append(m.ld, parseJSONLD(n.FirstChild.Data, m.jsonTexts)...)
			}
			m.scripts = append(m.scripts, n)
		}
		return true
	case atom.Style:
		if n.FirstChild != nil {
			w.styles = append(w.styles, n)
		}
		return true
	case atom.Noscript, atom.Template, atom.Svg:
		return true
	case atom.H1:
		if t := nodeText(n); t != "" {
			m.h1At = append(m.h1At, w.text.Len())
			m.h1s = append(m.h1s, t)
			m.h1Home = append(m.h1Home, isHomeHeading(n))
			m.h1Kicker = append(m.h1Kicker, headingKicker(n))
		}
	case atom.H2:
		if len(m.h2s) < 10 {
			if t := nodeText(n); t != "" {
				m.h2s = append(m.h2s, t)
			}
		}
		w.subhead(n)
		w.credit(n)
	case atom.H3:
		w.subhead(n)
		w.credit(n)
	case atom.P, atom.H4, atom.H5, atom.H6:
		w.credit(n)
	case atom.Time:
		if dt := attr(n, "datetime"); dt != "" && w.elsewhere == 0 {
			if hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
				m.times = append([]string{dt}, m.times...)
			} else {
				m.times = append(m.times, dt)
			}
		}
	case atom.A:
		if rel := strings.ToLower(attr(n, "rel")); hasToken(rel, "tag") && !hasToken(rel, "category") && w.elsewhere == 0 {
			// rel="tag" (the rel-tag microformat; WordPress's post
			// tags): the post's tags, keywords when the page gives
			// none in metadata. rel="category tag" is its category.
			if t := nodeText(n); t != "" && len(t) <= 60 {
				m.relTags = append(m.relTags, t)
			}
		}
		if hasToken(strings.ToLower(attr(n, "rel")), "author") {
			if t := nodeText(n); t != "" {
				if profileLabel(t) {
					t = nameBeforeProfile(n) // author_profile.go
				}
				m.relAuthors = append(m.relAuthors, model.Author{Name: t, URL: attr(n, "href")})
			}
		}
	}
	w.hints(n, na)
	if ip := na.itemprop; ip != "" {
		return w.itemprop(n, ip)
	}
	return false
}

func (w *metaWalker) inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

func (w *metaWalker) meta(n *html.Node) {
	content, ok := "", false
	for _, a := range n.Attr {
		if a.Key == "content" {
			content, ok = a.Val, true
		}
	}
	if !ok {
		return
	}
	content = strings.TrimSpace(content)
	if content == "" {
		return
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "name", "property", "http-equiv":
			for k := range strings.FieldsSeq(strings.ToLower(a.Val)) {
				w.m.metas[k] = append(w.m.metas[k], content)
			}
		case "itemprop":
			if w.articleScope() || w.person >= 0 {
				w.itemValue(strings.ToLower(a.Val), content, n)
			}
		}
	}
}

// HintWordSet holds every word hints looks for: a class and id with none
// of them name no byline nor date line.
var HintWordSet = newTriSet(hintWords)

var hintWords = []string{"byline", "author", "autor", "writer", "username", "date", "time", "publish", "posted",
	"meta", "datum", "fecha", "info"}

// MayNameTitle reports whether a lower-cased class and id ci, with its
// hyphens and underscores dropped, holds "head" or "title": every name
// titleClass looks for does (TestMayNameTitle checks it), so that the
// elements of other classes skip its split of ci into words.
func MayNameTitle(ci string) bool {
	var buf [256]byte
	b := buf[:0]
	for i := 0; i < len(ci); i++ {
		if c := ci[i]; c != '-' && c != '_' {
			b = append(b, c)
		}
	}
	return bytes.Contains(b, []byte("head")) || bytes.Contains(b, []byte("title"))
}

// MayHint reports whether one of the class, id or data-testid hints joins
// into ci may make hints do anything: hold a word of hintWordSet or pass
// MayNameTitle once lowered (neither test finds a word across the spaces
// that join them). It errs towards true: a part with a byte outside ASCII
// passes.
func MayHint(part string) bool {
	// Every test answers true alone: a byte outside ASCII or a hint word,
	// ASCII case aside, found by hintWordFold's skipping search (perf21;
	// perf17 made both in one pass with the next test, looking at every
	// place by its three bytes, which took longer); "head" or "title"
	// once hyphens and underscores are dropped, read from the last five
	// bytes kept.
	if len(part) > 256 {
		return true
	}
	if found, ascii := hintWordFold.InFold(part); found || !ascii {
		return true
	}
	const head = uint64('h')<<24 | uint64('e')<<16 | uint64('a')<<8 | uint64('d')
	const title = uint64('t')<<32 | uint64('i')<<24 | uint64('t')<<16 | uint64('l')<<8 | uint64('e')
	var last uint64
	for i := 0; i < len(part); i++ {
		c := part[i]
		if c == '-' || c == '_' {
			continue
		}
		last = last<<8 | uint64(foldASCII[c])
		if last&0xffffffff == head || last&0xffffffffff == title {
			return true
		}
	}
	return false
}

// hintWordFold holds hintWords for MayHint's search.
var hintWordFold = textutil.NewWordSet(hintWords)

// hints records bylines and date lines named by class or id.
func (w *metaWalker) hints(n *html.Node, na *elementNames) {
	if w.elsewhere > 0 {
		return
	}
	cls, id, tid := na.class, na.id, na.testid
	if n.Data != "byline" && n.Data != "address" && !MayHint(cls) && !MayHint(id) && !MayHint(tid) {
		return // below, ci could neither name the headline nor hold a hint word
	}
	if w.ciBuf == nil {
		w.ciBuf = make([]byte, 256)
	}
	// ci shares ciBuf's memory: nothing below keeps it.
	ci := textutil.LowerJoin(w.ciBuf, cls, id, tid)
	if MayNameTitle(ci) {
		w.titleClass(n, ci)
	}
	// <address> (the contact of the article's author, by the HTML
	// standard) and the non-standard <byline> element are bylines.
	// An <address> that holds a postal address or a phone number is a
	// contact, not a byline.
	if n.Data == "byline" || n.Data == "address" && isBylineAddress(nodeText(n)) {
		ci += " byline"
	}
	if len(ci) < 4 || !HintWordSet.In(ci) {
		return
	}
	if w.m.authorBox == "" && (strings.Contains(ci, "author") || strings.Contains(ci, "autor")) &&
		(strings.Contains(ci, "bio") || strings.Contains(ci, "box") || strings.Contains(ci, "about")) {
		w.m.authorBox = boxHeading(n)
	}
	if len(w.m.dateTexts) < 8 && strings.Contains(ci, "byline") {
		if t := shortNodeText(n, 200, false); t != "" {
			w.m.dateTexts = append(w.m.dateTexts, t)
			w.m.dateAt = append(w.m.dateAt, w.text.Len())
		}
	}
	switch {
	case len(w.m.bylines) < 8 && (strings.Contains(ci, "byline") || strings.Contains(ci, "author") || strings.Contains(ci, "autor") || strings.Contains(ci, "writer") || strings.Contains(ci, "username")) &&
		!strings.Contains(ci, "bio") && !strings.Contains(ci, "avatar") && !strings.Contains(ci, "comment") &&
		!strings.Contains(ci, "image") && !strings.Contains(ci, "photo"): // a picture's credit line is not the article's byline
		if t := shortNodeText(n, 200, true); t != "" {
			w.m.bylines = append(w.m.bylines, t)
			w.m.bylineAt = append(w.m.bylineAt, w.text.Len())
		}
	case len(w.m.dateTexts) < 8 && (strings.Contains(ci, "date") || strings.Contains(ci, "time") || strings.Contains(ci, "publish") || strings.Contains(ci, "posted") ||
		strings.Contains(ci, "meta") || strings.Contains(ci, "datum") || strings.Contains(ci, "fecha") || strings.Contains(ci, "byline") || strings.Contains(ci, "info")) &&
		!strings.Contains(ci, "update") && !strings.Contains(ci, "comment"):
		if t := shortNodeText(n, 200, false); t != "" {
			w.m.dateTexts = append(w.m.dateTexts, t)
			w.m.dateAt = append(w.m.dateAt, w.text.Len())
		}
	}
}

// credit records n's text when it is a byline and nothing else: "Von"
// or "By" (and the like) and a name of two to four capitalised words.
func (w *metaWalker) credit(n *html.Node) {
	if w.elsewhere > 0 || len(w.m.credits) >= 4 {
		return
	}
	// Cheap test first: the first text must open with a byline word.
	c := n.FirstChild
	for c != nil && (c.Type == html.ElementNode && c.FirstChild != nil || c.Type == html.TextNode && strings.TrimSpace(c.Data) == "") {
		if c.Type == html.ElementNode {
			c = c.FirstChild
		} else {
			c = c.NextSibling
		}
	}
	if c == nil || c.Type != html.TextNode || !creditLineStart(c.Data) {
		return
	}
	if t := nodeText(n); len(t) < 80 && reCreditLine.MatchString(t) && nameShaped(strings.Join(strings.Fields(t)[1:], " ")) {
		w.m.credits = append(w.m.credits, t)
	}
}

// creditLabels open a credit line: "Von", "By", "Par", "Por", "Door".
var creditLabels = []string{"Von", "VON", "By", "BY", "Par", "Por", "Door"}

// creditLineStart reports whether s opens a credit line as the pattern
// `^\s*(?:Von|VON|By|BY|Par|Por|Door)\b` says, without running it on the
// first text of every paragraph and heading: ASCII white space (the
// pattern's \s), a label, then the end or a byte that is no ASCII letter,
// digit or underscore (its \b).
func creditLineStart(s string) bool {
	s = strings.TrimLeft(s, "\t\n\f\r ")
	for _, w := range creditLabels {
		if strings.HasPrefix(s, w) && (len(s) == len(w) || !isWordByte(s[len(w)])) {
			return true
		}
	}
	return false
}

// isWordByte reports whether c is a word character of regexp's \b.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

var (
	// reCreditLine matches a credit line whole.
	reCreditLine = regexp.MustCompile(`^(?:Von|VON|By|BY|Par|Por|Door)\s+\p{Lu}[\p{L}'’.-]+(?:\s+(?:von\s+|van\s+|de\s+|der\s+)?\p{Lu}[\p{L}'’.-]+){1,3}$`)
)
