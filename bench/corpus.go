package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/articlekit/article/internal/eval"
)

// page is one page of a corpus with its labels.
type page struct {
	id   string
	url  string
	data []byte
	// AEB: the true body text.
	truth string
	// trafilatura corpus: snippets that must and must not be in the body,
	// and the labelled metadata (nil when not labelled).
	with, without []string
	title         *string
	authors       []string
	date          string
	// web-extract: the true main text is truth; source is the corpus the
	// page comes from (dragnet, l3s-gn1, cleaneval, cleanportaleval), and
	// meta the page's metadata label, nil when it has none.
	source string
	meta   *eval.WebMetaLabel
}

// corpus is a set of pages and the kind of scoring they get.
type corpus struct {
	kind  string // "aeb", "trafilatura-dev" or "web-extract"
	dir   string
	pages []page
}

// loadCorpus reads a corpus directory, telling its kind by its files:
// ground-truth.json (the article extraction benchmark, or a web-extract
// split when its entries name their file and source) or labels.json (the
// trafilatura evaluation corpus).
func loadCorpus(dir string) (*corpus, error) {
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err == nil {
		return loadGroundTruth(dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "labels.json")); err == nil {
		return loadTrafDev(dir)
	}
	return nil, fmt.Errorf("%s: neither ground-truth.json (article extraction benchmark) nor labels.json (trafilatura corpus) found", dir)
}

// truthEntry is one entry of a ground-truth.json: the AEB's have the body
// and the URL; web-extract's also the page's file and source corpus.
type truthEntry struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
	File        string `json:"file"`
	Source      string `json:"source"`
}

// loadGroundTruth reads the article extraction benchmark or a web-extract
// split (with its metadata.json labels when it has them).
func loadGroundTruth(dir string) (*corpus, error) {
	var truth map[string]truthEntry
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &truth); err != nil {
		return nil, err
	}
	c := &corpus{kind: "aeb", dir: dir}
	var labels map[string]*eval.WebMetaLabel
	for _, t := range truth {
		if t.File != "" && t.Source != "" {
			c.kind = "web-extract"
			metaPath := filepath.Join(dir, "metadata.json")
			if _, err := os.Stat(metaPath); err == nil {
				if err := readJSON(metaPath, &labels); err != nil {
					return nil, err
				}
			}
		}
		break
	}
	for id, t := range truth {
		file := filepath.Join("html", id+".html.gz")
		if c.kind == "web-extract" {
			file = t.File
		}
		data, err := eval.ReadGzip(filepath.Join(dir, file))
		if err != nil {
			return nil, err
		}
		c.pages = append(c.pages, page{id: id, url: t.URL, data: data, truth: t.ArticleBody, source: t.Source, meta: labels[id]})
	}
	slices.SortFunc(c.pages, func(a, b page) int { return strings.Compare(a.id, b.id) })
	return c, nil
}

// readJSON decodes the JSON file at path into v.
func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func loadTrafDev(dir string) (*corpus, error) {
	var labels map[string]eval.TrafLabel
	if err := readJSON(filepath.Join(dir, "labels.json"), &labels); err != nil {
		return nil, err
	}
	c := &corpus{kind: "trafilatura-dev", dir: dir}
	for key, l := range labels {
		data, err := eval.ReadGzip(filepath.Join(dir, "html", l.File+".gz"))
		if err != nil {
			return nil, err
		}
		p := page{id: key, data: data, with: l.With, without: l.Without}
		// A few keys are not addresses ("hard::name.html"): no URL then.
		if strings.HasPrefix(key, "http://") || strings.HasPrefix(key, "https://") {
			p.url = key
		}
		if l.Title != nil && eval.NormSpace(*l.Title) != "" {
			p.title = l.Title
		}
		if p.authors, err = l.Authors(); err != nil {
			return nil, fmt.Errorf("%s: %w", key, err)
		}
		if l.Date != nil {
			p.date, _ = eval.LabelDay(*l.Date)
		}
		c.pages = append(c.pages, p)
	}
	slices.SortFunc(c.pages, func(a, b page) int { return strings.Compare(a.id, b.id) })
	return c, nil
}

// quality accumulates one extractor's scores over a corpus.
type quality struct {
	aeb                 []eval.PageScore
	snip                eval.SnippetCounts
	title, author, date [2]int // labelled, right
	errors, empty       int
	// web-extract: page token scores, overall and by source, and the
	// metadata checks of its score.py.
	web      []eval.TokenScore
	bySource map[string][]eval.TokenScore
	meta     eval.MetaTally
}

func tally(t *[2]int, labelled, right bool) {
	if labelled {
		t[0]++
		if right {
			t[1]++
		}
	}
}

// score adds one page's result.
func (q *quality) score(kind string, p *page, r result) {
	if r.err != nil {
		q.errors++
	}
	if len(eval.Tokens(r.body)) == 0 {
		q.empty++
	}
	switch kind {
	case "aeb":
		q.aeb = append(q.aeb, eval.ScorePage(p.truth, r.body))
	case "web-extract":
		s := eval.ScoreTokens(r.body, p.truth)
		q.web = append(q.web, s)
		if q.bySource == nil {
			q.bySource, q.meta = map[string][]eval.TokenScore{}, eval.MetaTally{}
		}
		q.bySource[p.source] = append(q.bySource[p.source], s)
		if p.meta != nil {
			checks := eval.ScoreWebMeta(eval.WebMeta{Title: r.title, Authors: r.authors, Date: r.date, Section: r.section}, *p.meta)
			q.meta.Add(checks)
			// The summary table's title, author and date columns: the
			// lenient title and authors, the day.
			for _, k := range []struct {
				t   *[2]int
				key string
			}{{&q.title, eval.MetaTitleLenient}, {&q.author, eval.MetaAuthorLenient}, {&q.date, eval.MetaDate}} {
				ok, checked := checks[k.key]
				tally(k.t, checked, ok)
			}
		}
	default:
		q.snip = q.snip.Add(eval.ScoreSnippets(r.body, p.with, p.without).SnippetCounts)
		tally(&q.title, p.title != nil, p.title != nil && eval.TitleMatch(*p.title, r.title))
		tally(&q.author, p.authors != nil, eval.AuthorsMatch(p.authors, r.authors))
		tally(&q.date, p.date != "", p.date != "" && r.date == p.date)
	}
}

// prf returns precision, recall and F1 by the corpus's scoring.
func (q *quality) prf(kind string) (p, r, f float64) {
	switch kind {
	case "aeb":
		s := eval.Summarize(q.aeb)
		return s.Precision, s.Recall, s.F1
	case "web-extract":
		m := eval.MeanTokenScores(q.web)
		return m.P, m.R, m.F1
	}
	return q.snip.Precision(), q.snip.Recall(), q.snip.F()
}

func rate(t [2]int) string {
	if t[0] == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f (%d/%d)", float64(t[1])/float64(t[0]), t[1], t[0])
}
