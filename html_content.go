package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The main-content extractor.
//
// One walk over the document cuts it into text blocks: each run of text is
// owned by its innermost block-level element (a paragraph, a heading, a list
// item, a table cell, a div holding loose text). Every block gets a weight:
// its length times 2p-1, where p is the learned block scorer's probability
// that it is article text (html_content_learn.go), which reads among other
// features the hand weight (its length when it reads like article text,
// minus its length when it is mostly links or sits inside an element whose
// tag, class or id names boilerplate: navigation, share bars, comments,
// related stories, …). The
// weights are summed up the tree, and the element with the highest sum is
// the article: it holds as much good text as possible while leaving out the
// junk around it, and it naturally takes in an article split over several
// sibling containers when little junk separates them. Its good blocks, in
// order, are the body. When that yields almost nothing the class hints are
// distrusted and the choice is made again on text and link density alone.

type blockKind uint8

const (
	kindPara blockKind = iota
	kindHeading
	kindItem
	kindPre
	kindCaption
	kindCell
)

// textBlock is one run of text and what is known about where it sits.
type textBlock struct {
	owner   *html.Node
	kind    blockKind
	level   int
	list    *html.Node // the ul/ol of a list item
	quote   *html.Node // the enclosing blockquote, if any
	text    string
	runes   int // letters and digits
	linkRun int // letters and digits inside links
	boiler  bool
	soft    bool
}

// walkState is what the walk knows about the element it is in.
type walkState struct {
	owner  *html.Node
	kind   blockKind
	level  int
	list   *html.Node
	quote  *html.Node
	link   bool
	boiler bool
	// boilerAt is the element that made the state boiler.
	boilerAt *html.Node
	soft     bool // inside an element whose name is furniture on some sites
}

type contentWalker struct {
	blocks []textBlock
	cur    *textBlock
	// buf gathers the current block's text; its memory is reused from
	// block to block.
	buf    []byte
	images []contentImage
	// useHints is false on the second try, when class names are ignored.
	useHints bool
	// blocksTree indexes the blocks' elements once the walk is done.
	blocksTree *blockTree
}

type contentImage struct {
	node    *html.Node
	src     string
	caption string
}

// extractContent finds the article body in the document and returns its
// blocks and the images inside it. headline, when known, is left out of the
// body.
func extractContent(root *html.Node, headline string, authors []string) ([]Block, []contentImage) {
	w := &contentWalker{useHints: true}
	w.walk(root, walkState{owner: root}, 0)
	w.flush()
	best := w.choose(headline)
	blocks := w.emit(best, headline, authors)
	if textLen(blocks) < 250 {
		// The hints may have hidden the article (a wrapper named
		// "has-sidebar"): try again without them and keep the longer.
		w2 := &contentWalker{useHints: false}
		w2.walk(root, walkState{owner: root}, 0)
		w2.flush()
		best2 := w2.choose(headline)
		if b2 := w2.emit(best2, headline, authors); textLen(b2) > 2*textLen(blocks)+50 {
			blocks, best, w = b2, best2, w2
		}
	}
	// Pictures sit beside the text: look for them in the <article>
	// around the body, or in the element around a one-paragraph body.
	if best != nil {
		up := best
		for k := 0; k < 4 && up != nil; k, up = k+1, up.Parent {
			if up.DataAtom == atom.Article {
				best = up
				break
			}
		}
		if best.DataAtom == atom.P && best.Parent != nil {
			best = best.Parent
		}
	}
	var imgs []contentImage
	for _, im := range w.images {
		if best != nil && isAncestor(best, im.node) {
			imgs = append(imgs, im)
		}
	}
	return blocks, imgs
}

func textLen(bs []Block) int {
	n := 0
	for _, b := range bs {
		n += len(b.Text)
	}
	return n
}

func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// blockTags are the elements that end a run of text and start a new one.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true,
	atom.Address: true, atom.Form: true, atom.Fieldset: true, atom.Center: true, atom.Details: true,
	atom.Summary: true, atom.Hr: true, atom.Body: true, atom.Html: true, atom.Caption: true,
}

// skipTags are never text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Video: true, atom.Audio: true, atom.Select: true, atom.Option: true, atom.Textarea: true,
	atom.Button: true, atom.Input: true, atom.Label: true, atom.Head: true, atom.Title: true,
	atom.Map: true, atom.Dialog: true,
}

// boilerTags are elements that hold page furniture, not article text.
var boilerTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Header: true, atom.Menu: true,
}

// boilerWords in a class or id mark page furniture.
var boilerWords = []string{
	"comment", "share", "sharing", "social", "related", "newsletter", "subscri", "promo", "advert",
	"sponsor", "cookie", "consent", "gdpr", "breadcrumb", "widget", "footer", "masthead",
	"navbar", "navigation", "menu", "popup", "modal", "banner", "outbrain", "taboola", "recommend",
	"more-stories", "morestories", "most-popular", "mostpopular", "most-read", "mostread", "trending",
	"tag-list", "taglist", "byline", "author-bio", "authorbio", "author-info", "author-box", "pagination", "pager",
	"toolbar", "signup", "sign-up", "login", "paywall", "disqus", "rating", "jp-relatedposts",
	"sharedaddy", "skip-link", "sr-only", "visually-hidden", "screen-reader", "read-more",
	"readmore", "also-read", "see-also", "post-meta", "entry-meta", "article-meta", "postmeta", "meta-info",
	"dateline", "timestamp", "print-only", "nocontent", "donate", "follow-us", "more-from",
	"next-post", "prev-post", "post-nav", "nav-links", "site-header", "site-footer", "topbar", "top-bar",
	"card-list", "carousel", "slider", "lightbox", "embed", "playlist", "video",
	"caption", "credit", "gallery", "slideshow",
}

// contentWords in a class or id mark the article itself and override
// boilerWords.
var contentWords = []string{
	"article-body", "articlebody", "article__body", "article-content", "articlecontent", "article__content",
	"article-text", "articletext", "entry-content", "entrycontent", "post-content", "postcontent",
	"post-body", "postbody", "post-text", "story-body", "storybody", "story-content", "main-content",
	"maincontent", "body-text", "bodytext", "content-body", "text-content", "rich-text", "richtext",
}

// contentWordSet and boilerWordSet index contentWords and boilerWords.
var (
	contentWordSet = newWordSet(contentWords)
	boilerWordSet  = newWordSet(boilerWords)
)

// classBoiler reports whether an element's class and id name boilerplate:
// boilerHard for page furniture, boilerSoft for a name that is furniture
// on some sites and the article's own standfirst on others ("teaser"),
// which counts as furniture only where its text is mostly links.
func classBoiler(n *html.Node) boilerLevel {
	cls, id := attr(n, "class"), attr(n, "id")
	if cls == "" && id == "" {
		return boilerNone
	}
	var buf [256]byte
	ci := lowerJoin(buf[:], cls, id)
	if contentWordSet.in(ci) {
		return boilerNone
	}
	if boilerWordSet.in(ci) {
		return boilerHard
	}
	soft := false
	for i := 0; ; {
		var t string
		if t, i = nextField(ci, i); t == "" {
			break
		}
		if t == "ad" || t == "ads" || t == "adv" || strings.HasPrefix(t, "ad-") || strings.HasPrefix(t, "ads-") ||
			strings.HasPrefix(t, "adsby") || strings.HasSuffix(t, "-ad") || strings.HasSuffix(t, "-ads") ||
			strings.Contains(t, "-ad-") || strings.HasPrefix(t, "dfp") || strings.HasPrefix(t, "google-ad") {
			return boilerHard
		}
		if boilerTokens[t] || hasWordPart(t, "tags") || (strings.Contains(t, "sidebar") && !sidebarLayout(t)) {
			return boilerHard
		}
		if (strings.Contains(t, "header-") || strings.Contains(t, "-header")) && !ownHeader(t) {
			return boilerHard
		}
		if strings.Contains(t, "teaser") {
			soft = true
		}
	}
	if soft {
		return boilerSoft
	}
	return boilerNone
}

// boilerLevel grades how surely an element is page furniture.
type boilerLevel uint8

const (
	boilerNone boilerLevel = iota
	boilerSoft
	boilerHard
)

// boilerTokens are whole class names of furniture. They are not matched
// inside longer names: "hidden" hides an element, "hidden-xs" or
// "label-hidden" does not hide the text a desktop reader sees.
var boilerTokens = map[string]bool{
	"hidden": true, "is-hidden": true, "d-none": true, "hide": true, "invisible": true,
}

// hasWordPart reports whether the class name t is w or has w as one of its
// dash- or underscore-separated parts at either end ("tags", "post-tags",
// "tags_list"), so that a tag slug or a generated name that merely contains
// the letters does not match.
func hasWordPart(t, w string) bool {
	if t == w {
		return true
	}
	if rest, ok := strings.CutPrefix(t, w); ok && (rest[0] == '-' || rest[0] == '_') {
		return true
	}
	if rest, ok := strings.CutSuffix(t, w); ok && (rest[len(rest)-1] == '-' || rest[len(rest)-1] == '_') {
		return true
	}
	return false
}

// ownHeader reports whether a class name with "header" in it names the
// header of the story itself ("article-header", "entry-header"), which
// holds its standfirst, rather than the site's.
func ownHeader(t string) bool {
	for _, w := range []string{"article", "entry", "story", "post"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// sidebarLayout reports whether a class name containing "sidebar" names a
// layout that has a sidebar ("with-sidebar", "has-sidebar"), which wraps the
// article too, rather than the sidebar itself.
func sidebarLayout(t string) bool {
	return strings.Contains(t, "with") || strings.Contains(t, "has") || strings.Contains(t, "content")
}

// inlineJunkWords in the class of an inline element mark text that is not
// part of the sentence around it: hover cards, tooltips, screen-reader
// labels.
var inlineJunkWords = []string{"rollover", "tooltip", "popover", "hovercard", "sr-only", "visually-hidden", "screen-reader", "visuallyhidden"}

func inlineJunk(n *html.Node) bool {
	cls := attr(n, "class")
	if cls == "" {
		return false
	}
	var buf [128]byte
	cls = lowerJoin(buf[:], cls)
	for _, w := range inlineJunkWords {
		if strings.Contains(cls, w) {
			return true
		}
	}
	return false
}

// isEmbeddedPost reports whether a blockquote is a post embedded from a
// social network (the markup their embed codes produce).
func isEmbeddedPost(n *html.Node) bool {
	cls := attr(n, "class")
	return strings.Contains(cls, "twitter-tweet") || strings.Contains(cls, "instagram-media") ||
		strings.Contains(cls, "tiktok-embed") || strings.Contains(cls, "bluesky-embed") || strings.Contains(cls, "mastodon-embed")
}

// inArticle reports whether n lies inside an <article> or <main>: a
// <header> there holds the story's own headline and standfirst, not the
// site's masthead.
func inArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// isHidden reports whether an element is hidden from readers.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

func (w *contentWalker) walk(n *html.Node, st walkState, depth int) {
	if depth > 300 {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			w.text(c.Data, st)
		case html.ElementNode:
			a := c.DataAtom
			if skipTags[a] || isHidden(c) {
				continue
			}
			if a == atom.Img {
				w.image(c)
				continue
			}
			if a == atom.Br {
				if st.kind != kindPara || st.owner.DataAtom != atom.P {
					w.flush()
				} else {
					w.text(" ", st)
				}
				continue
			}
			cs := st
			if !cs.boiler && w.useHints && a != atom.Body && a != atom.Html && a != atom.Main &&
				attr(c, "itemprop") != "articleBody" {
				if boilerTags[a] && !(a == atom.Header && inArticle(c)) {
					cs.boiler, cs.boilerAt = true, c
				} else {
					switch classBoiler(c) {
					case boilerHard:
						cs.boiler, cs.boilerAt = true, c
					case boilerSoft:
						cs.soft = true
					}
				}
			}
			if cs.boiler && a == atom.Blockquote && isEmbeddedPost(c) &&
				(cs.boilerAt == c || cs.boilerAt == c.Parent || (c.Parent != nil && cs.boilerAt == c.Parent.Parent)) {
				// A post quoted from a social network is part of the
				// story, whatever its embed wrapper is called (but not
				// inside a sidebar or a widget further out).
				cs.boiler = false
			}
			if !cs.boiler && !w.useHints && (a == atom.Nav || a == atom.Footer) {
				cs.boiler = true
			}
			if blockTags[a] {
				w.flush()
				cs.owner = c
				switch a {
				case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
					cs.kind, cs.level = kindHeading, int(c.Data[1]-'0')
				case atom.Li, atom.Dt, atom.Dd:
					if st.list != nil && a == atom.Li {
						cs.kind = kindItem
					} else {
						cs.kind = kindPara
					}
				case atom.Ul, atom.Ol:
					cs.list = c
				case atom.Pre:
					cs.kind = kindPre
				case atom.Figcaption, atom.Caption:
					cs.kind = kindCaption
				case atom.Tr:
					cs.kind = kindCell
				case atom.Blockquote:
					cs.quote = c
					cs.kind = kindPara
				default:
					if cs.kind != kindPre && cs.kind != kindCaption {
						cs.kind = kindPara
					}
				}
				if a != atom.Ul && a != atom.Ol && a != atom.Li {
					cs.list = nil
					if a != atom.Li && cs.kind == kindItem {
						cs.kind = kindPara
					}
				}
				w.walk(c, cs, depth+1)
				w.flush()
				continue
			}
			if inlineJunk(c) {
				continue
			}
			if a == atom.A {
				cs.link = true
			}
			if a == atom.Td || a == atom.Th {
				w.text(" ", cs)
			}
			w.walk(c, cs, depth+1)
		}
	}
}

func (w *contentWalker) text(s string, st walkState) {
	if w.cur == nil {
		if strings.TrimSpace(s) == "" {
			return
		}
		w.blocks = append(w.blocks, textBlock{owner: st.owner, kind: st.kind, level: st.level, list: st.list, quote: st.quote, boiler: st.boiler, soft: st.soft})
		w.cur = &w.blocks[len(w.blocks)-1]
		w.buf = w.buf[:0]
	}
	w.buf = append(w.buf, s...)
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
		i += size
	}
	w.cur.runes += n
	if st.link {
		w.cur.linkRun += n
	}
}

func (w *contentWalker) flush() {
	if w.cur == nil {
		return
	}
	w.cur.text = normalizeSpace(unsafe.String(unsafe.SliceData(w.buf), len(w.buf)))
	if aliases(w.cur.text, w.buf) {
		// normalizeSpace handed back (part of) its argument: the buffer
		// is reused, the text must not be.
		w.cur.text = strings.Clone(w.cur.text)
	}
	if w.cur.soft && w.cur.linkRun*3 > w.cur.runes {
		w.cur.boiler = true
	}
	if w.cur.text == "" || w.cur.runes == 0 {
		w.blocks = w.blocks[:len(w.blocks)-1]
	}
	w.cur = nil
	w.buf = w.buf[:0]
}

func (w *contentWalker) image(n *html.Node) {
	if len(w.images) >= 50 {
		return
	}
	src := attr(n, "src")
	for _, k := range []string{"data-src", "data-original", "data-lazy-src", "data-url"} {
		if v := attr(n, k); v != "" && (src == "" || strings.HasPrefix(src, "data:")) {
			src = v
		}
	}
	if src == "" || strings.HasPrefix(src, "data:") {
		return
	}
	if wd := attr(n, "width"); wd != "" && len(wd) <= 2 {
		return // a tracking pixel or an icon
	}
	im := contentImage{node: n, src: src}
	for p := n.Parent; p != nil && p.DataAtom != atom.Body; p = p.Parent {
		if p.DataAtom == atom.Figure {
			for c := p.FirstChild; c != nil; c = c.NextSibling {
				if c.DataAtom == atom.Figcaption {
					im.caption = nodeText(c)
				}
			}
			break
		}
	}
	w.images = append(w.images, im)
}

// weight scores one block: positive for article-like text, negative for
// links and furniture.
func (b *textBlock) weight() float64 {
	l := float64(b.runes)
	if b.boiler {
		return -l
	}
	ld := float64(b.linkRun) / l
	if ld > 0.5 {
		return -l
	}
	switch b.kind {
	case kindHeading:
		if b.runes < leadHeading || !strings.ContainsAny(b.text, ".!?") {
			return 0
		}
		// A "heading" of several sentences is a standfirst set in a
		// heading tag: article text.
	case kindCaption:
		return 0
	case kindCell:
		return l * (1 - ld) * 0.5
	}
	good := l * (1 - ld)
	if good < 40 {
		return good - 30
	}
	if strings.ContainsAny(b.text, ".!?。") || strings.Count(b.text, ",") >= 2 {
		return good
	}
	return good * 0.5
}

// markCards marks as furniture the teasers of other pages: a list item or
// <article> of modest size whose heading is a link.
func (w *contentWalker) markCards(headline string) {
	t := w.tree()
	total := make([]int, len(t.nodes))
	for i := range w.blocks {
		for j := t.block[i]; j >= 0; j = t.parent[j] {
			total[j] += w.blocks[i].runes
		}
	}
	var cards []bool // by node index, made when the first card is found
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.kind != kindHeading || b.level < 2 || b.linkRun*10 < b.runes*9 || sameTitle(b.text, headline) {
			continue
		}
		n := b.owner.Parent
		for k := 0; k < 4 && n != nil; k, n = k+1, n.Parent {
			if n.DataAtom == atom.Li || n.DataAtom == atom.Article {
				if j := t.index[n]; total[j] < 1200 {
					if cards == nil {
						cards = make([]bool, len(t.nodes))
					}
					cards[j] = true
				}
				break
			}
		}
	}
	if cards == nil {
		return
	}
	for i := range w.blocks {
		for j := t.block[i]; j >= 0; j = t.parent[j] {
			if cards[j] {
				w.blocks[i].boiler = true
				break
			}
		}
	}
}

// sameTitle reports whether a heading is the page's headline, or holds it
// with a little more (a comment count, a kicker): the story's own title,
// which many templates make a link to its permanent address, is no
// teaser of another page.
func sameTitle(heading, headline string) bool {
	if strings.EqualFold(heading, headline) {
		return true
	}
	if len(headline) < 20 || len(heading) > len(headline)+20 {
		return false
	}
	var hb, lb [256]byte
	return strings.Contains(lowerJoin(hb[:], heading), lowerJoin(lb[:], headline))
}

// blockTree numbers the elements that hold blocks, with all their
// ancestors, so that sums over a block's ancestors go to slices rather
// than to maps keyed by node.
type blockTree struct {
	nodes  []*html.Node
	index  map[*html.Node]int32
	parent []int32 // index of each node's parent, or -1
	block  []int32 // index of each block's owner
}

// tree returns the walker's blockTree, built on first use; the blocks
// must not be added to after.
func (w *contentWalker) tree() *blockTree {
	if w.blocksTree != nil {
		return w.blocksTree
	}
	t := &blockTree{index: make(map[*html.Node]int32, 2*len(w.blocks)), block: make([]int32, len(w.blocks))}
	var chain []*html.Node
	for i := range w.blocks {
		top := int32(-1)
		chain = chain[:0]
		for n := w.blocks[i].owner; n != nil; n = n.Parent {
			if j, ok := t.index[n]; ok {
				top = j
				break
			}
			chain = append(chain, n)
		}
		for k := len(chain) - 1; k >= 0; k-- {
			j := int32(len(t.nodes))
			t.index[chain[k]] = j
			t.nodes = append(t.nodes, chain[k])
			t.parent = append(t.parent, top)
			top = j
		}
		t.block[i] = top
	}
	w.blocksTree = t
	return t
}

// choose returns the element whose blocks' weights sum highest; on a tie
// the deeper one.
func (w *contentWalker) choose(headline string) *html.Node {
	if w.useHints {
		w.markCards(headline)
	}
	t := w.tree()
	score := make([]float64, len(t.nodes))
	scored := make([]bool, len(t.nodes))
	// The learned scorer weighs each block by its length, for or against
	// as it judges the block article text or not (on the retry too,
	// where the hints it reads are all off).
	f := w.features(w.handWeights())
	for i := range w.blocks {
		wt := float64(w.blocks[i].runes) * (2*contentProb(&f[i]) - 1)
		if wt == 0 {
			continue
		}
		for j := t.block[i]; j >= 0; j = t.parent[j] {
			score[j] += wt
			scored[j] = true
		}
	}
	// The highest score, then the deepest, then the first in the
	// document: a total order, so the nodes may be read in any order.
	var best *html.Node
	bestScore, bestDepth := 0.0, 0
	for j, n := range t.nodes {
		if !scored[j] {
			continue
		}
		s := score[j]
		if n.Type != html.ElementNode {
			continue
		}
		if s < bestScore {
			continue
		}
		d := depthOf(n)
		if s > bestScore || d > bestDepth || (d == bestDepth && best != nil && before(n, best)) {
			best, bestScore, bestDepth = n, s, d
		}
	}
	if best == nil {
		return nil
	}
	best = w.widen(best)
	return w.headlineArticle(best, headline, func(n *html.Node) float64 {
		if j, ok := t.index[n]; ok {
			return score[j]
		}
		return 0
	})
}

// headlineArticle narrows a choice that holds several <article> elements
// (a feed, a page that loads the next stories as one scrolls) to the one
// that carries the page's headline, when that one holds article text.
func (w *contentWalker) headlineArticle(best *html.Node, headline string, score func(*html.Node) float64) *html.Node {
	if headline == "" || best.DataAtom == atom.Article {
		return best
	}
	var arts []*html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil && len(arts) < 50; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Article {
				arts = append(arts, c)
				continue
			}
			find(c)
		}
	}
	find(best)
	if len(arts) < 2 {
		return best
	}
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.kind != kindHeading || !strings.EqualFold(b.text, headline) {
			continue
		}
		for _, a := range arts {
			if isAncestor(a, b.owner) && score(a) >= 200 {
				return a
			}
		}
		break
	}
	return best
}

// widen climbs from the chosen element to its ancestors while an ancestor
// adds clearly more article text than noise, counting only the blocks that
// emit would keep: a gallery or a share bar in the middle of a story (which
// emit leaves out anyway) must not cut the story in two.
func (w *contentWalker) widen(best *html.Node) *html.Node {
	t := w.tree()
	kept := make([]float64, len(t.nodes))
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.boiler || b.kind == kindCaption {
			continue
		}
		wt := b.weight()
		if wt < 0 && b.runes < 40 && b.linkRun*2 <= b.runes {
			// A short line of plain text (a list's entry, a joke's
			// punch line) neither argues for an ancestor nor against.
			continue
		}
		if wt == 0 {
			continue
		}
		for j := t.block[i]; j >= 0; j = t.parent[j] {
			kept[j] += wt
		}
	}
	keptAt := func(n *html.Node) float64 {
		if j, ok := t.index[n]; ok {
			return kept[j]
		}
		return 0
	}
	cur := best
	k := 0
	for p := best.Parent; p != nil && p.Type == html.ElementNode && k < widenLevels; p = p.Parent {
		if p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			break
		}
		k++
		gain := keptAt(p) - keptAt(cur)
		if gain < 0 {
			break
		}
		if gain >= widenMin && gain >= widenFrac*keptAt(cur) {
			cur, k = p, 0
		}
	}
	return cur
}

// The widening of the chosen element: it may climb up to widenLevels
// levels at a time, and takes an ancestor whose kept blocks weigh at least
// widenMin more, and widenFrac more, than the element's.
const (
	widenLevels = 3
	widenMin    = 100
	widenFrac   = 0.10
	// leadHeading is the length (letters and digits) from which a heading
	// with sentence punctuation weighs as a paragraph.
	leadHeading = 80
)

func depthOf(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

// before reports whether a comes before b in document order (used only to
// break exact ties deterministically).
func before(a, b *html.Node) bool {
	for n := a; n != nil; n = nextNode(n) {
		if n == b {
			return true
		}
	}
	return false
}

func nextNode(n *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// noiseLines are whole blocks that are page furniture in any article.
var noiseLines = map[string]bool{
	"advertisement": true, "advertising": true, "anzeige": true, "werbung": true, "реклама": true,
	"publicité": true, "publicidad": true, "share": true, "share this": true, "share this:": true,
	"share this article": true, "read more": true, "read more:": true, "related": true,
	"related articles": true, "related stories": true, "loading...": true, "loading…": true,
	"continue reading": true, "story continues below advertisement": true, "skip to content": true,
	"click to share on twitter (opens in new window)": true, "like this:": true, "like loading...": true,
	"advert": true, "sponsored": true, "publicidade": true, "pubblicità": true, "reklama": true,
}

// maxNoiseLine is the length in bytes of the longest of noiseLines.
var maxNoiseLine = func() int {
	n := 0
	for k := range noiseLines {
		n = max(n, len(k))
	}
	return n
}()

// isNoiseLine reports whether a block is one of noiseLines in any case. A
// text more than three times as long as the longest cannot be: lower case
// shortens a character at most threefold (the Kelvin sign to "k"), and the
// text is not lowered (a copy) for nothing.
func isNoiseLine(t string) bool {
	return len(t) <= 3*maxNoiseLine && noiseLines[strings.ToLower(t)]
}

// tailStarts open the part of a page that follows an article: related
// stories, comments, "more from". A short block starting with one of them
// ends the body once some text has been kept.
var tailStarts = []string{
	"related", "more from", "more stories", "more on this", "you may also like", "you might also like",
	"recommended", "read next", "most read", "most popular", "trending", "leave a reply", "leave a comment",
	"comments", "share this", "also read", "see also", "further reading", "about the author", "get our",
	"sign up for", "subscribe to", "weitere artikel", "das könnte sie auch interessieren", "lesen sie auch",
	"mehr zum thema", "ähnliche artikel", "kommentare", "читайте также", "похожие", "комментарии",
	"articles similaires", "à lire aussi", "lire aussi", "artículos relacionados", "te puede interesar",
	"noticias relacionadas", "leggi anche", "potrebbe interessarti", "weitere beiträge", "ähnliche beiträge",
	"das könnte dich auch interessieren", "auch interessant", "über den autor", "über die autorin",
	"vorschau auf den nächsten artikel", "explore further", "zobacz także", "zobacz również", "czytaj także",
	"czytaj również", "sur le même sujet", "dans la même rubrique", "también te puede interesar",
	"schreibe einen kommentar", "hinterlassen sie einen kommentar", "keine kommentare", "empfohlene beiträge",
	"neueste artikel", "related coverage", "das thema könnte dich auch interessieren", "lesen sie auch die folgenden beiträge",
	"laisser un commentaire", "deja un comentario", "lascia un commento", "napisz komentarz",
	"sie wollen mehr von uns", "lust auf mehr", "weiterführende informationen", "weitere informationen",
	"entdecken sie jetzt", "you may also be interested in", "tell us what you think", "отзывы", "добавить отзыв",
	"самые популярные", "популярное", "популярные статьи", "другие статьи", "оставить комментарий",
}

func isTailStart(b *textBlock) bool {
	if b.runes > 60 || (b.kind != kindHeading && b.kind != kindPara) {
		return false
	}
	var buf [256]byte
	low := strings.TrimRight(lowerJoin(buf[:], b.text), ":.!?… ") // nothing below keeps low
	if b.kind == kindHeading && strings.HasSuffix(low, "newsletter") {
		return true
	}
	for _, p := range tailStarts {
		if low == p || (strings.HasPrefix(low, p) && fieldCount(low) <= 6) {
			return true
		}
	}
	return false
}

// isCommentCount reports whether a block is the heading over a comment
// thread. The comments that follow may be much prose: unlike other tail
// starts it ends the body whatever follows, and the prose after it does
// not count as the article's.
func isCommentCount(b *textBlock) bool {
	if b.runes > 120 {
		return false
	}
	// reCommentCount opens with an ASCII digit, which lower-casing
	// neither makes nor unmakes: a text that opens otherwise is tried
	// against reCommentHeading alone, and only when a heading.
	if t := b.text; t != "" && '0' <= t[0] && t[0] <= '9' {
		low := strings.ToLower(t)
		return reCommentCount.MatchString(low) || b.kind == kindHeading && reCommentHeading.MatchString(low)
	}
	return b.kind == kindHeading && reCommentHeading.MatchString(strings.ToLower(b.text))
}

// reCommentHeading is a heading that names a comment thread without a
// count: "Comments", "Reader comments (12)", "Responses", "Leave a
// reply", as blog and news templates print it above the readers' posts.
// The singular "Comment" and "Discussion" are left out: they also head
// sections of an opinion piece or a paper.
var reCommentHeading = regexp.MustCompile(`^(?:\d+\s+)?(?:reader\s+|readers'?\s+|user\s+)?(?:comments|responses|replies|kommentare|leserkommentare|commentaires|comentarios|commenti|komentarze|комментарии|leave a (?:comment|reply)|post a comment|add a comment|join the discussion)\s*(?:\(\d+\)|\d+)?\s*[:.]?$`)

// reCommentCount is the heading over a comment thread: "2 comments",
// "10 thoughts on “…”", "3 Kommentare".
var reCommentCount = regexp.MustCompile(`^\d+\s+(?:comments?|thoughts? on\b|responses?\b|replies|kommentare?|commentaires?|comentarios?|commenti|komentarz[ey]?)`)

// bioVerbs follow an author's name at the start of the note about them
// that closes many articles ("Meg James is a corporate media reporter").
var bioVerbs = map[string]bool{
	"is": true, "was": true, "writes": true, "covers": true, "lives": true, "has": true,
	"ist": true, "war": true, "schreibt": true, "lebt": true, "est": true, "vit": true,
	"es": true, "escribe": true, "è": true, "jest": true,
}

// isAuthorLine reports whether a paragraph is the byline, which the
// metadata holds: an author's name alone, or the names with the date
// ("Lucy Hart · 12 January 2025", "3 Feb Eva Klein"), the byline most
// templates print under the headline.
func isAuthorLine(t string, authors []string) bool {
	if len(t) > 80 {
		return false
	}
	rest, named := t, false
	for _, a := range authors {
		if strings.EqualFold(t, a) {
			return true
		}
		if a != "" {
			if i := strings.Index(rest, a); i >= 0 {
				rest, named = rest[:i]+" "+rest[i+len(a):], true
			}
		}
	}
	if !named {
		return false
	}
	rest = strings.Trim(rest, " ·|,-–—•/")
	return rest != "" && len(rest) <= 40 && strings.ContainsAny(rest, "0123456789") && dateWordsOnly(rest)
}

// dateWordsOnly reports whether every word of t may be part of a date or
// a date line ("3 Feb", "12 January 2025, 10:30").
func dateWordsOnly(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		w = strings.Trim(w, ".,:;/|()-–—")
		if w == "" || !strings.ContainsFunc(w, unicode.IsLetter) || dateLineWords[w] || monthNames[w] != 0 {
			continue
		}
		return false
	}
	return true
}

// isBio reports whether a paragraph is the note about one of the authors.
func isBio(b *textBlock, authors []string) bool {
	if b.kind != kindPara || b.runes > 400 {
		return false
	}
	for _, name := range authors {
		if len(name) < 5 || !strings.Contains(name, " ") {
			continue
		}
		rest, ok := strings.CutPrefix(b.text, name+" ")
		if !ok {
			continue
		}
		if verb, _, _ := strings.Cut(rest, " "); bioVerbs[strings.ToLower(verb)] {
			return true
		}
	}
	return false
}

// proseAfter counts the letters of the long, link-poor paragraphs after
// block i under root, up to a comment thread: article text that a tail
// heading must not cut off.
func (w *contentWalker) proseAfter(root *html.Node, i int) int {
	n := 0
	for j := i + 1; j < len(w.blocks); j++ {
		b := &w.blocks[j]
		if isCommentCount(b) {
			break
		}
		if b.boiler || b.kind != kindPara || b.runes < 80 || b.linkRun*5 > b.runes || !isAncestor(root, b.owner) {
			continue
		}
		n += b.runes
	}
	return n
}

// emit turns the good blocks under root into body blocks, merging list items
// into lists and blockquote paragraphs into quotations.
func (w *contentWalker) emit(root *html.Node, headline string, authors []string) []Block {
	if root == nil {
		return nil
	}
	var out []Block
	var lastGroup *html.Node // the blockquote or list of the last block
	normHead := strings.ToLower(headline)
	kept := 0
	for i := range w.blocks {
		b := &w.blocks[i]
		if b.boiler || b.kind == kindCaption || !isAncestor(root, b.owner) {
			continue
		}
		if kept >= 400 && ((isTailStart(b) || isBio(b, authors)) && w.proseAfter(root, i) < kept/4 ||
			isCommentCount(b)) {
			break
		}
		if float64(b.linkRun) > 0.5*float64(b.runes) && b.kind != kindHeading {
			continue
		}
		if b.kind == kindHeading && b.linkRun*10 > b.runes*9 {
			continue
		}
		if isNoiseLine(b.text) || (strings.HasPrefix(b.text, "<") && strings.Contains(b.text, "=\"")) {
			continue
		}
		if b.kind == kindHeading && normHead != "" && strings.ToLower(b.text) == normHead {
			continue
		}
		if b.kind == kindPara && b.quote == nil && (isJunkLine(b.text) || isAuthorLine(b.text, authors)) {
			continue
		}
		kept += b.runes
		// The paragraphs of one blockquote, and the items of one list,
		// make one block.
		var typ BlockType
		var group *html.Node
		switch {
		case b.quote != nil:
			typ, group = Blockquote, b.quote
		case b.kind == kindItem:
			typ, group = List, b.list
		case b.kind == kindHeading:
			out = append(out, Block{Type: Heading, Text: b.text, Level: b.level})
		default:
			out = append(out, Block{Type: Paragraph, Text: b.text})
		}
		if group != nil && group == lastGroup && out[len(out)-1].Type == typ {
			out[len(out)-1].Text += "\n" + b.text
			continue
		}
		if group != nil {
			out = append(out, Block{Type: typ, Text: b.text})
		}
		lastGroup = group
	}
	return dropDateLines(out)
}

// runeLen is the number of characters in s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
