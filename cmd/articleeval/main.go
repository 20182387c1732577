// Command articleeval scores the article parser against the benchmarks and
// corpora kept beside the repository (../shared), without copying them in.
//
// Usage:
//
//	articleeval aeb [-pages] [-j N] ../shared/bench/aeb
//	articleeval trafdev [-pages] [-j N] ../shared/bench/trafilatura-dev
//	articleeval quotes [-misses N] [-j N] ../shared/corpora/polnear-train
//	articleeval webextract [-pages] [-articles-only] [-j N] ../shared/bench/web-extract/dev
//	articleeval ruquotes [-details] [-articles-only] [-j N] ../shared/corpora/ru-quotes-dev
//
// aeb runs ParseHTML over the article extraction benchmark and scores the
// body text by 4-token shingles as the benchmark's README says. trafdev
// scores the body text against the trafilatura corpus's with/without
// snippets and compares title, author and date with its labels. quotes
// parses the PolNeAR articles with ParseText and compares our quotations and
// speakers with the annotated direct attributions. webextract scores the
// body of each page of a web-extract split by lower-cased token bags, page
// means overall and per source, and, where the split has metadata.json,
// title, authors, date and section, as that benchmark's score.py does.
// ruquotes scores quotations, speakers and cited outlets on the Russian
// quotations corpus, its tune and validation halves apart, as its score.py
// does. The scoring rules are documented in package internal/eval.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/articlekit/article"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "articleeval:", err)
		os.Exit(1)
	}
}

const usage = `usage:
  articleeval aeb [-pages] [-j N] DIR       article extraction benchmark
  articleeval trafdev [-pages] [-j N] DIR   trafilatura corpus, dev half
  articleeval quotes [-misses N] [-j N] DIR PolNeAR quotations and speakers
  articleeval webextract [-pages] [-articles-only] [-j N] DIR
                                            web-extract split (dev or validation)
  articleeval ruquotes [-details] [-articles-only] [-j N] DIR
                                            Russian quotations, tune and validation halves`

// errUsage reports a command line that cannot be run.
var errUsage = errors.New(usage)

func run(args []string, w io.Writer) error {
	if len(args) == 0 {
		return errUsage
	}
	switch args[0] {
	case "aeb":
		return runAEB(args[1:], w)
	case "trafdev":
		return runTrafDev(args[1:], w)
	case "quotes":
		return runQuotes(args[1:], w)
	case "webextract":
		return runWebExtract(args[1:], w)
	case "ruquotes":
		return runRuQuotes(args[1:], w)
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(w, usage)
		return nil
	}
	return fmt.Errorf("unknown subcommand %q\n%s", args[0], usage)
}

// parseFlags parses a subcommand's flags, before or after its one
// directory argument, and returns the directory.
func parseFlags(fs *flag.FlagSet, args []string) (string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return "", fmt.Errorf("%s: %w\n%s", fs.Name(), err, usage)
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(pos) != 1 {
		return "", fmt.Errorf("%s: want one directory argument\n%s", fs.Name(), usage)
	}
	return pos[0], nil
}

// forEach calls f(i) for i in [0, n) on j goroutines. Callers store results
// by index, so the output does not depend on scheduling.
// readJSONMap reads a JSON object of T values and returns it with its keys
// sorted, so that every run visits the pages in the same order.
func readJSONMap[T any](path string) (map[string]T, []string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var m map[string]T
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	keys := slices.Sorted(maps.Keys(m))
	return m, keys, nil
}

func forEach(n, j int, f func(i int)) {
	if j < 1 {
		j = 1
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(j, max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// safeParse calls parse and turns a panic in the parser into an error, so
// that one bad page does not stop a benchmark run.
func safeParse(parse func() (*article.Article, error)) (a *article.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("panic: %v", p)
		}
	}()
	return parse()
}

// parseLikeCLI parses an input as the article command does: article.Parse,
// which tells text from HTML, with WithURL when the URL is known. lib is
// the Article a library user gets to use: the one returned without error
// or with an error wrapping ErrNotArticle (the CLI writes those when they
// have a headline or body); only is the one returned without error, all
// that the CLI at 5bdd8cb wrote.
func parseLikeCLI(b []byte, url string) (lib, only *article.Article, err error) {
	var opts []article.Option
	if url != "" {
		opts = append(opts, article.WithURL(url))
	}
	a, err := safeParse(func() (*article.Article, error) { return article.Parse(bytes.NewReader(b), opts...) })
	switch {
	case err == nil:
		return a, a, nil
	case errors.Is(err, article.ErrNotArticle):
		return a, nil, err
	}
	return nil, nil, err
}

// bodyText joins the text of the body blocks with "\n".
func bodyText(a *article.Article) string {
	if a == nil {
		return ""
	}
	parts := make([]string, len(a.Body))
	for i, b := range a.Body {
		parts[i] = b.Text
	}
	return strings.Join(parts, "\n")
}

// clip shortens s to at most n runes for display, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
