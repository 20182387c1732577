package article

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// PageKind is the verdict on what a page is: an article, or one of the kinds
// of page an extractor should not present as one.
type PageKind string

// The page verdicts.
const (
	// KindArticle is a page whose main content is one article.
	KindArticle PageKind = "article"
	// KindList is a page that lists articles rather than carrying one: a
	// section front, a home page, search results, a tag page.
	KindList PageKind = "list"
	// KindEmpty is a page with no text of its own, typically a JavaScript
	// application shell whose content is rendered in the browser.
	KindEmpty PageKind = "empty"
	// KindPaywalled is a teaser: the page says the article is not free
	// (JSON-LD isAccessibleForFree false, paywall markers, a "subscribe to
	// continue reading" box) or its text stops short under such a marker.
	KindPaywalled PageKind = "paywalled"
	// KindNotArticle is a page that is neither an article nor a list of
	// them: a product page, a login or registration page, an error page, a
	// contact form.
	KindNotArticle PageKind = "not-article"
)

// pageSignals are the measurements classifyPage decides from.
type pageSignals struct {
	// From JSON-LD.
	ldTypes      map[string]bool
	ldNotFree    bool // isAccessibleForFree false on the page or a part
	ldFree       bool // isAccessibleForFree true, said explicitly
	ogType       string
	title        string
	h1           string
	visibleWords int // words of visible text in <body>
	mainWords    int // words in the main area, outside nav/header/footer/aside
	linkWords    int // of mainWords, the words inside links
	linkedHeads  int // headings in the main area that are essentially a link
	maxRun       int // words of the longest run of prose paragraphs
	maxRunParas  int // paragraphs in that run
	passwords    int // password inputs
	formInputs   int // visible text-like inputs and textareas
	addToCart    bool
	priceMarkup  bool
	h1Linked     bool // the first <h1> is essentially a link
	// postBodies counts the elements marked as an article's or a post's
	// body (entry-content, post-body, itemprop=articleBody…) that hold
	// some text of their own.
	postBodies int
	marker     bool   // a paywall box: marker class/id, visible, at most 80 words
	markerText string // text of the marker elements, lower case
	// body is the page's <body>; bodyText, its visible text in lower
	// case, is read from it when first asked for (bodyLower).
	body     *html.Node
	bodyText string
	bodyRead bool
}

// bodyLower returns the visible text of the body in lower case, the text
// nodes measureBody counts joined by spaces and normalised.
func (s *pageSignals) bodyLower() string {
	if !s.bodyRead {
		s.bodyRead = true
		if s.body != nil {
			var b strings.Builder
			appendVisibleText(&b, s.body)
			s.bodyText = strings.ToLower(normalizeSpace(b.String()))
		}
	}
	return s.bodyText
}

// appendVisibleText writes the text nodes under n that measureBody counts,
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

// classifyPage gives the verdict on a parsed page, from the document and
// what the extractor already found in it. a.WordCount may not be filled in
// yet; the words of a.Body are counted here. The checks run in order: error,
// login and product pages; pages with no visible text; paywall teasers;
// form pages; lists; anything else is an article. Every verdict other than
// article needs the page to be short on prose, so that a real article with
// stray paywall markup, a related-links block or a comment form stays an
// article. pageURL is the address the caller gave (WithURL), read when the
// page names none of its own.
func classifyPage(doc *goquery.Document, a *Article, pageURL string) PageKind {
	k, _ := classifyPageWhy(doc, a, pageURL)
	return k
}

// classifyPageWhy is classifyPage with the reason for the verdict, a short
// phrase for tests and debugging.
func classifyPageWhy(doc *goquery.Document, a *Article, pageURL string) (PageKind, string) {
	if doc == nil || len(doc.Nodes) == 0 {
		return KindEmpty, "no document"
	}
	bodyWords := 0
	if a != nil {
		for _, b := range a.Body {
			bodyWords += countWords(b.Text)
		}
	}
	if bodyWords >= longArticleWords {
		// Every verdict but article needs the page short on text: skip
		// the walk over the page.
		return KindArticle, "long body"
	}
	s := measurePage(doc.Nodes[0])
	declared := s.declaresArticle()
	prose := s.maxRun
	// An address shaped like one item's (see itemAddress) with some text of its
	// own: a short post, a video or photo post, not a list or a form.
	if a != nil && a.URL != "" {
		pageURL = a.URL
	}
	item := itemAddress(pageURL) && max(prose, bodyWords) >= minArticleWords

	// Not an article: error pages, login pages, product pages.
	if s.isError(bodyWords) {
		return KindNotArticle, "error page"
	}
	if s.passwords > 0 && prose < 120 && bodyWords < 250 && s.visibleWords < 300 {
		return KindNotArticle, "password form"
	}
	if s.isProduct(declared, item) {
		return KindNotArticle, "product page"
	}

	// Empty: nothing to read at all.
	if s.visibleWords < 25 && bodyWords < 25 {
		return KindEmpty, "no visible text"
	}

	if why := s.paywall(prose, bodyWords); why != "" {
		return KindPaywalled, why
	}

	// A page built around a form with hardly any prose (contact, sign-up).
	if s.formInputs >= 3 && prose < 60 && bodyWords < 150 && s.visibleWords < 150 && !declared && !item {
		return KindNotArticle, "form page"
	}

	// One marked post body, or several paragraphs under the page's own
	// heading: the page carries one item, however many links surround it.
	item = item || s.postBodies == 1 && bodyWords >= minArticleWords || s.ownHeadingBody(a, bodyWords)
	if why := s.list(declared, item, prose, bodyWords); why != "" {
		return KindList, why
	}
	if !declared && bodyWords < minArticleWords && prose < minArticleWords && s.mainWords < 60 {
		return KindEmpty, "no prose"
	}
	return KindArticle, "default"
}

// declaresArticle reports whether the page's metadata says it is an article.
func (s *pageSignals) declaresArticle() bool {
	for t := range s.ldTypes {
		if r := ldTypeRank[t]; r > 0 && r <= 3 {
			return true
		}
	}
	return s.ogType == "article"
}

var errorTitleRe = regexp.MustCompile(`(?i)\b(404|410|500)\b|page not found|not be found|no longer exists|страница не найдена|ошибка 404|seite nicht gefunden|seite existiert nicht|page introuvable|page non trouvée|página no encontrada|pagina non trovata|nie znaleziono`)

// isError reports an error page: its title or main heading says so and it
// has little text.
func (s *pageSignals) isError(bodyWords int) bool {
	if s.maxRun >= 150 || bodyWords >= 200 {
		return false
	}
	h := s.h1
	if h == "" {
		h = s.title
	}
	if errorTitleRe.MatchString(h) {
		return true
	}
	return s.h1 != "" && errorTitleRe.MatchString(s.title) && s.maxRun < 60
}

// isProduct reports a shop page. Review sites mark the product they review
// as og:type product too: a page with nothing to put in a cart and several
// paragraphs of prose under an item's address is a review, an article.
func (s *pageSignals) isProduct(declared, item bool) bool {
	if !s.addToCart && (declared || item) && s.maxRun >= 300 && s.maxRunParas >= 3 {
		return false
	}
	if strings.HasPrefix(s.ogType, "product") {
		return true
	}
	ldProduct := s.ldTypes["product"] || s.ldTypes["productgroup"] || s.ldTypes["offer"] || s.ldTypes["aggregateoffer"]
	if ldProduct && !declared {
		return true
	}
	// A review may mark up the product it reviews: it takes a price and a
	// cart button as well, and no long prose.
	return s.addToCart && (s.priceMarkup || ldProduct) && s.maxRun < 200 && s.visibleWords < 600
}

var (
	// strongPaywallText is what a paywall box says, in the languages the
	// library reads.
	strongPaywallText = []string{
		"subscribe to continue reading", "subscribe to read the full", "subscribe to keep reading",
		"subscribe to read more", "this article is for subscribers", "this article is only available to subscribers",
		"this content is for subscribers", "available to subscribers only", "continue reading with a subscription",
		"to continue reading, subscribe", "to read the full article, subscribe", "become a subscriber to read",
		"this story is for members", "this article is for members", "for members only", "members-only content",
		"become a member to read", "join to continue reading", "sign in to continue reading",
		"чтобы продолжить чтение", "чтобы прочитать статью полностью", "доступно только подписчикам",
		"только для подписчиков", "оформите подписку, чтобы",
		"lesen sie weiter mit", "weiterlesen mit", "nur für abonnenten", "exklusiv für abonnenten",
		"dieser artikel ist nur für abonnenten", "um den vollständigen artikel zu lesen",
		"abonnez-vous pour lire la suite", "réservé aux abonnés", "la suite est réservée",
		"pour lire la suite de cet article", "il vous reste",
	}
	// weakPaywallText is said by paywall boxes but also by site headers.
	weakPaywallText = []string{
		"already a subscriber", "already have an account", "subscribe now", "start your subscription",
		"become a member", "join today", "unlock this", "unlock our",
		"уже есть подписка", "оформить подписку", "bereits abonnent", "jetzt abonnieren",
		"déjà abonné", "je m'abonne", "abonnez-vous",
	}
)

func kindContainsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// paywall says why the page is a teaser, or "". Many free and metered
// articles carry paywall markup and even isAccessibleForFree false while
// serving the full text, so every signal needs the text to stop short.
func (s *pageSignals) paywall(prose, bodyWords int) string {
	words := max(prose, bodyWords)
	if s.ldNotFree && words < 300 {
		return "JSON-LD isAccessibleForFree false, short text"
	}
	if s.ldFree {
		return ""
	}
	if s.marker && !kindContainsAny(s.bodyLower(), meterAllowanceText) {
		if kindContainsAny(s.markerText, strongPaywallText) && words < 400 {
			return "paywall box with subscribe text"
		}
		if (kindContainsAny(s.markerText, weakPaywallText) || kindContainsAny(s.markerText, subscribeWords)) && words < 150 {
			return "paywall marker with subscribe text, short text"
		}
	}
	if prose < 250 && bodyWords < 400 && kindContainsAny(s.bodyLower(), strongPaywallText) {
		return "subscribe text, short text"
	}
	return ""
}

// meterAllowanceText is what a metered site says to a reader still within
// the free allowance: the page carries the whole article.
var meterAllowanceText = []string{
	"free articles left", "free article left", "free articles remaining", "free article remaining",
	"бесплатных статей", "бесплатные статьи", "kostenlose artikel", "kostenlosen artikel",
	"articles gratuits", "article gratuit",
}

// subscribeWords are the stems of "subscribe" in the languages the library
// reads.
var subscribeWords = []string{"subscri", "abonn", "подпис", "suscrib", "abbonat", "abbonarsi", "subskry", "prenumer"}

// ownHeadingBody reports an article body under the page's own heading: the
// first <h1> is not a link and is the headline, and the extracted body has
// at least 100 words in three paragraphs or more. What an extractor takes
// from a list is a teaser or two under a section name.
func (s *pageSignals) ownHeadingBody(a *Article, bodyWords int) bool {
	if a == nil || bodyWords < 100 || s.h1 == "" || s.h1Linked || !strings.EqualFold(s.h1, a.Headline) {
		return false
	}
	paras := 0
	for _, b := range a.Body {
		if b.Type == Paragraph && countWords(b.Text) >= 8 {
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
		if c, i = nextField(cls, i); c == "" {
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
		if p.Type == html.ElementNode && isPostBody(p, lowerJoin(buf[:], attr(p, "class"))) {
			return true
		}
	}
	return false
}

// list says why the page is a section front, home page, tag page or search
// results, or "". item is true for a page under an item's address.
func (s *pageSignals) list(declared, item bool, prose, bodyWords int) string {
	ldList := s.ldTypes["collectionpage"] || s.ldTypes["itemlist"] || s.ldTypes["searchresultspage"]
	if ldList && !declared && prose < 150 {
		return "JSON-LD list type"
	}
	// A page that says it is an article, or has an article's address, is
	// a list only when it has next to no text outside links.
	if (declared || item) && (max(prose, bodyWords) >= 40 || s.mainWords-s.linkWords >= 100) {
		return ""
	}
	// The extractor found a body of some length: not a list.
	if bodyWords >= 200 {
		return ""
	}
	density := 0.0
	if s.mainWords > 0 {
		density = float64(s.linkWords) / float64(s.mainWords)
	}
	switch {
	case s.linkedHeads >= 6 && prose < 40:
		return "linked headings, no prose"
	case s.linkedHeads >= 6 && prose < 120 && s.maxRunParas <= 1:
		return "linked headings, single-paragraph runs"
	case s.linkedHeads >= 4 && density > 0.5 && prose < 80:
		return "linked headings, link density"
	case density > 0.6 && s.mainWords >= 60 && prose < 50 && bodyWords < 80:
		return "link density"
	}
	return ""
}

// measurePage walks the document once per concern and fills pageSignals.
func measurePage(root *html.Node) *pageSignals {
	s := &pageSignals{ldTypes: map[string]bool{}}
	var body *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					s.readJSONLD(kindText(n))
				}
				return
			case atom.Meta:
				p := strings.ToLower(attr(n, "property"))
				if p == "" {
					p = strings.ToLower(attr(n, "name"))
				}
				switch {
				case p == "og:type":
					s.ogType = strings.ToLower(strings.TrimSpace(attr(n, "content")))
				case strings.HasPrefix(p, "product:price") || p == "og:price:amount":
					s.priceMarkup = true
				}
			case atom.Title:
				if s.title == "" {
					s.title = normalizeSpace(kindText(n))
				}
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
	s.measureBody(body)
	return s
}

// readJSONLD records the types and access flags of every object in one
// JSON-LD script.
func (s *pageSignals) readJSONLD(src string) {
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<!--"), "-->")
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		fixed := strings.Map(func(r rune) rune {
			if r < 0x20 {
				return ' '
			}
			return r
		}, src)
		if json.Unmarshal([]byte(fixed), &v) != nil {
			return
		}
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
					s.ldTypes[t] = true
				}
			}
			if f, ok := ldBool(x["isAccessibleForFree"]); ok {
				if !f {
					s.ldNotFree = true
				} else if !part {
					s.ldFree = true
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

// paywallTokens are class and id fragments of paywall boxes: the whole
// name contains the first set, a hyphen- or underscore-separated part
// equals one of the second.
var (
	paywallWhole = []string{"paywall", "pay-wall", "subscriber-only", "subscribers-only", "subscriberonly", "premium-content", "premium-wall", "regwall", "piano-offer"}
	paywallPart  = map[string]bool{"premium": true, "meter": true, "metered": true, "paywalled": true}
)

// paywallHints are in every name of paywallWhole and paywallPart: a class
// or id with none of them is no marker.
var paywallHints = []string{"pay", "premium", "meter", "subscriber", "regwall", "piano"}

// isPaywallName reports whether a lower-case class or id marks a paywall
// box.
func isPaywallName(v string) bool {
	if v == "" || !kindContainsAny(v, paywallHints) {
		return false
	}
	if kindContainsAny(v, paywallWhole) {
		return true
	}
	for i := 0; ; {
		var p string
		if p, i = nextPart(v, i, " -_"); p == "" {
			return false
		}
		if paywallPart[p] {
			return true
		}
	}
}

// isHeadingAtom reports h1 to h6.
func isHeadingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// measureBody fills the signals that come from the visible body.
func (s *pageSignals) measureBody(body *html.Node) {
	var markers strings.Builder
	var walk func(n *html.Node, chrome, link bool)
	walk = func(n *html.Node, chrome, link bool) {
		switch n.Type {
		case html.TextNode:
			w := countWords(n.Data)
			s.visibleWords += w
			if !chrome {
				s.mainWords += w
				if link {
					s.linkWords += w
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
				s.passwords++
			case "", "text", "email", "tel", "number", "url":
				if !chrome {
					s.formInputs++
				}
			}
		case atom.Textarea:
			if !chrome {
				s.formInputs++
			}
		case atom.Button:
			if t := strings.ToLower(normalizeSpace(kindText(n))); kindContainsAny(t, addToCartText) {
				s.addToCart = true
			}
		}
		s.measureNames(n, &markers)
		if n.DataAtom == atom.H1 && s.h1 == "" {
			s.h1 = normalizeSpace(kindText(n))
			s.h1Linked = kindLinkedHeading(n)
		}
		if isHeadingAtom(n.DataAtom) && !chrome && kindLinkedHeading(n) {
			s.linkedHeads++
		}
		s.measureRun(n, chrome)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, chrome, link)
		}
	}
	walk(body, false, false)
	s.body = body
	s.markerText = markers.String()
}

// measureNames reads the signals of an element's class, id and itemprop:
// price markup, an add-to-cart control, a paywall box (whose text goes to
// markers).
func (s *pageSignals) measureNames(n *html.Node, markers *strings.Builder) {
	var cb, ib [256]byte
	cls, id := lowerJoin(cb[:], attr(n, "class")), lowerJoin(ib[:], attr(n, "id"))
	if strings.EqualFold(attr(n, "itemprop"), "price") || classPart(cls, "price") {
		s.priceMarkup = true
	}
	if strings.Contains(cls, "add-to-cart") || strings.Contains(id, "add-to-cart") {
		s.addToCart = true
	}
	if isPostBody(n, cls) && !insidePostBody(n) {
		if w, lw := kindLinkWords(n); w-lw >= minArticleWords {
			s.postBodies++
		}
	}
	if (isPaywallName(cls) || isPaywallName(id)) && !kindHidden(n) {
		// A box, not a container that wraps the whole article.
		if t := normalizeSpace(kindText(n)); t != "" && countWords(t) <= 80 {
			s.marker = true
			markers.WriteString(strings.ToLower(t))
			markers.WriteByte(' ')
		}
	}
}

var addToCartText = []string{"add to cart", "add to basket", "add to bag", "buy now", "in den warenkorb", "в корзину", "ajouter au panier", "añadir al carrito", "aggiungi al carrello"}

// measureRun looks at the children of n for the longest run of prose
// paragraphs: <p> elements that are not mostly links. A heading that is a
// link ends a run (the paragraphs of teasers are separate runs).
func (s *pageSignals) measureRun(n *html.Node, chrome bool) {
	if chrome {
		return
	}
	run, paras := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch {
		case c.DataAtom == atom.P:
			w, lw := kindLinkWords(c)
			if w > 0 && lw*2 < w {
				run += w
				paras++
			} else if w > 0 {
				run, paras = 0, 0
			}
		case isHeadingAtom(c.DataAtom) && kindLinkedHeading(c):
			run, paras = 0, 0
		case c.DataAtom == atom.A || c.DataAtom == atom.Article || c.DataAtom == atom.Li:
			run, paras = 0, 0
		}
		if run > s.maxRun {
			s.maxRun, s.maxRunParas = run, paras
		}
	}
}

// kindLinkedHeading reports a heading whose text is essentially a link.
func kindLinkedHeading(n *html.Node) bool {
	w, lw := kindLinkWords(n)
	return w > 0 && lw*10 >= w*7
}

// kindLinkWords returns the words of visible text under n and those inside
// links.
func kindLinkWords(n *html.Node) (words, linkWords int) {
	var f func(n *html.Node, link bool)
	f = func(n *html.Node, link bool) {
		if n.Type == html.TextNode {
			w := countWords(n.Data)
			words += w
			if link {
				linkWords += w
			}
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.A:
				link = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c, link)
		}
	}
	f(n, false)
	return words, linkWords
}

// kindHidden reports an element hidden by an attribute or inline style.
func kindHidden(n *html.Node) bool {
	if _, ok := kindAttrOK(n, "hidden"); ok {
		return true
	}
	st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

// classPart reports whether a dash- or underscore-separated part of a
// class name in the lower-case list cls is part.
func classPart(cls, part string) bool {
	if !strings.Contains(cls, part) {
		return false
	}
	for i := 0; ; {
		var c string
		if c, i = nextField(cls, i); c == "" {
			break
		}
		for j := 0; ; {
			var p string
			if p, j = nextPart(c, j, "-_"); p == "" {
				break
			}
			if p == part {
				return true
			}
		}
	}
	return false
}

func kindAttrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// kindText returns the text under n, the scripts and styles inside it left
// out (n itself may be a script).
func kindText(n *html.Node) string {
	var b strings.Builder
	var f func(c *html.Node)
	f = func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			return
		}
		if c != n && c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Template:
				return
			}
		}
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			f(d)
		}
	}
	f(n)
	return b.String()
}

// minArticleWords is the least body text an undeclared page needs to be an
// article rather than an empty shell: a headline and a one-sentence brief
// are an article; a "please enable JavaScript" notice is not.
const minArticleWords = 15

// longArticleWords is the body length from which a page is an article
// whatever else it shows: every other verdict requires less text (a
// teaser under 400 words, a product page under 600 visible words).
const longArticleWords = 600

// itemAddress reports whether u has the shape of one item's address, an article
// or a post, rather than a section's, a tag's or a search's: the
// conventions of news and blog CMSs put a slug of three or more words in
// the last segment (/2012/07/21/weekly-address-remembering-victims,
// /article/139287/fall-fashion-trends, /overview/acura_rlx_2014), or a date
// followed by a segment (/2011/07/velvet-shine/). Paths through tag,
// category, topic, author, search, archive and page segments are lists
// whatever follows.
func itemAddress(u string) bool {
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
