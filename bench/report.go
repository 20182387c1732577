package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/articlekit/article/internal/eval"
)

func corpusSize(c *corpus) int {
	n := 0
	for _, p := range c.pages {
		n += len(p.data)
	}
	return n
}

func sumDur(runs []pageRun) time.Duration {
	var d time.Duration
	for _, r := range runs {
		d += r.dur
	}
	return d
}

// writeSummary prints the main table: quality and speed side by side.
func writeSummary(w io.Writer, c *corpus, ex []extractor, s singleResult, par parallelResult, peaks [][]uint64) {
	size := corpusSize(c)
	n := len(c.pages)
	last := len(par.cores) - 1
	fmt.Fprintf(w, "\n### Quality and speed\n\n")
	fmt.Fprintf(w, "Body precision / recall / F1 by the corpus's scoring (%s).\n\n", scoringName(c.kind))
	fmt.Fprintf(w, "Speed, two ways. *Interleaved*: GOMAXPROCS 1, every page through every extractor in turn, %d times, the order rotating; a page's time is its best run, and the corpus time the sum over pages (robust to load from other jobs; leaves out most garbage collection). *Alone*: the wall time of each extractor by itself over the whole corpus (its own garbage collection included), median of %d rounds, on 1 and on %d cores (GOMAXPROCS and workers). Allocations: runtime.MemStats deltas per page, mean. Peak heap: median over pages of the sampled peak heap ÷ page size.\n\n", s.reps, par.rounds, par.cores[last])
	fmt.Fprintf(w, "| extractor | P | R | F1 | title | author | date | empty / errors | pages/s interleaved | MB/s interleaved | pages/s alone, 1 core | pages/s alone, %d cores | allocs/page | MB allocated/page | peak heap ÷ page |\n", par.cores[last])
	fmt.Fprintf(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for ei, e := range ex {
		q := &s.quality[ei]
		var mallocs, bytes uint64
		for _, r := range s.runs[ei] {
			mallocs += r.mallocs
			bytes += r.bytes
		}
		d := sumDur(s.runs[ei])
		one, all := par.wall[ei][0], par.wall[ei][last]
		if e.floor {
			fmt.Fprintf(w, "| %s | – | – | – | – | – | – | – |", e.name)
		} else {
			p, r, f := q.prf(c.kind)
			fmt.Fprintf(w, "| %s | %.3f | %.3f | **%.3f** | %s | %s | %s | %d / %d |", e.name, p, r, f, rate(q.title), rate(q.author), rate(q.date), q.empty, q.errors)
		}
		peak := "–"
		if peaks != nil {
			var ratio []float64
			for pi, p := range peaks[ei] {
				ratio = append(ratio, float64(p)/float64(len(c.pages[pi].data)))
			}
			slices.Sort(ratio)
			peak = fmt.Sprintf("%.1f×", ratio[len(ratio)/2])
		}
		fmt.Fprintf(w, " %.1f | %.2f | %.1f | %.1f | %.0f | %.2f | %s |\n",
			float64(n)/d.Seconds(), mb(size)/d.Seconds(),
			float64(n)/one.Seconds(), float64(n)/all.Seconds(),
			float64(mallocs)/float64(n), mb(int(bytes))/float64(n), peak)
	}
	ratios := func(name string, d func(ei int) time.Duration) {
		ours, traf, read, floor := d(0), d(1), d(2), d(3)
		fmt.Fprintf(w, "\n- %s: articlekit %.2f s for the corpus, go-trafilatura %.2f s, go-readability %.2f s, bare html.Parse %.2f s. articlekit runs at **%.2f×** go-trafilatura's pages/s and %.2f× go-readability's, and costs **%.2f×** the bare parse.",
			name, ours.Seconds(), traf.Seconds(), read.Seconds(), floor.Seconds(),
			traf.Seconds()/ours.Seconds(), read.Seconds()/ours.Seconds(), ours.Seconds()/floor.Seconds())
		if len(ex) > 4 {
			exp := d(4)
			fmt.Fprintf(w, " Validate + JSON-LD export add **%.1f %%** (%.2f s with them).", 100*(exp.Seconds()/ours.Seconds()-1), exp.Seconds())
		}
	}
	ratios(fmt.Sprintf("Interleaved, best of %d per page", s.reps), func(ei int) time.Duration { return sumDur(s.runs[ei]) })
	ratios(fmt.Sprintf("Alone on 1 core, median of %d rounds", par.rounds), func(ei int) time.Duration { return par.wall[ei][0] })
	fmt.Fprintln(w)
}

func scoringName(kind string) string {
	switch kind {
	case "aeb":
		return "4-token shingles, P and R averaged over pages, F1 of the averages; no metadata labels"
	case "web-extract":
		return "lower-cased word-token bags, means over pages of P, R and F1, as web-extract's score.py; title lenient, authors lenient and date (day) against metadata.json where the split has it"
	}
	return "with/without snippets summed over pages; title, author and date against the labels where given"
}

// writeQuality prints the quality table alone, for a run without the
// speed passes.
func writeQuality(w io.Writer, c *corpus, ex []extractor, s singleResult) {
	fmt.Fprintf(w, "\n### Quality\n\nBody precision / recall / F1 by the corpus's scoring (%s).\n\n", scoringName(c.kind))
	fmt.Fprintf(w, "| extractor | P | R | F1 | title | author | date | empty / errors |\n|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for ei, e := range ex {
		if e.floor {
			continue
		}
		q := &s.quality[ei]
		p, r, f := q.prf(c.kind)
		fmt.Fprintf(w, "| %s | %.3f | %.3f | **%.3f** | %s | %s | %s | %d / %d |\n", e.name, p, r, f, rate(q.title), rate(q.author), rate(q.date), q.empty, q.errors)
	}
}

// writeWebExtract prints web-extract's figures by source and, where the
// split has metadata labels, every metadata check of its score.py.
func writeWebExtract(w io.Writer, c *corpus, ex []extractor, s singleResult) {
	var sources []string
	count := map[string]int{}
	for _, p := range c.pages {
		if count[p.source] == 0 {
			sources = append(sources, p.source)
		}
		count[p.source]++
	}
	slices.SortStableFunc(sources, func(a, b string) int { return count[b] - count[a] })
	fmt.Fprintf(w, "\n### Main text by source (mean per-page token P / R / F1)\n\n| extractor | P | R | F1 | empty |")
	for _, src := range sources {
		fmt.Fprintf(w, " %s (%d) F1 |", src, count[src])
	}
	fmt.Fprintf(w, "\n|---|---:|---:|---:|---:|%s\n", strings.Repeat("---:|", len(sources)))
	for ei, e := range ex {
		if e.floor {
			continue
		}
		q := &s.quality[ei]
		m := eval.MeanTokenScores(q.web)
		fmt.Fprintf(w, "| %s | %.3f | %.3f | **%.3f** | %d |", e.name, m.P, m.R, m.F1, m.Empty)
		for _, src := range sources {
			fmt.Fprintf(w, " %.3f |", eval.MeanTokenScores(q.bySource[src]).F1)
		}
		fmt.Fprintln(w)
	}
	labelled := 0
	for _, p := range c.pages {
		if p.meta != nil {
			labelled++
		}
	}
	if labelled == 0 {
		return
	}
	fmt.Fprintf(w, "\n### Metadata (%d pages labelled in metadata.json; share right, as its score.py)\n\n| extractor |", labelled)
	for _, k := range eval.MetaChecks {
		fmt.Fprintf(w, " %s |", k.Label)
	}
	fmt.Fprintf(w, "\n|---|%s\n", strings.Repeat("---:|", len(eval.MetaChecks)))
	for ei, e := range ex {
		if e.floor {
			continue
		}
		fmt.Fprintf(w, "| %s |", e.name)
		for _, k := range eval.MetaChecks {
			if r, right, n, ok := s.quality[ei].meta.Rate(k.Key); ok {
				fmt.Fprintf(w, " %.3f (%d/%d) |", r, right, n)
			} else {
				fmt.Fprintf(w, " n/a |")
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "\ngo-trafilatura: authors are its Author split at \";\", the section its first category; go-readability: the byline as one author, no section.\n")
}

// writeThroughput prints pages/s at each core count and the speed-up.
func writeThroughput(w io.Writer, c *corpus, ex []extractor, par parallelResult) {
	n := len(c.pages)
	fmt.Fprintf(w, "\n### Throughput by core count (wall time over the corpus, pages/s)\n\n| extractor |")
	for _, k := range par.cores {
		fmt.Fprintf(w, " %d core(s) |", k)
	}
	fmt.Fprintf(w, " speed-up %d/1 |\n|---|", par.cores[len(par.cores)-1])
	for range par.cores {
		fmt.Fprintf(w, "---:|")
	}
	fmt.Fprintf(w, "---:|\n")
	for ei, e := range ex {
		fmt.Fprintf(w, "| %s |", e.name)
		for ci := range par.cores {
			fmt.Fprintf(w, " %.1f |", float64(n)/par.wall[ei][ci].Seconds())
		}
		fmt.Fprintf(w, " %.2f× |\n", par.wall[ei][0].Seconds()/par.wall[ei][len(par.cores)-1].Seconds())
	}
}

// writeAllocs prints the distribution of per-page time and allocation.
func writeAllocs(w io.Writer, c *corpus, ex []extractor, s singleResult) {
	fmt.Fprintf(w, "\n### Per page, single-threaded (median / 90th percentile / max)\n\n")
	fmt.Fprintf(w, "| extractor | ms/page | allocs/page | MB allocated/page | MB allocated per MB of page |\n|---|---:|---:|---:|---:|\n")
	for ei, e := range ex {
		var ms, allocs, mbs, ratio []float64
		for pi, r := range s.runs[ei] {
			ms = append(ms, float64(r.dur.Microseconds())/1e3)
			allocs = append(allocs, float64(r.mallocs))
			mbs = append(mbs, mb(int(r.bytes)))
			ratio = append(ratio, float64(r.bytes)/float64(len(c.pages[pi].data)))
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", e.name, dist(ms, "%.1f"), dist(allocs, "%.0f"), dist(mbs, "%.2f"), dist(ratio, "%.1f"))
	}
}

// dist formats the median, 90th percentile and maximum of v.
func dist(v []float64, f string) string {
	v = slices.Clone(v)
	slices.Sort(v)
	q := func(p float64) float64 { return v[min(len(v)-1, int(p*float64(len(v))))] }
	return fmt.Sprintf(f+" / "+f+" / "+f, q(0.5), q(0.9), v[len(v)-1])
}

// writeMemory prints peak heap per page against the page's size.
func writeMemory(w io.Writer, c *corpus, ex []extractor, peaks [][]uint64) {
	fmt.Fprintf(w, "\n### Peak heap per page (sampled at GOGC=5, above the heap before the call)\n\n")
	fmt.Fprintf(w, "| extractor | peak MB median / p90 / max | peak ÷ page size median / p90 / max | pages within 4× |\n|---|---:|---:|---:|\n")
	for ei, e := range ex {
		var mbs, ratio []float64
		within := 0
		for pi, p := range peaks[ei] {
			r := float64(p) / float64(len(c.pages[pi].data))
			mbs = append(mbs, mb(int(p)))
			ratio = append(ratio, r)
			if r <= 4 {
				within++
			}
		}
		fmt.Fprintf(w, "| %s | %s | %s | %d / %d |\n", e.name, dist(mbs, "%.2f"), dist(ratio, "%.1f"), within, len(c.pages))
	}
}

// writeBuckets prints time per MB for the corpus's pages in four size
// quartiles.
func writeBuckets(w io.Writer, c *corpus, ex []extractor, s singleResult) {
	idx := make([]int, len(c.pages))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return len(c.pages[a].data) - len(c.pages[b].data) })
	const nb = 4
	fmt.Fprintf(w, "\n### Time per MB by page size (corpus pages in size quartiles, single-threaded)\n\n| extractor |")
	var bounds [][2]int
	for b := range nb {
		lo, hi := b*len(idx)/nb, (b+1)*len(idx)/nb
		if lo == hi {
			continue
		}
		bounds = append(bounds, [2]int{lo, hi})
		fmt.Fprintf(w, " %.0f–%.0f kB ms/MB |", float64(len(c.pages[idx[lo]].data))/1e3, float64(len(c.pages[idx[hi-1]].data))/1e3)
	}
	fmt.Fprintf(w, "\n|---|")
	for range bounds {
		fmt.Fprintf(w, "---:|")
	}
	fmt.Fprintf(w, "\n")
	for ei, e := range ex {
		fmt.Fprintf(w, "| %s |", e.name)
		for _, b := range bounds {
			var d time.Duration
			size := 0
			for _, i := range idx[b[0]:b[1]] {
				d += s.runs[ei][i].dur
				size += len(c.pages[i].data)
			}
			fmt.Fprintf(w, " %.1f |", float64(d.Microseconds())/1e3/mb(size))
		}
		fmt.Fprintf(w, "\n")
	}
}
