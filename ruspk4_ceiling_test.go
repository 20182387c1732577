package article

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/eval"
)

// flagCeilingMisses lists, on the odd (tune) halves of ru-quotes-dev and
// the fresh sets only, the quotations whose right speaker is not among the
// candidates offered to the chooser (reporting only):
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
	total, miss := 0, 0
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
			return
		}
		miss++
		q := s.Text
		if len([]rune(q)) > 70 {
			q = string([]rune(q)[:70]) + "…"
		}
		t.Logf("%s/%s: want %q; candidates [%s]; «%s»", corpus, r.File, r.Quotes[g].Speaker, strings.Join(s.Names, " | "), q)
	})
	t.Logf("%d tune quotations with a named speaker, %d without a right candidate", total, miss)
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
		t.Logf("%s even half: %d quotations with a named speaker; a right candidate for %d", set, len(qs), withRightCandidate(qs))
	}
}
