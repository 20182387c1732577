package htmlx

import (
	"math"
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// The section as a learned choice among candidates.
//
// Every source the page offers (structured data, breadcrumb trails, the
// post's category, a label or a heading over the headline, a category
// link by it, the section meta tags, the highlighted menu tab, a <title>
// segment, and a link to a directory above the page's own address, the
// section's listing page that sites link from their menus and trails)
// proposes a value. The values, folded, are the candidates; each gets the
// features below: which kinds of source propose it, how many agree,
// whether the page's address or <title> holds its words, its shape (word
// count, capitals, digits), whether it names the site. Beside them stands
// the empty answer, for pages that print no section. A conditional logit
// (softmax over the candidates and the empty answer) picks one; its
// weights (sectionWeights, in section_weights.go) are learned from the
// hand-labelled tuning pages (testdata/webextract-dev-meta.json and
// testdata/sections.json) by TestTrainSectionRanker in the root package:
//
//	go test -run TestTrainSectionRanker -trainsection -count=1 .

// Section candidate features. NSectionFeatures must stay the last.
const (
	SEmpty          = iota // the empty answer
	SEmptyNCands           // the empty answer: log(1 + candidates)
	SLD                    // JSON-LD articleSection
	SOG                    // article:section
	SMicro                 // microdata articleSection
	STrailLD               // a JSON-LD BreadcrumbList
	STrailMicro            // a microdata or RDFa BreadcrumbList
	STrailVisible          // a printed breadcrumb trail
	SCategory              // rel=category link, "Filed under"
	SLabel                 // a category-classed label over the headline
	SCatHref               // a category listing's link by the headline
	SHeading               // a short <h1> over the headline
	SMeta                  // section / category meta tags
	STab                   // the highlighted menu item
	STitleSeg              // a middle <title> segment
	STitleSegBacked        // ... that a link prints or the address holds
	SParentLink            // a link to a directory above the page's address
	SParentDeepest         // ... the deepest such directory
	SOver1                 // the nearest short line over the headline
	SOver2                 // another short line over it
	SOverHeading           // ... set as a heading
	SOverLink              // ... set as a link
	SOverOutside           // ... in a menu or a sidebar
	SNSources              // kinds of source that propose it, over 3
	SURLWords              // the page's address holds its words
	SInTitle               // the <title> holds it
	SLogWords              // log(1 + words)
	SCapital               // opens with a capital
	SAllCaps               // all capitals
	SDigits                // holds a digit
	SSiteLike              // reads as the site's name
	SKeywordish            // holds a comma or a semicolon
	// SWeakAlone: only weak sources (a line over the headline, a parent
	// link, a <title> segment) propose it, and neither the address nor
	// the <title> holds it.
	SWeakAlone
	NSectionFeatures
)

// sectionKinds maps each candidate source's index in rankSources to its
// feature.
var sectionKinds = [...]int{SLD, SOG, SMicro, STrailLD, STrailMicro, STrailVisible, SCategory, SLabel, SCatHref, SHeading, SMeta, STab, STitleSeg, SParentLink, SOver1, SOver2}

// SectionCandidate is one candidate of the section ranker: the value, its
// features and where it was read (the first, most trusted source that
// proposes it).
type SectionCandidate struct {
	Value string
	X     [NSectionFeatures]float64
	From  model.Source
}

// SectionTrace, when set, is called with every page's candidates (the
// empty answer first, Value "") and the value the ranker chose. The
// training and the evaluation set it; the library never does.
var SectionTrace func(cands []SectionCandidate, chosen string)

// sectionScore is the ranker's score of one candidate.
func sectionScore(x *[NSectionFeatures]float64) float64 {
	s := 0.0
	for i, w := range sectionWeights {
		s += w * x[i]
	}
	return s
}

// rankSection builds the candidates of the sources (in order of trust)
// and returns the chosen value, its source and its probability.
func rankSection(sources []sourced, kinds []int, title string, urls []string, sites []string) (string, model.Source, float64) {
	cands := make([]SectionCandidate, 1, 8)
	var folds []string
	folds = append(folds, "")
	for i, c := range sources {
		v := textutil.NormalizeSpace(c.v)
		if v == "" {
			continue
		}
		f := FoldSection(v)
		k := -1
		for j := 1; j < len(folds); j++ {
			if folds[j] == f {
				k = j
				break
			}
		}
		if k < 0 {
			k = len(cands)
			cands = append(cands, SectionCandidate{Value: v, From: c.from})
			folds = append(folds, f)
		}
		cands[k].X[kinds[i]] = 1
	}
	n := len(cands) - 1
	cands[0].X[SEmpty] = 1
	cands[0].X[SEmptyNCands] = math.Log1p(float64(n))
	ftitle := FoldSection(title)
	for k := 1; k < len(cands); k++ {
		x := &cands[k].X
		kindsOn := 0
		for _, f := range sectionKinds {
			if x[f] != 0 {
				kindsOn++
			}
		}
		x[SNSources] = float64(kindsOn) / 3
		weak := 0
		for _, f := range []int{SOver1, SOver2, SParentLink, STitleSeg} {
			if x[f] != 0 {
				weak++
			}
		}
		v := cands[k].Value
		if urlCorroborates(v, urls...) {
			x[SURLWords] = 1
		}
		if ftitle != "" && strings.Contains(ftitle, folds[k]) {
			x[SInTitle] = 1
		}
		x[SLogWords] = math.Log1p(float64(textutil.CountWords(v)))
		upper, lower := 0, 0
		for i, r := range v {
			if i == 0 && unicode.IsUpper(r) {
				x[SCapital] = 1
			}
			switch {
			case unicode.IsUpper(r):
				upper++
			case unicode.IsLower(r):
				lower++
			case unicode.IsDigit(r):
				x[SDigits] = 1
			}
		}
		if upper >= 2 && lower == 0 {
			x[SAllCaps] = 1
		}
		if matchesSite(v, sites) || siteLike(v, sites) {
			x[SSiteLike] = 1
		}
		if strings.ContainsAny(v, ",;") {
			x[SKeywordish] = 1
		}
		if weak == kindsOn && x[SURLWords] == 0 && x[SInTitle] == 0 {
			x[SWeakAlone] = 1
		}
	}
	best, bestScore := 0, math.Inf(-1)
	scores := make([]float64, len(cands))
	for k := range cands {
		scores[k] = sectionScore(&cands[k].X)
		if scores[k] > bestScore {
			best, bestScore = k, scores[k]
		}
	}
	if SectionTrace != nil {
		SectionTrace(cands, cands[best].Value)
	}
	if best == 0 {
		return "", model.Source{}, 0
	}
	sum := 0.0
	for _, s := range scores {
		sum += math.Exp(s - bestScore)
	}
	return cands[best].Value, cands[best].From, 1 / sum
}

// SectionWeights returns a copy of the section ranker's weights, for the
// training's comparisons.
func SectionWeights() []float64 {
	return append([]float64(nil), sectionWeights[:]...)
}

// sectionPrior is the order of trust the hand rules gave the sources:
// structured data first, then the printed trail and category, the labels
// and headings by the headline, the meta tags and the menu's tab, last a
// <title> segment backed by a link or the address. The training starts
// from it and is drawn back to it, so that a source the few labelled
// pages rarely show keeps its place.
var sectionPrior = [NSectionFeatures]float64{
	SEmpty: 0, SLD: 3, SOG: 2.5, SMicro: 3, STrailLD: 2, STrailMicro: 2, STrailVisible: 2, SCategory: 2,
	SLabel: 1.5, SCatHref: 1.2, SHeading: 1.2, SMeta: 1, STab: 1, STitleSegBacked: 1, STitleSeg: -0.5,
}

// SectionPrior returns a copy of sectionPrior, for the training.
func SectionPrior() []float64 {
	return append([]float64(nil), sectionPrior[:]...)
}
