package article

import (
	"bytes"
	"encoding/json"
	"flag"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/learn"
	"github.com/articlekit/article/internal/model"
)

// Training the English he/she ranker (internal/attrib/enspk13q_ranker.go):
//
//	go test -run TestTrainEnPronoun -trainenpron -count=1 -v .
//
// reads the PolNeAR training split, parses each article as the text path
// does, and takes each sentence whose first "he" or "she" the reader
// resolved and that holds the content of an annotated attribution whose
// source is that pronoun; its candidates are right when they match the
// named source annotated nearest before the pronoun (the corpus scorer's
// referent, eval.SpeakerMatches). It fits a conditional logit on the
// articles of half 1 (by a hash of the id, as `articleeval quotes -half`)
// only, reports how often the best candidate is right on half 1 and on
// half 2 for the hand rule (the most recent salient person) and for the
// fit, and rewrites internal/attrib/enspk13q_weights.go.
var flagTrainEnPron = flag.Bool("trainenpron", false, "train the English he/she ranker on half 1 of PolNeAR and rewrite internal/attrib/enspk13q_weights.go")

// enPronGroup is one resolved pronoun with its labelled candidates.
type enPronGroup struct {
	half  int
	feats [][attrib.NEnPronFeatures]float64
	right []bool
}

// polnearIDHalf is cmd/articleeval's polnearHalf: half 1 or 2 of an id.
func polnearIDHalf(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32()%2) + 1
}

// enPronArticle is what the ranker's training reads of a PolNeAR article
// (encoding/json matches the fields' names whatever their case).
type enPronArticle struct {
	ID, Text     string
	Attributions []struct{ Content, Source *enPronSpan }
}

// enPronSpan is an annotated span: its text and where it starts.
type enPronSpan struct {
	Text  string
	Start int
}

// loadEnPronGroups reads the PolNeAR training split into labelled groups.
func loadEnPronGroups(t *testing.T) []enPronGroup {
	data, err := os.ReadFile(filepath.Join(polnearDir, "articles.jsonl"))
	if err != nil {
		t.Skipf("no corpus at %s", polnearDir)
	}
	var out []enPronGroup
	for _, line := range bytes.Split(data, []byte("\n")) {
		var p enPronArticle
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := json.Unmarshal(line, &p); err != nil {
			t.Fatal(err)
		}
		doc, _ := ParseText(strings.NewReader(p.Text))
		if doc == nil || primaryTag(doc.Language) != "en" {
			continue
		}
		var blocks []model.Block
		for _, bl := range doc.Body {
			blocks = append(blocks, model.Block{Type: model.BlockType(bl.Type), Text: bl.Text})
		}
		samples := attrib.EnPronounSamples(blocks)
		used := make([]bool, len(samples))
		for _, at := range p.Attributions {
			if at.Content == nil || at.Source == nil {
				continue
			}
			g := byte(0)
			switch strings.ToLower(at.Source.Text) {
			case "he":
				g = 'm'
			case "she":
				g = 'f'
			}
			if g == 0 {
				continue
			}
			// The referent, as the scorer takes it: the named source
			// annotated nearest before the pronoun.
			ref, refStart := "", -1
			for _, b := range p.Attributions {
				if b.Source != nil && b.Source.Start < at.Source.Start && b.Source.Start > refStart && eval.ClassifySource(b.Source.Text) == eval.SourceName {
					ref, refStart = b.Source.Text, b.Source.Start
				}
			}
			if ref == "" {
				continue
			}
			content := eval.QuoteTokens(at.Content.Text)
			if len(content) > 6 {
				content = content[:6]
			}
			if len(content) < 3 {
				continue
			}
			for k, s := range samples {
				if used[k] || s.Gender != g || !containsTokens(eval.QuoteTokens(s.Sentence), content) {
					continue
				}
				used[k] = true
				gr := enPronGroup{half: polnearIDHalf(p.ID), feats: s.Feats}
				for _, nm := range s.Names {
					gr.right = append(gr.right, eval.SpeakerMatches(nm, ref))
				}
				out = append(out, gr)
				break
			}
		}
	}
	return out
}

// containsTokens reports whether needle is a run of hay.
func containsTokens(hay, needle []string) bool {
	for i := 0; i+len(needle) <= len(hay); i++ {
		ok := true
		for k, w := range needle {
			if hay[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// enPronRight counts the groups of half h whose best scored candidate is
// right, and the groups with any right candidate.
func enPronRight(gs []enPronGroup, h int, w []float64) (right, reachable, total int) {
	for _, g := range gs {
		if g.half != h {
			continue
		}
		total++
		best, bestZ := -1, 0.0
		any := false
		for c, x := range g.feats {
			z := learn.Score(w, x[:])
			if best < 0 || z > bestZ {
				best, bestZ = c, z
			}
			any = any || g.right[c]
		}
		if any {
			reachable++
		}
		if best >= 0 && g.right[best] {
			right++
		}
	}
	return right, reachable, total
}

func TestTrainEnPronoun(t *testing.T) {
	if !*flagTrainEnPron {
		t.Skip("trains the English he/she ranker; run with -trainenpron")
	}
	gs := loadEnPronGroups(t)
	hand := attrib.EnHandWeights()
	for h := 1; h <= 2; h++ {
		r, reach, n := enPronRight(gs, h, hand)
		t.Logf("half %d: %d pronouns, a right candidate for %d, hand rule right %d", h, n, reach, r)
	}
	var train []learn.Group
	for _, g := range gs {
		if g.half != 1 {
			continue
		}
		lg := learn.Group{Right: g.right}
		for _, x := range g.feats {
			lg.X = append(lg.X, append([]float64(nil), x[:]...))
		}
		train = append(train, lg)
	}
	for _, lambda := range []float64{0.1, 0.01, 0.001, 0} {
		w := learn.CondLogit(train, learn.Options{Lambda: lambda, Prior: hand, Iters: 4000})
		r1, _, _ := enPronRight(gs, 1, w)
		r2, _, _ := enPronRight(gs, 2, w)
		t.Logf("lambda %.3f: right half 1 %d, half 2 %d; weights %.2f", lambda, r1, r2, w)
	}
	for _, lambda := range []float64{0.01, 0.001} {
		w := learn.CondLogit(train, learn.Options{Lambda: lambda, Iters: 4000})
		r1, _, _ := enPronRight(gs, 1, w)
		r2, _, _ := enPronRight(gs, 2, w)
		t.Logf("lambda %.2f: right half 1 %d, half 2 %d; weights %.2f", lambda, r1, r2, w)
	}
	w := learn.CondLogit(train, learn.Options{Lambda: 0, Prior: hand, Iters: 4000})
	names := []string{"EPRank0", "EPRank1", "EPRankFar", "EPLastSpeaker", "EPLastMention", "EPGenderKnown", "EPMultiWord",
		"EPFirstName", "EPLogMentions", "EPLogDistance", "EPSameSent", "EPLowerWord"}
	if len(names) != attrib.NEnPronFeatures {
		t.Fatalf("%d feature names for %d features", len(names), attrib.NEnPronFeatures)
	}
	header := "Code generated by TestTrainEnPronoun (go test -run TestTrainEnPronoun\n-trainenpron .) from half 1 of ../shared/corpora/polnear-train; DO NOT EDIT."
	if err := learn.WriteWeights("internal/attrib/enspk13q_weights.go", "attrib", header,
		"enPronounWeights are the English he/she ranker's weights, by feature index.", "enPronounWeights", "NEnPronFeatures", names, w, true); err != nil {
		t.Fatal(err)
	}
}
