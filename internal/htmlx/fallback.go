package htmlx

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The fallback extraction.
//
// The block scorer (content_choose.go) is one way to find the article. When
// its body looks doubtful, a second, differently built extraction is made
// and a decision rule keeps one of the two, as trafilatura does with its
// readability and jusText fallbacks. The second extraction is readeck's
// go-readability (fallback_readability.go): Readability's candidate scoring
// of container elements by their paragraphs' text, commas and link
// density, and its cleaning, with none of our hints or weights.
//
// The doubt: a body of at most fbFewBlocks blocks (a teaser, a standfirst,
// a caption or the first paragraph of a story whose other paragraphs sit
// in sibling containers) taken from a link-poor part of the page, or no
// body at all. The choice: the second body when it is at least fbRatio
// times as long (and has fbMinAlt letters at least). A short body from a
// link-rich part of the page is left alone: there the longer second body
// is, on the tuning pages, mostly a reader comment thread or a list.
//
// The thresholds were chosen on the web-extract dev pages only, from the
// table TestFallbackSignals writes (the signals and both bodies' token F1
// on every page); the rule is the simplest that gained on each corpus of
// dev without losing pages. The doubt is also the cost gate: the second
// extraction on every page would cost about half again the allocations
// of a parse (AEB benchmark: 2.62 → 4.05 million).
//
// A learned selector in place of the rule (a logistic model on both
// bodies' lengths, overlaps, link densities, the paragraph after the
// headline and the block scorer's judgement of the text only one body
// holds, over a wider gate) was tried and not kept: it gained 0.0016 and
// 0.0006 over the rule on the two halves of dev by site, and lost 0.001
// on validation; TestTrainFallbackSelector measures it again. There is
// little to gain at this gate: always taking the better body on the pages
// it passes would lift dev only 0.0013 over the rule (0.0024 at the
// selector's wider gate, 0.011 on every page, where the two bodies differ
// by a little on many pages and no model found the better one).
const (
	fbFewBlocks = 3
	fbLinkMax   = 0.1
	fbRatio     = 2
	fbMinAlt    = 200
)

// fallbackProbe and fallbackAlways are for the tuning tests only: the
// probe sees every comparison made, and fallbackAlways makes one on every
// page.
var (
	fallbackProbe  func(s fallbackSignals, ours, alt []model.Block)
	fallbackAlways bool
)

// fallbackSignals are what the decision between the two bodies reads, and
// more figures for the tuning table and the selector's trial (set only
// when fallbackProbe is).
type fallbackSignals struct {
	page    int     // letters and digits of all the page's text blocks
	ours    int     // letters and digits of the first body
	alt     int     // of the second body
	overlap float64 // share of the second body's words also in the first
	oursIn  float64 // share of the first body's words also in the second
	nOurs   int     // blocks of the first body
	nAlt    int     // of the second
	bestLD  float64 // link density of the text under the first body's element
	altLD   float64 // of the text under the second body's element
	// marked is true when the page's markup names the first body's
	// element the article: an <article> element (one of a feed, chosen
	// for carrying the headline), or itemprop="articleBody".
	marked bool
	// outside is the share of the page's likely article text (the
	// letters of the blocks the learned scorer judges article text) that
	// lies outside the first body's element.
	outside float64
	// lead is the first paragraph after the page's headline, when the
	// headline is found among the blocks; leadOurs and leadAlt tell
	// whether each body holds it.
	lead              bool
	leadOurs, leadAlt bool
	// The text only one body holds: its share of that body's text,
	// the learned scorer's mean probability that it is article text
	// (weighted by length; 0.5 for text the first walk did not cut
	// alike) and its link density.
	altOnly, altOnlyProb, altOnlyLD    float64
	oursOnly, oursOnlyProb, oursOnlyLD float64
}

// fbMaxElements bounds the pages the second extraction runs on, in
// elements: news pages have a few thousand.
const fbMaxElements = 20000

// moreElements reports whether the tree under n holds more than limit
// elements, reading no further than the limit.
func moreElements(n *html.Node, limit int) bool {
	count := 0
	for d := range n.Descendants() {
		if d.Type == html.ElementNode {
			if count++; count > limit {
				return true
			}
		}
	}
	return false
}

// doubtful reports whether the first body is worth checking against a
// second extraction.
func doubtful(s fallbackSignals) bool {
	return s.ours == 0 || s.nOurs <= fbFewBlocks && s.bestLD < fbLinkMax && !s.marked
}

// preferAlt is the decision rule: the second body replaces a doubtful
// first one when it is much longer.
func preferAlt(s fallbackSignals) bool {
	return doubtful(s) && s.alt >= fbMinAlt && s.alt >= fbRatio*s.ours
}

// fallback runs the second extraction when the first body looks doubtful
// and returns the body to keep, with the element and walker the pictures
// are looked for in (the first choice's in either case).
func (w *ContentWalker) fallback(root, best *html.Node, blocks []model.Block, headline string, authors []string) ([]model.Block, *html.Node, *ContentWalker) {
	marked := best != nil && (best.DataAtom == atom.Article || attr(best, "itemprop") == "articleBody")
	if !fallbackAlways && !(len(blocks) <= fbFewBlocks && !marked) && holdsRunes(blocks) {
		// doubtful's second test needs few blocks and no marked body,
		// its first a body of no letter or digit: neither holds, and
		// the body's letters and link density need not be counted.
		return blocks, best, w
	}
	s := fallbackSignals{ours: bodyRunes(blocks), nOurs: len(blocks), bestLD: w.linkDensityUnder(best), marked: marked}
	if !doubtful(s) && !fallbackAlways {
		return blocks, best, w
	}
	if moreElements(root, fbMaxElements) {
		// Readability's cleaning grows faster than the page on long
		// pages of lists and links; past this size the first body
		// stands, so that the cost of every page stays linear.
		return blocks, best, w
	}
	alt, altLD := readabilityBody(root, headline, authors)
	s.alt, s.nAlt, s.altLD = bodyRunes(alt), len(alt), altLD
	if fallbackProbe != nil {
		// The tuning table's further signals.
		var lead string
		s.page, s.outside, lead = w.pageSignals(best, headline)
		s.overlap, s.oursIn = wordOverlap(alt, blocks), wordOverlap(blocks, alt)
		if lead != "" {
			s.lead = true
			s.leadOurs, s.leadAlt = holdsText(blocks, lead), holdsText(alt, lead)
		}
		s.altOnly, s.altOnlyProb, s.altOnlyLD, s.oursOnly, s.oursOnlyProb, s.oursOnlyLD = w.onlyStats(blocks, alt)
		fallbackProbe(s, blocks, alt)
	}
	if preferAlt(s) && !w.altInThread(alt) {
		return alt, best, w
	}
	return blocks, best, w
}

// pageSignals measures the page around the first body's element best:
// the letters of all its blocks, the share of the likely article text
// outside best, and the first paragraph after the headline.
func (w *ContentWalker) pageSignals(best *html.Node, headline string) (page int, outside float64, lead string) {
	good, out := 0, 0
	head := -1
	for i := range w.Blocks {
		b := &w.Blocks[i]
		page += b.Runes
		if head < 0 && headline != "" && b.kind == kindHeading && SameTitle(b.Text, headline) {
			head = i
		} else if head >= 0 && lead == "" && b.kind == kindPara && !b.boiler && b.Runes >= 40 && b.LinkRun*4 < b.Runes {
			lead = b.Text
		}
		if w.prob == nil || w.prob[i] < 0.5 || b.boiler {
			continue
		}
		good += b.Runes
		if best == nil || !isAncestor(best, b.owner) {
			out += b.Runes
		}
	}
	if good > 0 {
		outside = float64(out) / float64(good)
	}
	return page, outside, lead
}

// onlyStats measures the text that only one of the two bodies holds: its
// share of its body's words, the learned scorer's mean probability for it
// and its link density, read from the first walk's blocks. The second
// body is cut from a cleaned copy of the page, its blocks not always
// the first walk's: its words are traced back by their word trigrams.
func (w *ContentWalker) onlyStats(ours, alt []model.Block) (altOnly, altProb, altLD, oursOnly, oursProb, oursLD float64) {
	inOurs := make(map[string]bool, len(ours))
	for _, b := range ours {
		for _, l := range strings.Split(b.Text, "\n") {
			inOurs[l] = true
		}
	}
	tri := map[string]int32{}
	kept := make([]bool, len(w.Blocks))
	var ws []string
	for i := range w.Blocks {
		kept[i] = inOurs[w.Blocks[i].Text]
		ws = strings.Fields(strings.ToLower(w.Blocks[i].Text))
		for k := 0; k+3 <= len(ws); k++ {
			t := ws[k] + " " + ws[k+1] + " " + ws[k+2]
			if _, ok := tri[t]; !ok {
				tri[t] = int32(i)
			}
		}
	}
	prob := func(i int) float64 {
		if w.prob == nil {
			return 0.5
		}
		return float64(w.prob[i])
	}
	ld := func(i int) float64 {
		if b := &w.Blocks[i]; b.Runes > 0 {
			return float64(b.LinkRun) / float64(b.Runes)
		}
		return 0
	}
	// The second body's trigrams: the ones of blocks outside the first
	// body are its own.
	n, only := 0, 0
	p, l := 0.0, 0.0
	used := make([]bool, len(w.Blocks))
	for _, b := range alt {
		ws = strings.Fields(strings.ToLower(b.Text))
		for k := 0; k+3 <= len(ws); k++ {
			n++
			i, ok := tri[ws[k]+" "+ws[k+1]+" "+ws[k+2]]
			if ok {
				used[i] = true
				if kept[i] {
					continue
				}
			}
			only++
			if ok {
				p += prob(int(i))
				l += ld(int(i))
			} else {
				p += 0.5
			}
		}
	}
	altProb = 0.5
	if n > 0 && only > 0 {
		altOnly, altProb, altLD = float64(only)/float64(n), p/float64(only), l/float64(only)
	}
	// The first body's blocks the second does not reach.
	n, only = 0, 0
	p, l = 0, 0
	for i := range w.Blocks {
		if !kept[i] {
			continue
		}
		r := w.Blocks[i].Runes
		n += r
		if used[i] {
			continue
		}
		only += r
		p += prob(i) * float64(r)
		l += ld(i) * float64(r)
	}
	oursProb = 0.5
	if n > 0 && only > 0 {
		oursOnly, oursProb, oursLD = float64(only)/float64(n), p/float64(only), l/float64(only)
	}
	return
}

// holdsText reports whether one of a body's blocks holds t.
func holdsText(bs []model.Block, t string) bool {
	for _, b := range bs {
		if strings.Contains(b.Text, t) {
			return true
		}
	}
	return false
}

// bodyRunes counts the letters and digits of a body.
func bodyRunes(bs []model.Block) int {
	n := 0
	for _, b := range bs {
		n += countRunes(b.Text)
	}
	return n
}

// linkDensityUnder is the share of the letters and digits under n that
// are inside links (0 for no element).
func (w *ContentWalker) linkDensityUnder(n *html.Node) float64 {
	if n == nil {
		return 0
	}
	r, l := 0, 0
	for i := range w.Blocks {
		if b := &w.Blocks[i]; isAncestor(n, b.owner) {
			r += b.Runes
			l += b.LinkRun
		}
	}
	if r == 0 {
		return 0
	}
	return float64(l) / float64(r)
}

// wordOverlap is the share of a's words (lower-cased, as a multiset) that
// are also in b.
func wordOverlap(a, b []model.Block) float64 {
	count := map[string]int{}
	for _, bl := range b {
		for _, t := range strings.Fields(strings.ToLower(bl.Text)) {
			count[t]++
		}
	}
	n, common := 0, 0
	for _, bl := range a {
		for _, t := range strings.Fields(strings.ToLower(bl.Text)) {
			n++
			if count[t] > 0 {
				count[t]--
				common++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(common) / float64(n)
}

// countRunes counts the letters and digits of s, as the walk does.
func countRunes(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
