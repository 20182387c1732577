package export

import (
	"io"
	"os"
	"testing"

	"github.com/articlekit/article"
)

// benchArticle returns the parsed seed article when it parses, else the
// hand-made Russian fixture.
func benchArticle(b *testing.B) *article.Article {
	b.Helper()
	if f, err := os.Open("../testdata/text/seed_ru.txt"); err == nil {
		defer f.Close()
		if a, err := article.Parse(f); err == nil {
			return a
		}
	}
	return handMade()[0].a
}

func BenchmarkJSONLD(b *testing.B) {
	a := benchArticle(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := JSONLD(io.Discard, a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkScript(b *testing.B) {
	a := benchArticle(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Script(io.Discard, a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCSV(b *testing.B) {
	a := benchArticle(b)
	w := NewCSVWriter(io.Discard, CSVOptions{})
	b.ReportAllocs()
	for b.Loop() {
		if err := w.Write(a); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkMarkdown(b *testing.B) {
	a := benchArticle(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Markdown(io.Discard, a); err != nil {
			b.Fatal(err)
		}
	}
}
