package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"sort"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/eval"
)

// aebTruth is one entry of the benchmark's ground-truth.json.
type aebTruth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// aebPage is one page's outcome.
type aebPage struct {
	id    string
	score eval.PageScore
	empty bool
	err   error
}

func runAEB(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("aeb", flag.ContinueOnError)
	pages := fs.Bool("pages", false, "print per-page precision, recall and F1, worst first")
	jobs := fs.Int("j", 1, "pages parsed in parallel")
	dir, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	truth, ids, err := readJSONMap[aebTruth](filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return err
	}
	res := make([]aebPage, len(ids))
	forEach(len(ids), *jobs, func(i int) {
		id := ids[i]
		t := truth[id]
		a, err := parseGzipHTML(filepath.Join(dir, "html", id+".html.gz"), t.URL)
		pred := bodyText(a)
		res[i] = aebPage{id: id, score: eval.ScorePage(t.ArticleBody, pred), empty: len(eval.Tokens(pred)) == 0, err: err}
	})
	scores := make([]eval.PageScore, len(res))
	var empty, errs int
	for i, r := range res {
		scores[i] = r.score
		if r.empty {
			empty++
		}
		if r.err != nil {
			errs++
		}
	}
	s := eval.Summarize(scores)
	fmt.Fprintf(w, "aeb: %d pages from %s\n", s.Pages, dir)
	fmt.Fprintf(w, "precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f\n", s.Precision, s.Recall, s.F1, s.Accuracy)
	fmt.Fprintf(w, "empty bodies %d  parse errors %d\n", empty, errs)
	if *pages {
		sort.SliceStable(res, func(i, j int) bool {
			fi, fj := res[i].score.F1(), res[j].score.F1()
			if fi != fj {
				return fi < fj
			}
			return res[i].id < res[j].id
		})
		fmt.Fprintf(w, "\n%-6s %-6s %-6s %s\n", "F1", "P", "R", "page")
		for _, r := range res {
			note := ""
			if r.err != nil {
				note = "  error: " + clip(r.err.Error(), 100)
			} else if r.empty {
				note = "  empty body"
			}
			fmt.Fprintf(w, "%.3f  %.3f  %.3f  %s%s\n", r.score.F1(), r.score.Precision(), r.score.Recall(), r.id, note)
		}
	}
	return nil
}

// parseGzipHTML parses a gzipped HTML page. On a parse error it still
// returns the article when the parser gave one.
func parseGzipHTML(path, url string) (*article.Article, error) {
	b, err := eval.ReadGzip(path)
	if err != nil {
		return nil, err
	}
	return safeParse(func() (*article.Article, error) {
		return article.ParseHTML(bytes.NewReader(b), article.WithURL(url))
	})
}
