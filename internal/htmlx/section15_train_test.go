package htmlx

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/articlekit/article/internal/charset"
	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/learn"
	"github.com/articlekit/article/internal/model"
)

// The training command of the section ranker (section15_rank.go), run
// from internal/htmlx:
//
//	go test -run TestTrainSectionRanker -trainsection -count=1 .
//
// It reads the web-extract dev pages (../shared beside the repository)
// and their section labels (the repository's
// testdata/webextract-dev-meta.json with the overlay
// testdata/webextract-dev-sections.json), gathers each page's candidates
// as Extract does, and fits a conditional logit over each page's
// candidates and the "no section" option. It reports, for each half of
// the sites (the root package's siteHalf), the hand order and the ranker
// trained on the other half, then fits on all pages and, with
// -writesection, rewrites section15_weights.go.
var (
	flagTrainSection = flag.Bool("trainsection", false, "train the section ranker on the web-extract dev labels")
	flagWriteSection = flag.Bool("writesection", false, "with -trainsection, rewrite section15_weights.go")
)

// secDevDir holds the web-extract dev pages, from internal/htmlx.
const secDevDir = "../../../shared/bench/web-extract/dev"

// secPage is a labelled dev page as the ranker sees it.
type secPage struct {
	id    string
	half  int
	label *string
	hand  string
	cands []secCand
}

// secHalf is the root package's siteHalf: FNV-1a of the site (or the
// page's id) modulo 2.
func secHalf(site, id string) int {
	if site == "" {
		site = id
	}
	h := uint32(2166136261)
	for _, b := range []byte(site) {
		h = (h ^ uint32(b)) * 16777619
	}
	return int(h % 2)
}

// loadSecPages reads every dev page labelled for section and its
// candidates.
func loadSecPages(t *testing.T) []secPage {
	raw, err := os.ReadFile(filepath.Join(secDevDir, "ground-truth.json"))
	if err != nil {
		t.Skipf("web-extract dev pages not found at %s (../shared is absent in a fresh clone)", secDevDir)
	}
	var gt map[string]struct{ File, URL, Site string }
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatal(err)
	}
	var labels []struct {
		ID         string   `json:"id"`
		Section    *string  `json:"section"`
		Unlabelled []string `json:"unlabelled"`
	}
	var over map[string]struct {
		Section *string `json:"section"`
	}
	for path, v := range map[string]any{"../../testdata/webextract-dev-meta.json": &labels, "../../testdata/webextract-dev-sections.json": &over} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]*string{}
	for _, l := range labels {
		if !slices.Contains(l.Unlabelled, "section") {
			want[l.ID] = l.Section
		}
	}
	for id, o := range over {
		want[id] = o.Section
	}
	ids := make([]string, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var out []secPage
	for _, id := range ids {
		g, ok := gt[id]
		if !ok {
			t.Fatalf("%s: not a dev page", id)
		}
		p := secPage{id: id, half: secHalf(g.Site, id), label: want[id]}
		page, err := eval.ReadGzip(filepath.Join(secDevDir, g.File))
		if err != nil {
			t.Fatal(err)
		}
		if u, err := charset.DecodeHTML(page); err == nil {
			if doc, err := goquery.NewDocumentFromReader(bytes.NewReader(u)); err == nil {
				c := &model.Config{URL: g.URL}
				root := doc.Nodes[0]
				m := collectMeta(root, len(u))
				a := buildMeta(m, c)
				printed, trails, s := printedSections(a, m, root, c)
				ld := m.bestLD()
				hv, hs := handSection(m, ld, printed, trails)
				p.hand, p.cands = hv, sectionCandidates(a, m, root, s, ld, printed, trails, hv, hs)
			}
		}
		out = append(out, p)
	}
	return out
}

// secPick is what weights w choose on p: the folded text, or "".
func secPick(p secPage, w []float64) string {
	best, bestScore := "", w[sfNone]
	for _, c := range p.cands {
		if z := learn.Score(w, c.x[:]); z > bestScore {
			best, bestScore = c.fold, z
		}
	}
	return best
}

// secTally counts the pages with a section found right and those with
// none left empty.
type secTally struct{ sec, secN, none, noneN int }

func (s secTally) String() string {
	return fmt.Sprintf("section %d/%d, none where none shown %d/%d, both %d/%d", s.sec, s.secN, s.none, s.noneN, s.sec+s.none, s.secN+s.noneN)
}

// secTallyOf tallies the choices got (folded) against the pages' labels.
func secTallyOf(pages []secPage, got func(secPage) string) secTally {
	var s secTally
	for _, p := range pages {
		g := got(p)
		if p.label == nil {
			s.noneN++
			if g == "" {
				s.none++
			}
			continue
		}
		s.secN++
		if g == FoldSection(*p.label) {
			s.sec++
		}
	}
	return s
}

// secGroups makes the training groups of pages: the "no section" option
// first, then the candidates; a page whose label no candidate gives is
// left out (nothing to learn from it but that its candidates are wrong,
// which the "no section" option cannot be either).
func secGroups(pages []secPage) []learn.Group {
	var gs []learn.Group
	for _, p := range pages {
		var none [nSecFeats]float64
		none[sfNone] = 1
		g := learn.Group{X: [][]float64{none[:]}, Right: []bool{p.label == nil}}
		for _, c := range p.cands {
			g.X = append(g.X, c.x[:])
			g.Right = append(g.Right, p.label != nil && c.fold == FoldSection(*p.label))
		}
		gs = append(gs, g)
	}
	return gs
}

// secHandPrior is the hand order as weights: the hand's choice over the
// "no section" option over every other candidate.
func secHandPrior(scale float64) []float64 {
	w := make([]float64, nSecFeats)
	w[sfHand], w[sfNone] = 2*scale, scale
	return w
}

// secFit fits the ranker on pages.
func secFit(pages []secPage, lambda, prior float64, noHand bool) []float64 {
	o := learn.Options{Lambda: lambda, Prior: secHandPrior(prior), Iters: 3000, Step: 2}
	if noHand {
		o.Mask = make([]bool, nSecFeats)
		for k := range o.Mask {
			o.Mask[k] = k != sfHand
		}
		o.Prior[sfNone] = 0
	}
	return learn.CondLogit(secGroups(pages), o)
}

func TestTrainSectionRanker(t *testing.T) {
	if !*flagTrainSection {
		t.Skip("trains only when asked: -trainsection")
	}
	pages := loadSecPages(t)
	var halves [2][]secPage
	reach := [2]int{}
	for _, p := range pages {
		halves[p.half] = append(halves[p.half], p)
		if p.label != nil {
			for _, c := range p.cands {
				if c.fold == FoldSection(*p.label) {
					reach[p.half]++
					break
				}
			}
		}
	}
	hand := func(p secPage) string { return FoldSection(p.hand) }
	if *flagSectionMiss {
		logSecMisses(t, pages)
	}
	for h := range 2 {
		t.Logf("half %c: %d pages, label among the candidates on %d; hand order %v", 'A'+h, len(halves[h]), reach[h], secTallyOf(halves[h], hand))
	}
	type setting struct {
		lambda, prior float64
		noHand        bool
	}
	var settings []setting
	for _, l := range []float64{0.001, 0.003, 0.01, 0.03} {
		for _, pr := range []float64{0, 1, 2} {
			settings = append(settings, setting{l, pr, false})
		}
		settings = append(settings, setting{l, 0, true})
	}
	for _, st := range settings {
		var line strings.Builder
		for h := range 2 {
			w := secFit(halves[1-h], st.lambda, st.prior, st.noHand)
			r := secTallyOf(halves[h], func(p secPage) string { return secPick(p, w) })
			fmt.Fprintf(&line, "  trained on %c, scored on %c: %v;", 'B'-h, 'A'+h, r)
		}
		t.Logf("lambda %g prior %g without the hand's choice %v:%s", st.lambda, st.prior, st.noHand, line.String())
	}
	if *flagSectionMiss {
		for h := range 2 {
			w := secFit(halves[1-h], 0.01, 0, false)
			for _, p := range halves[h] {
				want := ""
				if p.label != nil {
					want = FoldSection(*p.label)
				}
				got, hand := secPick(p, w), FoldSection(p.hand)
				if (got == want) != (hand == want) {
					t.Logf("cross-fit differs from hand: %s half %c: want %q, hand %q, ranker %q", p.id, 'A'+h, want, hand, got)
				}
			}
		}
	}
	lambda, prior := 0.01, 1.0
	w := secFit(pages, lambda, prior, false)
	t.Logf("all pages, fitted on all (lambda %g, prior %g): %v; hand %v", lambda, prior, secTallyOf(pages, func(p secPage) string { return secPick(p, w) }), secTallyOf(pages, hand))
	for k, v := range w {
		t.Logf("%-14s %8.4f", secFeatNames[k], v)
	}
	if *flagWriteSection {
		header := "Code generated by TestTrainSectionRanker (section15_train_test.go); DO NOT EDIT.\n\n" +
			"go test -run TestTrainSectionRanker -trainsection -writesection -count=1 ./internal/htmlx"
		if err := learn.WriteWeights("section15_weights.go", "htmlx", header, "sectionRankWeights are the section ranker's weights (section15_rank.go).",
			"sectionRankWeights", "nSecFeats", secFeatNames[:], w, true); err != nil {
			t.Fatal(err)
		}
	}
}

// flagSectionMiss prints, with -trainsection, the dev pages the hand
// order misses with their candidates and marks (tuning pages only).
var flagSectionMiss = flag.Bool("sectionmiss", false, "with -trainsection, print the candidates of the dev pages the hand order misses")

// logSecMisses prints the hand order's misses on pages.
func logSecMisses(t *testing.T, pages []secPage) {
	for _, p := range pages {
		want := ""
		if p.label != nil {
			want = FoldSection(*p.label)
		}
		if FoldSection(p.hand) == want {
			continue
		}
		var b strings.Builder
		for _, c := range p.cands {
			fmt.Fprintf(&b, "\n      %q:", c.text)
			for k, v := range c.x {
				if v != 0 {
					fmt.Fprintf(&b, " %s=%.2g", secFeatNames[k][2:], v)
				}
			}
		}
		t.Logf("%s half %c: want %q, hand %q:%s", p.id, 'A'+p.half, want, p.hand, b.String())
	}
}
