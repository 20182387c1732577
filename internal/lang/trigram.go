package lang

import (
	"math"
	"sync"
	"unicode"
	"unicode/utf8"
	_ "unsafe" // for go:linkname: the detector's profiles are unexported

	"github.com/RadhiFadlillah/whatlanggo"
)

// The trigram profiles of whatlanggo, by script: for each language, its
// 300 most frequent trigrams, most frequent first. The package keeps them
// unexported; identify reads them to score a text the way the package
// does, in fewer steps (see identify).
//
//go:linkname wlLatin github.com/RadhiFadlillah/whatlanggo.latinLangs
var wlLatin map[whatlanggo.Lang][]string

//go:linkname wlCyrillic github.com/RadhiFadlillah/whatlanggo.cyrillicLangs
var wlCyrillic map[whatlanggo.Lang][]string

//go:linkname wlArabic github.com/RadhiFadlillah/whatlanggo.arabicLangs
var wlArabic map[whatlanggo.Lang][]string

//go:linkname wlDevanagari github.com/RadhiFadlillah/whatlanggo.devanagariLangs
var wlDevanagari map[whatlanggo.Lang][]string

//go:linkname wlEthiopic github.com/RadhiFadlillah/whatlanggo.ethiopicLangs
var wlEthiopic map[whatlanggo.Lang][]string

//go:linkname wlHebrew github.com/RadhiFadlillah/whatlanggo.hebrewLangs
var wlHebrew map[whatlanggo.Lang][]string

// maxTrigramDistance is whatlanggo's weight of a profile's first trigram
// (its constant of the same name).
const maxTrigramDistance = 300

// trigramKey packs a trigram's three characters into one integer, 21
// bits each (no character is above U+10FFFF).
func trigramKey(r1, r2, r3 rune) uint64 {
	return uint64(r1)<<42 | uint64(r2)<<21 | uint64(r3)
}

// profileHit is one place of a trigram in a language's profile: the
// language's index in scriptIndex.langs and the trigram's rank.
type profileHit struct {
	lang, rank int32
}

// scriptIndex inverts the profiles of one script: for each trigram (by
// trigramKey), the number of its list in hits, which holds the languages
// whose profile lists the trigram and at which rank.
type scriptIndex struct {
	langs []whatlanggo.Lang
	tags  []string // the ISO 639-1 tag of each of langs
	ids   map[uint64]int32
	hits  [][]profileHit
}

// newScriptIndex builds the index of the profiles p. A profile entry that
// is not three valid characters never equals a trigram of a text (whose
// trigrams are three characters), and is left out.
func newScriptIndex(p map[whatlanggo.Lang][]string) *scriptIndex {
	x := &scriptIndex{ids: map[uint64]int32{}}
	for l, trigrams := range p {
		li := int32(len(x.langs))
		x.langs = append(x.langs, l)
		x.tags = append(x.tags, l.Iso6391())
		for rank, t := range trigrams {
			if !utf8.ValidString(t) || utf8.RuneCountInString(t) != 3 {
				continue
			}
			r := []rune(t)
			k := trigramKey(r[0], r[1], r[2])
			id, ok := x.ids[k]
			if !ok {
				id = int32(len(x.hits))
				x.ids[k] = id
				x.hits = append(x.hits, nil)
			}
			x.hits[id] = append(x.hits[id], profileHit{li, int32(rank)})
		}
	}
	return x
}

var (
	indexOnce                                               sync.Once
	latinIndex, cyrillicIndex, arabicIndex, devanagariIndex *scriptIndex
	ethiopicIndex, hebrewIndex                              *scriptIndex
	trigramPool                                             = sync.Pool{New: func() any { return new(trigramScratch) }}
)

// trigramScratch is the memory of one identify call, pooled.
type trigramScratch struct {
	runes     []rune
	dist, num []int
	// seen marks the trigram lists of the index met in this call: those
	// whose mark is gen.
	seen []uint32
	gen  uint32
}

func buildIndexes() {
	latinIndex = newScriptIndex(wlLatin)
	cyrillicIndex = newScriptIndex(wlCyrillic)
	arabicIndex = newScriptIndex(wlArabic)
	devanagariIndex = newScriptIndex(wlDevanagari)
	ethiopicIndex = newScriptIndex(wlEthiopic)
	hebrewIndex = newScriptIndex(wlHebrew)
	for _, x := range []*scriptIndex{latinIndex, cyrillicIndex, arabicIndex, devanagariIndex, ethiopicIndex, hebrewIndex} {
		for i, l := range x.langs {
			if l >= 0 && int(l) < len(isoTags) {
				isoTags[l], isoTagSet[l] = x.tags[i], true
			}
		}
	}
}

// isoTags holds the ISO 639-1 tag of the languages of the profiles, by
// whatlanggo.Lang, isoTagSet which are set.
var (
	isoTags   [256]string
	isoTagSet [256]bool
)

// isoTag is l.Iso6391(), from isoTags when it holds l.
func isoTag(l whatlanggo.Lang) string {
	if l >= 0 && int(l) < len(isoTags) && isoTagSet[l] {
		return isoTags[l]
	}
	return l.Iso6391()
}

// identify is whatlanggo.Detect(s)'s language and confidence, computed
// alike: the same script test, the same trigrams of the text with the
// same weights, the same distance of each profile and the same
// confidence. Where whatlanggo looks each of a profile's 300 trigrams up
// in the text's trigrams, for every language of the script (some 12,000
// map look-ups for a Latin text), identify looks each trigram of the text
// up once in an index of the profiles; both sum the same integers. Two
// languages that score alike at the top get confidence 0 from both (the
// package's pick between them follows map order; Identify drops answers
// under MinConfidence, so the pick never shows). Scripts scored without
// profiles are left to whatlanggo.
func identify(s string) (whatlanggo.Lang, float64) {
	script := whatlanggo.DetectScript(s)
	if script == nil {
		return -1, 0
	}
	indexOnce.Do(buildIndexes)
	var x *scriptIndex
	switch script {
	case unicode.Latin:
		x = latinIndex
	case unicode.Cyrillic:
		x = cyrillicIndex
	case unicode.Devanagari:
		x = devanagariIndex
	case unicode.Hebrew:
		x = hebrewIndex
	case unicode.Ethiopic:
		x = ethiopicIndex
	case unicode.Arabic:
		x = arabicIndex
	default:
		info := whatlanggo.Detect(s)
		return info.Lang, info.Confidence
	}
	switch len(x.langs) {
	case 0:
		return -1, 0
	case 1:
		return x.langs[0], 1
	}
	sc := trigramPool.Get().(*trigramScratch)
	defer trigramPool.Put(sc)
	if cap(sc.dist) < len(x.langs) {
		sc.dist, sc.num = make([]int, len(x.langs)), make([]int, len(x.langs))
	}
	sc.dist, sc.num = sc.dist[:len(x.langs)], sc.num[:len(x.langs)]
	clear(sc.dist)
	clear(sc.num)
	if len(sc.seen) < len(x.hits) {
		sc.seen = make([]uint32, len(x.hits))
		sc.gen = 0
	}
	sc.gen++
	if sc.gen == 0 { // wrapped: no old mark may equal gen
		clear(sc.seen)
		sc.gen = 1
	}
	sc.score(x, s)
	// The best and second best distances, as the package's sort by
	// distance gives them.
	best, score1, score2 := -1, -1, -1
	for i, d := range sc.dist {
		switch {
		case d > score1:
			best, score1, score2 = i, d, score1
		case d > score2:
			score2 = d
		}
	}
	switch {
	case score1 == 0:
		return -1, 0
	case score1 == score2:
		// A tie at the top: the package's rate is 0, and so its
		// confidence, whichever language it names.
		return x.langs[best], 0
	case score2 == 0:
		return x.langs[best], min(float64(score1/500.0), 1.0)
	}
	rate := float64(score1-score2) / float64(score2)
	confidentRate := 12.0/float64(sc.num[best]) + 0.05
	conf := 1.0
	if rate <= confidentRate {
		conf = rate / confidentRate
	}
	return x.langs[best], math.Round(conf*100) / 100
}

// score adds up the distance of each language of x to s and the number
// of its profile's trigrams s holds, into sc.dist and sc.num, as
// whatlanggo's count and calculateDistance do: characters lowered,
// spaces, punctuation, symbols and digits made spaces, a space added at
// the end, no trigram of a space between two spaces or at a word's edge;
// each occurrence of a trigram at rank i of a profile adds 300 - i (the
// package multiplies by the trigram's count, the same sum), and each
// distinct trigram counts once.
func (sc *trigramScratch) score(x *scriptIndex, s string) {
	runes := sc.runes[:0]
	for _, r := range s {
		if isStopChar(r) {
			r = ' '
		}
		runes = append(runes, unicode.ToLower(r))
	}
	runes = append(runes, ' ')
	sc.runes = runes
	r1, r2 := ' ', runes[0]
	for _, r3 := range runes[1:] {
		if !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			if id, ok := x.ids[trigramKey(r1, r2, r3)]; ok {
				hits := x.hits[id]
				for _, h := range hits {
					sc.dist[h.lang] += maxTrigramDistance - int(h.rank)
				}
				if sc.seen[id] != sc.gen {
					sc.seen[id] = sc.gen
					for _, h := range hits {
						sc.num[h.lang]++
					}
				}
			}
		}
		r1, r2 = r2, r3
	}
}

// isStopChar is whatlanggo's test of a character that separates words:
// a space, punctuation, a symbol or a digit.
func isStopChar(r rune) bool {
	return unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r)
}
