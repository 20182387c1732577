// Command article turns news articles, raw text or HTML, into structured
// data: the Article JSON, schema.org NewsArticle JSON-LD, a
// <script type="application/ld+json"> block, CSV or Markdown.
//
// Usage:
//
//	article [flags] [FILE|DIR|URL ...]
//	article [flags] -urls FILE
//
// With no input it reads standard input ("-" names standard input too). A
// directory is walked for .txt, .text, .html, .htm and .xhtml files, the
// same gzip-compressed (.html.gz …), and WARC archives (.warc, .warc.gz),
// hidden files and directories skipped, in lexical order. A file is taken
// for what its first bytes say: gzip-compressed input is decompressed, and a
// WARC archive (the "WARC/1." magic of its first record, in a gzip member or
// not) is read as a stream of records whatever its name.
//
// An argument of the form http://… or https://… is fetched (and -urls FILE
// fetches the URLs listed in FILE, one a line, blank lines and lines
// starting with # skipped): within -timeout, at most -max-bytes bytes, at
// most 10 redirects, at most -per-host requests at a time to one host, with
// the User-Agent "articlekit/article (+https://github.com/articlekit/article)".
// The charset of the response's Content-Type wins over the page's own
// declaration, as in browsers; the final URL after redirects is the
// article's address. HTTP errors and responses that are not HTML are
// reported as errors.
//
// In a WARC archive every response record holding an HTML page (HTTP status
// 2xx) is parsed, with its WARC-Target-URI as the article's URL and its
// WARC-Date as the reference time (no date after it); the other records are
// skipped and counted. Only a few records are held in memory at once, so an
// archive of any size can be read. With -format json or jsonld each record
// is written as one line {"warcRecordId": …, "warcTargetURI": …,
// "warcDate": …, "article": {…}}, the article's JSON (or JSON-LD) unchanged
// under "article".
//
// Several inputs (or a directory, even of one file, a WARC archive, or
// -urls) give JSON Lines for json and jsonld (one compact object per
// line), one CSV header followed by one row per article, or one script
// element per line; a single file, URL or standard input gives indented
// JSON. With -o DIR each input is written to its own file in DIR
// instead, named after the input (story.txt → story.md, .json, .jsonld or
// .html); markdown needs -o for several inputs or a directory.
//
// Every input from which a headline or body text was extracted is written,
// with its page-kind verdict (the Article's pageKind: article, paywalled,
// list, empty or not-article), so that a real article wrongly judged is not
// lost in a batch; the inputs judged not to be articles are named on
// standard error. With -articles-only they are left out instead.
//
// Inputs are parsed in parallel on all cores and written in input order as
// they are done, at most a few per core being held at once. An input that
// cannot be read, fetched or parsed, that holds no text at all, or that fails
// -validate is reported on standard error with its name and left out; the
// others are still processed.
//
// When standard error is a terminal (for more than one input), or with
// -progress, a progress line (records done, records/s, errors) is shown
// there. With -progress, a WARC archive or -urls, a summary line ends the
// run: "N parsed, N skipped, N non-articles, N errors", parsed counting the
// articles written, skipped the WARC records that are not HTML responses.
//
// Exit status: 0 when every input was written (non-articles included, the
// notes on standard error being for information; skipped WARC records do
// not count); 1 when some input was left out (an error, nothing extracted,
// invalid under -validate, or a non-article under -articles-only); 2 for
// usage errors.
package main

import (
	"bufio"
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

// inputExts are the file extensions taken from walked directories, also
// with ".gz" after them.
var inputExts = map[string]bool{".txt": true, ".text": true, ".html": true, ".htm": true, ".xhtml": true, ".warc": true}

// config holds the parsed flags and what they imply.
type config struct {
	format   string
	outDir   string
	validate bool
	csvBOM   bool
	csvRaw   bool
	only     bool // -articles-only: leave out pages judged not articles
	jobs     int
	maxBytes int64
	opts     []article.Option
	fetcher  *fetcher

	multi    bool // several records: JSON Lines
	progress bool // draw the progress line
	summary  bool // end with the summary line
	// inputErrors counts the arguments that could not be read (the
	// summary line's errors include them).
	inputErrors int
	countKnown  bool   // the number of records is known in advance
	unit        string // "files" or "records"
}

const usageText = `usage: article [flags] [FILE|DIR|URL ...]
       article [flags] -urls FILE

Reads news articles (raw text or HTML) from the files given (gzip-compressed
or not), the files under the directories given, WARC archives (.warc,
.warc.gz, recognised by their content), the http(s) URLs given or listed in
-urls FILE, or standard input, and writes them in the chosen format on
standard output (or one file per input in -o DIR, a WARC record's and a
URL's named by the last part of the address). Several inputs, a
directory (even of one file), a WARC archive or -urls give JSON Lines with
-format json or jsonld; a WARC
record's line is {"warcRecordId":…,"warcTargetURI":…,"warcDate":…,
"article":{…}}.

Under a directory, the files ending .txt, .text, .html, .htm or .xhtml
(or these with .gz) and WARC archives are read, symbolic links to files
included; others are left out.

Every input with a headline or body text is written, with its pageKind
(article, paywalled, list, empty or not-article) in the json format (the
other formats have no place for it); the inputs judged not to be articles
are named on standard error. -articles-only leaves them out.
Results are written in input order as they are done. Progress (records/s,
errors) is shown on standard error when it is a terminal or with -progress;
with -progress, a WARC archive or -urls, a summary line ends the run
(parsed, skipped, non-articles, errors).

Examples:
  article https://example.com/news/story.html
  article -urls urls.txt > articles.jsonl
  article crawl.warc.gz > articles.jsonl
  article -format csv pages/ > articles.csv

Exit status: 0 when every input was written; 1 when some input was left
out (unreadable, not fetched, no text found, invalid under -validate, or not
an article under -articles-only), the others being written all the same; 2
for usage errors.

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
	outDir := fl.String("o", "", "write one file per input into `DIR` instead of standard output (never over an input file: such a name gets a -2 suffix)")
	url := fl.String("url", "", "the article's `URL` (one file or standard input only; fetched pages and WARC records have their own)")
	tz := fl.String("tz", "", "time `ZONE` for times the source gives without one, e.g. Europe/Moscow")
	refTime := fl.String("ref-time", "", "reference `TIME` (RFC 3339) no date of an article may be after (a day of slack), the time the page was seen: a text's \"Today, 10:15\" or \"Вчера в 14:30\" is read against it; default now, relative days unread (a WARC record's is its WARC-Date)")
	validate := fl.Bool("validate", false, "check each article against the JSON Schema; invalid ones are reported and left out")
	csvBOM := fl.Bool("csv-bom", false, "csv: start with a UTF-8 byte order mark (for Excel)")
	csvRaw := fl.Bool("csv-raw", false, "csv: do not neutralise spreadsheet formulas (for programs)")
	only := fl.Bool("articles-only", false, "leave out the inputs judged not to be articles (list, empty and not-article pages), as errors")
	jobs := fl.Int("j", runtime.GOMAXPROCS(0), "number of articles parsed (or fetched) in parallel; at least 16 by default when there are URLs")
	maxBytes := fl.Int64("max-bytes", article.DefaultMaxBytes, "largest input, fetched page or WARC record payload, in `bytes`")
	urls := fl.String("urls", "", "fetch the URLs listed in `FILE`, one a line (- for standard input)")
	timeout := fl.Duration("timeout", 30*time.Second, "time limit of one URL's fetch, redirects and body included")
	perHost := fl.Int("per-host", 2, "URLs fetched at a time from one host")
	links := fl.Bool("links", true, "keep links in the body (spans of type link; Markdown links); -links=false for text without addresses")
	showProgress := fl.Bool("progress", false, "show progress on standard error even when it is not a terminal, and a summary line at the end")
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
	if *jobs < 1 {
		return usageErr("-j must be at least 1")
	}
	if u := *url; u != "" && !strings.HasPrefix(strings.ToLower(u), "http://") && !strings.HasPrefix(strings.ToLower(u), "https://") {
		return usageErr("-url %q: want an absolute http(s) URL", u)
	}
	if *maxBytes <= 0 {
		return usageErr("-max-bytes must be positive")
	}
	if *timeout <= 0 {
		return usageErr("-timeout must be positive")
	}
	c := config{format: *format, outDir: *outDir, validate: *validate, csvBOM: *csvBOM, csvRaw: *csvRaw, only: *only, jobs: max(*jobs, 1), maxBytes: *maxBytes}
	c.opts = append(c.opts, article.WithMaxBytes(c.maxBytes))
	if !*links {
		c.opts = append(c.opts, article.WithLinks(false))
	}
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
	if *refTime != "" {
		t, err := time.Parse(time.RFC3339, *refTime)
		if err != nil {
			return usageErr("-ref-time %q: want RFC 3339, e.g. 2024-06-19T17:43:00Z", *refTime)
		}
		c.opts = append(c.opts, article.WithReferenceTime(t))
	}

	args = fl.Args()
	badURLs := 0 // lines of -urls that are no URL
	if *urls != "" {
		list, notURLs, err := readURLList(*urls, e.stdin, e.stderr)
		if err != nil {
			fmt.Fprintf(e.stderr, "article: -urls: %v\n", err)
			return 1
		}
		badURLs = notURLs
		if len(args) == 0 && len(list) == 0 {
			fmt.Fprintf(e.stderr, "article: -urls %s: no URL\n", *urls)
			return 1
		}
		args = append(args, list...)
	}
	sources, bad := collectInputs(args, e.stdin, *urls == "-", e.stderr)
	bad += badURLs
	if len(sources) == 0 {
		return 1
	}
	nFiles, hasWARC, hasURL, fromDir := 0, false, false, false
	for _, s := range sources {
		fromDir = fromDir || s.inDir
		switch {
		case s.kind == warcContent:
			hasWARC = true
		case s.url != "":
			hasURL = true
		default:
			nFiles++
		}
	}
	if len(sources) > 1 && *url != "" {
		return usageErr("-url names one article but there are %d inputs", len(sources))
	}
	if *url != "" && (hasWARC || hasURL) {
		return usageErr("-url is for a file or standard input: fetched pages and WARC records have their own URL")
	}
	if *url != "" {
		c.opts = append(c.opts, article.WithURL(*url))
	}
	// A directory gives the output of several inputs even when it holds
	// one file, so that a reader of JSON Lines does not break on a folder
	// of one page.
	c.multi = len(sources) > 1 || hasWARC || *urls != "" || fromDir
	if c.format == "markdown" && c.outDir == "" && c.multi {
		return usageErr("-format markdown with several inputs, a directory, a WARC archive or -urls needs -o DIR (one .md file per article)")
	}
	c.progress = *showProgress || (e.terminal && c.multi)
	c.summary = *showProgress || hasWARC || *urls != ""
	c.countKnown = !hasWARC
	c.unit = "files"
	if hasWARC || hasURL {
		c.unit = "records"
	}
	if hasURL {
		c.fetcher = newFetcher(*timeout, c.maxBytes, *perHost)
		// Fetching mostly waits on the network: unless -j says otherwise,
		// more pages are in flight than there are cores (-per-host still
		// bounds each host).
		jSet := false
		fl.Visit(func(f *flag.Flag) { jSet = jSet || f.Name == "j" })
		if !jSet {
			c.jobs = max(c.jobs, 16)
		}
	}
	if c.outDir != "" {
		if err := os.MkdirAll(c.outDir, 0o755); err != nil {
			fmt.Fprintf(e.stderr, "article: %v\n", err)
			return 1
		}
	}
	c.inputErrors = bad
	failed := process(sources, c, e) || bad > 0
	if failed {
		return 1
	}
	return 0
}

// readURLList reads one URL a line from the file at name ("-": stdin),
// skipping blank lines and lines starting with #; a line that is no
// URL is reported on stderr and counted in notURLs, not read as a
// file's path.
func readURLList(name string, stdin io.Reader, stderr io.Writer) (list []string, notURLs int, err error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, 0, err
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !isURL(line) {
			fmt.Fprintf(stderr, "article: -urls %s, line %d: %q is no URL\n", name, n, line)
			notURLs++
			continue
		}
		list = append(list, line)
	}
	return list, notURLs, sc.Err()
}

// collectInputs expands the arguments into sources: standard input when
// there are none, URLs as given, files as given, directories walked.
// Arguments that cannot be read are reported; bad counts them. stdinUsed
// says standard input was taken by -urls.
func collectInputs(args []string, stdin io.Reader, stdinUsed bool, stderr io.Writer) (sources []source, bad int) {
	if len(args) == 0 {
		args = []string{"-"}
	}
	// A path that names standard input itself (/dev/stdin, /dev/fd/0,
	// /proc/self/fd/0) is standard input: read once, as "-" is.
	var stdinInfo os.FileInfo
	if f, ok := stdin.(*os.File); ok {
		stdinInfo, _ = f.Stat()
	}
	for _, arg := range args {
		if arg != "-" && stdinInfo != nil {
			if fi, err := os.Stat(arg); err == nil && !fi.Mode().IsRegular() && os.SameFile(fi, stdinInfo) {
				arg = "-"
			}
		}
		if arg == "-" {
			if stdinUsed {
				sources = append(sources, source{name: "stdin", again: true})
				continue
			}
			stdinUsed = true
			br := bufio.NewReaderSize(stdin, 64<<10)
			sources = append(sources, source{name: "stdin", stdin: br, kind: sniff(br)})
			continue
		}
		if isURL(arg) {
			sources = append(sources, source{name: arg, url: arg})
			continue
		}
		fi, err := os.Stat(arg)
		if err != nil {
			fmt.Fprintf(stderr, "article: %v\n", err)
			bad++
			continue
		}
		if !fi.IsDir() {
			sources = append(sources, fileSource(arg))
			continue
		}
		before := len(sources)
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(stderr, "article: %v\n", err)
				bad++
				return nil
			}
			if p != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			name := strings.ToLower(d.Name())
			name = strings.TrimSuffix(name, ".gz")
			regular := d.Type().IsRegular()
			if d.Type()&fs.ModeSymlink != 0 {
				// (A link to a file is read as the file; links to
				// directories are not followed, so no walk loops.)
				fi, err := os.Stat(p)
				regular = err == nil && fi.Mode().IsRegular()
			}
			if regular && inputExts[filepath.Ext(name)] {
				src := fileSource(p)
				src.inDir = true
				sources = append(sources, src)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "article: %s: %v\n", arg, err)
			bad++
		} else if len(sources) == before {
			// Say why nothing is read, rather than exit 1 in silence.
			fmt.Fprintf(stderr, "article: %s: no .txt, .text, .html, .htm, .xhtml or WARC file (also .gz) under it\n", arg)
			bad++
		}
	}
	return sources, bad
}

// fileSource is the source of a file, its kind read from its first bytes
// (a file that cannot be opened is left to the worker, which reports it).
// A named input that is no regular file (a pipe, a shell's <(…), a FIFO)
// can be read only once: it stays open, and the reader its first bytes
// were peeked through reads it, as standard input is read.
func fileSource(p string) source {
	s := source{name: p, path: p}
	f, err := os.Open(p)
	if err != nil {
		return s
	}
	br := bufio.NewReaderSize(f, 64<<10)
	s.kind = sniff(br)
	if fi, err := f.Stat(); err == nil && !fi.Mode().IsRegular() {
		s.stdin = br // closed when the process ends
		return s
	}
	f.Close()
	return s
}

// notArticleReason is the library's explanation of a not-an-article
// verdict, without the sentinel's own words: "the page lists articles (…) (page kind \"list\")", "a
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
