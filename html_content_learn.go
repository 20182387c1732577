package article

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// The learned block scorer.
//
// Each text block the walk cuts gets a probability of being article text
// from a logistic regression over shallow features of the block and its
// surroundings: its length, link density, punctuation and stopword density,
// its kind and element, what the class and id hints said of it, its position
// in the page, and the same figures for its neighbours and for the elements
// around it. The weights (contentWeights, in html_content_weights.go) are
// learned from the dev part of the web-extract benchmark only; the training
// is TestTrainContentScorer in html_content_train_test.go:
//
//	go test -run TestTrainContentScorer -traincontent -count=1 .
//
// which reads ../shared/bench/web-extract/dev, labels every block by its
// overlap with the page's ground truth and rewrites html_content_weights.go.

// Feature indices. nFeatures must stay the last.
const (
	fBias = iota
	fLogRunes
	fLinkDensity
	fPunct     // sentence punctuation per 100 letters
	fComma     // commas per 100 letters
	fStop      // stopwords per word
	fEndsPunct // the text ends a sentence
	fWordLen   // mean letters per word, over 10
	fKindPara
	fKindHeading
	fKindItem
	fKindCell
	fKindCaption
	fKindPre
	fOwnerP
	fOwnerDiv
	fOwnerTd
	fQuote
	fBoiler // the hints called it furniture
	fSoft
	fHandPositive // the hand weight is positive
	fPos          // position in the page, 0 to 1
	fPosSq
	fInArticle // inside <article>, <main> or an articleBody element
	fAfterTail // a tail heading (comments, related) came before it
	fParentLogRunes
	fParentLinkDensity
	fGrandLogRunes
	fGrandLinkDensity
	fParentShare // the block's share of its parent's text
	fPrevLogRunes
	fPrevLinkDensity
	fNextLogRunes
	fNextLinkDensity
	fNearLogRunes // mean over the two blocks on either side
	fNearLinkDensity
	fNearPunct
	fDistBest // distance in blocks to the heaviest block, log-scaled
	fBestSub  // under the same element as the heaviest block, up to 3 levels
	fNumeric  // share of digits among the letters and digits
	fUpper    // share of capitals among the letters
	nFeatures
)

// kindFeature is the feature that marks each kind of block.
var kindFeature = [...]int{
	kindPara: fKindPara, kindHeading: fKindHeading, kindItem: fKindItem,
	kindPre: fKindPre, kindCaption: fKindCaption, kindCell: fKindCell,
}

// blockFeats holds every block's features.
type blockFeats [][nFeatures]float64

// allStopwords holds the stopwords of every language table.
var allStopwords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, t := range languages {
		for _, w := range t.stopwords {
			m[w] = true
		}
	}
	return m
})

// stopFilter has a bit set for the length, first and last byte of every
// stopword that statsOf can look up (16 bytes or fewer): a word whose bit
// is clear is no stopword, and the map is not asked.
var stopFilter = sync.OnceValue(func() *[1 << 16 / 64]uint64 {
	var f [1 << 16 / 64]uint64
	for w := range allStopwords() {
		if n := len(w); n > 0 && n <= 16 {
			k := stopKey(n, w[0], w[n-1])
			f[k/64] |= 1 << (k % 64)
		}
	}
	return &f
})

// stopKey is the bit of stopFilter for a word of n bytes that opens with
// byte a and ends with byte z.
func stopKey(n int, a, z byte) uint {
	return (uint(a)<<8 | uint(z)) ^ uint(n)<<11
}

// textStats counts a text's words, stopwords, sentence punctuation, commas,
// digits and capitals in one pass.
type textStats struct {
	words, stops, punct, commas, digits, upper, letters int
}

func statsOf(s string) textStats {
	var st textStats
	stops, filter := allStopwords(), stopFilter()
	var buf [16]byte
	n, inWord, long := 0, false, false
	end := func() {
		if inWord {
			st.words++
			if !long && (n == 0 || filter[stopKey(n, buf[0], buf[n-1])/64]&(1<<(stopKey(n, buf[0], buf[n-1])%64)) != 0) && stops[string(buf[:n])] {
				st.stops++
			}
		}
		n, inWord, long = 0, false, false
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && isLetterRune(r):
			st.letters++
			if r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && r != toLowerRune(r) {
				st.upper++
			}
			inWord = true
			lr := toLowerRune(r)
			if n+utf8.RuneLen(lr) <= len(buf) {
				n += utf8.EncodeRune(buf[n:], lr)
			} else {
				long = true
			}
		case r >= '0' && r <= '9':
			st.digits++
			inWord = true
			long = true
		default:
			end()
			switch r {
			case '.', '!', '?', '。':
				st.punct++
			case ',':
				st.commas++
			}
		}
	}
	end()
	return st
}

// features computes every block's features; hand is each block's hand
// weight.
func (w *contentWalker) features(hand []float64) blockFeats {
	t := w.tree()
	nb := len(w.blocks)
	runes := make([]int, len(t.nodes))
	links := make([]int, len(t.nodes))
	for i := range w.blocks {
		b := &w.blocks[i]
		for j := t.block[i]; j >= 0; j = t.parent[j] {
			runes[j] += b.runes
			links[j] += b.linkRun
		}
	}
	// The heaviest block by hand weight, and whether each element lies in
	// an article element.
	best, bestW := -1, 0.0
	for i, h := range hand {
		if h > bestW {
			best, bestW = i, h
		}
	}
	var bestAnc [4]int32
	for k := range bestAnc {
		bestAnc[k] = -2
	}
	if best >= 0 {
		j := t.block[best]
		for k := 0; k < 4 && j >= 0; k, j = k+1, t.parent[j] {
			bestAnc[k] = j
		}
	}
	inArt := make([]int8, len(t.nodes)) // 0 unknown, 1 yes, 2 no
	var artOf func(j int32) bool
	artOf = func(j int32) bool {
		if j < 0 {
			return false
		}
		if inArt[j] == 0 {
			n := t.nodes[j]
			v := n.DataAtom == atom.Article || n.DataAtom == atom.Main || attr(n, "itemprop") == "articleBody" || artOf(t.parent[j])
			inArt[j] = 2
			if v {
				inArt[j] = 1
			}
		}
		return inArt[j] == 1
	}
	f := make(blockFeats, nb)
	tail := false
	for i := range w.blocks {
		b := &w.blocks[i]
		st := statsOf(b.text)
		x := &f[i]
		x[fBias] = 1
		l := float64(max(b.runes, 1))
		x[fLogRunes] = math.Log1p(float64(b.runes))
		x[fLinkDensity] = float64(b.linkRun) / l
		x[fPunct] = min(float64(st.punct)*100/l, 10)
		x[fComma] = min(float64(st.commas)*100/l, 10)
		if st.words > 0 {
			x[fStop] = float64(st.stops) / float64(st.words)
			x[fWordLen] = min(float64(st.letters)/float64(st.words)/10, 2)
		}
		if e := strings.TrimRight(b.text, "\"'”’»)] "); e != "" && strings.ContainsAny(e[len(e)-1:], ".!?:") {
			x[fEndsPunct] = 1
		}
		x[kindFeature[b.kind]] = 1
		switch b.owner.DataAtom {
		case atom.P:
			x[fOwnerP] = 1
		case atom.Div:
			x[fOwnerDiv] = 1
		case atom.Td, atom.Tr, atom.Table, atom.Tbody:
			x[fOwnerTd] = 1
		}
		if b.quote != nil {
			x[fQuote] = 1
		}
		if b.boiler {
			x[fBoiler] = 1
		}
		if b.soft {
			x[fSoft] = 1
		}
		if hand[i] > 0 {
			x[fHandPositive] = 1
		}
		pos := float64(i) / float64(max(nb-1, 1))
		x[fPos], x[fPosSq] = pos, pos*pos
		j := t.block[i]
		if artOf(j) {
			x[fInArticle] = 1
		}
		if tail {
			x[fAfterTail] = 1
		}
		if isCommentCount(b) || isTailStart(b) && b.runes > 0 {
			tail = true
		}
		if p := t.parent[j]; p >= 0 {
			x[fParentLogRunes] = math.Log1p(float64(runes[p]))
			x[fParentLinkDensity] = float64(links[p]) / float64(max(runes[p], 1))
			x[fParentShare] = float64(b.runes) / float64(max(runes[p], 1))
			if g := t.parent[p]; g >= 0 {
				x[fGrandLogRunes] = math.Log1p(float64(runes[g]))
				x[fGrandLinkDensity] = float64(links[g]) / float64(max(runes[g], 1))
			}
		}
		if best >= 0 {
			x[fDistBest] = math.Log1p(math.Abs(float64(i - best)))
			for k, a := 0, j; k < 6 && a >= 0; k, a = k+1, t.parent[a] {
				if a == bestAnc[3] || a == bestAnc[2] || a == bestAnc[1] || a == bestAnc[0] {
					x[fBestSub] = 1
					break
				}
			}
		}
		if st.letters+st.digits > 0 {
			x[fNumeric] = float64(st.digits) / float64(st.letters+st.digits)
		}
		if st.letters > 0 {
			x[fUpper] = float64(st.upper) / float64(st.letters)
		}
	}
	for i := range w.blocks {
		x := &f[i]
		if i > 0 {
			x[fPrevLogRunes], x[fPrevLinkDensity] = f[i-1][fLogRunes], f[i-1][fLinkDensity]
		}
		if i+1 < nb {
			x[fNextLogRunes], x[fNextLinkDensity] = f[i+1][fLogRunes], f[i+1][fLinkDensity]
		}
		n := 0.0
		for k := max(i-2, 0); k <= min(i+2, nb-1); k++ {
			if k == i {
				continue
			}
			x[fNearLogRunes] += f[k][fLogRunes]
			x[fNearLinkDensity] += f[k][fLinkDensity]
			x[fNearPunct] += f[k][fPunct]
			n++
		}
		if n > 0 {
			x[fNearLogRunes] /= n
			x[fNearLinkDensity] /= n
			x[fNearPunct] /= n
		}
	}
	return f
}

// contentProb is the learned probability that a block with features x is
// article text.
func contentProb(x *[nFeatures]float64) float64 {
	z := 0.0
	for k, v := range x {
		z += contentWeights[k] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// isLetterRune and toLowerRune keep statsOf's loop readable.
func isLetterRune(r rune) bool { return unicode.IsLetter(r) }

func toLowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// handWeights returns every block's hand weight.
func (w *contentWalker) handWeights() []float64 {
	h := make([]float64, len(w.blocks))
	for i := range w.blocks {
		h[i] = w.blocks[i].weight()
	}
	return h
}
