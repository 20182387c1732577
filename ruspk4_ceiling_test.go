package article

import (
	"flag"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/eval"
)

// flagCeilingMisses lists, on the odd (tune) halves of ru-quotes-dev and
// the fresh sets only, the quotations whose right speaker is not among the
// candidates offered to the chooser, then those whose right speaker is
// among them but not the best scored by the weights in use, each candidate
// with its features (reporting only):
//
//	go test -run TestRuCeilingMisses -ceilingmisses -count=1 -v .
var flagCeilingMisses = flag.Bool("ceilingmisses", false, "list the tune-half quotations with no right speaker candidate")

// TestRuCeilingMisses reports the tune-half quotations whose right speaker
// is not among the candidates; it never reads an even file of
// ru-quotes-dev (its validation half).
func TestRuCeilingMisses(t *testing.T) {
	if !*flagCeilingMisses {
		t.Skip("reporting only: run with -ceilingmisses")
	}
	parts, _ := filepath.Glob(filepath.Join(ruQuotesDir, "part-*", "annotations.json"))
	for _, set := range freshSets {
		parts = append(parts, filepath.Join("testdata", set, "annotations.json"))
	}
	total, miss, chosen := 0, 0, 0
	w := attrib.SpeakerWeights()
	eachRuSample(t, parts, 1, func(corpus string, r eval.RuRecord, s attrib.SpeakerSample, used map[int]bool) {
		g := matchRuQuote(r, s.Text, used)
		if s.Rescued || g < 0 || r.Quotes[g].Speaker == "" {
			return
		}
		total++
		names := append([]string{r.Quotes[g].Speaker}, r.Quotes[g].SpeakerAlt...)
		ok := false
		for _, nm := range s.Names {
			ok = ok || eval.RuSpeakerOK(nm, names)
		}
		if ok {
			best, bestZ := -1, math.Inf(-1)
			for c, x := range s.Feats {
				if z := speakerScore(w, x); z > bestZ {
					best, bestZ = c, z
				}
			}
			if eval.RuSpeakerOK(s.Names[best], names) {
				chosen++
				return
			}
			var b strings.Builder
			for c, x := range s.Feats {
				var on []string
				for k := range x {
					if x[k] != 0 && k != attrib.SFBias {
						on = append(on, fmt.Sprintf("%s=%.2g", speakerFeatureNames[k], x[k]))
					}
				}
				fmt.Fprintf(&b, "\n      %q right=%v score %.2f: %s", s.Names[c], eval.RuSpeakerOK(s.Names[c], names), speakerScore(w, x), strings.Join(on, " "))
			}
			t.Logf("%s/%s: chooser miss, want %q; «%s»%s", corpus, r.File, r.Quotes[g].Speaker, shortQuote(s.Text), b.String())
			return
		}
		miss++
		t.Logf("%s/%s: want %q; candidates [%s]; «%s»", corpus, r.File, r.Quotes[g].Speaker, strings.Join(s.Names, " | "), shortQuote(s.Text))
	})
	t.Logf("%d tune quotations with a named speaker, %d without a right candidate, %d chosen right by the weights in use", total, miss, chosen)
}

// shortQuote returns the first 70 characters of a quotation, for a report.
func shortQuote(q string) string {
	if len([]rune(q)) > 70 {
		return string([]rune(q)[:70]) + "…"
	}
	return q
}

// TestRuCeilingEven reports, per fresh set, how many quotations of its
// even half (never listed one by one) have a right speaker candidate and
// (the chooser's choices are the ruquotes command's speaker figure):
//
//	go test -run TestRuCeilingEven -ceilingmisses -count=1 -v .
func TestRuCeilingEven(t *testing.T) {
	if !*flagCeilingMisses {
		t.Skip("reporting only: run with -ceilingmisses")
	}
	for _, set := range freshSets {
		qs, _ := loadRuHalf(t, []string{filepath.Join("testdata", set, "annotations.json")}, 0)
		t.Logf("%s even half: %d quotations with a named speaker; a right candidate for %d; chosen right by the weights in use %d", set, len(qs), withRightCandidate(qs), chooserRight(qs, attrib.SpeakerWeights()))
	}
}
