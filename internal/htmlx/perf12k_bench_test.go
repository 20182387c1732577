package htmlx

import (
	"path/filepath"
	"testing"

	"bytes"
	"github.com/articlekit/article/internal/charset"
	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
)

// perf12kAEB parses the pages of the article extraction benchmark once
// (it lives beside the repository, in ../shared, not in it).
func perf12kAEB(b *testing.B) ([]*html.Node, []int) {
	b.Helper()
	paths, _ := filepath.Glob("../../../shared/bench/aeb/html/*.html.gz")
	if len(paths) == 0 {
		b.Skip("article extraction benchmark not found at ../../../shared/bench/aeb (it lives beside the repository, not in it)")
	}
	var roots []*html.Node
	var sizes []int
	for _, p := range paths {
		raw, err := eval.ReadGzip(p)
		if err != nil {
			b.Fatal(err)
		}
		root, size, ok := decodeParse(raw)
		if !ok {
			continue
		}
		roots = append(roots, root)
		sizes = append(sizes, size)
	}
	return roots, sizes
}

// BenchmarkMetaAEB runs the metadata walk and choice (collectMeta,
// buildMeta) over every page of the AEB per iteration, the parse left
// out, so that a CPU profile of it shows their costs alone.
func BenchmarkMetaAEB(b *testing.B) {
	roots, sizes := perf12kAEB(b)
	b.ReportAllocs()
	for b.Loop() {
		for i, root := range roots {
			m := collectMeta(root, sizes[i])
			_ = buildMeta(m, &model.Config{})
		}
	}
}

// decodeParse decodes a page's bytes as the parser does and parses them:
// its root and the decoded length, ok false when either step refuses.
func decodeParse(raw []byte) (root *html.Node, size int, ok bool) {
	u, err := charset.DecodeHTML(raw)
	if err != nil {
		return nil, 0, false
	}
	root, err = html.Parse(bytes.NewReader(u))
	if err != nil {
		return nil, 0, false
	}
	return root, len(u), true
}
