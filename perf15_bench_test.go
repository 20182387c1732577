package article_test

import "testing"

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
func BenchmarkParseHTMLSmallAEB(b *testing.B) { parseHTMLPasses(b, smallAEBPages(b)) }

func BenchmarkBareHTMLParseSmallAEB(b *testing.B) { bareParsePasses(b, smallAEBPages(b)) }
