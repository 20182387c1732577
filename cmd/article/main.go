// Command article turns news articles, raw text or HTML, into structured
// data: the Article JSON, schema.org NewsArticle JSON-LD, a
// <script type="application/ld+json"> block, CSV or Markdown.
//
// Usage:
//
//	article [-format json|jsonld|script|csv|markdown] [-o DIR] [-url U] [-tz ZONE] [-validate] [-articles-only] [FILE|DIR ...]
//
// With no file it reads standard input ("-" names standard input too). A
// directory is walked for .txt, .text, .html, .htm and .xhtml files (hidden
// files and directories skipped), in lexical order. Several inputs give JSON
// Lines for json and jsonld (one compact object per line), one CSV header
// followed by one row per article, or one script element per line; a single
// input gives indented JSON. With -o DIR each input is written to its own
// file in DIR instead, named after the input (story.txt → story.md, .json,
// .jsonld or .html); markdown needs -o when there is more than one input.
//
// Every input from which a headline or body text was extracted is written,
// with its page-kind verdict (the Article's pageKind: article, paywalled,
// list, empty or not-article), so that a real article wrongly judged is not
// lost in a batch; the inputs judged not to be articles are named on
// standard error. With -articles-only they are left out instead.
//
// Inputs are parsed in parallel on all cores and written in input order. A
// file that cannot be read or parsed, that holds no text at all, or that
// fails -validate is reported on standard error with its name and left out;
// the others are still processed.
//
// Exit status: 0 when every input was written (non-articles included, the
// notes on standard error being for information); 1 when some input was
// left out (an error, nothing extracted, invalid under -validate, or a
// non-article under -articles-only); 2 for usage errors. When standard error
// is a terminal, a progress line (files done / total, rate) is shown there
// for runs of more than one input.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // -tz works on machines without a zoneinfo database

	"github.com/articlekit/article"
	"github.com/articlekit/article/export"
)

func main() {
	os.Exit(run(os.Args[1:], env{
		stdin:    os.Stdin,
		stdout:   os.Stdout,
		stderr:   os.Stderr,
		terminal: isTerminal(os.Stderr),
	}))
}

// env is the process environment run works in, replaceable in tests.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	terminal       bool // stderr is a terminal: show progress
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// formats maps -format values to the file extension used with -o.
var formats = map[string]string{
	"json":     ".json",
	"jsonld":   ".jsonld",
	"script":   ".html",
	"csv":      ".csv",
	"markdown": ".md",
}

// inputExts are the file extensions taken from walked directories.
var inputExts = map[string]bool{".txt": true, ".text": true, ".html": true, ".htm": true, ".xhtml": true}

// input is one article to process.
type input struct {
	name string // as shown in messages: the path, or "stdin"
	path string // "" for standard input
}

// config holds the parsed flags.
type config struct {
	format   string
	outDir   string
	validate bool
	csvBOM   bool
	csvRaw   bool
	only     bool // -articles-only: leave out pages judged not articles
	jobs     int
	opts     []article.Option
}

const usageText = `usage: article [-format json|jsonld|script|csv|markdown] [-o DIR] [-url U] [-tz ZONE] [-validate] [-articles-only] [FILE|DIR ...]

Reads news articles (raw text or HTML) from the files given, the files under
the directories given, or standard input, and writes them in the chosen
format on standard output (or one file per input in -o DIR).

Every input with a headline or body text is written, with its pageKind
(article, paywalled, list, empty or not-article); the inputs judged not to
be articles are named on standard error. -articles-only leaves them out.

Exit status: 0 when every input was written; 1 when some input was left
out (unreadable, no text found, invalid under -validate, or not an article
under -articles-only), the others being written all the same; 2 for usage
errors.

`

// run is the whole command; it returns the exit status.
func run(args []string, e env) int {
	fl := flag.NewFlagSet("article", flag.ContinueOnError)
	fl.SetOutput(e.stderr)
	fl.Usage = func() {
		fmt.Fprint(e.stderr, usageText)
		fl.PrintDefaults()
	}
	format := fl.String("format", "json", "output `format`: json, jsonld, script, csv or markdown")
	outDir := fl.String("o", "", "write one file per input into `DIR` instead of standard output")
	url := fl.String("url", "", "the article's `URL` (one input only)")
	tz := fl.String("tz", "", "time `ZONE` for times the source gives without one, e.g. Europe/Moscow")
	validate := fl.Bool("validate", false, "check each article against the JSON Schema; invalid ones are reported and left out")
	csvBOM := fl.Bool("csv-bom", false, "csv: start with a UTF-8 byte order mark (for Excel)")
	csvRaw := fl.Bool("csv-raw", false, "csv: do not neutralise spreadsheet formulas (for programs)")
	only := fl.Bool("articles-only", false, "leave out the inputs judged not to be articles (list, empty and not-article pages), as errors")
	jobs := fl.Int("j", runtime.GOMAXPROCS(0), "number of articles parsed in parallel")
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(e.stderr, "article: "+format+"\n", a...)
		fmt.Fprintln(e.stderr, "run 'article -h' for usage")
		return 2
	}
	if _, ok := formats[*format]; !ok {
		return usageErr("unknown -format %q: want json, jsonld, script, csv or markdown", *format)
	}
	c := config{format: *format, outDir: *outDir, validate: *validate, csvBOM: *csvBOM, csvRaw: *csvRaw, only: *only, jobs: max(*jobs, 1)}
	if c.outDir != "" && c.format == "csv" {
		return usageErr("-o is for one file per input; CSV is one table: redirect standard output instead")
	}
	if *tz != "" {
		loc, err := time.LoadLocation(*tz)
		if err != nil {
			return usageErr("-tz %q: %v", *tz, err)
		}
		c.opts = append(c.opts, article.WithLocation(loc))
	}

	inputs, bad := collectInputs(fl.Args(), e.stderr)
	if len(inputs) > 1 && *url != "" {
		return usageErr("-url names one article but there are %d inputs", len(inputs))
	}
	if *url != "" {
		c.opts = append(c.opts, article.WithURL(*url))
	}
	if c.format == "markdown" && c.outDir == "" && len(inputs) > 1 {
		return usageErr("-format markdown with %d inputs needs -o DIR (one .md file per input)", len(inputs))
	}
	if c.outDir != "" {
		if err := os.MkdirAll(c.outDir, 0o755); err != nil {
			fmt.Fprintf(e.stderr, "article: %v\n", err)
			return 1
		}
	}
	failed := process(inputs, c, e) || bad
	if failed {
		return 1
	}
	return 0
}

// collectInputs expands the arguments into inputs: standard input when there
// are none, files as given, directories walked. Arguments that cannot be
// read are reported; bad is true when there were any.
func collectInputs(args []string, stderr io.Writer) (inputs []input, bad bool) {
	if len(args) == 0 {
		return []input{{name: "stdin"}}, false
	}
	for _, arg := range args {
		if arg == "-" {
			inputs = append(inputs, input{name: "stdin"})
			continue
		}
		fi, err := os.Stat(arg)
		if err != nil {
			fmt.Fprintf(stderr, "article: %v\n", err)
			bad = true
			continue
		}
		if !fi.IsDir() {
			inputs = append(inputs, input{name: arg, path: arg})
			continue
		}
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(stderr, "article: %v\n", err)
				bad = true
				return nil
			}
			if p != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && inputExts[strings.ToLower(filepath.Ext(p))] {
				inputs = append(inputs, input{name: p, path: p})
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "article: %s: %v\n", arg, err)
			bad = true
		}
	}
	return inputs, bad
}

// result is what a worker produces for one input.
type result struct {
	a   *article.Article
	out []byte // rendered output, for every format but csv
	err error
	// notArticle is the library's reason for a page judged not an article
	// that is written all the same; "" for articles.
	notArticle string
}

// process parses the inputs in parallel and writes the results in input
// order. It reports whether any input failed.
func process(inputs []input, c config, e env) (failed bool) {
	multi := len(inputs) > 1
	results := make([]chan result, len(inputs))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	// The window bounds how many finished results wait for a slow earlier
	// one, and so the memory held.
	window := make(chan struct{}, 4*c.jobs)
	jobs := make(chan int)
	go func() {
		for i := range inputs {
			window <- struct{}{}
			jobs <- i
		}
		close(jobs)
	}()
	var stdinOnce sync.Once
	var wg sync.WaitGroup
	for range min(c.jobs, len(inputs)) {
		wg.Go(func() {
			for i := range jobs {
				results[i] <- work(inputs[i], c, e.stdin, &stdinOnce, multi)
			}
		})
	}

	var csvw *export.CSVWriter
	if c.format == "csv" {
		csvw = export.NewCSVWriter(e.stdout, export.CSVOptions{BOM: c.csvBOM, NoFormulaGuard: c.csvRaw})
	}
	names := outputNames(inputs, formats[c.format])
	prog := newProgress(e.stderr, e.terminal && multi, len(inputs))
	for i, in := range inputs {
		r := <-results[i]
		<-window
		if r.err == nil {
			switch {
			case csvw != nil:
				r.err = csvw.Write(r.a)
			case c.outDir != "":
				r.err = os.WriteFile(filepath.Join(c.outDir, names[i]), r.out, 0o644)
			case r.out == nil:
				r.err = renderTo(e.stdout, r.a, c.format, false)
			default:
				_, r.err = e.stdout.Write(r.out)
			}
		}
		switch {
		case r.err != nil:
			failed = true
			prog.clear()
			// Library errors start with "article: " too; say it once.
			fmt.Fprintf(e.stderr, "article: %s: %s\n", in.name, strings.TrimPrefix(r.err.Error(), "article: "))
		case r.notArticle != "":
			prog.clear()
			fmt.Fprintf(e.stderr, "article: %s: not an article (%s); written with pageKind %q\n", in.name, r.notArticle, r.a.Kind)
		}
		prog.step(i + 1)
	}
	wg.Wait()
	prog.done()
	if csvw != nil {
		if err := csvw.Flush(); err != nil {
			fmt.Fprintf(e.stderr, "article: writing CSV: %v\n", err)
			failed = true
		}
	}
	return failed
}

// work reads, parses, validates and renders one input.
func work(in input, c config, stdin io.Reader, stdinOnce *sync.Once, multi bool) result {
	var r io.Reader
	if in.path == "" {
		used := true
		stdinOnce.Do(func() { used = false })
		if used {
			return result{err: errors.New("standard input given more than once")}
		}
		r = stdin
	} else {
		f, err := os.Open(in.path)
		if err != nil {
			return result{err: err}
		}
		defer f.Close()
		r = f
	}
	a, err := article.Parse(r, c.opts...)
	notArticle := ""
	if err != nil {
		// A page judged not an article comes with what was extracted from
		// it; it is kept when there is something to show.
		if c.only || !errors.Is(err, article.ErrNotArticle) || a == nil || (a.Headline == "" && len(a.Body) == 0) {
			return result{err: err}
		}
		notArticle = notArticleReason(err)
	}
	if c.validate {
		if err := a.Validate(); err != nil {
			return result{err: err}
		}
	}
	if c.format == "csv" || (!multi && c.outDir == "") {
		// One input to standard output is rendered straight into it
		// (process does): an article of tens of megabytes then never
		// sits in memory a second time as its rendering.
		return result{a: a, notArticle: notArticle}
	}
	out, err := render(a, c.format, multi && c.outDir == "")
	return result{a: a, out: out, err: err, notArticle: notArticle}
}

// notArticleReason is the library's explanation of a not-an-article
// verdict, without the sentinel's own words: "the page is a list page", "a
// headline (…) but no body text".
func notArticleReason(err error) string {
	msg := strings.TrimPrefix(err.Error(), article.ErrNotArticle.Error())
	msg = strings.TrimLeft(msg, ": ")
	if msg == "" {
		return "no article found"
	}
	return msg
}

// render writes a in format; compact selects one object per line (JSON
// Lines) for json and jsonld.
func render(a *article.Article, format string, compact bool) ([]byte, error) {
	var buf bytes.Buffer
	err := renderTo(&buf, a, format, compact)
	return buf.Bytes(), err
}

// renderTo writes a in format to w; compact as for render.
func renderTo(w io.Writer, a *article.Article, format string, compact bool) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if !compact {
			enc.SetIndent("", "  ")
		}
		return enc.Encode(a)
	case "jsonld":
		if !compact {
			return export.JSONLD(w, a)
		}
		var buf, c bytes.Buffer
		if err := export.JSONLD(&buf, a); err != nil {
			return err
		}
		if err := json.Compact(&c, buf.Bytes()); err != nil {
			return err
		}
		c.WriteByte('\n')
		_, err := w.Write(c.Bytes())
		return err
	case "script":
		return export.Script(w, a)
	case "markdown":
		return export.Markdown(w, a)
	}
	return fmt.Errorf("unknown format %q", format)
}

// outputNames gives each input the file name it is written to under -o: its
// base name with ext, made unique in input order by "-2", "-3"… suffixes.
func outputNames(inputs []input, ext string) []string {
	names := make([]string, len(inputs))
	used := map[string]bool{}
	for i, in := range inputs {
		base := "stdin"
		if in.path != "" {
			base = strings.TrimSuffix(filepath.Base(in.path), filepath.Ext(in.path))
		}
		name := base + ext
		for n := 2; used[name]; n++ {
			name = fmt.Sprintf("%s-%d%s", base, n, ext)
		}
		used[name] = true
		names[i] = name
	}
	return names
}

// progress draws "done/total files, rate" on one terminal line.
type progress struct {
	w     io.Writer
	on    bool
	total int
	start time.Time
	last  time.Time
	shown bool
}

func newProgress(w io.Writer, on bool, total int) *progress {
	now := time.Now()
	return &progress{w: w, on: on, total: total, start: now, last: now}
}

// step records that done inputs are finished, redrawing at most ten times a
// second.
func (p *progress) step(done int) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond && done != p.total {
		return
	}
	p.last = now
	rate := float64(done) / max(now.Sub(p.start).Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r\033[K%d/%d files, %.1f files/s", done, p.total, rate)
	p.shown = true
}

// clear erases the progress line so that a message can be printed.
func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

// done ends the progress line.
func (p *progress) done() {
	if p.shown {
		fmt.Fprintln(p.w)
		p.shown = false
	}
}
