package htmlx

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// PageSignals are the measurements classifyPage decides from.
type PageSignals struct {
	// From JSON-LD.
	LdTypes      map[string]bool
	LdNotFree    bool // isAccessibleForFree false on the page or a part
	LdFree       bool // isAccessibleForFree true, said explicitly
	OgType       string
	title        string
	H1           string
	VisibleWords int // words of visible text in <body>
	MainWords    int // words in the main area, outside nav/header/footer/aside
	LinkWords    int // of mainWords, the words inside links
	LinkedHeads  int // headings in the main area that are essentially a link
	MaxRun       int // words of the longest run of prose paragraphs
	MaxRunParas  int // paragraphs in that run
	Passwords    int // password inputs
	FormInputs   int // visible text-like inputs and textareas
	AddToCart    bool
	PriceMarkup  bool
	h1Linked     bool // the first <h1> is essentially a link
	// postBodies counts the elements marked as an article's or a post's
	// body (entry-content, post-body, itemprop=articleBody…) that hold
	// some text of their own.
	postBodies int
	Marker     bool   // a paywall box: marker class/id, visible, at most 80 words
	MarkerText string // text of the marker elements, lower case
	// body is the page's <body>; bodyText, its visible text in lower
	// case, is read from it when first asked for (bodyLower).
	body     *html.Node
	bodyText string
	bodyRead bool
	// bodyLen is the length of the text bodyLower joins: the visible
	// text nodes' bytes and a space after each (measurePage counts it).
	bodyLen int
}

// bodyLower returns the visible text of the body in lower case, the text
// nodes MeasurePage counts in the body joined by spaces and normalised.
func (s *PageSignals) bodyLower() string {
	if !s.bodyRead {
		s.bodyRead = true
		if s.body != nil {
			var b strings.Builder
			b.Grow(s.bodyLen) // the text nodes and their spaces, counted by the measure
			appendVisibleText(&b, s.body)
			s.bodyText = strings.ToLower(textutil.NormalizeSpace(b.String()))
		}
	}
	return s.bodyText
}

// appendVisibleText writes the text nodes under n that MeasurePage counts,
// each followed by a space.
func appendVisibleText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		b.WriteByte(' ')
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe:
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		appendVisibleText(b, c)
	}
}

// ClassifyPage gives the verdict on a parsed page, from the document and
// what the extractor already found in it. a.WordCount may not be filled in
// yet; the words of a.Body are counted here. The checks run in order: error,
// login and product pages; pages with no visible text; paywall teasers;
// form pages; lists; anything else is an article. Every verdict other than
// article needs the page to be short on prose, so that a real article with
// stray paywall markup, a related-links block or a comment form stays an
// article. pageURL is the address the caller gave (WithURL), read when the
// page names none of its own.
func ClassifyPage(doc *goquery.Document, a *model.Draft, pageURL string) model.PageKind {
	k, _ := classifyPageWhy(doc, a, pageURL, nil)
	return k
}

// ClassifyPageWhy is classifyPage with the reason for the verdict, a short
// phrase for tests and debugging.
func ClassifyPageWhy(doc *goquery.Document, a *model.Draft, pageURL string) (model.PageKind, string) {
	return classifyPageWhy(doc, a, pageURL, nil)
}

// classifyPageWhy is ClassifyPageWhy reading the page's JSON-LD through
// texts, the scripts the metadata walk decoded (nil: decode them).
func classifyPageWhy(doc *goquery.Document, a *model.Draft, pageURL string, texts jsonTexts) (model.PageKind, string) {
	if doc == nil || len(doc.Nodes) == 0 {
		return model.KindEmpty, "no document"
	}
	bodyWords := 0
	if a != nil {
		for _, b := range a.Body {
			if bodyWords += textutil.CountWords(b.Text); bodyWords >= longArticleWords {
				break // the count is not read past the bound (perf17)
			}
		}
	}
	if bodyWords >= longArticleWords {
		// Every verdict but article needs the page short on text: skip
		// the walk over the page.
		return model.KindArticle, "long body"
	}
	s := measurePage(doc.Nodes[0], texts)
	declared := s.declaresArticle()
	prose := s.MaxRun
	// An address shaped like one item's (see itemAddress) with some text of its
	// own: a short post, a video or photo post, not a list or a form.
	if a != nil && a.URL != "" {
		pageURL = a.URL
	}
	item := ItemAddress(pageURL) && max(prose, bodyWords) >= minArticleWords

	// Not an article: error pages, login pages, product pages.
	if s.isError(bodyWords) {
		return model.KindNotArticle, "error page"
	}
	if s.Passwords > 0 && prose < 120 && bodyWords < 250 && s.VisibleWords < 300 {
		return model.KindNotArticle, "password form"
	}
	if s.isProduct(declared, item) {
		return model.KindNotArticle, "product page"
	}

	// Empty: nothing to read at all.
	if s.VisibleWords < 25 && bodyWords < 25 {
		return model.KindEmpty, "no visible text"
	}

	if why := s.paywall(prose, bodyWords); why != "" {
		return model.KindPaywalled, why
	}

	// A page built around a form with hardly any prose (contact, sign-up).
	if s.FormInputs >= 3 && prose < 60 && bodyWords < 150 && s.VisibleWords < 150 && !declared && !item {
		return model.KindNotArticle, "form page"
	}

	// One marked post body, or several paragraphs under the page's own
	// heading: the page carries one item, however many links surround it.
	item = item || s.postBodies == 1 && bodyWords >= minArticleWords || s.ownHeadingBody(a, bodyWords)
	// The headline is the article's own text too: a brief of a headline
	// and two short paragraphs (its date line being metadata, not body)
	// says what it is with them.
	ownWords := bodyWords
	if a != nil {
		ownWords += textutil.CountWords(a.Headline)
	}
	if why := s.list(declared, item, prose, ownWords); why != "" {
		return model.KindList, why
	}
	if !declared && bodyWords < minArticleWords && prose < minArticleWords && s.MainWords < 60 {
		return model.KindEmpty, "no prose"
	}
	return model.KindArticle, "default"
}

// declaresArticle reports whether the page's metadata says it is an article.
func (s *PageSignals) declaresArticle() bool {
	for t := range s.LdTypes {
		if r := ldTypeRank[t]; r > 0 && r <= 3 {
			return true
		}
	}
	return s.OgType == "article"
}

var errorTitleRe = regexp.MustCompile(`(?i)\b(404|410|500)\b|page not found|not be found|no longer exists|страница не найдена|ошибка 404|seite nicht gefunden|seite existiert nicht|page introuvable|page non trouvée|página no encontrada|pagina non trovata|nie znaleziono`)

// isError reports an error page: its title or main heading says so and it
// has little text.
func (s *PageSignals) isError(bodyWords int) bool {
	if s.MaxRun >= 150 || bodyWords >= 200 {
		return false
	}
	h := s.H1
	if h == "" {
		h = s.title
	}
	if errorTitleRe.MatchString(h) {
		return true
	}
	return s.H1 != "" && errorTitleRe.MatchString(s.title) && s.MaxRun < 60
}

// isProduct reports a shop page. Review sites mark the product they review
// as og:type product too: a page with nothing to put in a cart and several
// paragraphs of prose under an item's address is a review, an article.
func (s *PageSignals) isProduct(declared, item bool) bool {
	if !s.AddToCart && (declared || item) && s.MaxRun >= 300 && s.MaxRunParas >= 3 {
		return false
	}
	if strings.HasPrefix(s.OgType, "product") {
		return true
	}
	ldProduct := s.LdTypes["product"] || s.LdTypes["productgroup"] || s.LdTypes["offer"] || s.LdTypes["aggregateoffer"]
	if ldProduct && !declared {
		return true
	}
	// A review may mark up the product it reviews: it takes a price and a
	// cart button as well, and no long prose.
	return s.AddToCart && (s.PriceMarkup || ldProduct) && s.MaxRun < 200 && s.VisibleWords < 600
}

// ownHeadingBody reports an article body under the page's own heading: the
// first <h1> is not a link and is the headline, and the extracted body has
// at least 100 words in three paragraphs or more. What an extractor takes
// from a list is a teaser or two under a section name.
func (s *PageSignals) ownHeadingBody(a *model.Draft, bodyWords int) bool {
	if a == nil || bodyWords < 100 || s.H1 == "" || s.h1Linked || !strings.EqualFold(s.H1, a.Headline) {
		return false
	}
	paras := 0
	for _, b := range a.Body {
		if b.Type == model.Paragraph && textutil.CountWords(b.Text) >= 8 {
			paras++
		}
	}
	return paras >= 3
}

// postBodyClasses are the class names CMSs give the element that holds an
// article's or a blog post's text: hAtom's entry-content (WordPress and
// most blog themes), Blogger's post-body, and the common article-body
// forms.
var postBodyClasses = map[string]bool{
	"entry-content": true, "post-body": true, "entry-body": true, "post-content": true,
	"article-body": true, "articlebody": true, "story-body": true, "article-content": true,
}

// isPostBody reports an element marked as a post's or an article's body,
// by class (in the lower-case list cls) or itemprop=articleBody.
func isPostBody(n *html.Node, cls string) bool {
	if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		return true
	}
	if !strings.Contains(cls, "-") && !strings.Contains(cls, "body") {
		return false
	}
	for i := 0; ; {
		var c string
		if c, i = textutil.NextField(cls, i); c == "" {
			return false
		}
		if postBodyClasses[c] {
			return true
		}
	}
}

// insidePostBody reports whether an ancestor of n is a post body: themes
// nest entry-body in entry-content, and the two make one body.
func insidePostBody(n *html.Node) bool {
	var buf [256]byte
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && isPostBody(p, textutil.LowerJoin(buf[:], attr(p, "class"))) {
			return true
		}
	}
	return false
}

// list says why the page is a section front, home page, tag page or search
// results, or "". item is true for a page under an item's address.
func (s *PageSignals) list(declared, item bool, prose, bodyWords int) string {
	ldList := s.LdTypes["collectionpage"] || s.LdTypes["itemlist"] || s.LdTypes["searchresultspage"]
	if ldList && !declared && prose < 150 {
		return "JSON-LD list type"
	}
	// A page that says it is an article, or has an article's address, is
	// a list only when it has next to no text outside links.
	if (declared || item) && (max(prose, bodyWords) >= 40 || s.MainWords-s.LinkWords >= 100) {
		return ""
	}
	// The extractor found a body of some length: not a list.
	if bodyWords >= 200 {
		return ""
	}
	density := 0.0
	if s.MainWords > 0 {
		density = float64(s.LinkWords) / float64(s.MainWords)
	}
	switch {
	case s.LinkedHeads >= 6 && prose < 40:
		return "linked headings, no prose"
	case s.LinkedHeads >= 6 && prose < 120 && s.MaxRunParas <= 1:
		return "linked headings, single-paragraph runs"
	case s.LinkedHeads >= 4 && density > 0.5 && prose < 80:
		return "linked headings, link density"
	case density > 0.6 && s.MainWords >= 60 && prose < 50 && bodyWords < 80:
		return "link density"
	}
	return ""
}

// ReadJSONLD records the types and access flags of every object in one
// JSON-LD script.
func (s *PageSignals) ReadJSONLD(src string) {
	s.readJSONLD(src, nil)
}

// readJSONLD is ReadJSONLD decoding through the page's cache of decoded
// scripts.
func (s *PageSignals) readJSONLD(src string, texts jsonTexts) {
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<!--"), "-->")
	v, ok := texts.unmarshalLenient(src)
	if !ok {
		return
	}
	var visit func(v any, depth int, part bool)
	visit = func(v any, depth int, part bool) {
		if depth > 12 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1, part)
			}
		case map[string]any:
			if !part {
				for _, t := range ldTypeNames(x["@type"]) {
					s.LdTypes[t] = true
				}
			}
			if f, ok := ldBool(x["isAccessibleForFree"]); ok {
				if !f {
					s.LdNotFree = true
				} else if !part {
					s.LdFree = true
				}
			}
			for k, e := range x {
				switch k {
				case "@graph", "mainEntity", "mainEntityOfPage":
					visit(e, depth+1, part)
				case "hasPart":
					visit(e, depth+1, true)
				case "offers", "itemOffered":
					visit(e, depth+1, part)
				}
			}
		}
	}
	visit(v, 0, false)
}

func ldTypeNames(v any) []string {
	var out []string
	switch t := v.(type) {
	case string:
		out = append(out, strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")))
	case []any:
		for _, e := range t {
			out = append(out, ldTypeNames(e)...)
		}
	}
	return out
}

// ldBool reads a schema.org boolean given as a JSON boolean or a string
// ("False", "false", "True").
func ldBool(v any) (bool, bool) {
	switch t := v.(type) {
	case bool:
		return t, true
	case string:
		switch strings.ToLower(strings.TrimSpace(t)) {
		case "false", "https://schema.org/false", "http://schema.org/false":
			return false, true
		case "true", "https://schema.org/true", "http://schema.org/true":
			return true, true
		}
	}
	return false, false
}

// isHeadingAtom reports h1 to h6.
func isHeadingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// minArticleWords is the least body text an undeclared page needs to be an
// article rather than an empty shell: a headline and a one-sentence brief
// are an article; a "please enable JavaScript" notice is not.
const minArticleWords = 15

// longArticleWords is the body length from which a page is an article
// whatever else it shows: every other verdict requires less text (a
// teaser under 400 words, a product page under 600 visible words).
const longArticleWords = 600

// ItemAddress reports whether u has the shape of one item's address, an article
// or a post, rather than a section's, a tag's or a search's: the
// conventions of news and blog CMSs put a slug of three or more words in
// the last segment (/2012/07/21/weekly-address-remembering-victims,
// /article/139287/fall-fashion-trends, /overview/acura_rlx_2014), or a date
// followed by a segment (/2011/07/velvet-shine/). Paths through tag,
// category, topic, author, search, archive and page segments are lists
// whatever follows.
func ItemAddress(u string) bool {
	if u == "" {
		return false
	}
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	var segs []string
	for _, seg := range strings.Split(strings.ToLower(p.Path), "/") {
		if seg == "" {
			continue
		}
		if listURLSegments[seg] {
			return false
		}
		segs = append(segs, seg)
	}
	if len(segs) == 0 {
		return false
	}
	last := segs[len(segs)-1]
	if i := strings.LastIndexByte(last, '.'); i > 0 {
		last = last[:i] // story.html, post.php
	}
	words, lettered := 0, 0
	for _, w := range strings.FieldsFunc(last, func(r rune) bool { return r == '-' || r == '_' || r == '+' }) {
		words++
		if strings.ContainsFunc(w, unicode.IsLetter) {
			lettered++
		}
	}
	if words >= 3 && lettered >= 2 {
		return true
	}
	// A year and a month, then something more.
	for i := 0; i+2 < len(segs); i++ {
		if len(segs[i]) == 4 && (strings.HasPrefix(segs[i], "19") || strings.HasPrefix(segs[i], "20")) && allDigits(segs[i]) &&
			len(segs[i+1]) <= 2 && allDigits(segs[i+1]) && !allDigits(last) {
			return true
		}
	}
	return false
}

// listURLSegments are path segments under which CMSs serve lists.
var listURLSegments = map[string]bool{
	"tag": true, "tags": true, "category": true, "categories": true, "topic": true, "topics": true,
	"author": true, "authors": true, "search": true, "archive": true, "archives": true, "page": true,
	"label": true, "section": true, "sections": true, "feed": true, "feeds": true,
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
