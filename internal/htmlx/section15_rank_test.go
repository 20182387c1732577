package htmlx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/articlekit/article/internal/charset"
	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/model"
)

// secCandsOf reads page as Extract does up to the section and returns the
// candidates rankSections ranks with weights w, and its choice; ok is
// false for a page that does not decode or parse.
func secCandsOf(page []byte, url string, w *[nSecFeats]float64) (cands []secCand, choice string, ok bool) {
	u, err := charset.DecodeHTML(page)
	if err != nil {
		return nil, "", false
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(u))
	if err != nil {
		return nil, "", false
	}
	c := &model.Config{URL: url}
	root := doc.Nodes[0]
	m := collectMeta(root, len(u))
	a := buildMeta(m, c)
	v, _, cands := rankSections(w, a, m, root, c)
	return cands, v, true
}

// secHandWeights are the hand order as ranker weights: the hand's choice
// over the "no section" option over every other candidate.
var secHandWeights = [nSecFeats]float64{sfNone: 0.5, sfHand: 1}

const secTestPage = `<html><head><title>Council approves budget | Europe | Example News</title></head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li class="active"><a href="/world/">World</a></li>
<li><a href="/sport/">Sport</a></li><li><a href="/business/">Business</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/world/">World</a> &gt; <a href="/world/europe/">Europe</a></div>
<h1>Council approves budget</h1>
<p>The council approved the budget on Tuesday after a long debate about schools, roads and the new bridge.</p>
</body></html>`

// TestSectionCandidateFeatures checks the candidates of a page that prints
// its section as a trail, a <title> part, a directory link and a menu
// tab, and the choices three weightings make among them.
func TestSectionCandidateFeatures(t *testing.T) {
	cands, v, ok := secCandsOf([]byte(secTestPage), "https://example.com/world/europe/2024/council-approves-budget.html", &secHandWeights)
	if !ok {
		t.Fatal("page not read")
	}
	if v != "Europe" {
		t.Errorf("hand weights chose %q, want Europe", v)
	}
	by := map[string]*secCand{}
	for i := range cands {
		by[cands[i].fold] = &cands[i]
	}
	eu, world := by["europe"], by["world"]
	if eu == nil || world == nil {
		t.Fatalf("candidates %v lack Europe or World", cands)
	}
	for _, f := range []int{sfTrail, sfHand, sfCrumb, sfTitlePart, sfTitleNext, sfDir, sfDirDeep, sfWords1, sfInTitle} {
		if eu.x[f] == 0 {
			t.Errorf("Europe lacks %s: %v", secFeatNames[f], eu.x)
		}
	}
	if eu.x[sfCrumbEnd] != 1 || world.x[sfCrumbEnd] != 0.5 {
		t.Errorf("crumb places from the end: Europe %v, World %v; want 1 and 0.5", eu.x[sfCrumbEnd], world.x[sfCrumbEnd])
	}
	if eu.x[sfAgree] == 0 {
		t.Error("Europe: no agreement counted between its sources")
	}
	if world.x[sfTab] == 0 || world.x[sfNavLink] == 0 || world.x[sfHand] != 0 {
		t.Errorf("World: tab %v, menu link %v, hand %v; want the tab and the menu link only", world.x[sfTab], world.x[sfNavLink], world.x[sfHand])
	}
	if _, v, _ := secCandsOf([]byte(secTestPage), "https://example.com/world/europe/2024/council-approves-budget.html", &[nSecFeats]float64{sfNone: 0.5, sfTab: 1}); v != "World" {
		t.Errorf("weights for the menu tab chose %q, want World", v)
	}
	if _, v, _ := secCandsOf([]byte(secTestPage), "https://example.com/world/europe/2024/council-approves-budget.html", &[nSecFeats]float64{sfNone: 5, sfHand: 1}); v != "" {
		t.Errorf("weights that favour no section chose %q", v)
	}
}

// TestSectionRankerHandWeights checks that the ranker with the weights in
// Go source (sectionRankWeights, the hand order while Extract keeps it)
// chooses what Extract does on the HTML pages of the repository
// (testdata/html, testdata/ru-html); weights trained to replace them show
// here the pages they change.
func TestSectionRankerHandWeights(t *testing.T) {
	names, _ := filepath.Glob("../../testdata/ru-html/*.html.gz")
	plain, _ := filepath.Glob("../../testdata/html/*.html")
	if len(names)+len(plain) < 5 {
		t.Fatalf("%d pages found", len(names)+len(plain))
	}
	found := 0
	for _, name := range append(names, plain...) {
		var page []byte
		var err error
		if strings.HasSuffix(name, ".gz") {
			page, err = eval.ReadGzip(name)
		} else {
			page, err = os.ReadFile(name)
		}
		if err != nil {
			t.Fatal(err)
		}
		_, v, ok := secCandsOf(page, "", &sectionRankWeights)
		d, err := Extract(page, &model.Config{})
		if !ok || err != nil {
			continue
		}
		if v != d.Section {
			t.Errorf("%s: ranker with the hand weights %q, Extract %q", name, v, d.Section)
		}
		if v != "" {
			found++
		}
	}
	t.Logf("%d pages with a section", found)
	if found < 3 {
		t.Errorf("%d pages with a section: too few to compare", found)
	}
}
