package article_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/articlekit/article"
	"github.com/articlekit/article/export"
	"github.com/articlekit/article/internal/eval"
)

// Micro-benchmarks of the public entry points. Each reports bytes per
// second (b.SetBytes) and allocations. The HTML benchmarks read the article
// extraction benchmark's pages from ../shared/bench/aeb and skip when that
// directory is absent (a fresh clone). Every BenchmarkParseHTML* has a
// BenchmarkBareHTMLParse* twin over the same bytes: golang.org/x/net/html's
// Parse is the floor any HTML extractor pays, so the ratio of the two ns/op
// is the cost of extraction proper. Plain-text scaling is measured by
// BenchmarkParseTextScaling (limits_test.go); the exporters by
// ./export's benchmarks.

// aebDir is the article extraction benchmark's directory, relative to the
// repository root.
const aebDir = "../shared/bench/aeb/html"

// aebPage is one unpacked page of the benchmark.
type aebPage struct {
	name string
	data []byte
}

// loadAEB unpacks every page of the benchmark once per process, smallest
// first.
var loadAEB = sync.OnceValues(func() ([]aebPage, error) {
	paths, err := filepath.Glob(filepath.Join(aebDir, "*.html.gz"))
	if err != nil || len(paths) == 0 {
		return nil, err
	}
	pages := make([]aebPage, 0, len(paths))
	for _, p := range paths {
		data, err := eval.ReadGzip(p)
		if err != nil {
			return nil, err
		}
		pages = append(pages, aebPage{name: filepath.Base(p), data: data})
	}
	slices.SortStableFunc(pages, func(a, b aebPage) int { return len(a.data) - len(b.data) })
	return pages, nil
})

// aebPages returns the benchmark's pages, smallest first, or skips b when
// ../shared is absent.
func aebPages(b *testing.B) []aebPage {
	b.Helper()
	if _, err := os.Stat(aebDir); err != nil {
		b.Skipf("article extraction benchmark not found at %s (it lives beside the repository, not in it): %v", aebDir, err)
	}
	pages, err := loadAEB()
	if err != nil {
		b.Fatal(err)
	}
	if len(pages) == 0 {
		b.Skipf("no *.html.gz pages in %s", aebDir)
	}
	return pages
}

// samplePages picks the smallest, the median and the largest page.
func samplePages(b *testing.B) []struct {
	size string
	page aebPage
} {
	pages := aebPages(b)
	return []struct {
		size string
		page aebPage
	}{
		{"small", pages[0]},
		{"median", pages[len(pages)/2]},
		{"large", pages[len(pages)-1]},
	}
}

func corpusBytes(pages []aebPage) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p.data))
	}
	return n
}

func BenchmarkParseTextSeed(b *testing.B) {
	in, err := os.ReadFile("testdata/text/seed_ru.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := article.ParseText(bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}

// megabyteText is about 1 MB of text: a headline, then the bodies of the
// test texts (testdata/text/*.txt that are UTF-8) repeated as paragraphs.
func megabyteText(b *testing.B) []byte {
	b.Helper()
	paths, err := filepath.Glob("testdata/text/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no test texts: %v", err)
	}
	var bodies [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		data = bytes.TrimPrefix(data, []byte("\uFEFF"))
		if !isUTF8Text(data) {
			continue
		}
		// Drop each text's first line (its headline) to keep one headline.
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			data = data[i+1:]
		}
		bodies = append(bodies, bytes.TrimSpace(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))))
	}
	var buf bytes.Buffer
	buf.WriteString("Большой сборник новостей для проверки скорости\n\n")
	for i := 0; buf.Len() < 1<<20; i++ {
		buf.Write(bodies[i%len(bodies)])
		buf.WriteString("\n\n")
	}
	return buf.Bytes()
}

func isUTF8Text(data []byte) bool {
	return bytes.IndexByte(data, 0) < 0 && utf8.Valid(data)
}

func BenchmarkParseText1MB(b *testing.B) {
	in := megabyteText(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := article.ParseText(bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseHTML(b *testing.B) {
	for _, s := range samplePages(b) {
		b.Run(s.size, func(b *testing.B) {
			b.SetBytes(int64(len(s.page.data)))
			b.ReportAllocs()
			for b.Loop() {
				// A page the parser refuses (ErrNotArticle) still costs
				// the parse; only the time matters here.
				_, _ = article.ParseHTML(bytes.NewReader(s.page.data))
			}
		})
	}
}

func BenchmarkBareHTMLParse(b *testing.B) {
	for _, s := range samplePages(b) {
		b.Run(s.size, func(b *testing.B) {
			b.SetBytes(int64(len(s.page.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := html.Parse(bytes.NewReader(s.page.data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseHTMLCorpus parses every page of the benchmark per
// iteration; compare with BenchmarkBareHTMLParseCorpus for the floor ratio.
func BenchmarkParseHTMLCorpus(b *testing.B) { parseHTMLPasses(b, aebPages(b)) }

func BenchmarkBareHTMLParseCorpus(b *testing.B) { bareParsePasses(b, aebPages(b)) }

// parseHTMLPasses and bareParsePasses run ParseHTML and a bare html.Parse
// over every page of pages per iteration.
func parseHTMLPasses(b *testing.B, pages []aebPage) {
	b.SetBytes(corpusBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			_, _ = article.ParseHTML(bytes.NewReader(p.data))
		}
	}
}

func bareParsePasses(b *testing.B, pages []aebPage) {
	b.SetBytes(corpusBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p.data)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseHTMLValidateJSONLDCorpus is BenchmarkParseHTMLCorpus plus
// Validate and the JSON-LD export of each article: the difference is the
// overhead of validation and export.
func BenchmarkParseHTMLValidateJSONLDCorpus(b *testing.B) {
	pages := aebPages(b)
	b.SetBytes(corpusBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			a, err := article.ParseHTML(bytes.NewReader(p.data))
			if err != nil {
				continue
			}
			_ = a.Validate()
			if err := export.JSONLD(io.Discard, a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// parsedCorpus parses every page of the benchmark once, keeping the
// articles the parser returns.
func parsedCorpus(b *testing.B) []*article.Article {
	b.Helper()
	var out []*article.Article
	for _, p := range aebPages(b) {
		if a, err := article.ParseHTML(bytes.NewReader(p.data)); err == nil {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		b.Fatal("no page of the benchmark parsed")
	}
	return out
}

func BenchmarkValidateSeed(b *testing.B) {
	f, err := os.Open("testdata/text/seed_ru.txt")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	a, err := article.Parse(f)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := a.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateCorpus and BenchmarkJSONLDCorpus validate and export
// the articles parsed from the whole benchmark, per iteration.
func BenchmarkValidateCorpus(b *testing.B) {
	arts := parsedCorpus(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			_ = a.Validate()
		}
	}
}

func BenchmarkJSONLDCorpus(b *testing.B) {
	arts := parsedCorpus(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			if err := export.JSONLD(io.Discard, a); err != nil {
				b.Fatal(err)
			}
		}
	}
}
