package article

import (
	"bytes"
	"flag"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/htmlx"

	"github.com/articlekit/article/internal/charset"

	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/learn"
	"golang.org/x/net/html"
)

// Training the learned block scorer (see html_content_learn.go):
//
//	go test -run TestTrainContentScorer -traincontent -count=1 .
//
// reads every page of ../shared/bench/web-extract/dev (never validation/),
// cuts it into blocks as the extractor does, labels each block article
// text when at least half of its word trigrams (its words, for a block of
// fewer than three) occur in the page's ground truth, fits a logistic
// regression by Newton's method with a small L2 penalty, each page weighing
// the same and each block within it by the square root of its length, and
// rewrites internal/htmlx/content_weights.go.
var flagTrainContent = flag.Bool("traincontent", false, "train the block scorer on web-extract dev/ and rewrite internal/htmlx/content_weights.go")

// featureNames names the features in internal/htmlx/content_weights.go, by index.
var featureNames = [htmlx.NFeatures]string{
	htmlx.FBias: "FBias", htmlx.FLogRunes: "FLogRunes", htmlx.FLinkDensity: "FLinkDensity", htmlx.FPunct: "FPunct", htmlx.FComma: "FComma",
	htmlx.FStop: "FStop", htmlx.FEndsPunct: "FEndsPunct", htmlx.FWordLen: "FWordLen", htmlx.FKindPara: "FKindPara",
	htmlx.FKindHeading: "FKindHeading", htmlx.FKindItem: "FKindItem", htmlx.FKindCell: "FKindCell", htmlx.FKindCaption: "FKindCaption",
	htmlx.FKindPre: "FKindPre", htmlx.FOwnerP: "FOwnerP", htmlx.FOwnerDiv: "FOwnerDiv", htmlx.FOwnerTd: "FOwnerTd", htmlx.FQuote: "FQuote",
	htmlx.FBoiler: "FBoiler", htmlx.FSoft: "FSoft", htmlx.FHandPositive: "FHandPositive", htmlx.FPos: "FPos", htmlx.FPosSq: "FPosSq",
	htmlx.FInArticle: "FInArticle", htmlx.FAfterTail: "FAfterTail", htmlx.FParentLogRunes: "FParentLogRunes",
	htmlx.FParentLinkDensity: "FParentLinkDensity", htmlx.FGrandLogRunes: "FGrandLogRunes",
	htmlx.FGrandLinkDensity: "FGrandLinkDensity", htmlx.FParentShare: "FParentShare", htmlx.FPrevLogRunes: "FPrevLogRunes",
	htmlx.FPrevLinkDensity: "FPrevLinkDensity", htmlx.FNextLogRunes: "FNextLogRunes", htmlx.FNextLinkDensity: "FNextLinkDensity",
	htmlx.FNearLogRunes: "FNearLogRunes", htmlx.FNearLinkDensity: "FNearLinkDensity", htmlx.FNearPunct: "FNearPunct",
	htmlx.FDistBest: "FDistBest", htmlx.FBestSub: "FBestSub", htmlx.FNumeric: "FNumeric", htmlx.FUpper: "FUpper",
}

// trainSample is one block: its features, label and weight.
type trainSample struct {
	x [htmlx.NFeatures]float64
	y float64
	w float64
}

// pageBlocks cuts a page into blocks as extractContent's first walk does
// and returns the walker and its features.
func pageBlocks(t testing.TB, b []byte, url string) (*htmlx.ContentWalker, htmlx.BlockFeats) {
	a, _ := ParseHTML(bytes.NewReader(b), WithURL(url))
	headline := ""
	if a != nil {
		headline = a.Headline
	}
	u, err := charset.DecodeHTML(b)
	if err != nil {
		return nil, nil
	}
	root, err := html.Parse(bytes.NewReader(u))
	if err != nil {
		return nil, nil
	}
	w := &htmlx.ContentWalker{UseHints: true}
	w.Walk(root, htmlx.WalkState{Owner: root}, 0)
	w.Flush()
	w.MarkCards(headline)
	return w, w.Features(w.HandWeights())
}

// blockLabel is 1 when at least half of a block's word trigrams (its whole
// word sequence, when shorter) occur in the truth.
func blockLabel(text string, tri map[string]bool, joined string) (float64, int) {
	toks := weTokens(text)
	if len(toks) == 0 {
		return 0, 0
	}
	if len(toks) < 3 {
		if strings.Contains(joined, " "+strings.Join(toks, " ")+" ") {
			return 1, len(toks)
		}
		return 0, len(toks)
	}
	hit := 0
	for i := 0; i+3 <= len(toks); i++ {
		if tri[toks[i]+" "+toks[i+1]+" "+toks[i+2]] {
			hit++
		}
	}
	if 2*hit >= len(toks)-2 {
		return 1, len(toks)
	}
	return 0, len(toks)
}

func TestTrainContentScorer(t *testing.T) {
	if !*flagTrainContent {
		t.Skip("trains the block scorer only when asked: -traincontent")
	}
	gt, ids := loadWebExtract(t, "dev")
	var samples []trainSample
	for _, id := range ids {
		g := gt[id]
		b, err := eval.ReadGzip(filepath.Join(webExtractDir, "dev", g.File))
		if err != nil {
			t.Fatal(err)
		}
		w, f := pageBlocks(t, b, g.URL)
		if w == nil || len(w.Blocks) == 0 {
			continue
		}
		truth := weTokens(g.ArticleBody)
		tri := make(map[string]bool, len(truth))
		for i := 0; i+3 <= len(truth); i++ {
			tri[truth[i]+" "+truth[i+1]+" "+truth[i+2]] = true
		}
		joined := " " + strings.Join(truth, " ") + " "
		start := len(samples)
		total := 0.0
		for i := range w.Blocks {
			y, n := blockLabel(w.Blocks[i].Text, tri, joined)
			if n == 0 {
				continue
			}
			s := trainSample{x: f[i], y: y, w: math.Sqrt(float64(n))}
			total += s.w
			samples = append(samples, s)
		}
		for i := start; i < len(samples); i++ {
			samples[i].w /= total
		}
	}
	wts := fitLogistic(samples, 1e-3, 25)
	pos, acc, sum := 0.0, 0.0, 0.0
	for _, s := range samples {
		p := 0.0
		for k, v := range s.x {
			p += wts[k] * v
		}
		if (p > 0) == (s.y == 1) {
			acc += s.w
		}
		pos += s.w * s.y
		sum += s.w
	}
	t.Logf("%d blocks, %.3f of the weight positive, weighted accuracy %.3f", len(samples), pos/sum, acc/sum)
	if err := learn.WriteWeights("internal/htmlx/content_weights.go", "htmlx",
		"Code generated by TestTrainContentScorer (go test -run TestTrainContentScorer\n-traincontent .) from ../shared/bench/web-extract/dev; DO NOT EDIT.",
		"contentWeights are the learned block scorer's weights, by feature index.", "contentWeights", "NFeatures",
		featureNames[:], wts[:], false); err != nil {
		t.Fatal(err)
	}
}

// fitLogistic fits the block scorer's weights: a logistic regression with
// the bias free and the other weights pulled toward zero by lambda.
func fitLogistic(s []trainSample, lambda float64, iters int) [htmlx.NFeatures]float64 {
	ex := make([]learn.Example, len(s))
	for i := range s {
		ex[i] = learn.Example{X: s[i].x[:], Y: s[i].y == 1, W: s[i].w}
	}
	free := make([]bool, htmlx.NFeatures)
	free[htmlx.FBias] = true
	var w [htmlx.NFeatures]float64
	copy(w[:], learn.Logistic(ex, learn.Options{Lambda: lambda, Free: free, Iters: iters}))
	return w
}
