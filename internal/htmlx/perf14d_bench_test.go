package htmlx

import "testing"

// BenchmarkStagesAEB runs the walks of the extraction that follow the
// parse over every page of the AEB per iteration: the metadata walk
// (collectMeta), the page kind's measure (MeasurePage) and the content
// extraction (extractContent), so that their costs are measured and
// profiled without html.Parse's, which is most of a page's and varies
// with the load of the machine as much as they do.
func BenchmarkStagesAEB(b *testing.B) {
	roots, sizes := perf12kAEB(b)
	b.ReportAllocs()
	for b.Loop() {
		for i, root := range roots {
			_ = collectMeta(root, sizes[i])
			_ = MeasurePage(root)
			_, _ = extractContent(root, "", nil)
		}
	}
}
