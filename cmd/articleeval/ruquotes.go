package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/eval"
)

// ruArticle is one article of the Russian quotations corpus with its
// annotation.
type ruArticle struct {
	rec  eval.RuRecord
	path string
	// tune is true for the tuning half (odd-numbered files).
	tune bool
}

// fileNumberRE finds the number in a file name such as "b07.txt".
var fileNumberRE = regexp.MustCompile(`\d+`)

// readRuQuotes reads every part-*/annotations.json under dir, parts in name
// order and records in file order; a directory without parts but with its
// own annotations.json (testdata/ru-fresh) is read as one part. Either way
// odd-numbered files are the first half (tune), even-numbered the second.
func readRuQuotes(dir string) ([]ruArticle, error) {
	parts, err := filepath.Glob(filepath.Join(dir, "part-*", "annotations.json"))
	if err != nil {
		return nil, err
	}
	if len(parts) == 0 {
		if _, err := os.Stat(filepath.Join(dir, "annotations.json")); err == nil {
			parts = []string{filepath.Join(dir, "annotations.json")}
		}
	}
	if len(parts) == 0 {
		return nil, fmt.Errorf("%s: no part-*/annotations.json nor annotations.json", dir)
	}
	var out []ruArticle
	for _, p := range parts { // Glob sorts
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var recs []eval.RuRecord
		if err := json.Unmarshal(b, &recs); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		for _, r := range recs {
			n, err := strconv.Atoi(fileNumberRE.FindString(r.File))
			if err != nil {
				return nil, fmt.Errorf("%s: file %q has no number to tell its half by", p, r.File)
			}
			out = append(out, ruArticle{rec: r, path: filepath.Join(filepath.Dir(p), r.File), tune: n%2 == 1})
		}
	}
	return out, nil
}

// ruResult is one article's outcome: counts and misses scored on the
// Article returned (also with ErrNotArticle), and the counts as the CLI at
// 5bdd8cb gave them (nothing on any error).
type ruResult struct {
	counts, only eval.RuCounts
	misses       eval.RuMisses
	err          error
}

func runRuQuotes(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("ruquotes", flag.ContinueOnError)
	details := fs.Bool("details", false, "list the misses article by article, for the tune half only (the validation half is for measuring, not for reading)")
	articlesOnly := fs.Bool("articles-only", false, "score an article the parser refuses as empty, as the CLI at 5bdd8cb")
	jobs := fs.Int("j", 1, "articles parsed in parallel")
	split := fs.String("split", "", "score one half only: tune or validation (both when empty)")
	dir, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	arts, err := readRuQuotes(dir)
	if err != nil {
		return err
	}
	res := make([]ruResult, len(arts))
	forEach(len(arts), *jobs, func(i int) {
		r := ruResult{}
		if *split != "" && arts[i].tune != (*split == "tune") {
			res[i] = r
			return
		}
		r.only, r.misses = eval.ScoreRuArticle(arts[i].rec, nil, nil)
		r.counts = r.only
		b, err := os.ReadFile(arts[i].path)
		var lib, only *article.Article
		if err == nil {
			lib, only, err = parseLikeCLI(b, "")
		}
		r.err = err
		if lib != nil {
			r.counts, r.misses = scoreRu(arts[i].rec, lib)
		}
		if only != nil {
			r.only = r.counts
		}
		res[i] = r
	})
	for _, half := range []struct {
		name string
		tune bool
	}{{"tune", true}, {"validation", false}} {
		if *split != "" && *split != half.name {
			continue
		}
		var c eval.RuCounts
		var n, errs int
		for i, a := range arts {
			if a.tune != half.tune {
				continue
			}
			n++
			if res[i].err != nil {
				errs++
			}
			if *articlesOnly {
				c = c.Add(res[i].only)
			} else {
				c = c.Add(res[i].counts)
			}
			if *details && half.tune {
				writeRuMisses(w, a.rec.File, res[i])
			}
		}
		writeRuCounts(w, half.name, n, errs, c)
	}
	return nil
}

// scoreRu scores one parsed article against its annotation.
func scoreRu(rec eval.RuRecord, a *article.Article) (eval.RuCounts, eval.RuMisses) {
	preds := make([]eval.RuPred, len(a.Quotes))
	for i, q := range a.Quotes {
		preds[i] = eval.RuPred{Text: q.Text, Speaker: q.Speaker}
	}
	return eval.ScoreRuArticle(rec, preds, a.Sources)
}

// writeRuCounts prints one half's figures in the layout of the corpus's
// score.py.
func writeRuCounts(w io.Writer, name string, n, errs int, c eval.RuCounts) {
	r := func(x, y int) string {
		if y == 0 {
			return "n/a"
		}
		return fmt.Sprintf("%.3f (%d/%d)", float64(x)/float64(y), x, y)
	}
	fmt.Fprintf(w, "split %s: %d articles (parser errors %d)\n", name, n, errs)
	fmt.Fprintf(w, "  quotations  precision %s  recall %s\n", r(c.Used, c.Preds), r(c.TP, c.True))
	fmt.Fprintf(w, "  speaker right (found quotations with a named speaker) %s\n", r(c.SpeakerOK, c.SpeakerN))
	fmt.Fprintf(w, "  cited outlets  precision %s  recall %s\n", r(c.SrcTP, c.SrcPred), r(c.SrcTP, c.SrcTrue))
	fmt.Fprintf(w, "  names in guillemets output as quotations: %d\n", c.NamesFP)
}

// writeRuMisses prints one article's misses, if it has any.
func writeRuMisses(w io.Writer, file string, r ruResult) {
	m := r.misses
	if r.err == nil && len(m.Missed)+len(m.Extra)+len(m.WrongSpeaker)+len(m.SourcesMissed)+len(m.SourcesExtra) == 0 {
		return
	}
	fmt.Fprintf(w, "%s:", file)
	if r.err != nil {
		fmt.Fprintf(w, " error %q;", clip(r.err.Error(), 80))
	}
	short := func(ss []string) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = clip(s, 50)
		}
		return out
	}
	fmt.Fprintf(w, " missed quotes %q; extra %q; wrong speakers", short(m.Missed), short(m.Extra))
	for _, ws := range m.WrongSpeaker {
		fmt.Fprintf(w, " [%q want %q got %q]", clip(ws[0], 40), ws[1], ws[2])
	}
	fmt.Fprintf(w, "; outlets missed %q, extra %q\n", m.SourcesMissed, m.SourcesExtra)
}
