package htmlx

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"

	"golang.org/x/net/html/atom"
)

// The learned block scorer.
//
// Each text block the walk cuts gets a probability of being article text
// from a logistic regression over shallow features of the block and its
// surroundings: its length, link density, punctuation and stopword density,
// its kind and element, what the class and id hints said of it, its position
// in the page, and the same figures for its neighbours and for the elements
// around it. The weights (contentWeights, in content_weights.go) are
// learned from the dev part of the web-extract benchmark only; the training
// is TestTrainContentScorer in the root package's html_content_train_test.go, run from the repository root:
//
//	go test -run TestTrainContentScorer -traincontent -count=1 .
//
// which reads ../shared/bench/web-extract/dev, labels every block by its
// overlap with the page's ground truth and rewrites html_content_weights.go.

// Feature indices. nFeatures must stay the last.
const (
	FBias = iota
	FLogRunes
	FLinkDensity
	FPunct     // sentence punctuation per 100 letters
	FComma     // commas per 100 letters
	FStop      // stopwords per word
	FEndsPunct // the text ends a sentence
	FWordLen   // mean letters per word, over 10
	FKindPara
	FKindHeading
	FKindItem
	FKindCell
	FKindCaption
	FKindPre
	FOwnerP
	FOwnerDiv
	FOwnerTd
	FQuote
	FBoiler // the hints called it furniture
	FSoft
	FHandPositive // the hand weight is positive
	FPos          // position in the page, 0 to 1
	FPosSq
	FInArticle // inside <article>, <main> or an articleBody element
	FAfterTail // a tail heading (comments, related) came before it
	FParentLogRunes
	FParentLinkDensity
	FGrandLogRunes
	FGrandLinkDensity
	FParentShare // the block's share of its parent's text
	FPrevLogRunes
	FPrevLinkDensity
	FNextLogRunes
	FNextLinkDensity
	FNearLogRunes // mean over the two blocks on either side
	FNearLinkDensity
	FNearPunct
	FDistBest // distance in blocks to the heaviest block, log-scaled
	FBestSub  // under the same element as the heaviest block, up to 3 levels
	FNumeric  // share of digits among the letters and digits
	FUpper    // share of capitals among the letters
	NFeatures
)

// kindFeature is the feature that marks each kind of block.
var kindFeature = [...]int{
	kindPara: FKindPara, kindHeading: FKindHeading, kindItem: FKindItem,
	kindPre: FKindPre, kindCaption: FKindCaption, kindCell: FKindCell,
}

// BlockFeats holds every block's features.
type BlockFeats [][NFeatures]float64

// allStopwords holds the stopwords of every language table.
var allStopwords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, t := range lang.Languages {
		for _, w := range t.Stopwords {
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
	stops, filter := stopWords16(), stopFilter()
	// The word being read: its lower-case bytes in buf (n of them),
	// long once it holds a digit or more than buf holds. Plain locals,
	// no closure over them, so that the loop keeps them in registers.
	var buf [16]byte
	n, inWord, long := 0, false, false
	for i := 0; i < len(s); {
		c := s[i]
		var punct rune
		if c < utf8.RuneSelf {
			// An ASCII byte: the cases below, without decoding or
			// encoding a rune.
			i++
			switch k := asciiStatClass[c]; k {
			case statLower, statUpper:
				st.letters++
				if k == statUpper {
					st.upper++
					c += 'a' - 'A'
				}
				inWord = true
				if n < len(buf) {
					buf[n] = c
					n++
				} else {
					long = true
				}
				continue
			case statDigit:
				st.digits++
				inWord, long = true, true
				continue
			}
			punct = rune(c)
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case isLetterRune(r):
				st.letters++
				lr := toLowerRune(r)
				if r != lr {
					st.upper++
				}
				inWord = true
				if n+utf8.RuneLen(lr) <= len(buf) {
					n += utf8.EncodeRune(buf[n:], lr)
				} else {
					long = true
				}
				continue
			}
			punct = r
		}
		// A byte or a character that ends the word.
		if inWord {
			st.words++
			if !long && isStopword(stops, filter, &buf, n) {
				st.stops++
			}
			n, inWord, long = 0, false, false
		}
		switch punct {
		case '.', '!', '?', '。':
			st.punct++
		case ',':
			st.commas++
		}
	}
	if inWord {
		st.words++
		if !long && isStopword(stops, filter, &buf, n) {
			st.stops++
		}
	}
	return st
}

// isStopword reports whether the lower-case word in buf[:n] (16 bytes
// or fewer) is a stopword, asking the table only when filter's bit for
// it is set.
func isStopword(stops *stopTable, filter *[1 << 16 / 64]uint64, buf *[16]byte, n int) bool {
	if n == 0 {
		return allStopwords()[""]
	}
	k := stopKey(n, buf[0], buf[n-1])
	if filter[k/64]&(1<<(k%64)) == 0 {
		return false
	}
	return stops.has(buf, n)
}

// The classes of ASCII bytes statsOf tells apart.
const (
	statOther = iota
	statLower
	statUpper
	statDigit
)

// asciiStatClass is each ASCII byte's class for statsOf.
var asciiStatClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = statLower
		case 'A' <= c && c <= 'Z':
			t[c] = statUpper
		case '0' <= c && c <= '9':
			t[c] = statDigit
		}
	}
	return t
}()

// Features computes every block's features; hand is each block's hand
// weight.
func (w *ContentWalker) Features(hand []float64) BlockFeats {
	return w.featuresInto(nil, hand)
}

// featsPool holds feature buffers that choose gives back once it has read
// them: a page's features are the largest allocation of the content step.
var featsPool sync.Pool

// maxPooledFeats bounds the buffers featsPool keeps (in blocks, about
// 300 bytes each): a rare huge page's buffer is left to the collector.
const maxPooledFeats = 8192

// featuresInto is Features written into buf when it is long enough (its
// old contents cleared), into a new slice otherwise.
func (w *ContentWalker) featuresInto(buf BlockFeats, hand []float64) BlockFeats {
	t := w.tree()
	nb := len(w.Blocks)
	runes, links := t.sumsUnder(w.Blocks)
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
	var f BlockFeats
	if cap(buf) >= nb {
		f = buf[:nb]
		clear(f)
	} else {
		f = make(BlockFeats, nb)
	}
	tail := false
	for i := range w.Blocks {
		b := &w.Blocks[i]
		st := statsOf(b.Text)
		x := &f[i]
		x[FBias] = 1
		l := float64(max(b.Runes, 1))
		x[FLogRunes] = log1pInt(b.Runes)
		x[FLinkDensity] = float64(b.LinkRun) / l
		x[FPunct] = min(float64(st.punct)*100/l, 10)
		x[FComma] = min(float64(st.commas)*100/l, 10)
		if st.words > 0 {
			x[FStop] = float64(st.stops) / float64(st.words)
			x[FWordLen] = min(float64(st.letters)/float64(st.words)/10, 2)
		}
		if e := strings.TrimRight(b.Text, "\"'”’»)] "); e != "" && strings.ContainsAny(e[len(e)-1:], ".!?:") {
			x[FEndsPunct] = 1
		}
		x[kindFeature[b.kind]] = 1
		switch b.owner.DataAtom {
		case atom.P:
			x[FOwnerP] = 1
		case atom.Div:
			x[FOwnerDiv] = 1
		case atom.Td, atom.Tr, atom.Table, atom.Tbody:
			x[FOwnerTd] = 1
		}
		if b.quote != nil {
			x[FQuote] = 1
		}
		if b.boiler {
			x[FBoiler] = 1
		}
		if b.soft {
			x[FSoft] = 1
		}
		if hand[i] > 0 {
			x[FHandPositive] = 1
		}
		pos := float64(i) / float64(max(nb-1, 1))
		x[FPos], x[FPosSq] = pos, pos*pos
		j := t.block[i]
		if artOf(j) {
			x[FInArticle] = 1
		}
		if tail {
			x[FAfterTail] = 1
		}
		// tail, once set, stays set: the tests are skipped after that.
		if !tail && (isCommentCount(b) || isTailStart(b) && b.Runes > 0) {
			tail = true
		}
		if p := t.parent[j]; p >= 0 {
			x[FParentLogRunes] = log1pInt(runes[p])
			x[FParentLinkDensity] = float64(links[p]) / float64(max(runes[p], 1))
			x[FParentShare] = float64(b.Runes) / float64(max(runes[p], 1))
			if g := t.parent[p]; g >= 0 {
				x[FGrandLogRunes] = log1pInt(runes[g])
				x[FGrandLinkDensity] = float64(links[g]) / float64(max(runes[g], 1))
			}
		}
		if best >= 0 {
			x[FDistBest] = log1pInt(max(i-best, best-i))
			for k, a := 0, j; k < 6 && a >= 0; k, a = k+1, t.parent[a] {
				if a == bestAnc[3] || a == bestAnc[2] || a == bestAnc[1] || a == bestAnc[0] {
					x[FBestSub] = 1
					break
				}
			}
		}
		if st.letters+st.digits > 0 {
			x[FNumeric] = float64(st.digits) / float64(st.letters+st.digits)
		}
		if st.letters > 0 {
			x[FUpper] = float64(st.upper) / float64(st.letters)
		}
	}
	for i := range w.Blocks {
		x := &f[i]
		if i > 0 {
			x[FPrevLogRunes], x[FPrevLinkDensity] = f[i-1][FLogRunes], f[i-1][FLinkDensity]
		}
		if i+1 < nb {
			x[FNextLogRunes], x[FNextLinkDensity] = f[i+1][FLogRunes], f[i+1][FLinkDensity]
		}
		n := 0.0
		for k := max(i-2, 0); k <= min(i+2, nb-1); k++ {
			if k == i {
				continue
			}
			x[FNearLogRunes] += f[k][FLogRunes]
			x[FNearLinkDensity] += f[k][FLinkDensity]
			x[FNearPunct] += f[k][FPunct]
			n++
		}
		if n > 0 {
			x[FNearLogRunes] /= n
			x[FNearLinkDensity] /= n
			x[FNearPunct] /= n
		}
	}
	return f
}

// ContentProb is the learned probability that a block with features x is
// article text.
func ContentProb(x *[NFeatures]float64) float64 {
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

// HandWeights returns every block's hand weight.
func (w *ContentWalker) HandWeights() []float64 {
	h := make([]float64, len(w.Blocks))
	for i := range w.Blocks {
		h[i] = w.Blocks[i].weight()
	}
	return h
}
