package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/export"
	"github.com/articlekit/article/warc"
)

// source is one input named on the command line or found in a directory:
// a file (HTML or text, gzip-compressed or not, or a WARC archive),
// standard input, or a URL.
type source struct {
	name string
	path string
	url  string
	// stdin is standard input, or a named input that is no regular
	// file (a pipe, a shell's <(…), a FIFO), already peeked at: such an
	// input can be read only once.
	stdin *bufio.Reader
	kind  contentKind
	again bool // standard input named a second time
	inDir bool // found under a directory given
}

// task is one record to parse, in output order: a file, standard input, a
// URL, or the payload of a WARC response record.
type task struct {
	name  string // as shown in messages
	base  string // output file name without extension, for -o
	path  string
	gz    bool      // path is gzip-compressed
	stdin io.Reader // read standard input
	url   string    // fetch
	html  bool      // parse as HTML (fetched pages and WARC responses)
	opts  []article.Option
	warc  *warc.Record // a WARC response record, its payload decoded
	err   error        // failed before parsing
	done  chan result
}

// counts are the figures of the summary line.
type counts struct {
	parsed, skipped, nonArticles, errors atomic.Int64
}

// produce turns the sources into tasks, in order, sending each to order
// (whose capacity bounds how many records are in memory at once) and then
// to jobs. WARC records not parsed are counted in c.skipped.
func produce(ctx context.Context, sources []source, maxBytes int64, cnt *counts, order chan<- *task, jobs chan<- *task) {
	defer close(order)
	defer close(jobs)
	emit := func(t *task) bool {
		t.done = make(chan result, 1)
		select {
		case order <- t:
		case <-ctx.Done():
			return false
		}
		jobs <- t
		return true
	}
	for _, s := range sources {
		switch {
		case s.again:
			if !emit(&task{name: s.name, err: errors.New("standard input given more than once")}) {
				return
			}
		case s.kind == warcContent:
			var r io.Reader = s.stdin
			if s.stdin == nil {
				f, err := os.Open(s.path)
				if err != nil {
					if !emit(&task{name: s.name, err: err}) {
						return
					}
					continue
				}
				r = f
			}
			err := readWARC(s.name, r, maxBytes, emit, func(warc.Skip) { cnt.skipped.Add(1) })
			if f, ok := r.(*os.File); ok {
				f.Close()
			}
			if err != nil && ctx.Err() == nil {
				emit(&task{name: s.name, err: fmt.Errorf("reading the WARC archive: %w", err)})
			}
			if ctx.Err() != nil {
				return
			}
		case s.url != "":
			if !emit(&task{name: s.name, base: urlBase(s.url), url: s.url, html: true}) {
				return
			}
		case s.stdin != nil:
			var r io.Reader = s.stdin
			t := &task{name: s.name, base: "stdin"}
			if s.path != "" {
				t.base = fileBase(s.path)
			}
			if s.kind == gzipContent {
				zr, err := gzip.NewReader(s.stdin)
				if err != nil {
					t.err = err
				}
				r = zr
			}
			t.stdin = r
			if !emit(t) {
				return
			}
		default:
			if !emit(&task{name: s.name, base: fileBase(s.path), path: s.path, gz: s.kind == gzipContent}) {
				return
			}
		}
	}
}

// fileBase is a file's name without its extension (and without ".gz").
func fileBase(p string) string {
	b := filepath.Base(p)
	if strings.EqualFold(filepath.Ext(b), ".gz") {
		b = strings.TrimSuffix(b, filepath.Ext(b))
	}
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// urlBase names the output file of a URL: its last path segment without
// extension, else its host.
func urlBase(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "page"
	}
	b := strings.TrimSuffix(path.Base(u.Path), path.Ext(u.Path))
	if b == "" || b == "." || b == "/" {
		b = u.Hostname()
	}
	// The address comes from the network or an archive: keep only what
	// is a plain file name on every system.
	b = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || strings.ContainsRune(`\/:*?"<>|`, r) {
			return '_'
		}
		return r
	}, b)
	if b == "." || b == ".." || !filepath.IsLocal(b) {
		b = "page"
	}
	if b == "" {
		b = "page"
	}
	return b
}

// process parses the sources' records in parallel and writes the results in
// input order as they arrive. At most 4×jobs records are held at once,
// parsed or waiting for a slower earlier one. It reports whether any record
// failed.
func process(sources []source, c config, e env) (failed bool) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var cnt counts
	window := 4 * c.jobs
	order := make(chan *task, window)
	jobs := make(chan *task)
	go produce(ctx, sources, c.maxBytes, &cnt, order, jobs)
	var wg sync.WaitGroup
	for range c.jobs {
		wg.Go(func() {
			for t := range jobs {
				t.done <- work(ctx, t, c)
			}
		})
	}

	var csvw *export.CSVWriter
	if c.format == "csv" {
		csvw = export.NewCSVWriter(e.stdout, export.CSVOptions{BOM: c.csvBOM, NoFormulaGuard: c.csvRaw})
	}
	used := inputNamesIn(sources, c.outDir)
	inputs := inputFiles(sources, c.outDir)
	total := -1
	if c.countKnown {
		total = len(sources)
	}
	prog := newProgress(e.stderr, c.progress, total, c.unit, &cnt)
	done := 0
	for t := range order {
		r := <-t.done
		if r.err == nil {
			switch {
			case csvw != nil:
				// Each row goes out as it is written, as JSON lines do.
				if r.err = csvw.Write(r.a); r.err == nil {
					r.err = csvw.Flush()
				}
			case c.outDir != "":
				name := outName(used, c.outDir, t.base, formats[c.format], inputs)
				if r.err = os.WriteFile(filepath.Join(c.outDir, name), r.out, 0o644); r.err == nil && name != t.base+formats[c.format] && t.warc == nil {
					// Another input (or an input file) had the
					// name: say which input this one is. (A
					// WARC's records are named by their address,
					// and many share a name.)
					prog.clear()
					fmt.Fprintf(e.stderr, "article: %s: written as %s\n", t.name, name)
				}
			case r.out == nil:
				r.err = renderTo(e.stdout, r.a, c.format, false)
			default:
				_, r.err = e.stdout.Write(r.out)
			}
		}
		switch {
		case r.err != nil:
			failed = true
			if errors.Is(r.err, article.ErrNotArticle) {
				cnt.nonArticles.Add(1)
			} else {
				cnt.errors.Add(1)
			}
			prog.clear()
			// Library errors start with "article: " too; say it once.
			fmt.Fprintf(e.stderr, "article: %s: %s\n", t.name, strings.TrimPrefix(r.err.Error(), "article: "))
		case r.notArticle != "":
			cnt.nonArticles.Add(1)
			prog.clear()
			fmt.Fprintf(e.stderr, "article: %s: not an article (%s); written with pageKind %q\n", t.name, r.notArticle, r.a.Kind)
		default:
			cnt.parsed.Add(1)
		}
		done++
		prog.step(done)
	}
	wg.Wait()
	prog.done()
	if csvw != nil {
		if err := csvw.Flush(); err != nil {
			fmt.Fprintf(e.stderr, "article: writing CSV: %v\n", err)
			failed = true
		}
	}
	if c.summary {
		fmt.Fprintf(e.stderr, "article: %d parsed, %d skipped, %d non-articles, %d errors (%s)\n",
			cnt.parsed.Load(), cnt.skipped.Load(), cnt.nonArticles.Load(), cnt.errors.Load()+int64(c.inputErrors), prog.rate(done))
	}
	return failed
}

// inputNamesIn returns the names of the input files that lie in dir, so
// that an output written there (a.html from a.html with -format script)
// takes another name instead of overwriting its input.
func inputNamesIn(sources []source, dir string) map[string]bool {
	used := map[string]bool{}
	if dir == "" {
		return used
	}
	di, err := os.Stat(dir)
	if err != nil {
		return used
	}
	for _, s := range sources {
		if s.path == "" {
			continue
		}
		if pi, err := os.Stat(filepath.Dir(s.path)); err == nil && os.SameFile(pi, di) {
			used[filepath.Base(s.path)] = true
		}
	}
	return used
}

// inputFiles returns what os.Stat says of each input file, when output
// goes to a directory, so that an output name that is a link to an input
// (symbolic or hard) is not written through.
func inputFiles(sources []source, dir string) []os.FileInfo {
	if dir == "" {
		return nil
	}
	var out []os.FileInfo
	for _, s := range sources {
		if s.path == "" {
			continue
		}
		if fi, err := os.Stat(s.path); err == nil {
			out = append(out, fi)
		}
	}
	return out
}

// outName is uniqueName in dir, also passing over a name whose existing
// file is one of the inputs (a link to it).
func outName(used map[string]bool, dir, base, ext string, inputs []os.FileInfo) string {
	for {
		name := uniqueName(used, base, ext)
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil || !slices.ContainsFunc(inputs, func(in os.FileInfo) bool { return os.SameFile(fi, in) }) {
			return name
		}
	}
}

// uniqueName gives base+ext, made unique among the names used so far by
// "-2", "-3"… suffixes, and records it as used.
func uniqueName(used map[string]bool, base, ext string) string {
	name := base + ext
	for n := 2; used[name]; n++ {
		name = fmt.Sprintf("%s-%d%s", base, n, ext)
	}
	used[name] = true
	return name
}

// result is what a worker produces for one record.
type result struct {
	a   *article.Article
	out []byte // rendered output, when rendered by the worker
	err error
	// notArticle is the library's reason for a page judged not an article
	// that is written all the same; "" for articles.
	notArticle string
}

// work reads (or fetches), parses, validates and renders one record.
func work(ctx context.Context, t *task, c config) result {
	if t.err != nil {
		return result{err: t.err}
	}
	opts := append(append([]article.Option(nil), c.opts...), t.opts...)
	var r io.Reader
	switch {
	case t.url != "":
		p, err := c.fetcher.fetch(ctx, t.url)
		if err != nil {
			return result{err: err}
		}
		r = bytes.NewReader(p.body)
		opts = append(opts, article.WithURL(p.finalURL), article.WithMaxBytes(max(c.maxBytes, int64(len(p.body)))))
	case t.warc != nil:
		// The record's URL and date, and a limit that a payload
		// transcoded to UTF-8 may have grown past.
		r = bytes.NewReader(t.warc.Payload)
		opts = append(opts, t.warc.Options(c.maxBytes)...)
	case t.stdin != nil:
		r = t.stdin
	case t.path != "":
		f, err := os.Open(t.path)
		if err != nil {
			return result{err: err}
		}
		defer f.Close()
		r = f
		if t.gz {
			zr, err := gzip.NewReader(f)
			if err != nil {
				return result{err: err}
			}
			r = zr
		}
	default:
		r = bytes.NewReader(nil)
	}
	parse := article.Parse
	if t.html {
		parse = article.ParseHTML
	}
	a, err := parse(r, opts...)
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
			if notArticle != "" {
				// (A page judged no article, an empty shell, fails the
				// schema for what it lacks: say the verdict first.)
				return result{err: fmt.Errorf("%w (%s), and %s", article.ErrNotArticle, notArticle, strings.TrimPrefix(err.Error(), "article: "))}
			}
			return result{err: err}
		}
	}
	if c.format == "csv" || (!c.multi && c.outDir == "") {
		// One input to standard output is rendered straight into it
		// (process does): an article of tens of megabytes then never
		// sits in memory a second time as its rendering.
		return result{a: a, notArticle: notArticle}
	}
	compact := c.multi && c.outDir == ""
	out, err := render(a, c.format, compact)
	if err == nil && t.warc != nil && compact && (c.format == "json" || c.format == "jsonld") {
		out, err = t.warc.Wrap(out)
	}
	return result{a: a, out: out, err: err, notArticle: notArticle}
}

// progress draws "done[/total] files, rate, errors" on one line of
// standard error, redrawn at most ten times a second.
type progress struct {
	w     io.Writer
	on    bool
	total int // -1 when not known in advance (WARC archives)
	unit  string
	cnt   *counts
	start time.Time
	last  time.Time
	shown bool
}

func newProgress(w io.Writer, on bool, total int, unit string, cnt *counts) *progress {
	now := time.Now()
	return &progress{w: w, on: on, total: total, unit: unit, cnt: cnt, start: now, last: now}
}

// step records that done records are finished.
func (p *progress) step(done int) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond && done != p.total {
		return
	}
	p.last = now
	n := fmt.Sprint(done)
	if p.total >= 0 {
		n += fmt.Sprintf("/%d", p.total)
	}
	fmt.Fprintf(p.w, "\r\033[K%s %s, %s", n, p.unit, p.rate(done))
	if e := p.cnt.errors.Load(); e > 0 {
		fmt.Fprintf(p.w, ", %d errors", e)
	}
	p.shown = true
}

// rate is "12.3 files/s" since the start.
func (p *progress) rate(done int) string {
	return fmt.Sprintf("%.1f %s/s", float64(done)/max(time.Since(p.start).Seconds(), 1e-3), p.unit)
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
