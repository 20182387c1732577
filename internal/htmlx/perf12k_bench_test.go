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
		u, err := charset.DecodeHTML(raw)
		if err != nil {
			continue
		}
		root, err := html.Parse(bytes.NewReader(u))
		if err != nil {
			continue
		}
		roots = append(roots, root)
		sizes = append(sizes, len(u))
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
