package htmlx

import (
	"flag"
	"hash/crc32"
	"math"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/learn"
)

// The trial of a learned selector in place of the fallback's hand rule
// (fallback.go; not kept, as the figures it logs show):
//
//	go test ./internal/htmlx -run TestTrainFallbackSelector -trainfallback -count=1 -v
//
// makes both extractions on every page of web-extract dev/ (never
// validation/) and of the AEB, keeps the pages a gate wider than the
// rule's lets through (gated), labels each by which body scores the
// higher token F1 against the ground truth (pages where the two differ by
// less than selectTie are left out), fits a logistic regression by
// Newton's method with an L2 penalty (selectLambda), each page weighing
// by how much F1 the choice is worth on it. It fits the model on the pages
// of one half of the sites and measures it on the other half's dev pages,
// both ways, and logs the mean F1 of the first body, of the hand rule and
// of the selector there, then the weights fitted on all the pages.
//
// At b6c6adc: half 0 (596 pages) first body 0.9245, hand rule 0.9279,
// selector 0.9295; half 1 (619 pages) 0.9164, 0.9219, 0.9225. With the
// weights fitted on all pages the extractor scored web-extract dev 0.926
// (the rule: 0.925) and validation 0.910 (the rule: 0.911), AEB and
// trafilatura-dev unchanged; the selector's own picks were a handful of
// pages with large gains and many with none or small losses. A union of
// the two bodies (ours continued by the second body's paragraphs after
// the last one both hold) as a third choice would have gained 0.0001 at
// best (oracle) on dev.
//
// With -fallbackwide the selector sees every page (the features compare
// the two extractions: overlap both ways, length and paragraph counts,
// link densities, the text only one body holds), not only the gated ones.
// At 1428426 it loses to the hand rule on both halves: half 0 0.9289
// (rule 0.9292), half 1 0.9249 (rule 0.9266); gated, 0.9310 and 0.9272.
// Threshold rules on the same table (the second body when it is r times
// as long, with floors on the first body's share in it and the learned
// scorer's judgement of the text only it holds), picked on one half by
// site, gained 0.0001 and lost 0.0015 on the other half over the hand
// rule and lost 0.0037 on the AEB: over every page (an oracle choice
// between the two bodies would lift dev 0.014) the pages where the
// second body is better are not told apart by these signals.
var (
	flagTrainFallback = flag.Bool("trainfallback", false, "try the learned selector between the fallback's two bodies on web-extract dev/ and the AEB and log its figures")
	flagFallbackWide  = flag.Bool("fallbackwide", false, "with -trainfallback: the selector sees every page, not only the gated ones")
)

const (
	selectTie    = 0.02
	selectLambda = 0.01
	// selectMin is the selector's probability from which the second
	// body is kept (0.5 let a reading-time line and a "further link"
	// line into two trafilatura-dev bodies).
	selectMin = 0.6
	// nSelect is the number of the selector's features.
	nSelect = 25
)

// gated is the selector's gate: no body at all, or a body of at most
// fbFewBlocks blocks whose element the markup does not name the article
// (the rule's doubt without its link density limit).
func gated(s fallbackSignals) bool {
	if *flagFallbackWide {
		return true
	}
	return s.ours == 0 || s.nOurs <= fbFewBlocks && !s.marked
}

// selectFeatures are the selector's inputs.
func selectFeatures(s fallbackSignals) [nSelect]float64 {
	lo, la := math.Log1p(float64(s.ours)), math.Log1p(float64(s.alt))
	page := float64(max(s.page, 1))
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	return [nSelect]float64{
		1, lo / 8, la / 8, la - lo, s.overlap, s.oursIn,
		math.Log1p(float64(s.nOurs)) / 3, math.Log1p(float64(s.nAlt)) / 3, s.bestLD, s.altLD,
		b(s.marked), s.outside, b(s.lead && s.leadOurs), b(s.lead && s.leadAlt),
		float64(s.ours) / page, float64(s.alt) / page, s.oursIn * (la - lo),
		s.altOnly, s.altOnly * (s.altOnlyProb - 0.5), s.altOnly * s.altOnlyLD,
		s.oursOnly, s.oursOnly * (s.oursOnlyProb - 0.5), s.oursOnly * s.oursOnlyLD,
		b(preferAlt(s)), b(doubtful(s)),
	}
}

// selectSample is one page: its features, label and weight.
type selectSample struct {
	x [nSelect]float64
	y float64
	w float64
}

func TestTrainFallbackSelector(t *testing.T) {
	if !*flagTrainFallback {
		t.Skip("trains the fallback's selector only when asked: -trainfallback")
	}
	pages := fallbackPages(t)
	if pages == nil {
		t.Skip("no shared corpora")
	}
	all := fallbackRows(t, pages)
	var rows []fallbackRow
	for _, r := range all {
		if gated(r.s) {
			rows = append(rows, r)
		}
	}
	samples := func(keep func(fallbackRow) bool) []selectSample {
		var out []selectSample
		for _, r := range rows {
			d := r.fAlt - r.fOurs
			if !keep(r) || math.Abs(d) < selectTie {
				continue
			}
			s := selectSample{x: selectFeatures(r.s), w: math.Abs(d)}
			if d > 0 {
				s.y = 1
			}
			out = append(out, s)
		}
		return out
	}
	// The cross-check: train on one half of the sites, measure on the
	// other half's web-extract pages, whose mean F1 counts every page
	// of the half (the ones the gate passes by keep their first body).
	half := func(p fallbackPage) int { return int(crc32.ChecksumIEEE([]byte(p.site)) % 2) }
	for h := 0; h < 2; h++ {
		w := fitSelector(samples(func(r fallbackRow) bool { return half(r.page) != h }), selectLambda)
		n, ours, rule, sel := 0, 0.0, 0.0, 0.0
		for _, r := range all {
			if half(r.page) != h || strings.HasPrefix(r.page.id, "aeb-") {
				continue
			}
			n++
			ours += r.fOurs
			if preferAlt(r.s) {
				rule += r.fAlt
			} else {
				rule += r.fOurs
			}
			if gated(r.s) && r.s.nAlt > 0 && selectProb(w, r.s) > selectMin {
				sel += r.fAlt
			} else {
				sel += r.fOurs
			}
		}
		t.Logf("half %d (%d dev pages): first body %.4f, hand rule %.4f, selector trained on the other half %.4f", h, n, ours/float64(n), rule/float64(n), sel/float64(n))
	}
	train := samples(func(fallbackRow) bool { return true })
	w := fitSelector(train, selectLambda)
	t.Logf("%d gated pages of %d, %d samples; weights fitted on all: %.4f", len(rows), len(all), len(train), w)
}

// selectProb is the selector's probability with weights w.
func selectProb(w [nSelect]float64, s fallbackSignals) float64 {
	z := 0.0
	for k, v := range selectFeatures(s) {
		z += w[k] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// fitSelector fits the selector's weights: a logistic regression with the
// bias free and the other weights pulled toward zero by lambda.
func fitSelector(s []selectSample, lambda float64) [nSelect]float64 {
	ex := make([]learn.Example, len(s))
	for i := range s {
		ex[i] = learn.Example{X: s[i].x[:], Y: s[i].y == 1, W: s[i].w}
	}
	free := make([]bool, nSelect)
	free[0] = true
	var w [nSelect]float64
	copy(w[:], learn.Logistic(ex, learn.Options{Lambda: lambda, Free: free, Iters: 25}))
	return w
}
