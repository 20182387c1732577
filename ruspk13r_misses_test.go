package article

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/eval"
)

// flagChooserMisses lists, on the odd (tune) halves of ru-quotes-dev and
// the fresh sets only, the quotations whose right speaker is among the
// candidates but not the one the weights in use score best, each
// candidate with its features (reporting only):
//
//	go test -run TestRuChooserMisses -choosermisses -count=1 -v .
var flagChooserMisses = flag.Bool("choosermisses", false, "list the tune-half quotations the chooser gets wrong with a right candidate offered")

// TestRuChooserMisses reports the chooser's own misses on the tune
// halves; it never reads an even file.
func TestRuChooserMisses(t *testing.T) {
	if !*flagChooserMisses {
		t.Skip("reporting only: run with -choosermisses")
	}
	parts, _ := filepath.Glob(filepath.Join(ruQuotesDir, "part-*", "annotations.json"))
	for _, set := range freshSets {
		parts = append(parts, filepath.Join("testdata", set, "annotations.json"))
	}
	w := attrib.SpeakerWeights()
	eachRuSample(t, parts, 1, func(corpus string, r eval.RuRecord, s attrib.SpeakerSample, used map[int]bool) {
		g := matchRuQuote(r, s.Text, used)
		if s.Rescued || g < 0 || r.Quotes[g].Speaker == "" {
			return
		}
		names := append([]string{r.Quotes[g].Speaker}, r.Quotes[g].SpeakerAlt...)
		best, bestZ, any := -1, -1e9, false
		for c, x := range s.Feats {
			z := 0.0
			for k := range x {
				z += w[k] * x[k]
			}
			if z > bestZ {
				best, bestZ = c, z
			}
			any = any || eval.RuSpeakerOK(s.Names[c], names)
		}
		if !any || best >= 0 && eval.RuSpeakerOK(s.Names[best], names) {
			return
		}
		var b strings.Builder
		for c, x := range s.Feats {
			z := 0.0
			var on []string
			for k := range x {
				z += w[k] * x[k]
				if x[k] != 0 && k != attrib.SFBias {
					on = append(on, fmt.Sprintf("%s=%.2g", speakerFeatureNames[k], x[k]))
				}
			}
			fmt.Fprintf(&b, "\n      %q ok=%v z=%.2f %s", s.Names[c], eval.RuSpeakerOK(s.Names[c], names), z, strings.Join(on, " "))
		}
		q := s.Text
		if len([]rune(q)) > 60 {
			q = string([]rune(q)[:60]) + "…"
		}
		t.Logf("%s/%s: want %q «%s»%s", corpus, r.File, r.Quotes[g].Speaker, q, b.String())
	})
}
