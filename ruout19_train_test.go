package article

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/learn"
	"github.com/articlekit/article/internal/model"
)

// Training the learned outlet scorer of Russian text (see
// internal/attrib/ruout19_cands.go):
//
//	go test -run TestTrainOutlets -trainoutlets -count=1 -v .
//
// reads the ODD-numbered files of every testdata/ru-fresh* set and of the
// tune half of ../shared/corpora/ru-quotes-dev (never an even file), parses
// each as the text path does, labels each outlet candidate right when the
// corpus's scorer matches its canonical name to an annotated outlet,
// reports leave-one-set-out figures (train on every set but one, the
// outlets P/R the decision gives on it, against the hand rules alone), and
// fits a logistic regression on all of them, written to
// internal/attrib/ruout19_weights.go.
var flagTrainOutlets = flag.Bool("trainoutlets", false, "train the Russian outlet scorer on the odd halves of testdata/ru-fresh* and the tune half of ru-quotes-dev and rewrite internal/attrib/ruout19_weights.go")

// outletFeatureNames names the outlet scorer's features, by index.
var outletFeatureNames = [attrib.NOutletFeatures]string{
	attrib.OFBias: "OFBias", attrib.OFKnown: "OFKnown", attrib.OFQuoted: "OFQuoted", attrib.OFLatin: "OFLatin",
	attrib.OFAbbrev: "OFAbbrev", attrib.OFTypeWord: "OFTypeWord", attrib.OFMediaVerb: "OFMediaVerb",
	attrib.OFReportVerb: "OFReportVerb", attrib.OFVerbAfter: "OFVerbAfter", attrib.OFPrep: "OFPrep",
	attrib.OFPiece: "OFPiece", attrib.OFAccording: "OFAccording", attrib.OFInformant: "OFInformant",
	attrib.OFJournalist: "OFJournalist", attrib.OFInitial: "OFInitial", attrib.OFPersonAfter: "OFPersonAfter",
	attrib.OFPersonName: "OFPersonName", attrib.OFRule: "OFRule", attrib.OFSocial: "OFSocial", attrib.OFSite: "OFSite",
	attrib.OFLong: "OFLong", attrib.OFOblique: "OFOblique", attrib.OFOutletLike: "OFOutletLike",
	attrib.OFNonMedia: "OFNonMedia", attrib.OFColonAfter: "OFColonAfter", attrib.OFSpeakerVerb: "OFSpeakerVerb",
	attrib.OFPublish: "OFPublish", attrib.OFCoord: "OFCoord", attrib.OFRepeat: "OFRepeat", attrib.OFOtherRule: "OFOtherRule",
	attrib.OFDateline: "OFDateline", attrib.OFSubject: "OFSubject", attrib.OFAfterNoun: "OFAfterNoun",
}

// outletArticle is one training article: its annotation, candidates and
// the hand rules' outlets.
type outletArticle struct {
	set   string
	rec   eval.RuRecord
	cands []attrib.OutletSample
	y     []bool
	rules []string
}

// loadOutletArticles reads the odd-numbered files of every set.
func loadOutletArticles(t *testing.T) []outletArticle {
	if _, err := os.Stat(ruQuotesDir); err != nil {
		t.Skipf("%s is absent: %v", ruQuotesDir, err)
	}
	parts, _ := filepath.Glob(filepath.Join(ruQuotesDir, "part-*", "annotations.json"))
	fresh, _ := filepath.Glob(filepath.Join("testdata", "ru-fresh*", "annotations.json"))
	var out []outletArticle
	eachRuArticle(t, append(parts, fresh...), 1, func(corpus string, r eval.RuRecord, lang string, blocks []model.Block) {
		oa := outletArticle{set: corpus, rec: r}
		oa.cands, oa.rules = attrib.OutletSamples(blocks, lang)
		for _, c := range oa.cands {
			c1, _ := eval.ScoreRuArticle(r, nil, []string{c.Name})
			oa.y = append(oa.y, c1.SrcTP > 0)
		}
		out = append(out, oa)
	})
	return out
}

// eachRuArticle parses the files of the annotation files parts whose
// number is odd (parity 1) or even (parity 0), as the text path does, and
// calls fn with each file's record, language and body blocks, in file
// order. The validation half of ru-quotes-dev (its even files) is never
// read: parity 0 is refused for it.
func eachRuArticle(t *testing.T, parts []string, parity int, fn func(corpus string, r eval.RuRecord, lang string, blocks []model.Block)) {
	num := regexp.MustCompile(`\d+`)
	for _, p := range parts {
		corpus := ruCorpusName(p)
		if parity == 0 && corpus == "ru-quotes-dev" {
			t.Fatal("the validation half of ru-quotes-dev is not read here")
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var recs []eval.RuRecord
		if err := json.Unmarshal(b, &recs); err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			n, err := strconv.Atoi(num.FindString(r.File))
			if err != nil || n%2 != parity {
				continue // the other half is never read here
			}
			text, err := os.ReadFile(filepath.Join(filepath.Dir(p), r.File))
			if err != nil {
				t.Fatal(err)
			}
			a, _ := ParseText(bytes.NewReader(text))
			if a == nil {
				continue
			}
			blocks := make([]model.Block, len(a.Body))
			for i, bl := range a.Body {
				blocks[i] = model.Block{Type: model.BlockType(bl.Type), Text: bl.Text}
			}
			fn(corpus, r, primaryTag(a.Language), blocks)
		}
	}
}

// decideOutletsWith is the library's decision (decideOutlets) under w:
// the rules' outlets less those whose candidates all score low, then the
// candidates above the threshold.
func decideOutletsWith(a outletArticle, w []float64) []string {
	if additive {
		return decideAdditive(a, w, addTh)
	}
	best := map[string]float64{}
	var order []string
	for _, c := range a.cands {
		k := strings.ToLower(c.Name)
		s := learn.Score(w, c.X)
		if b, ok := best[k]; !ok || s > b {
			if !ok {
				order = append(order, c.Name)
			}
			best[k] = s
		}
	}
	var out []string
	rule := map[string]bool{}
	for _, s := range a.rules {
		rule[strings.ToLower(s)] = true
		if b, ok := best[strings.ToLower(s)]; !ok || b > 0 {
			out = append(out, s)
		}
	}
	for _, n := range order {
		if k := strings.ToLower(n); !rule[k] && best[k] > 0 {
			out = append(out, n)
		}
	}
	return out
}

// additive: the rules' outlets are kept and the scorer, trained on the
// candidates they do not cite, only adds.
const additive = true

// addTh is the additive decision's threshold on the score.
var addTh = 0.0

// decideAdditive is the rules' outlets, then the candidates they do not
// cite that score above th.
func decideAdditive(a outletArticle, w []float64, th float64) []string {
	out := append([]string(nil), a.rules...)
	seen := map[string]bool{}
	for _, s := range a.rules {
		seen[strings.ToLower(s)] = true
	}
	for _, c := range a.cands {
		if k := strings.ToLower(c.Name); !seen[k] && c.X[attrib.OFRule] == 0 && learn.Score(w, c.X) > th {
			seen[k] = true
			out = append(out, c.Name)
		}
	}
	return out
}

// outletCounts sums the outlets' TP, predicted and true counts.
func outletCounts(arts []outletArticle, pick func(outletArticle) []string) (tp, pred, tru int) {
	for _, a := range arts {
		c, _ := eval.ScoreRuArticle(a.rec, nil, pick(a))
		tp, pred, tru = tp+c.SrcTP, pred+c.SrcPred, tru+c.SrcTrue
	}
	return
}

func prf(tp, pred, tru int) string {
	p, r := float64(tp)/float64(max(pred, 1)), float64(tp)/float64(max(tru, 1))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return fmt.Sprintf("P %.3f (%d/%d) R %.3f (%d/%d) F %.3f", p, tp, pred, r, tp, tru, f)
}

// fitOutlets fits the scorer on arts.
func fitOutlets(arts []outletArticle, lambda float64) []float64 {
	var ex []learn.Example
	for _, a := range arts {
		for i, c := range a.cands {
			if additive && c.X[attrib.OFRule] != 0 {
				continue
			}
			ex = append(ex, learn.Example{X: c.X, Y: a.y[i]})
		}
	}
	free := make([]bool, attrib.NOutletFeatures)
	free[attrib.OFBias] = true
	return learn.Logistic(ex, learn.Options{Lambda: lambda, Free: free})
}

func TestTrainOutlets(t *testing.T) {
	if !*flagTrainOutlets {
		t.Skip("training only with -trainoutlets")
	}
	arts := loadOutletArticles(t)
	sets := map[string]bool{}
	npos, n := 0, 0
	for _, a := range arts {
		sets[a.set] = true
		for _, y := range a.y {
			n++
			if y {
				npos++
			}
		}
	}
	names := make([]string, 0, len(sets))
	for s := range sets {
		names = append(names, s)
	}
	sort.Strings(names)
	t.Logf("%d articles, %d candidates, %d right", len(arts), n, npos)
	rules := func(a outletArticle) []string { return a.rules }
	oracle := func(a outletArticle) []string {
		var out []string
		for i, c := range a.cands {
			if a.y[i] {
				out = append(out, c.Name)
			}
		}
		return out
	}
	union := func(a outletArticle) []string { return append(oracle(a), a.rules...) }
	t.Logf("ceiling: candidates right %s; with the rules' %s", prf(outletCounts(arts, oracle)), prf(outletCounts(arts, union)))
	if os.Getenv("OUTLETS_DUMP") != "" {
		for _, a := range arts {
			for i, c := range a.cands {
				if c.X[attrib.OFRule] == 0 {
					var on []string
					for k, v := range c.X {
						if v != 0 && k != attrib.OFBias {
							on = append(on, outletFeatureNames[k][2:])
						}
					}
					t.Logf("%v %s %s %q %q %v || %s", a.y[i], a.set, a.rec.File, c.Raw, c.Name, on, c.Ctx)
				}
			}
		}
	}
	for _, th := range []float64{-2, -1.5, -1, -0.5, 0} {
		addTh = th
		t.Logf("threshold %.1f", th)
		for _, lambda := range []float64{0, 0.0003, 0.001, 0.003} {
			var rt, rp, rn, st, sp, sn int
			for _, held := range names {
				var train, test []outletArticle
				for _, a := range arts {
					if a.set == held {
						test = append(test, a)
					} else {
						train = append(train, a)
					}
				}
				w := fitOutlets(train, lambda)
				a1, b1, c1 := outletCounts(test, rules)
				a2, b2, c2 := outletCounts(test, func(a outletArticle) []string { return decideOutletsWith(a, w) })
				rt, rp, rn, st, sp, sn = rt+a1, rp+b1, rn+c1, st+a2, sp+b2, sn+c2
				if lambda == 0 && th == 0 {
					t.Logf("held out %-14s rules %s | scorer %s", held, prf(a1, b1, c1), prf(a2, b2, c2))
				}
			}
			t.Logf("lambda %.4f leave-one-set-out: rules %s | scorer %s", lambda, prf(rt, rp, rn), prf(st, sp, sn))
		}
	}
	addTh = 0
	w := fitOutlets(arts, 0)
	a2, b2, c2 := outletCounts(arts, func(a outletArticle) []string { return decideOutletsWith(a, w) })
	a1, b1, c1 := outletCounts(arts, rules)
	t.Logf("trained on all: rules %s | scorer %s", prf(a1, b1, c1), prf(a2, b2, c2))
	for k, v := range w {
		t.Logf("  %-14s %+.3f", outletFeatureNames[k], v)
	}
	if os.Getenv("OUTLETS_NOWRITE") != "" {
		return
	}
	if err := learn.WriteWeights("internal/attrib/ruout19_weights.go", "attrib",
		"Code generated by TestTrainOutlets (go test -run TestTrainOutlets -trainoutlets .)\nfrom the odd halves of testdata/ru-fresh* and the tune half of\n../shared/corpora/ru-quotes-dev; DO NOT EDIT.",
		"outletWeights are the learned outlet scorer's weights, by feature index.", "outletWeights", "NOutletFeatures",
		outletFeatureNames[:], w, true); err != nil {
		t.Fatal(err)
	}
}
