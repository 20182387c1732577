package htmlx

import (
	"testing"

	"golang.org/x/net/html"
)

func perf21tmpWalk(n *html.Node, cnt *int, names bool) {
	*cnt++
	if names && n.Type == html.ElementNode {
		na := readNames(n)
		if na.class != "" {
			*cnt++
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		perf21tmpWalk(c, cnt, names)
	}
}

func BenchmarkPerf21TmpWalk(b *testing.B) {
	roots, _ := perf12kAEB(b)
	for _, names := range []bool{false, true} {
		b.Run(map[bool]string{false: "bare", true: "names"}[names], func(b *testing.B) {
			els := 0
			for b.Loop() {
				els = 0
				for _, r := range roots {
					perf21tmpWalk(r, &els, names)
				}
			}
			b.ReportMetric(float64(els), "nodes")
		})
	}
}
