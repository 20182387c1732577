package lang

import (
	"math"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

//go:generate go run gen_profiles.go

// This file computes whatlanggo's trigram detection (Detect) with the
// same arithmetic from an inverted index of its profiles
// (profiles_gen.go): whatlanggo looks every trigram of every profile of
// the text's script up in a map of the text's trigrams (300 lookups a
// language, 13,500 for the 45 Latin-script languages) and makes a string
// of each of the text's trigrams; here each trigram of the text is looked
// up once, as a number, and adds its weight to the languages whose
// profile holds it. The distances, and so the answers at a confidence
// above 0, are the same (TestDetectTrigramsSameAsWhatlanggo).

// trigramScript names a script whose languages whatlanggo tells apart by
// their profiles.
type trigramScript uint8

const (
	scriptLatin trigramScript = iota
	scriptCyrillic
	scriptArabic
	scriptDevanagari
	scriptEthiopic
	scriptHebrew
	numTrigramScripts
)

// trigramProfile is one language's profile: its trigrams, three
// characters each, in rank order.
type trigramProfile struct {
	script   trigramScript
	lang     whatlanggo.Lang
	trigrams string
}

// maxTrigramDistance is whatlanggo's: the trigram of rank i of a profile
// weighs maxTrigramDistance-i.
const maxTrigramDistance = 300

// maxScriptLangs bounds the languages of one script (45 in Latin).
const maxScriptLangs = 64

// posting is one profile's entry for a trigram: the language (its place
// in trigramIndex.langs) and the trigram's weight in it.
type posting struct {
	lang   uint8
	weight uint16
}

// trigramIndex is the inverted index of the profiles of one script.
type trigramIndex struct {
	langs []whatlanggo.Lang
	ids   map[uint64]int32 // trigram key -> its postings, post[start[id]:start[id+1]]
	start []int32
	post  []posting
}

// trigramKey packs three characters (21 bits each) into one number.
func trigramKey(r1, r2, r3 rune) uint64 {
	return uint64(r1)<<42 | uint64(r2)<<21 | uint64(r3)
}

// trigramIndexes builds the index of each script once, when first used.
var trigramIndexes = sync.OnceValue(func() *[numTrigramScripts]*trigramIndex {
	var out [numTrigramScripts]*trigramIndex
	lists := make([]map[uint64][]posting, numTrigramScripts)
	order := make([][]uint64, numTrigramScripts)
	for _, p := range trigramProfiles {
		ix := out[p.script]
		if ix == nil {
			ix = &trigramIndex{}
			out[p.script] = ix
			lists[p.script] = map[uint64][]posting{}
		}
		li := len(ix.langs)
		ix.langs = append(ix.langs, p.lang)
		var rs [3]rune
		n, rank := 0, 0
		for _, r := range p.trigrams {
			rs[n] = r
			if n++; n < 3 {
				continue
			}
			n = 0
			k := trigramKey(rs[0], rs[1], rs[2])
			if _, ok := lists[p.script][k]; !ok {
				order[p.script] = append(order[p.script], k)
			}
			lists[p.script][k] = append(lists[p.script][k], posting{uint8(li), uint16(maxTrigramDistance - rank)})
			rank++
		}
	}
	for s, ix := range out {
		if ix == nil {
			continue
		}
		if len(ix.langs) > maxScriptLangs {
			out[s] = nil // not expected: detectTrigrams asks whatlanggo
			continue
		}
		ix.ids = make(map[uint64]int32, len(order[s]))
		for _, k := range order[s] {
			ix.ids[k] = int32(len(ix.start))
			ix.start = append(ix.start, int32(len(ix.post)))
			ix.post = append(ix.post, lists[s][k]...)
		}
		ix.start = append(ix.start, int32(len(ix.post)))
	}
	return &out
})

// asciiTrigramChar is whatlanggo's character mapping for ASCII: a
// symbol, space, punctuation or digit is a space, a letter is lowered.
var asciiTrigramChar = func() (t [utf8.RuneSelf]rune) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = trigramChar(r)
	}
	return t
}()

// trigramChar maps a character as whatlanggo's count does: a symbol,
// space, punctuation or digit is a space; any other character is lowered.
func trigramChar(r rune) rune {
	if unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r) {
		return ' '
	}
	return unicode.ToLower(r)
}

// detectTrigrams returns what whatlanggo.Detect(s) returns for the
// language and its confidence. Where two languages score alike at the
// top (confidence 0), whatlanggo's choice between them depends on the
// order of a map's range; here it is the first in profile order.
func detectTrigrams(s string) (whatlanggo.Lang, float64) {
	sc := numTrigramScripts
	switch detectScript(s) {
	case nil:
		return -1, 0
	case unicode.Latin:
		sc = scriptLatin
	case unicode.Cyrillic:
		sc = scriptCyrillic
	case unicode.Arabic:
		sc = scriptArabic
	case unicode.Devanagari:
		sc = scriptDevanagari
	case unicode.Ethiopic:
		sc = scriptEthiopic
	case unicode.Hebrew:
		sc = scriptHebrew
	}
	var ix *trigramIndex
	if sc < numTrigramScripts {
		ix = trigramIndexes()[sc]
	}
	if ix == nil {
		// A script of one language (Han, Greek, Thai, …), told by
		// whatlanggo without trigrams.
		info := whatlanggo.Detect(s)
		return info.Lang, info.Confidence
	}
	if len(ix.langs) == 1 {
		return ix.langs[0], 1
	}

	// The ids of the text's trigrams found in a profile, one per
	// occurrence, as whatlanggo's count walks them: the characters
	// mapped, a space before the first and after the last, and no
	// trigram of a space between spaces or at a word's edge.
	var buf [512]int32
	ids := buf[:0]
	r1, r2 := rune(' '), rune(0)
	first := true
	step := func(r3 rune) {
		if !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			if id, ok := ix.ids[trigramKey(r1, r2, r3)]; ok {
				ids = append(ids, id)
			}
		}
		r1, r2 = r2, r3
	}
	for _, r := range s {
		if r < utf8.RuneSelf {
			r = asciiTrigramChar[r]
		} else {
			r = trigramChar(r)
		}
		if first {
			r2, first = r, false
			continue
		}
		step(r)
	}
	if !first {
		step(' ')
	}

	// Each trigram adds (maxTrigramDistance - rank) times its count to
	// the distance of each language whose profile holds it, and one to
	// the number of trigrams found.
	slices.Sort(ids)
	var dist, num [maxScriptLangs]int
	for i := 0; i < len(ids); {
		j := i + 1
		for j < len(ids) && ids[j] == ids[i] {
			j++
		}
		w := j - i
		for _, p := range ix.post[ix.start[ids[i]]:ix.start[ids[i]+1]] {
			dist[p.lang] += int(p.weight) * w
			num[p.lang]++
		}
		i = j
	}

	// whatlanggo's calculateConfidence, from the best and the second
	// best distance.
	best := 0
	for i := 1; i < len(ix.langs); i++ {
		if dist[i] > dist[best] {
			best = i
		}
	}
	score1, score2 := dist[best], -1
	for i := range len(ix.langs) {
		if i != best && dist[i] > score2 {
			score2 = dist[i]
		}
	}
	var confidence float64
	switch {
	case score1 == 0:
		return -1, 0
	case score2 == 0:
		confidence = float64(score1 / 500)
		if confidence > 1.0 {
			confidence = 1.0
		}
		return ix.langs[best], confidence
	}
	rate := float64((score1 - score2)) / float64(score2)
	confidentRate := float64(12.0/float64(num[best])) + 0.05
	if rate > confidentRate {
		confidence = 1.0
	} else {
		confidence = rate / confidentRate
	}
	confidence = math.Round(confidence*100) / 100
	return ix.langs[best], confidence
}
