package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/eval"
)

// metaCheck is one metadata comparison on one page.
type metaCheck struct {
	labelled, right bool
	// right is the headline figure: for titles and dates equality after
	// whitespace normalisation, for authors the same set of names
	// (eval.AuthorsMatch). Two side figures: loose, a title equal but
	// for case; strict, authors equal as written, in order, joined "; ".
	strict, loose bool
	want, got     string
	conf          float64 // the field's confidence in Article.Provenance; 0 when none
}

// trafPage is one page's outcome.
type trafPage struct {
	url, file           string
	snip                eval.SnippetResult
	title, author, date metaCheck
	empty               bool
	err                 error
}

func runTrafDev(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("trafdev", flag.ContinueOnError)
	pages := fs.Bool("pages", false, "list the failures page by page")
	minConf := fs.Float64("conf", 0.8, "confidence level at which the kept fields are scored apart")
	jobs := fs.Int("j", 1, "pages parsed in parallel")
	dir, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	labels, urls, err := readJSONMap[eval.TrafLabel](filepath.Join(dir, "labels.json"))
	if err != nil {
		return err
	}
	authors := make([][]string, len(urls))
	for i, u := range urls {
		if authors[i], err = labels[u].Authors(); err != nil {
			return fmt.Errorf("%s: %w", labels[u].File, err)
		}
	}
	res := make([]trafPage, len(urls))
	forEach(len(urls), *jobs, func(i int) {
		u := urls[i]
		l := labels[u]
		// A few keys are not addresses ("hard::name.html"): give no URL then.
		pageURL := ""
		if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
			pageURL = u
		}
		a, err := parseGzipHTML(filepath.Join(dir, "html", l.File+".gz"), pageURL)
		text := bodyText(a)
		p := trafPage{url: u, file: l.File, err: err, empty: len(eval.Tokens(text)) == 0}
		p.snip = eval.ScoreSnippets(text, l.With, l.Without)
		if a == nil {
			a = &article.Article{}
		}
		if l.Title != nil && eval.NormSpace(*l.Title) != "" {
			p.title = metaCheck{labelled: true, want: eval.NormSpace(*l.Title), got: eval.NormSpace(a.Headline)}
			p.title.right = eval.TitleMatch(*l.Title, a.Headline)
			p.title.loose = strings.EqualFold(p.title.want, p.title.got)
			p.title.conf = a.Provenance["headline"].Confidence
		}
		if authors[i] != nil {
			var got []string
			for _, au := range a.Authors {
				if au.Role != "" && au.Role != article.RoleAuthor {
					continue // an editor, translator or photographer is no author (as the exporters)
				}
				got = append(got, au.Name)
			}
			p.author = metaCheck{labelled: true, want: strings.Join(authors[i], "; "), got: strings.Join(got, "; ")}
			p.author.right = eval.AuthorsMatch(authors[i], got)
			p.author.strict = p.author.want == eval.NormSpace(p.author.got)
			p.author.loose = p.author.right
			p.author.conf = a.Provenance["authors"].Confidence
		}
		if l.Date != nil {
			if day, ok := eval.LabelDay(*l.Date); ok {
				got := ""
				if !a.DatePublished.IsZero() {
					got = a.DatePublished.Time.Format(time.DateOnly)
				}
				p.date = metaCheck{labelled: true, want: day, got: got, right: got == day, conf: a.Provenance["datePublished"].Confidence}
			}
		}
		res[i] = p
	})

	var sum eval.SnippetCounts
	var empty, errs int
	var title, author, date [2]int // labelled, right
	var titleLoose, authorStrict [2]int
	var sureTitle, sureAuthor, sureDate [3]int // kept at minConf, right among them, dropped
	tally := func(t *[2]int, s *[3]int, m metaCheck) {
		if !m.labelled {
			return
		}
		t[0]++
		if m.right {
			t[1]++
		}
		switch {
		case m.conf >= *minConf:
			s[0]++
			if m.right {
				s[1]++
			}
		case m.got != "":
			s[2]++
		}
	}
	for _, p := range res {
		sum = sum.Add(p.snip.SnippetCounts)
		if p.empty {
			empty++
		}
		if p.err != nil {
			errs++
		}
		tally(&title, &sureTitle, p.title)
		count := func(t *[2]int, labelled, right bool) {
			if labelled {
				t[0]++
				if right {
					t[1]++
				}
			}
		}
		count(&titleLoose, p.title.labelled, p.title.loose)
		count(&authorStrict, p.author.labelled, p.author.strict)
		tally(&author, &sureAuthor, p.author)
		tally(&date, &sureDate, p.date)
	}
	fmt.Fprintf(w, "trafdev: %d pages from %s\n", len(res), dir)
	fmt.Fprintf(w, "snippets: tp %d  fp %d  fn %d  tn %d\n", sum.TP, sum.FP, sum.FN, sum.TN)
	fmt.Fprintf(w, "precision %.3f  recall %.3f  accuracy %.3f  F %.3f\n", sum.Precision(), sum.Recall(), sum.Accuracy(), sum.F())
	rate := func(t [2]int) string {
		if t[0] == 0 {
			return "n/a"
		}
		return fmt.Sprintf("%.3f (%d/%d)", float64(t[1])/float64(t[0]), t[1], t[0])
	}
	fmt.Fprintf(w, "title %s  author %s  date %s\n", rate(title), rate(author), rate(date))
	fmt.Fprintf(w, "title ignoring case %s  author exact (names in order, case kept) %s\n", rate(titleLoose), rate(authorStrict))
	sure := func(s [3]int) string { return fmt.Sprintf("%s, %d dropped", rate([2]int{s[0], s[1]}), s[2]) }
	fmt.Fprintf(w, "kept at confidence >= %.2f: title %s  author %s  date %s\n", *minConf, sure(sureTitle), sure(sureAuthor), sure(sureDate))
	fmt.Fprintf(w, "empty bodies %d  parse errors %d\n", empty, errs)
	if *pages {
		writeTrafFailures(w, res)
	}
	return nil
}

// writeTrafFailures lists, page by page in URL order, the snippets missed or
// leaked and the metadata that did not match.
func writeTrafFailures(w io.Writer, res []trafPage) {
	for _, p := range res {
		var lines []string
		if p.err != nil {
			lines = append(lines, "error: "+clip(p.err.Error(), 120))
		}
		for _, s := range p.snip.Missed {
			lines = append(lines, "missed: "+clip(s, 120))
		}
		for _, s := range p.snip.Leaked {
			lines = append(lines, "leaked: "+clip(s, 120))
		}
		for _, m := range []struct {
			name string
			c    metaCheck
		}{{"title", p.title}, {"author", p.author}, {"date", p.date}} {
			if m.c.labelled && !m.c.right {
				lines = append(lines, fmt.Sprintf("%s: want %q got %q", m.name, clip(m.c.want, 100), clip(m.c.got, 100)))
			}
		}
		if len(lines) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%s)\n", p.file, p.url)
		for _, l := range lines {
			fmt.Fprintf(w, "  %s\n", l)
		}
	}
}
