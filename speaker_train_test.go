package article

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/learn"
	"github.com/articlekit/article/internal/model"
)

// Training the learned speaker chooser (see internal/attrib/chooser.go):
//
//	go test -run TestTrainSpeakerChooser -trainspeaker -count=1 .
//
// reads the TUNE half (odd-numbered files) of ../shared/corpora/ru-quotes-dev
// only, never the validation half, and the English PolNeAR training split
// (../shared/corpora/polnear-train); parses each article as the text path
// does; takes every quotation that matches an annotated one with a named
// speaker; labels each of its candidate speakers right or wrong as the
// corpus's scorer judges a speaker (eval.RuSpeakerOK, eval.SpeakerMatches);
// reports two-fold cross-checks (files alternately in two folds: train on
// one, count the quotations whose best-scored candidate is right on the
// other) inside the tune half, with each feature left out in turn, inside
// PolNeAR, and pooled (a logistic regression by Newton's method, one
// sample a candidate, for the feature and weighting checks; a conditional
// logit, the softmax of a quotation's candidates' scores, which is what
// the chooser computes); then, over every training corpus pooled, reports
// leave-one-corpus-out (train on all corpora but one, count on it: the
// estimate of how the chooser does on text it has not seen) and two folds
// by file, for several corpus weightings (corpusWeighted) and L2 pulls,
// each with the right choices on the even halves of the fresh sets, never
// trained on (and, with -featurecheck, each feature left out under
// leave-one-corpus-out); then fits the conditional logit with a small L2
// penalty toward a prior on all the corpora pooled and rewrites
// internal/attrib/speaker_weights.go. The odd halves of the fresh sets
// join the training with -trainfresh, -trainfresh2, -trainfresh3 or all
// every fresh set (freshSets) with -trainfreshall:
//
//	go test -run TestTrainSpeakerChooser -trainspeaker -trainfreshall -count=1 -v .
//
// The quotation filter (Russian) is cross-checked on the tune half alone,
// and written to internal/attrib/quote_weights.go only with -trainfilter.
var flagTrainSpeaker = flag.Bool("trainspeaker", false, "train the speaker chooser on the tune half of ru-quotes-dev and PolNeAR and rewrite internal/attrib/speaker_weights.go (and quote_weights.go with -trainfilter)")

// ruQuotesDir is the Russian quotations corpus.
const ruQuotesDir = "../shared/corpora/ru-quotes-dev"

// flagTrainFresh adds the first half of testdata/ru-fresh to the tune half
// the chooser and the filter are trained on.
var flagTrainFresh = flag.Bool("trainfresh", false, "with -trainspeaker, train on the first half (odd files) of testdata/ru-fresh too")

// flagTrainFresh2 adds the first half of testdata/ru-fresh2 (regional
// press) to the tune half the chooser and the filter are trained on.
var flagTrainFresh2 = flag.Bool("trainfresh2", false, "with -trainspeaker, train on the first half (odd files) of testdata/ru-fresh2 too")

// flagTrainFilter rewrites the quotation filter's weights too.
var flagTrainFilter = flag.Bool("trainfilter", false, "with -trainspeaker, rewrite internal/attrib/quote_weights.go too (the filter is cross-checked in any case)")

// flagTrainFresh3 adds the first half of testdata/ru-fresh3 (Lenta.ru
// 2007 and other federal online media) to the training.
var flagTrainFresh3 = flag.Bool("trainfresh3", false, "with -trainspeaker, train on the first half (odd files) of testdata/ru-fresh3 too")

// flagTrainFreshAll adds the first halves of all the fresh sets
// (freshSets: ru-fresh to ru-fresh7) to the training.
var flagTrainFreshAll = flag.Bool("trainfreshall", false, "with -trainspeaker, train on the first halves (odd files) of every testdata/ru-fresh* set too")

// speakerFeatureNames names the chooser's features, by index.
var speakerFeatureNames = [attrib.NSpeakerFeatures]string{
	attrib.SFBias: "SFBias", attrib.SFOwn: "SFOwn", attrib.SFNeighPrev: "SFNeighPrev", attrib.SFNeighNext: "SFNeighNext",
	attrib.SFAnaphNext: "SFAnaphNext", attrib.SFNextBlock: "SFNextBlock", attrib.SFNextBlockFirst: "SFNextBlockFirst",
	attrib.SFPending: "SFPending", attrib.SFPrevQuote: "SFPrevQuote", attrib.SFPrevQuoteOpen: "SFPrevQuoteOpen",
	attrib.SFSalient0: "SFSalient0", attrib.SFSalient1: "SFSalient1", attrib.SFSalient0NoCue: "SFSalient0NoCue",
	attrib.SFInSentence: "SFInSentence", attrib.SFSign: "SFSign", attrib.SFFirstSalient: "SFFirstSalient",
	attrib.SFRule: "SFRule", attrib.SFGenderAgree: "SFGenderAgree", attrib.SFPersonEvidence: "SFPersonEvidence",
	attrib.SFMultiWord: "SFMultiWord", attrib.SFLogMentions: "SFLogMentions", attrib.SFLogDistance: "SFLogDistance",
	attrib.SFOwnCueNoOwn: "SFOwnCueNoOwn", attrib.SFRole: "SFRole", attrib.SFPronoun: "SFPronoun", attrib.SFLowerWord: "SFLowerWord",
}

// speakerQuote is one tune quotation with a named speaker: its candidates'
// features and which of them are right.
type speakerQuote struct {
	file   string
	corpus string
	feats  [][attrib.NSpeakerFeatures]float64
	right  []bool
	w      float64 // the sample's weight in training, 0 for 1
}

// weight returns the quotation's weight in training.
func (q speakerQuote) weight() float64 {
	if q.w == 0 {
		return 1
	}
	return q.w
}

// keptQuote is one quotation the rules keep, with its features for the
// quotation filter and whether it is a true quotation.
type keptQuote struct {
	file   string
	corpus string
	x      [attrib.NQuoteFeatures]float64
	y      bool
}

// loadSpeakerQuotes parses the tune half (and the odd halves of the fresh
// sets the flags ask for) and returns its labelled quotations, in file
// order, each with its file and corpus.
func loadSpeakerQuotes(t *testing.T) ([]speakerQuote, []keptQuote) {
	parts, err := filepath.Glob(filepath.Join(ruQuotesDir, "part-*", "annotations.json"))
	if err != nil || len(parts) == 0 {
		t.Skipf("no corpus at %s", ruQuotesDir)
	}
	for _, set := range trainedFreshSets() {
		// The first half (odd files) of a fresh Russian set too; its
		// second half stays out, to check the weights on.
		parts = append(parts, filepath.Join("testdata", set, "annotations.json"))
	}
	return loadRuHalf(t, parts, 1)
}

// freshSets are the repository's own Russian sets whose odd halves the
// chooser may be trained on and whose even halves judge it.
var freshSets = []string{"ru-fresh", "ru-fresh2", "ru-fresh3", "ru-fresh4", "ru-fresh5", "ru-fresh6", "ru-fresh7", "ru-fresh8", "ru-fresh9", "ru-fresh10", "ru-fresh11", "ru-fresh12"}

// trainedFreshSets returns the fresh sets whose odd halves the flags add
// to the training.
func trainedFreshSets() []string {
	var out []string
	on := map[string]bool{"ru-fresh": *flagTrainFresh, "ru-fresh2": *flagTrainFresh2, "ru-fresh3": *flagTrainFresh3}
	for _, set := range freshSets {
		if on[set] || *flagTrainFreshAll {
			out = append(out, set)
		}
	}
	return out
}

// ruCorpusName names the corpus of an annotations file: ru-quotes-dev for
// its parts, else the set's directory.
func ruCorpusName(p string) string {
	d := filepath.Base(filepath.Dir(p))
	if strings.HasPrefix(d, "part-") {
		return "ru-quotes-dev"
	}
	return d
}

// loadRuHalf parses the files of the annotation files parts whose number
// is odd (parity 1) or even (parity 0) and returns their labelled
// quotations, in file order. The validation half of ru-quotes-dev (its
// even files) is never read: parity 0 is refused for it.
func loadRuHalf(t *testing.T, parts []string, parity int) ([]speakerQuote, []keptQuote) {
	var out []speakerQuote
	var kept []keptQuote
	eachRuSample(t, parts, parity, func(corpus string, r eval.RuRecord, s attrib.SpeakerSample, used map[int]bool) {
		g := matchRuQuote(r, s.Text, used)
		if g >= 0 || !nestedRuQuote(r, s.Text) {
			kept = append(kept, keptQuote{corpus + "/" + r.File, corpus, s.QuoteFeats, g >= 0})
		}
		if s.Rescued || g < 0 || r.Quotes[g].Speaker == "" {
			return
		}
		names := append([]string{r.Quotes[g].Speaker}, r.Quotes[g].SpeakerAlt...)
		q := speakerQuote{file: corpus + "/" + r.File, corpus: corpus, feats: s.Feats}
		for _, nm := range s.Names {
			q.right = append(q.right, eval.RuSpeakerOK(nm, names))
		}
		out = append(out, q)
	})
	return out, kept
}

// eachRuSample parses the files of the annotation files parts whose number
// is odd (parity 1) or even (parity 0), as the text path does, and calls
// fn with each quotation the chooser is offered, its file's record and a
// map of the record's quotations already matched (per file), in file
// order. The validation half of ru-quotes-dev (its even files) is never
// read: parity 0 is refused for it.
func eachRuSample(t *testing.T, parts []string, parity int, fn func(corpus string, r eval.RuRecord, s attrib.SpeakerSample, used map[int]bool)) {
	eachRuArticle(t, parts, parity, func(corpus string, r eval.RuRecord, lang string, blocks []model.Block) {
		used := map[int]bool{}
		for _, s := range attrib.SpeakerSamples(blocks, lang) {
			fn(corpus, r, s, used)
		}
	})
}

// nestedRuQuote reports whether text is an annotated nested quotation,
// which the scorer neither counts nor costs.
func nestedRuQuote(r eval.RuRecord, text string) bool {
	k := eval.RuNormQuote(text)
	for _, q := range r.Quotes {
		if q.Nested && eval.RuNormQuote(q.Text) == k {
			return true
		}
	}
	return false
}

// matchRuQuote returns the first annotated quotation not yet used whose
// text, or one of whose segments, equals the found one as the scorer
// compares them; -1 when none does.
func matchRuQuote(r eval.RuRecord, text string, used map[int]bool) int {
	k := eval.RuNormQuote(text)
	for j, q := range r.Quotes {
		if !q.Nested && !used[j] && eval.RuNormQuote(q.Text) == k {
			used[j] = true
			return j
		}
	}
	for j, q := range r.Quotes {
		for _, s := range q.Segments {
			if !q.Nested && eval.RuNormQuote(s) == k {
				return j
			}
		}
	}
	return -1
}

// softmaxLambda is the L2 pull of the conditional logit, by the
// cross-checks.
const softmaxLambda = 1e-3

// speakerPrior is the prior mean of the weights: the order of preference
// of Russian news writing the hand-written rules follow (the sentence's
// own attribution first; then a sentence or paragraph after it that points
// back, «Об этом заявил …», «Так прокомментировал …» (a paragraph that
// does so names the speaker of a paragraph of speech before it for sure:
// the highest prior), or a signature
// under it; then a sentence ending in a colon before it; then the
// neighbouring sentences; a paragraph of speech goes on with the previous
// quotation's speaker, else the last subject; a role or pronoun points to
// who holds it; a word the article also writes in lower case is no name).
// The L2 penalty pulls the weights toward it, so that a feature the tune
// half has (almost) no example of keeps the weight the grammar gives it
// instead of none.
var speakerPrior = [attrib.NSpeakerFeatures]float64{
	attrib.SFBias: -2, attrib.SFOwn: 4, attrib.SFAnaphNext: 3, attrib.SFNextBlock: 6, attrib.SFSign: 3, attrib.SFPending: 2.5,
	attrib.SFNeighPrev: 1.5, attrib.SFNeighNext: 1, attrib.SFPrevQuoteOpen: 1.5, attrib.SFSalient0: 1, attrib.SFFirstSalient: 1,
	attrib.SFGenderAgree: 1, attrib.SFRole: 1, attrib.SFPronoun: 1, attrib.SFLowerWord: -1,
}

// fitSpeaker fits the chooser's weights on qs, with the features not in
// mask held at zero: a logistic regression over every candidate (right or
// not), on the mean log loss plus lambda times the squared distance of the
// weights from speakerPrior.
func fitSpeaker(qs []speakerQuote, mask [attrib.NSpeakerFeatures]bool, lambda float64) [attrib.NSpeakerFeatures]float64 {
	var ex []learn.Example
	for _, q := range qs {
		for c := range q.feats {
			ex = append(ex, learn.Example{X: q.feats[c][:], Y: q.right[c], W: q.weight()})
		}
	}
	var w [attrib.NSpeakerFeatures]float64
	copy(w[:], learn.Logistic(ex, learn.Options{Lambda: lambda, Prior: speakerPrior[:], Mask: mask[:]}))
	return w
}

// chooserRight counts the quotations of qs whose best-scored candidate
// under w is right.
func chooserRight(qs []speakerQuote, w [attrib.NSpeakerFeatures]float64) int {
	right := 0
	for _, q := range qs {
		best, bestZ := -1, math.Inf(-1)
		for c, x := range q.feats {
			if z := speakerScore(w, x); z > bestZ {
				best, bestZ = c, z
			}
		}
		if best >= 0 && q.right[best] {
			right++
		}
	}
	return right
}

// speakerScore is the chooser's score of a candidate's features x under
// the weights w.
func speakerScore(w, x [attrib.NSpeakerFeatures]float64) float64 {
	z := 0.0
	for k := range x {
		z += w[k] * x[k]
	}
	return z
}

// crossCheck trains on each fold and counts the right choices on the
// other, summed over both.
func crossCheck(folds [2][]speakerQuote, mask [attrib.NSpeakerFeatures]bool, lambda float64) int {
	return chooserRight(folds[1], fitSpeaker(folds[0], mask, lambda)) + chooserRight(folds[0], fitSpeaker(folds[1], mask, lambda))
}

// speakerMask are the features the chooser uses: all of them but SFRule,
// the pick of the hand-written rules, which were written on the tune half
// and so would be learnt as more reliable there than they are elsewhere.
func speakerMask() [attrib.NSpeakerFeatures]bool {
	var mask [attrib.NSpeakerFeatures]bool
	for k := range mask {
		mask[k] = true
	}
	mask[attrib.SFRule] = false
	return mask
}

func TestTrainSpeakerChooser(t *testing.T) {
	if !*flagTrainSpeaker {
		t.Skip("trains the speaker chooser only when asked: -trainspeaker")
	}
	qs, kept := loadSpeakerQuotes(t)
	// The quotation filter is trained on the tune half of ru-quotes-dev
	// alone, as before the fresh sets joined the chooser's training, and
	// rewritten only when asked (-trainfilter): retrained on today's
	// rules, it kept more wrong quotations on the tune half and on the
	// even halves of the fresh sets than the weights in the repository.
	var ruKept []keptQuote
	for _, k := range kept {
		if k.corpus == "ru-quotes-dev" {
			ruKept = append(ruKept, k)
		}
	}
	trainQuoteFilter(t, ruKept, *flagTrainFilter)
	// Two folds of whole files, alternately.
	var folds [2][]speakerQuote
	fold, last := 0, ""
	oracle, rule := 0, 0
	for _, q := range qs {
		if q.file != last {
			fold, last = 1-fold, q.file
		}
		folds[fold] = append(folds[fold], q)
		for c, ok := range q.right {
			if ok {
				oracle++
				break
			}
			_ = c
		}
		for c, x := range q.feats {
			if x[attrib.SFRule] == 1 && q.right[c] {
				rule++
			}
		}
	}
	t.Logf("%d quotations with a named speaker (folds %d and %d); a right candidate among them for %d; the rules right on %d", len(qs), len(folds[0]), len(folds[1]), oracle, rule)
	const lambda = 1e-3
	mask := speakerMask()
	base := crossCheck(folds, mask, lambda)
	var withRule [attrib.NSpeakerFeatures]bool
	for k := range withRule {
		withRule[k] = true
	}
	t.Logf("cross-check: chosen features %d/%d right; with SFRule too %d", base, len(qs), crossCheck(folds, withRule, lambda))
	for _, l := range []float64{1e-4, 3e-3, 1e-2, 3e-2, 1e-1} {
		t.Logf("  lambda %g: %d", l, crossCheck(folds, mask, l))
	}
	for k := 1; k < attrib.NSpeakerFeatures; k++ {
		if !mask[k] {
			continue
		}
		m := mask
		m[k] = false
		t.Logf("  without %-17s %d", speakerFeatureNames[k], crossCheck(folds, m, lambda))
	}
	en := loadPolNeARSpeakers(t)
	var enFolds [2][]speakerQuote
	enOracle, enRule := 0, 0
	fold, last = 0, ""
	for _, q := range en {
		if q.file != last {
			fold, last = 1-fold, q.file
		}
		enFolds[fold] = append(enFolds[fold], q)
		for c, ok := range q.right {
			if ok {
				enOracle++
				break
			}
			_ = c
		}
		for c, x := range q.feats {
			if x[attrib.SFRule] == 1 && q.right[c] {
				enRule++
			}
		}
	}
	t.Logf("PolNeAR: %d quotations with a named source; a right candidate among them for %d; the rules right on %d", len(en), enOracle, enRule)
	t.Logf("  cross-check on PolNeAR: %d; with SFRule %d", crossCheck(enFolds, mask, lambda), crossCheck(enFolds, withRule, lambda))
	wEN := fitSpeaker(en, mask, lambda)
	t.Logf("  trained on PolNeAR, on the ru tune half: %d/%d", chooserRight(qs, wEN), len(qs))
	for _, rw := range []float64{1, 3, 10} {
		pool := func(ru, en []speakerQuote) []speakerQuote {
			var out []speakerQuote
			for _, q := range ru {
				q.w = rw
				out = append(out, q)
			}
			return append(out, en...)
		}
		ruCV := chooserRight(folds[1], fitSpeaker(pool(folds[0], en), mask, lambda)) + chooserRight(folds[0], fitSpeaker(pool(folds[1], en), mask, lambda))
		enCV := chooserRight(enFolds[1], fitSpeaker(pool(qs, enFolds[0]), mask, lambda)) + chooserRight(enFolds[0], fitSpeaker(pool(qs, enFolds[1]), mask, lambda))
		t.Logf("  pooled, ru weight %g: ru cross-check %d/%d (PolNeAR all in training), PolNeAR cross-check %d/%d (ru all in training)", rw, ruCV, len(qs), enCV, len(en))
	}
	for _, l := range []float64{1e-4, 1e-3, 1e-2} {
		// (The conditional logit is what the chooser is: of best
		// cross-check on both corpora, it is the one trained below.)
		ruSM := chooserRight(folds[1], fitSpeakerSoftmax(append(append([]speakerQuote(nil), folds[0]...), en...), mask, l)) + chooserRight(folds[0], fitSpeakerSoftmax(append(append([]speakerQuote(nil), folds[1]...), en...), mask, l))
		enSM := chooserRight(enFolds[1], fitSpeakerSoftmax(append(append([]speakerQuote(nil), qs...), enFolds[0]...), mask, l)) + chooserRight(enFolds[0], fitSpeakerSoftmax(append(append([]speakerQuote(nil), qs...), enFolds[1]...), mask, l))
		t.Logf("  conditional logit, lambda %g: ru cross-check %d/%d, PolNeAR cross-check %d/%d", l, ruSM, len(qs), enSM, len(en))
	}
	// One model for both languages: every training corpus pooled, each
	// weighted by corpusWeighted(corpusPow) so that neither PolNeAR's
	// thousands of quotations nor the largest Russian set dominates,
	// fitted as a conditional logit; chosen by the leave-one-corpus-out
	// estimate (generalisation to a corpus not trained on) that
	// checkCorpora reports.
	all := append(append([]speakerQuote(nil), qs...), en...)
	even := loadFreshEven(t)
	if *flagTrainGrid {
		checkCorpora(t, all, even, mask)
	}
	freshFoldCheck(t, all, even, mask)
	w := fitSpeakerSoftmax(corpusWeighted(all, corpusPow), mask, softmaxLambda)
	cur := attrib.SpeakerWeights()
	t.Logf("trained on all (the weights in use in brackets): Russian training quotations %d/%d right [%d], PolNeAR %d/%d [%d]", chooserRight(qs, w), len(qs), chooserRight(qs, cur), chooserRight(en, w), len(en), chooserRight(en, cur))
	for _, c := range corpusNames(qs) {
		tr := onlyCorpus(qs, c)
		t.Logf("  %s (trained on): %d/%d [%d]; a right candidate among them for %d", c, chooserRight(tr, w), len(tr), chooserRight(tr, cur), withRightCandidate(tr))
	}
	for _, c := range corpusNames(even) {
		ev := onlyCorpus(even, c)
		t.Logf("  %s (never trained on): %d/%d [%d]; a right candidate among them for %d", c, chooserRight(ev, w), len(ev), chooserRight(ev, cur), withRightCandidate(ev))
	}
	t.Logf("  even halves of the fresh sets: %d/%d [%d]; a right candidate for %d", chooserRight(even, w), len(even), chooserRight(even, cur), withRightCandidate(even))
	if *flagTrainDry {
		return
	}
	if err := learn.WriteWeights("internal/attrib/speaker_weights.go", "attrib", "Code generated by TestTrainSpeakerChooser (go test -run TestTrainSpeakerChooser\n-trainspeaker .) from the tune half of ../shared/corpora/ru-quotes-dev; DO NOT EDIT.",
		"speakerWeights are the learned speaker chooser's weights, by feature index.", "speakerWeights", "NSpeakerFeatures",
		speakerFeatureNames[:], w[:], true); err != nil {
		t.Fatal(err)
	}
}

// quotePrior is the prior mean of the quotation filter's weights: keep
// everything the rules keep.
var quotePrior = [attrib.NQuoteFeatures]float64{attrib.QFBias: 1}

// fitQuote fits the quotation filter's weights on ks, with the features
// not in mask held at zero (as fitSpeaker does, one sample a quotation).
func fitQuote(ks []keptQuote, mask [attrib.NQuoteFeatures]bool, lambda float64) [attrib.NQuoteFeatures]float64 {
	ex := make([]learn.Example, len(ks))
	for i := range ks {
		ex[i] = learn.Example{X: ks[i].x[:], Y: ks[i].y}
	}
	var w [attrib.NQuoteFeatures]float64
	copy(w[:], learn.Logistic(ex, learn.Options{Lambda: lambda, Prior: quotePrior[:], Mask: mask[:]}))
	return w
}

// quoteCounts returns, over ks under w, the true quotations kept, the
// false ones kept and the true ones dropped.
func quoteCounts(ks []keptQuote, w [attrib.NQuoteFeatures]float64) (tp, fp, fn int) {
	for _, q := range ks {
		z := 0.0
		for k := range q.x {
			z += w[k] * q.x[k]
		}
		switch {
		case z > 0 && q.y:
			tp++
		case z > 0:
			fp++
		case q.y:
			fn++
		}
	}
	return
}

// trainQuoteFilter cross-checks and fits the quotation filter on the tune
// half and rewrites internal/attrib/quote_weights.go.
func trainQuoteFilter(t *testing.T, ks []keptQuote, write bool) {
	var folds [2][]keptQuote
	fold, last := 0, ""
	for _, q := range ks {
		if q.file != last {
			fold, last = 1-fold, q.file
		}
		folds[fold] = append(folds[fold], q)
	}
	var mask [attrib.NQuoteFeatures]bool
	for k := range mask {
		mask[k] = true
	}
	cv := func(mask [attrib.NQuoteFeatures]bool, lambda float64) string {
		tp0, fp0, fn0 := quoteCounts(folds[1], fitQuote(folds[0], mask, lambda))
		tp1, fp1, fn1 := quoteCounts(folds[0], fitQuote(folds[1], mask, lambda))
		return fmt.Sprintf("kept right %d, kept wrong %d, dropped right %d", tp0+tp1, fp0+fp1, fn0+fn1)
	}
	tp, fp, fn := quoteCounts(ks, quotePrior)
	t.Logf("quotation filter: %d quotations the rules keep; keeping all: kept right %d, kept wrong %d, dropped right %d", len(ks), tp, fp, fn)
	const lambda = 1e-2
	t.Logf("cross-check, all features: %s", cv(mask, lambda))
	noRule := mask
	noRule[attrib.QFRule] = false
	t.Logf("cross-check, without the rules' decision QFRule: %s", cv(noRule, lambda))
	for _, l := range []float64{1e-3, 3e-2, 1e-1} {
		t.Logf("  lambda %g: %s", l, cv(mask, l))
	}
	// The threshold on the score, by F1 on the cross-check (the true
	// quotations the rules leave out and the filter cannot reach are the
	// same for all thresholds, so left out).
	for _, th := range []float64{-1.5, -1, -0.75, -0.5, -0.25, 0, 0.25} {
		w0, w1 := fitQuote(folds[0], mask, lambda), fitQuote(folds[1], mask, lambda)
		w0[attrib.QFBias] -= th
		w1[attrib.QFBias] -= th
		tp0, fp0, fn0 := quoteCounts(folds[1], w0)
		tp1, fp1, fn1 := quoteCounts(folds[0], w1)
		tp, fp, fn := tp0+tp1, fp0+fp1, fn0+fn1
		t.Logf("  threshold %5.2f: kept right %d, kept wrong %d, dropped right %d: F1 %.3f", th, tp, fp, fn, 2*float64(tp)/float64(2*tp+fp+fn))
	}
	for k := 1; k < attrib.NQuoteFeatures; k++ {
		m := mask
		m[k] = false
		t.Logf("  without %-14s %s", quoteFeatureNames[k], cv(m, lambda))
	}
	w := fitQuote(ks, mask, lambda)
	tp, fp, fn = quoteCounts(ks, w)
	t.Logf("whole tune half: kept right %d, kept wrong %d, dropped right %d", tp, fp, fn)
	if !write {
		return
	}
	if err := learn.WriteWeights("internal/attrib/quote_weights.go", "attrib", "Code generated by TestTrainSpeakerChooser (go test -run TestTrainSpeakerChooser\n-trainspeaker .) from the tune half of ../shared/corpora/ru-quotes-dev; DO NOT EDIT.",
		"quoteWeights are the learned quotation filter's weights, by feature index.", "quoteWeights", "NQuoteFeatures",
		quoteFeatureNames[:], w[:], true); err != nil {
		t.Fatal(err)
	}
}

// quoteFeatureNames names the quotation filter's features, by index.
var quoteFeatureNames = [attrib.NQuoteFeatures]string{
	attrib.QFBias: "QFBias", attrib.QFLogWords: "QFLogWords", attrib.QFOneWord: "QFOneWord", attrib.QFUpper: "QFUpper",
	attrib.QFEndPunct: "QFEndPunct", attrib.QFAfterWord: "QFAfterWord", attrib.QFAfterColon: "QFAfterColon",
	attrib.QFOpensBlock: "QFOpensBlock", attrib.QFDashAfter: "QFDashAfter", attrib.QFCue: "QFCue",
	attrib.QFOwnSpeaker: "QFOwnSpeaker", attrib.QFPartial: "QFPartial", attrib.QFFirstPerson: "QFFirstPerson",
	attrib.QFVerb: "QFVerb", attrib.QFTitle: "QFTitle", attrib.QFRule: "QFRule",
}

// fitSpeakerSoftmax fits the chooser's weights as a conditional logit:
// the probability of a quotation's right candidates among all of its
// candidates (a softmax of their scores), maximised by gradient descent
// with the same pull toward speakerPrior. The bias, the same for every
// candidate of a quotation, keeps its prior.
func fitSpeakerSoftmax(qs []speakerQuote, mask [attrib.NSpeakerFeatures]bool, lambda float64) [attrib.NSpeakerFeatures]float64 {
	gs := make([]learn.Group, len(qs))
	for i, q := range qs {
		g := learn.Group{Right: q.right, W: q.weight()}
		for c := range q.feats {
			g.X = append(g.X, q.feats[c][:])
		}
		gs[i] = g
	}
	var w [attrib.NSpeakerFeatures]float64
	copy(w[:], learn.CondLogit(gs, learn.Options{Lambda: lambda, Prior: speakerPrior[:], Mask: mask[:], Iters: 1500, Step: 1}))
	return w
}

// corpusPow is the power of a corpus's size its total weight in training
// is proportional to (corpusWeighted). With the odd halves of the fresh
// sets in the training, the leave-one-corpus-out estimate of checkCorpora
// was one Russian quotation better at 0.5 or 0 than at 1 (232 against
// 231 of 245), the even halves of the fresh sets the same or worse, and
// PolNeAR worse: within noise, so every quotation weighs the same, as
// before.
const corpusPow = 1.0

// corpusWeighted returns qs with each quotation weighted so that each
// corpus's total weight is proportional to its size to the power pow (1:
// every quotation weighs the same; 0: every corpus weighs the same).
func corpusWeighted(qs []speakerQuote, pow float64) []speakerQuote {
	n := map[string]int{}
	for _, q := range qs {
		n[q.corpus]++
	}
	out := make([]speakerQuote, len(qs))
	for i, q := range qs {
		q.w = math.Pow(float64(n[q.corpus]), pow-1)
		out[i] = q
	}
	return out
}

// corpusNames returns the corpora of qs in order of first appearance.
func corpusNames(qs []speakerQuote) []string {
	var out []string
	seen := map[string]bool{}
	for _, q := range qs {
		if !seen[q.corpus] {
			seen[q.corpus] = true
			out = append(out, q.corpus)
		}
	}
	return out
}

// onlyCorpus returns the quotations of qs from corpus c.
func onlyCorpus(qs []speakerQuote, c string) []speakerQuote {
	var out []speakerQuote
	for _, q := range qs {
		if q.corpus == c {
			out = append(out, q)
		}
	}
	return out
}

// exceptCorpus returns the quotations of qs not from corpus c.
func exceptCorpus(qs []speakerQuote, c string) []speakerQuote {
	var out []speakerQuote
	for _, q := range qs {
		if q.corpus != c {
			out = append(out, q)
		}
	}
	return out
}

// loadFreshEven parses the even halves of the fresh sets, never trained
// on, to judge a training by.
func loadFreshEven(t *testing.T) []speakerQuote {
	if *flagTrainOddOnly {
		return nil
	}
	var parts []string
	for _, set := range freshSets {
		p := filepath.Join("testdata", set, "annotations.json")
		if _, err := os.Stat(p); err == nil {
			parts = append(parts, p)
		}
	}
	qs, _ := loadRuHalf(t, parts, 0)
	for i := range qs {
		qs[i].corpus += "-even"
	}
	return qs
}

// locoCheck trains, for each corpus of all in turn, on the others
// (weighted by corpusWeighted(pow)) and counts the right choices on it:
// the estimate of how the chooser does on a corpus it has not seen. It
// returns the right choices by corpus, and their sum over the Russian
// corpora.
func locoCheck(all []speakerQuote, mask [attrib.NSpeakerFeatures]bool, pow, lambda float64) (map[string]int, int) {
	got := map[string]int{}
	ru := 0
	for _, c := range corpusNames(all) {
		w := fitSpeakerSoftmax(corpusWeighted(exceptCorpus(all, c), pow), mask, lambda)
		got[c] = chooserRight(onlyCorpus(all, c), w)
		if c != "polnear" {
			ru += got[c]
		}
	}
	return got, ru
}

// fileFoldCheck trains on one of two folds of whole files (alternately,
// across all corpora) and counts the right choices on the other, summed
// over both, by corpus.
func fileFoldCheck(all []speakerQuote, mask [attrib.NSpeakerFeatures]bool, pow, lambda float64) (map[string]int, int) {
	var folds [2][]speakerQuote
	fold, last := 0, ""
	for _, q := range all {
		if q.file != last {
			fold, last = 1-fold, q.file
		}
		folds[fold] = append(folds[fold], q)
	}
	got := map[string]int{}
	ru := 0
	for f := range folds {
		w := fitSpeakerSoftmax(corpusWeighted(folds[1-f], pow), mask, lambda)
		for _, c := range corpusNames(folds[f]) {
			n := chooserRight(onlyCorpus(folds[f], c), w)
			got[c] += n
			if c != "polnear" {
				ru += n
			}
		}
	}
	return got, ru
}

// checkCorpora reports the cross-checks over all the training corpora:
// leave-one-corpus-out and folds by file, for corpus weightings and L2
// pulls, and each feature left out in turn under the chosen ones.
func checkCorpora(t *testing.T, all, even []speakerQuote, mask [attrib.NSpeakerFeatures]bool) {
	names := corpusNames(all)
	sizes := ""
	nru := 0
	for _, c := range names {
		n := len(onlyCorpus(all, c))
		sizes += fmt.Sprintf(" %s %d", c, n)
		if c != "polnear" {
			nru += n
		}
	}
	t.Logf("corpora:%s", sizes)
	report := func(m map[string]int) string {
		s := ""
		for _, c := range names {
			s += fmt.Sprintf(" %s %d", c, m[c])
		}
		return s
	}
	for _, pow := range []float64{1, 0.5, 0} {
		for _, l := range []float64{1e-4, 1e-3, 3e-3, 1e-2, 3e-2} {
			lo, lru := locoCheck(all, mask, pow, l)
			fo, fru := fileFoldCheck(all, mask, pow, l)
			w := fitSpeakerSoftmax(corpusWeighted(all, pow), mask, l)
			t.Logf("  weighting pow %g, lambda %g: leave-one-corpus-out Russian %d/%d (%s); folds by file Russian %d/%d (%s); trained on all: PolNeAR %d, even halves %d/%d", pow, l, lru, nru, report(lo), fru, nru, report(fo), chooserRight(onlyCorpus(all, "polnear"), w), chooserRight(even, w), len(even))
		}
	}
	if !*flagFeatureCheck {
		return
	}
	_, base := locoCheck(all, mask, corpusPow, softmaxLambda)
	t.Logf("  chosen (pow %g, lambda %g): leave-one-corpus-out Russian %d/%d; each feature left out:", corpusPow, softmaxLambda, base, nru)
	for k := 1; k < attrib.NSpeakerFeatures; k++ {
		if !mask[k] {
			continue
		}
		m := mask
		m[k] = false
		lo, lru := locoCheck(all, m, corpusPow, softmaxLambda)
		t.Logf("    without %-17s %d (%s)", speakerFeatureNames[k], lru, report(lo))
	}
}

// flagFeatureCheck asks TestTrainSpeakerChooser for the
// leave-one-feature-out check under leave-one-corpus-out (slow).
var flagFeatureCheck = flag.Bool("featurecheck", false, "with -trainspeaker, report each feature left out under the leave-one-corpus-out check")

// withRightCandidate counts the quotations of qs with a right candidate:
// the most any chooser can get right.
func withRightCandidate(qs []speakerQuote) int {
	n := 0
	for _, q := range qs {
		for _, ok := range q.right {
			if ok {
				n++
				break
			}
		}
	}
	return n
}

// flagTrainGrid asks TestTrainSpeakerChooser for the grid of corpus
// weightings and L2 pulls under leave-one-corpus-out and folds by file
// (slow: run with -timeout 60m).
var flagTrainGrid = flag.Bool("traingrid", false, "with -trainspeaker, report the grid of corpus weightings and L2 pulls (slow)")

// flagTrainOddOnly keeps the training's report off the even halves of
// the fresh sets: they are measured only by articleeval ruquotes, in the
// aggregate, never counted quotation by quotation.
var flagTrainOddOnly = flag.Bool("trainoddonly", false, "with -trainspeaker, leave the even halves of the fresh sets out of the report")

// flagTrainDry reports the training's checks without rewriting the
// weights.
var flagTrainDry = flag.Bool("traindry", false, "with -trainspeaker, report only: do not rewrite speaker_weights.go")

// freshFoldCheck is the cross-check by halves of the fresh sets' odd
// files: their files alternately in two folds A and B; trained on the
// other corpora of all (ru-quotes-dev's tune half, PolNeAR) with fold A,
// counted on fold B, and the other way round; each model is counted on
// the fresh sets' even halves too, never trained on.
func freshFoldCheck(t *testing.T, all, even []speakerQuote, mask [attrib.NSpeakerFeatures]bool) {
	var base []speakerQuote
	var folds [2][]speakerQuote
	fold, last := 0, ""
	for _, q := range all {
		if !strings.HasPrefix(q.corpus, "ru-fresh") {
			base = append(base, q)
			continue
		}
		if q.file != last {
			fold, last = 1-fold, q.file
		}
		folds[fold] = append(folds[fold], q)
	}
	if len(folds[0]) == 0 {
		t.Logf("fresh-fold check: no fresh odd halves in the training (-trainfreshall)")
		return
	}
	cur := attrib.SpeakerWeights()
	for f := range folds {
		w := fitSpeakerSoftmax(corpusWeighted(append(append([]speakerQuote(nil), base...), folds[f]...), corpusPow), mask, softmaxLambda)
		o := folds[1-f]
		t.Logf("fresh-fold check: trained with fresh fold %c (%d), on fold %c: %d/%d [weights in use %d]; on the even halves %d/%d [%d]",
			'A'+f, len(folds[f]), 'B'-f, chooserRight(o, w), len(o), chooserRight(o, cur), chooserRight(even, w), len(even), chooserRight(even, cur))
	}
	w := fitSpeakerSoftmax(corpusWeighted(base, corpusPow), mask, softmaxLambda)
	t.Logf("fresh-fold check: trained without any fresh set: fold A %d/%d, fold B %d/%d, even halves %d/%d", chooserRight(folds[0], w), len(folds[0]), chooserRight(folds[1], w), len(folds[1]), chooserRight(even, w), len(even))
}
