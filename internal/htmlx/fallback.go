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
// dev without losing pages.
const (
	fbFewBlocks = 3
	fbLinkMax   = 0.1
	fbRatio     = 2
	fbMinAlt    = 200
)

// fallbackProbe and fallbackAlways are for TestFallbackSignals only: the
// probe sees every comparison made, and fallbackAlways makes one on every
// page.
var (
	fallbackProbe  func(s fallbackSignals, ours, alt []model.Block)
	fallbackAlways bool
)

// fallbackSignals are what the decision between the two bodies reads, and
// a few more figures for the tuning table.
type fallbackSignals struct {
	page    int     // letters and digits of all the page's text blocks
	ours    int     // letters and digits of the first body
	alt     int     // of the second body
	overlap float64 // share of the second body's words also in the first
	oursIn  float64 // share of the first body's words also in the second
	nOurs   int     // blocks of the first body
	nAlt    int     // of the second
	bestLD  float64 // link density of the text under the first body's element
	// marked is true when the page's markup names the first body's
	// element the article: an <article> element (one of a feed, chosen
	// for carrying the headline), or itemprop="articleBody".
	marked bool
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
	s := fallbackSignals{ours: bodyRunes(blocks), nOurs: len(blocks), bestLD: w.linkDensityUnder(best),
		marked: best != nil && (best.DataAtom == atom.Article || attr(best, "itemprop") == "articleBody")}
	if !doubtful(s) && !fallbackAlways {
		return blocks, best, w
	}
	alt := readabilityBody(root, headline, authors)
	s.alt, s.nAlt = bodyRunes(alt), len(alt)
	if fallbackProbe != nil {
		for i := range w.Blocks {
			s.page += w.Blocks[i].Runes
		}
		s.overlap, s.oursIn = wordOverlap(alt, blocks), wordOverlap(blocks, alt)
		fallbackProbe(s, blocks, alt)
	}
	if preferAlt(s) {
		return alt, best, w
	}
	return blocks, best, w
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
