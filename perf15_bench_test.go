package article_test

import (
	"bytes"
	"testing"

	"github.com/articlekit/article"
	"golang.org/x/net/html"
)

// smallAEBPages returns the quarter of the benchmark's pages that are
// smallest (aebPages sorts them by size): their cost per byte is the
// highest of the corpus, so that what each page costs whatever its size
// weighs most there.
func smallAEBPages(b *testing.B) []aebPage {
	pages := aebPages(b)
	return pages[:len(pages)/4]
}

// BenchmarkParseHTMLSmallAEB and BenchmarkBareHTMLParseSmallAEB are the
// corpus benchmarks over the smallest quarter of the pages.
func BenchmarkParseHTMLSmallAEB(b *testing.B) {
	pages := smallAEBPages(b)
	b.SetBytes(corpusBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			_, _ = article.ParseHTML(bytes.NewReader(p.data))
		}
	}
}

func BenchmarkBareHTMLParseSmallAEB(b *testing.B) {
	pages := smallAEBPages(b)
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
