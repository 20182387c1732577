// Command bench runs the article parser, go-trafilatura and go-readability
// (readeck) over the same corpus in one process and prints, as Markdown
// tables, their extraction quality by the corpus's own scoring, their speed
// single-threaded and on more cores, their allocations and peak heap per
// page, and how their time per megabyte grows with page size. The bare
// golang.org/x/net/html Parse of each page is timed beside them as the
// floor every HTML extractor pays.
//
// Usage, from this directory:
//
//	go run . -corpus ../../shared/bench/aeb
//	go run . -corpus ../../shared/bench/trafilatura-dev
//	go run . -corpus ../../shared/bench/web-extract/validation -fallback -speed=false
//
// The corpus kind is told by its files: ground-truth.json for the article
// extraction benchmark (body scored by 4-token shingles) or, when its
// entries name their file and source, a web-extract split (body scored by
// lower-cased token bags, page means, as its score.py; title, authors,
// date and section against metadata.json where the split has it),
// labels.json for the trafilatura corpus (body scored by with/without
// snippets; title, author and date compared with their labels). The
// scorers are those of github.com/articlekit/article/internal/eval.
// -speed=false runs the quality passes alone (one run of each extractor
// per page), for corpora too large for the full speed measurement.
//
// Runs are interleaved: in the single-threaded pass every page goes through
// every extractor before the next page, the order rotating from page to
// page, so that a change in machine load falls on all alike.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// options are the command's flags.
type options struct {
	corpus   string
	cores    []int
	fallback bool
	mem      bool
	scale    bool
	speed    bool
	limit    int
	rounds   int
	reps     int
}

func parseOptions(args []string) (options, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	var o options
	fs.StringVar(&o.corpus, "corpus", "", "corpus directory (holding ground-truth.json or labels.json, and html/)")
	cores := fs.String("cores", "1,2,all", "comma-separated core counts for the throughput pass (\"all\" is runtime.NumCPU)")
	fs.BoolVar(&o.fallback, "fallback", false, "run go-trafilatura with EnableFallback (readability and dom-distiller candidates)")
	fs.BoolVar(&o.mem, "mem", true, "measure peak heap per page (a slower, separate pass)")
	fs.BoolVar(&o.scale, "scale", true, "run the size scaling check")
	fs.BoolVar(&o.speed, "speed", true, "measure speed and memory; -speed=false scores quality alone, one run per page")
	fs.IntVar(&o.rounds, "rounds", 3, "rounds of the throughput pass (the median is reported)")
	fs.IntVar(&o.reps, "reps", 3, "runs per page in the interleaved single-threaded pass (the best is kept)")
	fs.IntVar(&o.limit, "limit", 0, "use only the first N pages (0: all)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if o.corpus == "" || fs.NArg() > 0 || o.rounds < 1 || o.reps < 1 {
		return o, fmt.Errorf("usage: bench -corpus DIR [-cores 1,2,all] [-fallback] [-mem=false] [-scale=false] [-speed=false] [-limit N] [-rounds N] [-reps N]")
	}
	seen := map[int]bool{}
	for _, f := range strings.Split(*cores, ",") {
		n := runtime.NumCPU()
		if f = strings.TrimSpace(f); f != "all" {
			var err error
			if n, err = strconv.Atoi(f); err != nil || n < 1 {
				return o, fmt.Errorf("-cores: %q is not a core count", f)
			}
		}
		if !seen[n] {
			seen[n] = true
			o.cores = append(o.cores, n)
		}
	}
	return o, nil
}

func run(args []string, w io.Writer) error {
	o, err := parseOptions(args)
	if err != nil {
		return err
	}
	c, err := loadCorpus(o.corpus)
	if err != nil {
		return err
	}
	if o.limit > 0 && o.limit < len(c.pages) {
		c.pages = c.pages[:o.limit]
	}
	if len(c.pages) == 0 {
		return fmt.Errorf("%s: no pages", o.corpus)
	}
	ex := extractors(o.fallback, c.kind == "web-extract")
	start := time.Now()
	writeMachine(w, c, o)

	if !o.speed {
		single := singlePass(c, ex, 1)
		writeQuality(w, c, ex, single)
		if c.kind == "web-extract" {
			writeWebExtract(w, c, ex, single)
		}
		fmt.Fprintf(w, "\nTotal run time %s.\n", time.Since(start).Round(time.Second))
		return nil
	}
	single := singlePass(c, ex, o.reps)
	par := parallelPass(c, ex, o.cores, o.rounds)
	var peaks [][]uint64
	if o.mem {
		peaks = memoryPass(c, ex)
	}
	writeSummary(w, c, ex, single, par, peaks)
	if c.kind == "web-extract" {
		writeWebExtract(w, c, ex, single)
	}
	writeThroughput(w, c, ex, par)
	writeAllocs(w, c, ex, single)
	if o.mem {
		writeMemory(w, c, ex, peaks)
	}
	if o.scale {
		writeBuckets(w, c, ex, single)
		if err := writeRepeat(w, c, ex); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "\nTotal run time %s; load average at the end: %s.\n", time.Since(start).Round(time.Second), loadAvg())
	return nil
}

// writeMachine prints the command, the machine and the corpus.
func writeMachine(w io.Writer, c *corpus, o options) {
	var total int
	for _, p := range c.pages {
		total += len(p.data)
	}
	fmt.Fprintf(w, "## %s: %d pages, %.1f MB of HTML\n\n", c.kind, len(c.pages), mb(total))
	fmt.Fprintf(w, "- command: `go run . %s`\n", strings.Join(os.Args[1:], " "))
	fmt.Fprintf(w, "- date: %s\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	fmt.Fprintf(w, "- Go: %s %s/%s; CPU: %s; %d logical cores\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, cpuModel(), runtime.NumCPU())
	fmt.Fprintf(w, "- load average at the start: %s\n", loadAvg())
	fb := "off"
	if o.fallback {
		fb = "on"
	}
	fmt.Fprintf(w, "- go-trafilatura default options (fallback %s); go-readability FromReader; articlekit ParseHTML with WithURL\n", fb)
	if c.kind == "web-extract" {
		fmt.Fprintf(w, "- articlekit via Parse: the call the article command makes (web-extract's score.py scores the command); the Article returned with ErrNotArticle is scored\n")
	}
}

func mb(n int) float64 { return float64(n) / 1e6 }

// cpuModel is the first "model name" of /proc/cpuinfo, or "unknown".
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// loadAvg is the three load averages of /proc/loadavg, or "unknown".
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
