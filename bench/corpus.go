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
}

// corpus is a set of pages and the kind of scoring they get.
type corpus struct {
	kind  string // "aeb" or "trafilatura-dev"
	dir   string
	pages []page
}

// loadCorpus reads a corpus directory, telling its kind by its files:
// ground-truth.json (the article extraction benchmark) or labels.json (the
// trafilatura evaluation corpus).
func loadCorpus(dir string) (*corpus, error) {
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err == nil {
		return loadAEB(dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "labels.json")); err == nil {
		return loadTrafDev(dir)
	}
	return nil, fmt.Errorf("%s: neither ground-truth.json (article extraction benchmark) nor labels.json (trafilatura corpus) found", dir)
}

func loadAEB(dir string) (*corpus, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	c := &corpus{kind: "aeb", dir: dir}
	for id, t := range truth {
		data, err := eval.ReadGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		c.pages = append(c.pages, page{id: id, url: t.URL, data: data, truth: t.ArticleBody})
	}
	slices.SortFunc(c.pages, func(a, b page) int { return strings.Compare(a.id, b.id) })
	return c, nil
}

func loadTrafDev(dir string) (*corpus, error) {
	b, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		return nil, err
	}
	var labels map[string]eval.TrafLabel
	if err := json.Unmarshal(b, &labels); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "labels.json"), err)
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
	default:
		q.snip = q.snip.Add(eval.ScoreSnippets(r.body, p.with, p.without).SnippetCounts)
		tally(&q.title, p.title != nil, p.title != nil && eval.TitleMatch(*p.title, r.title))
		tally(&q.author, p.authors != nil, eval.AuthorsMatch(p.authors, r.authors))
		tally(&q.date, p.date != "", p.date != "" && r.date == p.date)
	}
}

// prf returns precision, recall and F1 by the corpus's scoring.
func (q *quality) prf(kind string) (p, r, f float64) {
	if kind == "aeb" {
		s := eval.Summarize(q.aeb)
		return s.Precision, s.Recall, s.F1
	}
	return q.snip.Precision(), q.snip.Recall(), q.snip.F()
}

func rate(t [2]int) string {
	if t[0] == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f (%d/%d)", float64(t[1])/float64(t[0]), t[1], t[0])
}
