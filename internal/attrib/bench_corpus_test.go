package attrib_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/model"
)

// corpusArticle is the body and primary language tag of one page, as
// the HTML path hands them to Extract.
type corpusArticle struct {
	blocks []model.Block
	tag    string
}

// aebBodies parses every page of the article extraction benchmark
// (beside the repository, ../../../shared/bench/aeb/html) once and keeps
// the bodies, so that a benchmark can time attribution alone.
func aebBodies(b *testing.B) []corpusArticle {
	b.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "bench", "aeb", "html")
	paths, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(paths) == 0 {
		b.Skipf("article extraction benchmark not found at %s: %v", dir, err)
	}
	sort.Strings(paths)
	var out []corpusArticle
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			b.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		a, _ := article.ParseHTML(bytes.NewReader(data))
		if a == nil {
			continue
		}
		blocks := make([]model.Block, len(a.Body))
		for i, bl := range a.Body {
			blocks[i] = model.Block{Type: model.BlockType(bl.Type), Text: bl.Text}
		}
		tag, _, _ := strings.Cut(a.Language, "-")
		out = append(out, corpusArticle{blocks, tag})
	}
	return out
}

// BenchmarkExtractAEBBodies runs attribution alone over the bodies of
// the benchmark's pages, as the HTML path does after extraction.
func BenchmarkExtractAEBBodies(b *testing.B) {
	arts := aebBodies(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			_, _, _ = attrib.Extract(a.blocks, a.tag, noCancel)
		}
	}
}

// BenchmarkExtractTexts runs attribution over the test texts
// (testdata/text/*.txt), parsed once as the text path parses them.
func BenchmarkExtractTexts(b *testing.B) {
	arts := textBodies(b)
	if len(arts) == 0 {
		b.Skip("no test texts")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			_, _, _ = attrib.Extract(a.blocks, a.tag, noCancel)
		}
	}
}

func noCancel() error { return nil }

// textBodies parses the test texts (testdata/text/*.txt) once as the
// text path parses them and keeps their bodies and language tags.
func textBodies(b *testing.B) []corpusArticle {
	b.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "text", "*.txt"))
	var arts []corpusArticle
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		a, _ := article.ParseText(bytes.NewReader(data))
		if a == nil {
			continue
		}
		blocks := make([]model.Block, len(a.Body))
		for i, bl := range a.Body {
			blocks[i] = model.Block{Type: model.BlockType(bl.Type), Text: bl.Text}
		}
		tag, _, _ := strings.Cut(a.Language, "-")
		arts = append(arts, corpusArticle{blocks, tag})
	}
	return arts
}
