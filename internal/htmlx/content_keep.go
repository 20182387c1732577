package htmlx

import (
	"math"
	"strings"

	"golang.org/x/net/html"
)

// The learned keep-or-drop scorer of the body's blocks.
//
// Once the element is chosen and its blocks emitted, each block the body
// kept (w.keptIdx) is judged again, this time against the rest of the
// body rather than the rest of the page: where it stands from the body's
// first and last paragraph of prose (in blocks and in letters), how much
// prose comes before and after it, its length, link density, punctuation
// and sentence shape, its kind, whether it repeats the headline, names an
// author or is a date line alone, and the general words of the class and
// id names between it and the chosen element (author, share, tag,
// related, footer, meta, comment, subscribe, caption, advertisement,
// navigation; content, entry, story). The lines around the story inside
// the chosen element (a post's footer, an author note, "related" and share
// lines, teasers) are what it is for. A logistic regression; its weights
// (keepWeights, content_keep_weights.go) are fitted on web-extract dev
// only, each block labelled by whether most of its tokens are in the
// page's true main text, by
//
//	go test ./internal/htmlx -run TestTrainKeep -trainkeep -count=1 -v
//
// which also reports the cross-check by halves of the sites.

// Keep-scorer feature indices; NKeep must stay the last.
const (
	KBias = iota
	KProb          // the block scorer's probability (content_learn.go)
	KLogRunes      // log of the letters and digits
	KLinkDensity   // letters in links over letters
	KEndsSentence  // the text ends a sentence
	KProse         // a paragraph of prose (isProse)
	KPunct         // sentence punctuation per 100 letters
	KStop          // stopwords per word
	KNumeric       // share of digits
	KUpper         // share of capitals
	KShort         // under 40 letters
	KHeading       // a heading
	KItem          // a list item
	KCellPre       // a table cell or a line of code
	KQuote         // inside a blockquote
	KBeforeProse   // before the body's first prose paragraph
	KAfterProse    // after the body's last prose paragraph
	KFromFirst     // log of the blocks to the first prose paragraph, before it
	KFromLast      // log of the blocks from the last prose paragraph, after it
	KShareBefore   // the body's letters before the block, over all its letters
	KShareAfter    // the body's letters after the block, over all its letters
	KProseBefore   // log of the prose letters before the block
	KProseAfter    // log of the prose letters after the block
	KFirst         // the body's first block
	KLast          // the body's last block
	KHeadline      // repeats the headline
	KAuthorName    // names one of the authors
	KDateLine      // a date line alone
	KCopyright     // a copyright or rights line
	KSeparators    // two or more "|", "·" or "•" separators
	KClassAuthor   // class/id words: author, bio, byline, profile
	KClassShare    // share, social, sharing, follow
	KClassTag      // tag, categor, topic, keyword
	KClassRelated  // related, recommend, more, read-next, teaser
	KClassFooter   // foot, meta, info, date, time, posted
	KClassComment  // comment, reply, respond, discussion
	KClassSignup   // subscribe, newsletter, signup
	KClassCaption  // caption, credit, photo, image, figure
	KClassAd       // ad, ads, advert, promo, sponsor
	KClassNav      // nav, menu, breadcrumb, pagination
	KClassContent  // content, entry, body, article, post, story, text
	KClassAny      // any class or id between the block and the element
	NKeep
)

// keepClassWords are the general class and id words of each class
// feature: substrings of the lowered names, except those in keepClassTokens.
var keepClassWords = [...]struct {
	f     int
	words []string
}{
	{KClassAuthor, []string{"author", "bio", "byline", "profile", "writer"}},
	{KClassShare, []string{"share", "social", "sharing", "follow", "print", "email"}},
	{KClassTag, []string{"tag", "categor", "topic", "keyword", "label"}},
	{KClassRelated, []string{"related", "recommend", "more", "next", "teaser", "promo-list", "also"}},
	{KClassFooter, []string{"foot", "meta", "info", "date", "time", "posted", "signature"}},
	{KClassComment, []string{"comment", "reply", "respond", "discuss"}},
	{KClassSignup, []string{"subscri", "newsletter", "signup", "sign-up", "register"}},
	{KClassCaption, []string{"caption", "credit", "photo", "image", "figure", "gallery"}},
	{KClassNav, []string{"nav", "menu", "breadcrumb", "pagination", "pager"}},
	{KClassContent, []string{"content", "entry", "body", "article", "post", "story", "text"}},
}

// keepAdTokens are the whole class words of advertising boxes (as
// substrings they would match "head", "load", "badge").
var keepAdTokens = map[string]bool{"ad": true, "ads": true, "advert": true, "advertisement": true, "promo": true, "sponsor": true, "sponsored": true, "dfp": true}

// keepClassNames joins the lowered class and id names of the elements from
// the block's owner up to (not including) root, at most 6 of them.
func keepClassNames(owner, root *html.Node, buf []byte) []byte {
	k := 0
	for n := owner; n != nil && n != root && k < 6; n, k = n.Parent, k+1 {
		if n.Type != html.ElementNode {
			continue
		}
		for _, a := range n.Attr {
			if a.Namespace == "" && (a.Key == "class" || a.Key == "id") && a.Val != "" {
				for i := 0; i < len(a.Val); i++ {
					c := a.Val[i]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf = append(buf, c)
				}
				buf = append(buf, ' ')
			}
		}
	}
	return buf
}

// keepFeatures computes the features of every block the last emit kept
// under root, in the order of w.keptIdx. w.prob must be set.
func (w *ContentWalker) keepFeatures(root *html.Node, headline string, authors []string) [][NKeep]float64 {
	idx := w.keptIdx
	n := len(idx)
	f := make([][NKeep]float64, n)
	first, last, total, proseTotal := -1, -1, 0, 0
	for k, i := range idx {
		b := &w.Blocks[i]
		total += b.Runes
		if isProse(b) {
			if first < 0 {
				first = k
			}
			last = k
			proseTotal += b.Runes
		}
	}
	var names []byte
	before, proseBefore := 0, 0
	for k, i := range idx {
		b := &w.Blocks[i]
		x := &f[k]
		st := statsOf(b.Text)
		l := float64(max(b.Runes, 1))
		prose := isProse(b)
		x[KBias] = 1
		x[KProb] = float64(w.prob[i])
		x[KLogRunes] = math.Log1p(float64(b.Runes))
		x[KLinkDensity] = float64(b.LinkRun) / l
		if endsSentence(b.Text) {
			x[KEndsSentence] = 1
		}
		if prose {
			x[KProse] = 1
		}
		x[KPunct] = min(float64(st.punct)*100/l, 10)
		if st.words > 0 {
			x[KStop] = float64(st.stops) / float64(st.words)
		}
		if st.letters+st.digits > 0 {
			x[KNumeric] = float64(st.digits) / float64(st.letters+st.digits)
		}
		if st.letters > 0 {
			x[KUpper] = float64(st.upper) / float64(st.letters)
		}
		if b.Runes < 40 {
			x[KShort] = 1
		}
		switch b.kind {
		case kindHeading:
			x[KHeading] = 1
		case kindItem:
			x[KItem] = 1
		case kindCell, kindPre:
			x[KCellPre] = 1
		}
		if b.quote != nil {
			x[KQuote] = 1
		}
		if first < 0 || k < first {
			x[KBeforeProse] = 1
			if first >= 0 {
				x[KFromFirst] = math.Log1p(float64(first - k))
			}
		}
		if last >= 0 && k > last {
			x[KAfterProse] = 1
			x[KFromLast] = math.Log1p(float64(k - last))
		}
		t := float64(max(total, 1))
		x[KShareBefore] = float64(before) / t
		x[KShareAfter] = float64(total-before-b.Runes) / t
		pa := proseTotal - proseBefore
		if prose {
			pa -= b.Runes
		}
		x[KProseBefore] = math.Log1p(float64(proseBefore))
		x[KProseAfter] = math.Log1p(float64(pa))
		if k == 0 {
			x[KFirst] = 1
		}
		if k == n-1 {
			x[KLast] = 1
		}
		if headline != "" && b.Runes <= 300 && SameTitle(b.Text, headline) {
			x[KHeadline] = 1
		}
		if b.Runes <= 300 {
			for _, a := range authors {
				if len(a) >= 4 && strings.Contains(b.Text, a) {
					x[KAuthorName] = 1
					break
				}
			}
			if isDateLine(b.Text) {
				x[KDateLine] = 1
			}
			low := strings.ToLower(b.Text)
			if strings.Contains(low, "©") || strings.Contains(low, "copyright") || strings.Contains(low, "all rights reserved") {
				x[KCopyright] = 1
			}
			if strings.Count(b.Text, "|")+strings.Count(b.Text, "·")+strings.Count(b.Text, "•") >= 2 {
				x[KSeparators] = 1
			}
		}
		names = keepClassNames(b.owner, root, names[:0])
		if len(names) > 0 {
			x[KClassAny] = 1
			s := string(names)
			for _, cw := range keepClassWords {
				for _, word := range cw.words {
					if strings.Contains(s, word) {
						x[cw.f] = 1
						break
					}
				}
			}
			for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
				if keepAdTokens[tok] {
					x[KClassAd] = 1
					break
				}
			}
		}
		before += b.Runes
		if prose {
			proseBefore += b.Runes
		}
	}
	return f
}

// keepProb is the keep scorer's probability that a body block with
// features x is article text.
func keepProb(x *[NKeep]float64) float64 {
	z := 0.0
	for k, v := range x {
		z += keepWeights[k] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// keepOff turns the keep scorer off (the training command measures the
// body without it).
var keepOff bool

// keepMin is the keep scorer's probability under which a body block is
// left out.
var keepMin = 0.5

// keepDrops returns, in order, the blocks of the last emit that the keep
// scorer leaves out: none without the block scorer's judgement (the
// second extraction's walk).
func (w *ContentWalker) keepDrops(root *html.Node, headline string, authors []string) []int {
	if keepOff || w.prob == nil || len(w.keptIdx) == 0 {
		return nil
	}
	f := w.keepFeatures(root, headline, authors)
	var out []int
	whole := w.wholeIdx
	for k, i := range w.keptIdx {
		for len(whole) > 0 && whole[0] < i {
			whole = whole[1:]
		}
		if len(whole) > 0 && whole[0] == i {
			continue // a cell of a data table or a line of code set whole
		}
		if keepProb(&f[k]) < keepMin {
			out = append(out, i)
		}
	}
	return out
}
