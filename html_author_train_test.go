package article

import (
	"flag"
	"slices"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/htmlx"
)

// Training the author ranker (internal/htmlx/author_rank.go):
//
//	go test -run TestTrainAuthorRanker -v -count=1 .
//
// parses every page of testdata/webextract-dev-meta.json whose authors are
// labelled, collects the author candidates of each with their features,
// and fits a conditional logit whose right answers are the candidates that
// hold every word of the label (the empty answer when the page credits
// nobody). It logs the cross-check by site halves (trained on one, scored
// on the other) beside the rules' own choice on the same pages.
var flagTrainAuthor = flag.Bool("trainauthor", false, "train the author ranker on the labelled tuning pages and log the cross-check")

func TestTrainAuthorRanker(t *testing.T) {
	if !*flagTrainAuthor {
		t.Skip("trains the author ranker only when asked: -trainauthor")
	}
	var cands []htmlx.AuthorCandidate
	htmlx.AuthorTrace = func(c []htmlx.AuthorCandidate) { cands = append(cands[:0], c...) }
	defer func() { htmlx.AuthorTrace = nil }()
	var groups []choiceGroup
	ruleRight := [2]int{}
	for _, p := range labelledPages(t) {
		if p.meta == nil || slices.Contains(p.meta.Unlabelled, "authors") {
			continue
		}
		cands = cands[:0]
		a := parsePage(t, p)
		if len(cands) == 0 {
			cands = append(cands, htmlx.AuthorCandidate{})
			cands[0].X[htmlx.AEmpty] = 1
		}
		want := p.meta.Authors
		right := func(names []string) bool {
			if len(want) == 0 {
				return len(names) == 0
			}
			if len(names) == 0 {
				return false
			}
			words := reWords.FindAllString(strings.ToLower(strings.Join(names, " ")), -1)
			for _, x := range want {
				for _, w := range reWords.FindAllString(strings.ToLower(x), -1) {
					if !slices.Contains(words, w) {
						return false
					}
				}
			}
			return true
		}
		g := choiceGroup{half: siteHalf(p.site, p.id), id: p.id}
		for _, c := range cands {
			g.x = append(g.x, c.X[:])
			g.right = append(g.right, right(c.Names))
			g.values = append(g.values, strings.Join(c.Names, "|"))
		}
		var got []string
		for _, au := range a.Authors {
			got = append(got, au.Name)
		}
		if right(got) {
			ruleRight[g.half]++
		}
		groups = append(groups, g)
	}
	oracle := 0
	for _, g := range groups {
		if slices.Contains(g.right, true) {
			oracle++
		}
	}
	n := [2]int{}
	for _, g := range groups {
		n[g.half]++
	}
	t.Logf("%d pages; the rules right on half A %d/%d, half B %d/%d; a right candidate on %d", len(groups), ruleRight[0], n[0], ruleRight[1], n[1], oracle)
	for _, lambda := range []float64{0.003, 0.01, 0.03, 0.1} {
		prior := make([]float64, htmlx.NAuthorFeatures)
		prior[htmlx.ARule] = 3
		choiceCrossCheck(t, groups, htmlx.NAuthorFeatures, lambda, nil, prior)
		t.Logf("from the rules' choice as prior:")
		choiceCrossCheck(t, groups, htmlx.NAuthorFeatures, lambda, prior, prior)
	}
	w := fitLogit(groups, htmlx.NAuthorFeatures, 0.01, nil)
	r, all := accuracy(groups, w, -1)
	t.Logf("trained on all: %d/%d", r, all)
	for i, x := range w {
		t.Logf("feature %d: %.3f", i, x)
	}
}
