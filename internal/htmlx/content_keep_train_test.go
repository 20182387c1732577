package htmlx

import (
	"encoding/gob"
	"flag"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/learn"
	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
)

// The training of the keep scorer (content_keep.go), on web-extract dev/
// only (never validation/), the AEB measured beside it:
//
//	go test ./internal/htmlx -run TestTrainKeep -trainkeep -count=1 -v
//
// makes the extraction of every page with the keep scorer off and, through
// contentProbe, takes the blocks the body kept and their features. Each
// block is labelled by the truth: matched best first (the blocks whose
// tokens are most often true tokens take their true tokens first, as the
// precision diagnosis does), a block is article text when most of its
// tokens are true. A page whose body the fallback replaced keeps its
// figure. The logistic regression is fitted on one half of dev's sites and
// measured on the other (each block weighted by its tokens), both ways: the
// logged figures are each half's mean token F1 as extracted and with the
// blocks under each threshold left out (the body's token bag less theirs,
// which is what the re-emitted body scores). -keepzone limits the drops to
// the blocks before the first or after the last prose paragraph; -keeprows
// FILE caches the rows (gob) so that fits are tried without extracting
// again; -keepwrite rewrites content_keep_weights.go from a fit on all
// of dev at -keepmin.
var (
	flagTrainKeep = flag.Bool("trainkeep", false, "train the keep scorer on web-extract dev")
	flagKeepRows  = flag.String("keeprows", "", "with -trainkeep: cache of the rows (read when present, else written)")
	flagKeepZone  = flag.Bool("keepzone", false, "with -trainkeep: drop only blocks outside the body's prose")
	flagKeepWrite = flag.Bool("keepwrite", false, "with -trainkeep: rewrite content_keep_weights.go")
	flagKeepMin   = flag.Float64("keepmin", 0.5, "with -trainkeep: the threshold written")
	flagKeepLamb  = flag.Float64("keeplambda", 0.001, "with -trainkeep: the L2 penalty")
	flagKeepBoost = flag.Int("keepboost", 0, "with -trainkeep: also fit boosted stumps of this many rounds")
	flagKeepAEB   = flag.Bool("keepaeb", false, "with -trainkeep: train on the AEB's pages too")
	flagKeepDelta = flag.Bool("keepdelta", false, "with -trainkeep: label each block by the F1 change of leaving it out alone, weighted by its size")
)

// keepBlock is one body block of a page: its tokens and features.
type keepBlock struct {
	Toks []string
	X    []float64
	True int // its tokens the truth takes, matched best first
}

// keepPage is one page's body, truth and blocks.
type keepPage struct {
	ID, Site string
	Half     int
	AEB      bool
	Body     []string // tokens of the final body
	Truth    []string
	Fixed    bool // the fallback replaced the body: no drop applies
	Blocks   []keepBlock
}

func keepPages(t *testing.T) []keepPage {
	if *flagKeepRows != "" {
		if f, err := os.Open(*flagKeepRows); err == nil {
			defer f.Close()
			var out []keepPage
			if err := gob.NewDecoder(f).Decode(&out); err != nil {
				t.Fatal(err)
			}
			return out
		}
	}
	pages := fallbackPages(t)
	if pages == nil {
		t.Skip("no shared corpora (../shared/bench beside the repository)")
	}
	keepOff = true
	defer func() { keepOff, contentProbe = false, nil }()
	var out []keepPage
	for _, p := range pages {
		raw, err := eval.ReadGzip(p.path)
		if err != nil {
			t.Fatal(err)
		}
		var probeBody string
		var feats [][NKeep]float64
		var texts []string
		seen := false
		contentProbe = func(w *ContentWalker, best *html.Node, headline string, authors []string, body []model.Block) {
			if seen {
				return
			}
			seen = true
			probeBody = joinBlocks(body)
			if w.prob == nil || best == nil {
				return
			}
			feats = w.keepFeatures(best, headline, authors)
			for _, i := range w.keptIdx {
				texts = append(texts, w.Blocks[i].Text)
			}
		}
		d, _ := Extract(raw, &model.Config{URL: p.url})
		var final string
		if d != nil {
			final = joinBlocks(d.Body)
		}
		kp := keepPage{ID: p.id, Site: p.site, Half: int(crc32.ChecksumIEEE([]byte(p.site)) % 2), AEB: strings.HasPrefix(p.id, "aeb-"),
			Body: eval.LowerTokens(final), Truth: eval.LowerTokens(p.truth)}
		kp.Fixed = !seen || probeBody != final || feats == nil
		if !kp.Fixed {
			for k, tx := range texts {
				x := make([]float64, NKeep)
				copy(x, feats[k][:])
				kp.Blocks = append(kp.Blocks, keepBlock{Toks: eval.LowerTokens(tx), X: x})
			}
			// Best first: the blocks whose tokens are most often true take
			// their true tokens first.
			budget := map[string]int{}
			for _, tk := range kp.Truth {
				budget[tk]++
			}
			frac := make([]float64, len(kp.Blocks))
			for k, b := range kp.Blocks {
				in := 0
				for _, tk := range b.Toks {
					if budget[tk] > 0 {
						in++
					}
				}
				frac[k] = float64(in) / float64(max(len(b.Toks), 1))
			}
			order := make([]int, len(kp.Blocks))
			for k := range order {
				order[k] = k
			}
			sort.SliceStable(order, func(a, b int) bool { return frac[order[a]] > frac[order[b]] })
			for _, k := range order {
				for _, tk := range kp.Blocks[k].Toks {
					if budget[tk] > 0 {
						budget[tk]--
						kp.Blocks[k].True++
					}
				}
			}
		}
		out = append(out, kp)
	}
	if *flagKeepRows != "" {
		f, err := os.Create(*flagKeepRows)
		if err != nil {
			t.Fatal(err)
		}
		if err := gob.NewEncoder(f).Encode(out); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	return out
}

// keepF1 is the page's token F1 with the blocks drop says left out.
func keepF1(p *keepPage, drop func(k int) bool) float64 {
	ours := p.Body
	if !p.Fixed {
		rm := map[string]int{}
		any := false
		for k, b := range p.Blocks {
			if drop(k) {
				any = true
				for _, tk := range b.Toks {
					rm[tk]++
				}
			}
		}
		if any {
			ours = make([]string, 0, len(p.Body))
			for _, tk := range p.Body {
				if rm[tk] > 0 {
					rm[tk]--
					continue
				}
				ours = append(ours, tk)
			}
		}
	}
	if len(ours) == 0 && len(p.Truth) == 0 {
		return 1
	}
	count := map[string]int{}
	for _, tk := range ours {
		count[tk]++
	}
	common := 0
	for _, tk := range p.Truth {
		if count[tk] > 0 {
			count[tk]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	pr, rc := float64(common)/float64(len(ours)), float64(common)/float64(len(p.Truth))
	return 2 * pr * rc / (pr + rc)
}

// keepZoned reports whether a block may be dropped under -keepzone.
func keepZoned(x []float64) bool {
	return !*flagKeepZone || x[KBeforeProse] == 1 || x[KAfterProse] == 1
}

func keepExamples(pages []keepPage, use func(p *keepPage) bool) []learn.Example {
	var ex []learn.Example
	for i := range pages {
		p := &pages[i]
		if p.Fixed || !use(p) {
			continue
		}
		for k, b := range p.Blocks {
			if len(b.Toks) == 0 || !keepZoned(b.X) {
				continue
			}
			if *flagKeepDelta {
				// The label is what leaving the block out alone does to
				// the page's F1, weighted by how much.
				k := k
				d := keepF1(p, func(j int) bool { return j == k }) - keepF1(p, func(int) bool { return false })
				if d == 0 {
					continue
				}
				ex = append(ex, learn.Example{X: b.X, Y: d < 0, W: math.Abs(d) * 100})
				continue
			}
			ex = append(ex, learn.Example{X: b.X, Y: 2*b.True > len(b.Toks), W: float64(len(b.Toks))})
		}
	}
	return ex
}

func TestTrainKeep(t *testing.T) {
	if !*flagTrainKeep {
		t.Skip("trains the keep scorer only when asked: -trainkeep")
	}
	pages := keepPages(t)
	fixed, blocks := 0, 0
	for _, p := range pages {
		if p.Fixed {
			fixed++
		}
		blocks += len(p.Blocks)
	}
	t.Logf("%d pages (%d fixed by the fallback or without a scorer), %d body blocks", len(pages), fixed, blocks)
	thresholds := []float64{0.2, 0.3, 0.4, 0.5, 0.6}
	report := func(name string, prob func(x []float64) float64, on func(p *keepPage) bool) {
		base, n := 0.0, 0
		got := make([]float64, len(thresholds))
		up := make([]int, len(thresholds))
		down := make([]int, len(thresholds))
		for i := range pages {
			p := &pages[i]
			if !on(p) {
				continue
			}
			n++
			f0 := keepF1(p, func(int) bool { return false })
			base += f0
			probs := make([]float64, len(p.Blocks))
			for k, b := range p.Blocks {
				probs[k] = prob(b.X)
			}
			for ti, th := range thresholds {
				f := keepF1(p, func(k int) bool { return keepZoned(p.Blocks[k].X) && probs[k] < th })
				got[ti] += f
				if f > f0+1e-9 {
					up[ti]++
				} else if f < f0-1e-9 {
					down[ti]++
				}
			}
		}
		var sb strings.Builder
		fmt.Fprintf(&sb, "%s: %d pages, as extracted %.4f;", name, n, base/float64(n))
		for ti, th := range thresholds {
			fmt.Fprintf(&sb, " %.1f: %+.4f (%d up %d down)", th, (got[ti]-base)/float64(n), up[ti], down[ti])
		}
		t.Log(sb.String())
	}
	mask := make([]bool, NKeep)
	free := make([]bool, NKeep)
	for k := range mask {
		mask[k] = true
	}
	free[KBias] = true
	opts := learn.Options{Lambda: *flagKeepLamb, Mask: mask, Free: free}
	dev := func(h int) func(p *keepPage) bool {
		return func(p *keepPage) bool { return !p.AEB && (h < 0 || p.Half == h) }
	}
	train := func(h int) func(p *keepPage) bool {
		return func(p *keepPage) bool {
			return (!p.AEB && p.Half != h) || (*flagKeepAEB && p.AEB)
		}
	}
	aeb := func(p *keepPage) bool { return p.AEB }
	for i := range pages {
		for k := range pages[i].Blocks {
			b := &pages[i].Blocks[k]
			b.X = b.X[:NKeep]
		}
	}
	{
		base, got, n := 0.0, 0.0, 0
		for i := range pages {
			p := &pages[i]
			if p.AEB {
				continue
			}
			n++
			base += keepF1(p, func(int) bool { return false })
			got += keepF1(p, func(k int) bool { b := p.Blocks[k]; return keepZoned(b.X) && 2*b.True <= len(b.Toks) })
		}
		t.Logf("oracle (drop every block mostly not true): dev %.4f -> %.4f", base/float64(n), got/float64(n))
	}
	for h := range 2 {
		w := learn.Logistic(keepExamples(pages, train(h)), opts)
		prob := func(x []float64) float64 { return 1 / (1 + math.Exp(-learn.Score(w, x))) }
		report(fmt.Sprintf("linear, fitted off half %d, on half %d", h, h), prob, dev(h))
		report(fmt.Sprintf("linear, fitted off half %d, on the AEB", h), prob, aeb)
		if *flagKeepBoost > 0 {
			m := fitStumps(keepExamples(pages, train(h)), *flagKeepBoost)
			report(fmt.Sprintf("stumps, fitted off half %d, on half %d", h, h), m.prob, dev(h))
			report(fmt.Sprintf("stumps, fitted off half %d, on the AEB", h), m.prob, aeb)
		}
	}
	all := func(p *keepPage) bool { return !p.AEB || *flagKeepAEB }
	w := learn.Logistic(keepExamples(pages, all), opts)
	prob := func(x []float64) float64 { return 1 / (1 + math.Exp(-learn.Score(w, x))) }
	report("linear, fitted on all, on dev (in sample)", prob, dev(-1))
	if testing.Verbose() {
		for k, v := range w {
			t.Logf("  %-16s %+.4f", keepNames[k], v)
		}
	}
	if *flagKeepWrite {
		if err := learn.WriteWeights("content_keep_weights.go", "htmlx",
			fmt.Sprintf("Code generated by TestTrainKeep (go test ./internal/htmlx -run TestTrainKeep\n-trainkeep -keepwrite -keepmin %.2f -keeplambda %g", *flagKeepMin, *flagKeepLamb)+
				keepFlagsNote()+") from ../shared/bench/web-extract/dev; DO NOT EDIT.",
			"keepWeights are the keep scorer's weights, by feature index.", "keepWeights", "NKeep", keepNames[:], w, false); err != nil {
			t.Fatal(err)
		}
	}
}

func keepFlagsNote() string {
	s := ""
	if *flagKeepZone {
		s += " -keepzone"
	}
	if *flagKeepAEB {
		s += " -keepaeb"
	}
	return s
}

// keepNames are the feature constants' names, for the weights file.
var keepNames = [NKeep]string{
	"KBias", "KProb", "KLogRunes", "KLinkDensity", "KEndsSentence", "KProse", "KPunct", "KStop", "KNumeric", "KUpper",
	"KShort", "KHeading", "KItem", "KCellPre", "KQuote", "KBeforeProse", "KAfterProse", "KFromFirst", "KFromLast",
	"KShareBefore", "KShareAfter", "KProseBefore", "KProseAfter", "KFirst", "KLast", "KHeadline", "KAuthorName",
	"KDateLine", "KCopyright", "KSeparators", "KClassAuthor", "KClassShare", "KClassTag", "KClassRelated",
	"KClassFooter", "KClassComment", "KClassSignup", "KClassCaption", "KClassAd", "KClassNav", "KClassContent", "KClassAny",
}
