package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/eval"
)

// span is an annotated span of a PolNeAR article.
type span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// polnearArticle is one line of articles.jsonl, reduced to what is scored.
type polnearArticle struct {
	ID           string `json:"id"`
	Text         string `json:"text"`
	Attributions []struct {
		Content *span `json:"content"`
		Source  *span `json:"source"`
		Direct  bool  `json:"direct"`
	} `json:"attributions"`
}

// attributions converts the annotation to the scorer's form, leaving out
// attributions without a content span.
func (p polnearArticle) attributions() []eval.Attribution {
	var out []eval.Attribution
	for _, a := range p.Attributions {
		if a.Content == nil {
			continue
		}
		at := eval.Attribution{Content: a.Content.Text, SourceStart: -1, Direct: a.Direct}
		if a.Source != nil {
			at.Source, at.SourceStart = a.Source.Text, a.Source.Start
		}
		out = append(out, at)
	}
	return out
}

// quotesArticle is one article's outcome.
type quotesArticle struct {
	id      string
	res     eval.QuoteResult
	partial eval.QuoteResult // the quotes marked partial, scored on their own
	err     error
}

func runQuotes(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("quotes", flag.ContinueOnError)
	misses := fs.Int("misses", 0, "print `N` examples each of false positives, false negatives and wrong speakers")
	jobs := fs.Int("j", 1, "articles parsed in parallel")
	all := fs.Bool("all", false, "score partial quotes (fragments inside paraphrase) as direct quotes too")
	half := fs.Int("half", 0, "score only half `N` (1 or 2) of the articles, split by a hash of the article id; 0 scores all and prints both halves")
	dir, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *half < 0 || *half > 2 {
		return fmt.Errorf("quotes: -half %d: want 0, 1 or 2", *half)
	}
	path := filepath.Join(dir, "articles.jsonl")
	arts, err := readPolNeAR(path)
	if err != nil {
		return err
	}
	if *half != 0 {
		kept := arts[:0]
		for _, a := range arts {
			if polnearHalf(a.ID) == *half {
				kept = append(kept, a)
			}
		}
		arts = kept
	}
	res := make([]quotesArticle, len(arts))
	forEach(len(arts), *jobs, func(i int) {
		p := arts[i]
		a, err := safeParse(func() (*article.Article, error) {
			return article.ParseText(strings.NewReader(p.Text))
		})
		// PolNeAR marks a quoted fragment inside a paraphrase as an
		// indirect attribution, so partial quotes are scored apart.
		var preds, partial []eval.PredQuote
		if a != nil {
			for _, q := range a.Quotes {
				pq := eval.PredQuote{Text: q.Text, Speaker: q.Speaker}
				if q.Partial && !*all {
					partial = append(partial, pq)
					continue
				}
				preds = append(preds, pq)
			}
		}
		res[i] = quotesArticle{id: p.ID, res: eval.ScoreQuotes(p.attributions(), preds), partial: eval.ScoreQuotes(p.attributions(), partial), err: err}
	})

	var c, pc eval.QuoteCounts
	errs := 0
	for _, r := range res {
		c = c.Add(r.res.QuoteCounts)
		pc = pc.Add(r.partial.QuoteCounts)
		if r.err != nil {
			errs++
		}
	}
	frac := func(a, b int) string {
		if b == 0 {
			return fmt.Sprintf("n/a (%d/%d)", a, b)
		}
		return fmt.Sprintf("%.3f (%d/%d)", float64(a)/float64(b), a, b)
	}
	fmt.Fprintf(w, "quotes: %d articles from %s, parse errors %d\n", len(res), dir, errs)
	fmt.Fprintf(w, "direct quotations annotated %d, found by us %d\n", c.Golds, c.Preds)
	fmt.Fprintf(w, "precision %s  recall %s  F %.3f\n", frac(c.PredsMatched, c.Preds), frac(c.GoldsMatched, c.Golds), c.F())
	fmt.Fprintf(w, "false positives that match an indirect (paraphrase) attribution: %d; precision counting them right %.3f\n", c.PredsIndirect, c.LenientPrecision())
	fmt.Fprintf(w, "speaker right, named source: %s\n", frac(c.NameRight, c.NameScored))
	fmt.Fprintf(w, "speaker right, he/she resolved to the preceding named source: %s; unresolved %d\n",
		frac(c.PronounRight, c.PronounResolved), c.PronounScored-c.PronounResolved)
	fmt.Fprintf(w, "matched quotations with an unscored source (none, I/we/they/it, role): %d\n", c.Unscored)
	if !*all {
		fmt.Fprintf(w, "partial quotes (not scored above) %d: inside a paraphrase attribution %d, a direct quotation %d, neither %d\n",
			pc.Preds, pc.PredsIndirect, pc.PredsMatched, pc.Preds-pc.PredsIndirect-pc.PredsMatched)
	}
	if *half == 0 {
		for h := 1; h <= 2; h++ {
			var hc eval.QuoteCounts
			for _, r := range res {
				if polnearHalf(r.id) == h {
					hc = hc.Add(r.res.QuoteCounts)
				}
			}
			fmt.Fprintf(w, "half %d: precision %s  recall %s  speaker named %s  he/she %s\n", h,
				frac(hc.PredsMatched, hc.Preds), frac(hc.GoldsMatched, hc.Golds),
				frac(hc.NameRight, hc.NameScored), frac(hc.PronounRight, hc.PronounResolved))
		}
	}
	if *misses > 0 {
		writeQuoteMisses(w, res, *misses)
	}
	return nil
}

// polnearHalf tells which half (1 or 2) of a PolNeAR split an article is
// in, by a hash of its id: rules are written from half 1 and checked on
// half 2. The hash spreads the publishers over both halves.
func polnearHalf(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32()%2) + 1
}

// readPolNeAR reads articles.jsonl.
func readPolNeAR(path string) ([]polnearArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []polnearArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var a polnearArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// spread picks at most n of total items, evenly spaced, so that examples
// come from the whole corpus rather than its first articles.
func spread(total, n int) []int {
	if total <= n {
		idx := make([]int, total)
		for i := range idx {
			idx[i] = i
		}
		return idx
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i * total / n
	}
	return idx
}

// writeQuoteMisses prints n examples of each kind of error.
func writeQuoteMisses(w io.Writer, res []quotesArticle, n int) {
	type example struct{ id, text string }
	var fps, fns, wrong []example
	for _, r := range res {
		for _, p := range r.res.FalsePos {
			fps = append(fps, example{r.id, fmt.Sprintf("%q — speaker %q", clip(p.Text, 140), p.Speaker)})
		}
		for _, a := range r.res.FalseNeg {
			fns = append(fns, example{r.id, fmt.Sprintf("%s — source %q", clip(a.Content, 140), a.Source)})
		}
		for _, s := range r.res.Speakers {
			if s.Right {
				continue
			}
			src := fmt.Sprintf("source %q", s.Gold.Source)
			if s.Referent != "" {
				src += fmt.Sprintf(" → %q", clip(s.Referent, 60))
			}
			wrong = append(wrong, example{r.id, fmt.Sprintf("%q — ours %q, %s", clip(s.Pred.Text, 100), s.Pred.Speaker, src)})
		}
	}
	for _, part := range []struct {
		name string
		ex   []example
	}{{"false positives", fps}, {"false negatives", fns}, {"wrong or unresolved speakers", wrong}} {
		fmt.Fprintf(w, "\n%s (%d, showing %d):\n", part.name, len(part.ex), min(n, len(part.ex)))
		for _, i := range spread(len(part.ex), n) {
			fmt.Fprintf(w, "  %s: %s\n", part.ex[i].id, part.ex[i].text)
		}
	}
}
