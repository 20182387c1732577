package htmlx

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/articlekit/article/internal/model"

	"github.com/articlekit/article/internal/textutil"

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
// Features the hand weight (its length when it reads like article text,
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
	Text    string
	Runes   int // letters and digits
	LinkRun int // letters and digits inside links
	boiler  bool
	soft    bool
	// spans are the block's inline marks: byte ranges of the raw text
	// while it is gathered, of Text once flushed (content_spans.go).
	spans []model.Span
}

// WalkState is what the walk knows about the element it is in.
type WalkState struct {
	Owner  *html.Node
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

type ContentWalker struct {
	Blocks []textBlock
	cur    *textBlock
	// buf gathers the current block's text; its memory is reused from
	// block to block.
	buf []byte
	// bufHigh is set when buf holds a byte outside ASCII (text sets it
	// as it counts the letters), so that Flush need not look for one
	// (perf23).
	bufHigh bool
	images  []contentImage
	// UseHints is false on the second try, when class names are ignored.
	UseHints bool
	// blocksTree indexes the blocks' elements once the walk is done.
	blocksTree *blockTree
	// prob is every block's learned probability of being article text,
	// set by choose (nil before).
	prob []float32
	// capBox, capText and capCredit remember the last caption box read
	// (captionParts): the pictures of one box come one after another, so
	// a box is read once however many pictures it holds.
	capBox             *html.Node
	capBlock           bool // capBox was read as a picture block
	capText, capCredit string
	// keptIdx lists the blocks the last emit kept, in order; footDrop
	// the blocks the next emit leaves out (content_foot.go).
	keptIdx  []int
	footDrop []int
	// wholeIdx lists, in order, the kept blocks that lie in a data table
	// or a code block the last emit set whole (footLines keeps them).
	wholeIdx []int
}

type contentImage struct {
	node    *html.Node
	src     string
	caption string
	credit  string
	alt     string
	// boiler is true when the picture sits in furniture.
	boiler bool
	// box is the caption box (captionBox) that holds the picture in
	// furniture, nil when there is none; resolved is true once
	// captionOf has set caption and credit.
	box      *html.Node
	resolved bool
	// at is the number of text blocks begun before the picture: it goes
	// before block at, after any block it sits inside.
	at int
}

// extractContent finds the article body in the document and returns its
// Blocks and the images inside it. headline, when known, is left out of the
// body.
func extractContent(root *html.Node, headline string, authors []string) ([]model.Block, []contentImage) {
	w := &ContentWalker{UseHints: true, Blocks: pooledBlocks()}
	defer w.releaseBlocks()
	w.Walk(root, WalkState{Owner: root}, 0)
	w.Flush()
	best := w.choose(headline)
	blocks := w.emit(best, headline, authors)
	if textLen(blocks) < 250 {
		// The hints may have hidden the article (a wrapper named
		// "has-sidebar"): try again without them and keep the longer.
		w2 := &ContentWalker{UseHints: false, Blocks: pooledBlocks()}
		defer w2.releaseBlocks()
		w2.Walk(root, WalkState{Owner: root}, 0)
		w2.Flush()
		best2 := w2.choose(headline)
		if b2 := w2.emit(best2, headline, authors); textLen(b2) > 2*textLen(blocks)+50 && !inCommentThread(best2) {
			blocks, best, w = b2, best2, w2
		}
	}
	if contentProbe != nil {
		contentProbe(w, best, headline, authors, blocks)
	}
	// A doubtful body is checked against a second extraction (fallback.go).
	blocks, best, w = w.fallback(root, best, blocks, headline, authors)
	blocks = figureLines(blocks) // pic19_block.go
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
	for i := range w.images {
		if im := &w.images[i]; best != nil && isAncestor(best, im.node) && !namesAuthor(im, authors) {
			w.captionOf(im)
			imgs = append(imgs, *im)
		}
	}
	return blocks, imgs
}

// contentProbe, for the diagnosis tests only, sees the walk whose body stands
// (the one with hints or the retry without) and its choice, and the body before the fallback's check (which may change the
// tree).
var contentProbe func(w *ContentWalker, best *html.Node, headline string, authors []string, body []model.Block)

// blocksPool holds the block slices of finished walks. What a walk hands
// on copies out of its blocks (their text strings, their spans' own
// arrays), so once extractContent returns its walkers' slices serve the
// next page; they are cleared first, so that no page's tree stays
// reachable from the pool.
var blocksPool sync.Pool

// maxPooledBlocks bounds the slices blocksPool keeps (about 100 bytes a
// block).
const maxPooledBlocks = 8192

// pooledBlocks returns an empty slice from blocksPool, or nil.
func pooledBlocks() []textBlock {
	if p, ok := blocksPool.Get().(*[]textBlock); ok {
		return (*p)[:0]
	}
	return nil
}

// releaseBlocks gives w's blocks back to blocksPool (and its blockTree to
// treePool); w is not read after.
func (w *ContentWalker) releaseBlocks() {
	w.releaseTree()
	b := w.Blocks[:cap(w.Blocks)]
	w.Blocks, w.cur = nil, nil
	if len(b) == 0 || len(b) > maxPooledBlocks {
		return
	}
	clear(b)
	blocksPool.Put(&b)
}

func textLen(bs []model.Block) int {
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

func (w *ContentWalker) Walk(n *html.Node, st WalkState, depth int) {
	if depth > 300 {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			w.text(c.Data, st)
		case html.ElementNode:
			a := c.DataAtom
			ea := readElemAttrs(c) // perf22_attrs.go
			if (a == 0 || a == atom.Noscript) && !ea.hidden && w.picture17(c, st) {
				continue // AMP pictures, noscript fallbacks (pics17.go)
			}
			if skipTagSet.has(a) || ea.hidden {
				continue
			}
			if a == atom.Img {
				w.image(c, st)
				continue
			}
			if a == atom.Br {
				if st.kind != kindPara || st.Owner.DataAtom != atom.P {
					w.Flush()
				} else {
					w.text(" ", st)
				}
				continue
			}
			cs := st
			if !cs.boiler && w.UseHints && a != atom.Body && a != atom.Html && a != atom.Main &&
				ea.itemprop != "articleBody" {
				if boilerTagSet.has(a) && !(a == atom.Header && inArticle(c)) {
					cs.boiler, cs.boilerAt = true, c
				} else {
					switch classBoilerOf(ea.class, ea.id) {
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
			if !cs.boiler && !w.UseHints && (a == atom.Nav || a == atom.Footer) {
				cs.boiler = true
			}
			if blockTagSet.has(a) {
				w.Flush()
				cs.Owner = c
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
				w.Walk(c, cs, depth+1)
				w.Flush()
				continue
			}
			if inlineJunkClass(ea.class) {
				continue
			}
			if a == atom.A {
				cs.link = true
			}
			if a == atom.Td || a == atom.Th {
				if w.cur != nil && columnBreak(c) {
					// The run so far ends a column of a page laid out
					// in a table (see columnBreak): it is a line of
					// its own.
					w.Flush()
				} else {
					w.text(" ", cs)
				}
			}
			if typ, href := markOfHref(a, ea.href); typ != "" && !cs.boiler {
				m := w.open(typ, href)
				w.Walk(c, cs, depth+1)
				w.close(m)
				continue
			}
			w.Walk(c, cs, depth+1)
		}
	}
}

func (w *ContentWalker) text(s string, st WalkState) {
	if w.cur == nil {
		if blankText(s) {
			return
		}
		w.Blocks = append(w.Blocks, textBlock{owner: st.Owner, kind: st.kind, level: st.level, list: st.list, quote: st.quote, boiler: st.boiler, soft: st.soft})
		w.cur = &w.Blocks[len(w.Blocks)-1]
		w.buf, w.bufHigh = w.buf[:0], false
	}
	w.buf = append(w.buf, s...)
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			n += int(asciiAlnum[c]) // one load, not three range tests
			i++
			continue
		}
		w.bufHigh = true
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
		i += size
	}
	w.cur.Runes += n
	if st.link {
		w.cur.LinkRun += n
	}
}

// asciiAlnum is 1 for the ASCII letters and digits, 0 for the other
// ASCII bytes.
var asciiAlnum = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			t[c] = 1
		}
	}
	return t
}()

func (w *ContentWalker) Flush() {
	if w.cur == nil {
		return
	}
	if s := unsafe.String(unsafe.SliceData(w.buf), len(w.buf)); w.bufHigh {
		w.cur.Text = textutil.NormalizeSpace(s)
	} else {
		w.cur.Text = textutil.NormalizeASCIISpace(s) // NormalizeSpace's reading of ASCII, without its test for it
	}
	if textutil.Aliases(w.cur.Text, w.buf) {
		// normalizeSpace handed back (part of) its argument: the buffer
		// is reused, the text must not be.
		w.cur.Text = strings.Clone(w.cur.Text)
	}
	if len(w.cur.spans) > 0 {
		// Kept even on a block that is mostly links: emit leaves most
		// such runs out, but keeps the sentences of prose that links
		// its words (linkedProse), and those keep their links.
		w.cur.spans = alignSpans(w.buf, w.cur.Text, w.cur.spans)
	}
	if w.cur.soft && w.cur.LinkRun*3 > w.cur.Runes {
		w.cur.boiler = true
	}
	if w.cur.Text == "" || w.cur.Runes == 0 {
		w.Blocks = w.Blocks[:len(w.Blocks)-1]
	}
	w.cur = nil
	w.buf, w.bufHigh = w.buf[:0], false
}

func (w *ContentWalker) image(n *html.Node, st WalkState) {
	// A bound on the pictures a page can hand on (its cost stays linear
	// in the page either way). Menus, sidebars and teaser lists of
	// today's templates print dozens of pictures before the story: a
	// bound of 50 left the story's own out on such pages.
	if len(w.images) >= 400 {
		return
	}
	src := pictureSource(n) // src, lazy loaders' data-*, srcset (pics17.go)
	if src == "" || strings.HasPrefix(src, "data:") || w.twinOfLast(n) {
		return
	}
	if wd := attr(n, "width"); wd != "" && len(wd) <= 2 {
		return // a tracking pixel or an icon
	}
	if headshotPicture(n) {
		return // an author's head-shot (pic19_avatar.go)
	}
	im := contentImage{node: n, src: src, alt: textutil.NormalizeSpace(attr(n, "alt")), boiler: st.boiler, at: len(w.Blocks)}
	if st.boiler && captionBox(st.boilerAt) {
		im.boiler = false // see captionBox
		im.box = st.boilerAt
	}
	// The caption and credit are read when the picture is handed on
	// (captionOf): most pictures of a page (menus, teasers, sidebars)
	// never are.
	w.images = append(w.images, im)
}

// weight scores one block: positive for article-like text, negative for
// links and furniture.
func (b *textBlock) weight() float64 {
	l := float64(b.Runes)
	if b.boiler {
		return -l
	}
	ld := float64(b.LinkRun) / l
	if ld > 0.5 {
		return -l
	}
	switch b.kind {
	case kindHeading:
		if b.Runes < leadHeading || !strings.ContainsAny(b.Text, ".!?") {
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
	if holdsSentenceMark(b.Text) || strings.Count(b.Text, ",") >= 2 {
		return good
	}
	return good * 0.5
}

// MarkCards marks as furniture the teasers of other pages: a list item or
// <article> of modest size whose heading is a link.
func (w *ContentWalker) MarkCards(headline string) {
	t := w.tree()
	// The letters under each element, summed when the first heading
	// that is a link is met (many pages have none).
	var total []int
	var cards []bool // by node index, made when the first card is found
	for i := range w.Blocks {
		b := &w.Blocks[i]
		if b.kind != kindHeading || b.level < 2 || b.LinkRun*10 < b.Runes*9 || SameTitle(b.Text, headline) {
			continue
		}
		n := b.owner.Parent
		for k := 0; k < 4 && n != nil; k, n = k+1, n.Parent {
			if n.DataAtom == atom.Li || n.DataAtom == atom.Article {
				if total == nil {
					total = w.runesUnder(t)
				}
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
	for i := range w.Blocks {
		for j := t.block[i]; j >= 0; j = t.parent[j] {
			if cards[j] {
				w.Blocks[i].boiler = true
				break
			}
		}
	}
}

// runesUnder sums the blocks' letters and digits under each element of
// t, by node index.
func (w *ContentWalker) runesUnder(t *blockTree) []int {
	runes, _ := t.sumsUnder(w.Blocks)
	return runes
}

// SameTitle reports whether a heading is the page's headline, or holds it
// with a little more (a comment count, a kicker): the story's own title,
// which many templates make a link to its permanent address, is no
// teaser of another page.
func SameTitle(heading, headline string) bool {
	if strings.EqualFold(heading, headline) {
		return true
	}
	if len(headline) < 20 || len(heading) > len(headline)+20 {
		return false
	}
	var hb, lb [256]byte
	return strings.Contains(textutil.LowerJoin(hb[:], heading), textutil.LowerJoin(lb[:], headline))
}

// proseAfter counts the letters of the long, link-poor paragraphs after
// block i under root, up to a comment thread: article text that a tail
// heading must not cut off.
func (w *ContentWalker) proseAfter(root *html.Node, i int) int {
	n := 0
	for j := i + 1; j < len(w.Blocks); j++ {
		b := &w.Blocks[j]
		if isCommentCount(b) {
			break
		}
		if b.boiler || b.kind != kindPara || b.Runes < 80 || b.LinkRun*5 > b.Runes || !isAncestor(root, b.owner) {
			continue
		}
		n += b.Runes
	}
	return n
}

// emit turns the good blocks under root into body blocks, merging list items
// into lists and blockquote paragraphs into quotations.
func (w *ContentWalker) emit(root *html.Node, headline string, authors []string) []model.Block {
	w.freeWrappedTables(root) // tables16_wrap.go
	out := w.emitOnce(root, headline, authors)
	after := w.afterStory(root)
	if len(after) > 0 {
		w.footDrop = after
		out = w.emitOnce(root, headline, authors)
		w.footDrop = nil
	}
	if d := w.footLines(); len(d) > 0 {
		w.footDrop = mergeSorted(after, d)
		out = w.emitOnce(root, headline, authors)
		w.footDrop = nil
	}
	return out
}

// emitOnce is emit without the foot's lines: it leaves out the blocks of
// w.footDrop and lists those it keeps in w.keptIdx.
func (w *ContentWalker) emitOnce(root *html.Node, headline string, authors []string) []model.Block {
	if root == nil {
		return nil
	}
	var out []model.Block
	var lastGroup *html.Node       // the blockquote or list of the last block
	var olItems map[*html.Node]int // items written of each ordered list, for numbered
	normHead := strings.ToLower(headline)
	kept := 0
	s := structure{root: root, images: w.images, walker: w}
	tail := false
	beside := w.besideTables(root)
	var credits creditMemo
	w.keptIdx = w.keptIdx[:0]
	w.wholeIdx = w.wholeIdx[:0]
	drop := w.footDrop
	for i := range w.Blocks {
		b := &w.Blocks[i]
		out = s.figures(out, i)
		if len(drop) > 0 && drop[0] == i {
			drop = drop[1:]
			continue
		}
		if (b.boiler && !wpCaption(b) && !sentenceCaption(b, root, &credits)) || b.kind == kindCaption ||
			!isAncestor(root, b.owner) && (beside == nil || b.kind != kindCell || !slices.Contains(beside, enclosing(b.owner, atom.Table, 8))) {
			continue
		}
		if kept >= 400 && ((isTailStart(b) || isBio(b, authors)) && w.proseAfter(root, i) < kept/4 ||
			isCommentCount(b) || w.commentThreadAt(root, i)) {
			tail = true
			break
		}
		if float64(b.LinkRun) > 0.5*float64(b.Runes) && b.kind != kindHeading && !w.linkedProse(i) && !w.introducedList(root, i) {
			continue
		}
		if b.kind == kindHeading && b.LinkRun*10 > b.Runes*9 && !w.headsProse(root, i) {
			continue
		}
		if isNoiseLine(b.Text) || (strings.HasPrefix(b.Text, "<") && strings.Contains(b.Text, "=\"")) {
			continue
		}
		if b.kind == kindHeading && normHead != "" && (strings.ToLower(b.Text) == normHead || b.level == 1 && SameTitle(b.Text, headline)) ||
			toplineBlock(b) { // the headline with its topline glued on, the topline alone (headline_topline.go)
			continue
		}
		if b.kind == kindPara && b.quote == nil && (isJunkLine(b.Text) || isAuthorLine(b.Text, authors)) {
			continue
		}
		kept += b.Runes
		w.keptIdx = append(w.keptIdx, i)
		if blk, ok, done := s.structured(b); done {
			w.wholeIdx = append(w.wholeIdx, i)
			if ok {
				out = append(out, blk)
				lastGroup = nil
			}
			continue
		}
		// The paragraphs of one blockquote, and the items of one list,
		// make one block.
		var typ model.BlockType
		var group *html.Node
		switch {
		case b.quote != nil:
			typ, group = model.Blockquote, b.quote
		case b.kind == kindItem:
			typ, group = model.List, b.list
		case b.kind == kindHeading:
			out = append(out, model.Block{Type: model.Heading, Text: b.Text, Level: b.level, Spans: b.spans})
		default:
			out = append(out, model.Block{Type: model.Paragraph, Text: b.Text, Spans: b.spans})
		}
		if group != nil && group == lastGroup {
			// A picture between two items of a list (or two paragraphs
			// of a quotation) does not split it: it follows the block.
			j := len(out) - 1
			for j >= 0 && out[j].Type == model.Figure {
				j--
			}
			if j >= 0 && out[j].Type == typ {
				if len(b.spans) > 0 {
					// Clip: the spans of an earlier block are not
					// written over.
					out[j].Spans = shiftSpans(slices.Clip(out[j].Spans), b.spans, len(out[j].Text)+1)
				}
				out[j].Text += "\n" + b.Text
				countItem(group, olItems)
				continue
			}
		}
		if group != nil {
			out = append(out, model.Block{Type: typ, Text: b.Text, Spans: b.spans})
			if typ == model.List {
				olItems = numbered(&out[len(out)-1], group, olItems)
				out[len(out)-1].Level = nestLevel(out[:len(out)-1], group, root)
			}
		}
		lastGroup = group
	}
	if !tail {
		out = s.figures(out, len(w.Blocks))
	}
	return dropDateLines(s.onlyFigures(out))
}

// linkedProse reports whether block i, mostly links, is article text all
// the same: a sentence whose words are mostly one or several links, as
// blog and magazine templates link names, titles and sources inline. It
// must end as a sentence does (a "Read more: …" or "See also: …" line
// of news templates, a bare list of titles, does not) and the learned
// scorer, which reads the block's neighbours and its place in the page,
// must judge it article text. Without the scorer's judgement (the second
// extraction's walk) such blocks are left out, as before.
func (w *ContentWalker) linkedProse(i int) bool {
	if w.prob == nil || w.prob[i] < linkedProseMin {
		return false
	}
	e := strings.TrimRight(w.Blocks[i].Text, "\"'”’»)] ")
	return e != "" && strings.ContainsAny(e[len(e)-1:], ".!?")
}

// linkedProseMin is the learned probability from which a sentence that is
// mostly links is kept in the body, chosen on web-extract dev (0.5 and
// 0.65 tried, both gain on both halves by site; without the sentence test
// 0.5 to 0.8 gained too, but let "Read more: …" lines into trafilatura-dev
// bodies).
const linkedProseMin = 0.65

// wpCaption reports whether a block is the text of a WordPress caption
// (the [caption] shortcode's <p class="wp-caption-text"> inside a
// div.wp-caption) written as a sentence: a line the author wrote under a
// picture in the post, not a label or a credit.
func wpCaption(b *textBlock) bool {
	return b.kind == kindPara && strings.Contains(attr(b.owner, "class"), "wp-caption-text") && captionSentence(b.Text)
}

// captionCredits are the words of a picture's credit line, in the
// languages the project reads.
var captionCredits = []string{"photo", "credit", "source:", "©", "getty", "reuters", "(ap)", "courtesy", "image:",
	"foto", "bild:", "quelle:", "fuente:", "crédit", "фото", "источник:", "zdjęcie"}

// cellLinesBudget bounds the elements looked at in a cell by
// cellIsColumn and linedCell: a cell holding more is a column of a page's
// layout all the same.
const cellLinesBudget = 64

// columnBreak reports whether the text before cell c in its row ends a
// line rather than a datum: the previous cell is set in several lines
// (linedCell: its text ends with its last line, not with the whole cell)
// and one of the two cells is a column of a page laid out in a table
// (cellIsColumn). The walker joins the cells of a row into one run (a
// data row reads "North 1,204 41%"); pages laid out in tables (the web
// before CSS layouts, and HTML e-mail) put the menu in one cell of a row
// and the story in the next, and the join glued a menu's last link to the
// headline or first line of the story. A one-datum cell before a column
// (a date before its details) still opens the column's first line.
func columnBreak(c *html.Node) bool {
	p := prevCell(c)
	return p != nil && linedCell(p) && (cellIsColumn(c) || cellIsColumn(p))
}

// cellIsColumn reports whether a table cell is a column of a page laid
// out in a table rather than a datum: it holds more than one paragraph or
// division, a nested table, a list or a heading (layoutCell), or more
// elements than cellLinesBudget. The look is bounded, so that the cost
// stays linear in the page however deep its tables nest.
func cellIsColumn(cell *html.Node) bool {
	return cellHolds(cell, nil) || layoutCell(cell)
}

// prevCell returns the table cell before c in its row, or nil.
func prevCell(c *html.Node) *html.Node {
	for p := c.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			if p.DataAtom == atom.Td || p.DataAtom == atom.Th {
				return p
			}
			return nil
		}
	}
	return nil
}

// linedCell reports whether a cell is set in several lines: it holds a
// line break or a block element (or more than cellLinesBudget elements).
// Its text ends with its last line, not with the whole cell.
func linedCell(cell *html.Node) bool {
	return cellHolds(cell, func(n *html.Node) bool { return n.DataAtom == atom.Br || blockTagSet.has(n.DataAtom) })
}

// cellHolds reports whether an element under cell satisfies is (nil: none
// does), or the cell holds more than cellLinesBudget elements.
func cellHolds(cell *html.Node, is func(*html.Node) bool) bool {
	budget := cellLinesBudget
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if budget--; budget < 0 || is != nil && is(c) || walk(c) {
				return true
			}
		}
		return false
	}
	return walk(cell)
}
