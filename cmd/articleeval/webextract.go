package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/eval"
)

// webTruth is one entry of web-extract's ground-truth.json.
type webTruth struct {
	File        string `json:"file"`
	Source      string `json:"source"`
	URL         string `json:"url"`
	ArticleBody string `json:"articleBody"`
}

// webView is one page scored one way.
type webView struct {
	score eval.TokenScore
	meta  map[string]bool // nil when the page has no metadata label
}

// webPage is one page's outcome, scored two ways: lib scores the Article
// the library returns, also with an error wrapping ErrNotArticle (the CLI
// writes those extractions when they have a headline or body); only scores
// nothing where there was an error, as the CLI at 5bdd8cb did (it wrote
// nothing for a page judged not an article).
type webPage struct {
	id, source string
	lib, only  webView
	notArticle bool
	err        error // the parser's
	readErr    error // reading the page from the corpus
}

func runWebExtract(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("webextract", flag.ContinueOnError)
	pages := fs.Bool("pages", false, "print per-page precision, recall and F1, worst first")
	articlesOnly := fs.Bool("articles-only", false, "main tables as the CLI at 5bdd8cb: a page judged not an article scores as empty")
	jobs := fs.Int("j", 1, "pages parsed in parallel")
	dir, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	truth, ids, err := readJSONMap[webTruth](filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return err
	}
	var labels map[string]eval.WebMetaLabel
	metaPath := filepath.Join(dir, "metadata.json")
	if _, err := os.Stat(metaPath); err == nil {
		if labels, _, err = readJSONMap[eval.WebMetaLabel](metaPath); err != nil {
			return err
		}
	}
	res := make([]webPage, len(ids))
	forEach(len(ids), *jobs, func(i int) {
		t := truth[ids[i]]
		p := webPage{id: ids[i], source: t.Source}
		b, err := eval.ReadGzip(filepath.Join(dir, t.File))
		if err != nil {
			p.readErr = err
			res[i] = p
			return
		}
		lib, only, err := parseLikeCLI(b, t.URL)
		p.err = err
		p.notArticle = errors.Is(err, article.ErrNotArticle)
		lab, labelled := labels[ids[i]]
		view := func(a *article.Article) webView {
			v := webView{score: eval.ScoreTokens(bodyText(a), t.ArticleBody)}
			if labelled {
				v.meta = eval.ScoreWebMeta(webMeta(a), lab)
			}
			return v
		}
		p.lib, p.only = view(lib), view(only)
		res[i] = p
	})
	for _, p := range res {
		if p.readErr != nil {
			return p.readErr // a broken corpus: no figure would mean anything
		}
	}
	mainName, sideName := "library (the Article returned with ErrNotArticle scored)", "articles only (nothing for ErrNotArticle, as the CLI at 5bdd8cb)"
	pick := func(p webPage) (webView, webView) { return p.lib, p.only }
	if *articlesOnly {
		mainName, sideName = sideName, mainName
		pick = func(p webPage) (webView, webView) { return p.only, p.lib }
	}
	var notArticle, errs int
	var sideScores []eval.TokenScore
	groups := map[string][]eval.TokenScore{}
	var order []string
	mainMeta, sideMeta := eval.MetaTally{}, eval.MetaTally{}
	for _, p := range res {
		m, s := pick(p)
		if p.notArticle {
			notArticle++
		} else if p.err != nil {
			errs++
		}
		for _, g := range []string{"all", p.source} {
			if _, ok := groups[g]; !ok {
				order = append(order, g)
			}
			groups[g] = append(groups[g], m.score)
		}
		sideScores = append(sideScores, s.score)
		if m.meta != nil {
			mainMeta.Add(m.meta)
			sideMeta.Add(s.meta)
		}
	}
	slices.SortStableFunc(order, func(a, b string) int {
		if (a == "all") != (b == "all") {
			if a == "all" {
				return -1
			}
			return 1
		}
		return len(groups[b]) - len(groups[a])
	})
	fmt.Fprintf(w, "webextract: %d pages from %s\n", len(res), dir)
	fmt.Fprintf(w, "scored: %s\n", mainName)
	fmt.Fprintf(w, "%-16s %5s %6s %6s %6s %6s\n", "", "pages", "P", "R", "F1", "empty")
	for _, g := range order {
		m := eval.MeanTokenScores(groups[g])
		fmt.Fprintf(w, "%-16s %5d %6.3f %6.3f %6.3f %6d\n", g, m.Pages, m.P, m.R, m.F1, m.Empty)
	}
	s := eval.MeanTokenScores(sideScores)
	fmt.Fprintf(w, "%s: P %.3f  R %.3f  F1 %.3f  empty %d\n", sideName, s.P, s.R, s.F1, s.Empty)
	fmt.Fprintf(w, "judged not an article %d  other errors %d\n", notArticle, errs)
	if labels != nil {
		fmt.Fprintf(w, "\nmetadata (%d labelled pages, metadata.json); last column: %s\n", len(labels), sideName)
		for _, c := range eval.MetaChecks {
			r, right, n, ok := mainMeta.Rate(c.Key)
			if !ok {
				continue
			}
			sr, _, _, _ := sideMeta.Rate(c.Key)
			fmt.Fprintf(w, "  %-44s %.3f (%d/%d)  %.3f\n", c.Label, r, right, n, sr)
		}
	}
	if *pages {
		writeWebPages(w, res, pick)
	}
	return nil
}

// webMeta reduces an Article to the fields web-extract's metadata labels
// check, as the article JSON gives them.
func webMeta(a *article.Article) eval.WebMeta {
	if a == nil {
		return eval.WebMeta{}
	}
	m := eval.WebMeta{Title: a.Headline, Date: a.DatePublished.String(), Section: a.Section}
	for _, au := range a.Authors {
		if au.Role != "" && au.Role != article.RoleAuthor {
			continue // an editor, translator or photographer is no author (as the exporters)
		}
		m.Authors = append(m.Authors, au.Name)
	}
	return m
}

// writeWebPages lists the pages worst first by the main view's F1, with
// the metadata checks each failed.
func writeWebPages(w io.Writer, res []webPage, pick func(webPage) (webView, webView)) {
	res = slices.Clone(res)
	f1 := func(p webPage) float64 { v, _ := pick(p); return v.score.F1 }
	slices.SortStableFunc(res, func(a, b webPage) int { return cmp.Compare(f1(a), f1(b)) })
	fmt.Fprintf(w, "\n%-6s %-6s %-6s %s\n", "F1", "P", "R", "page")
	for _, p := range res {
		v, _ := pick(p)
		note := ""
		switch {
		case p.notArticle:
			note = "  judged not an article"
		case p.err != nil:
			note = "  error: " + clip(p.err.Error(), 100)
		case v.score.Empty:
			note = "  empty body"
		}
		var failed []string
		for _, c := range eval.MetaChecks {
			if ok, checked := v.meta[c.Key]; checked && !ok {
				failed = append(failed, c.Key)
			}
		}
		if len(failed) > 0 {
			note += fmt.Sprintf("  metadata wrong: %v", failed)
		}
		fmt.Fprintf(w, "%.3f  %.3f  %.3f  %s%s\n", v.score.F1, v.score.P, v.score.R, p.id, note)
	}
}
