package main

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// pageRun is one extractor's run over one page in the single-threaded pass.
type pageRun struct {
	dur            time.Duration
	mallocs, bytes uint64
}

// singleResult is the outcome of the single-threaded pass.
type singleResult struct {
	runs    [][]pageRun // [extractor][page]
	quality []quality   // [extractor]
	reps    int
}

// singlePass runs every extractor over every page with GOMAXPROCS 1, page
// by page, reps times per page, rotating the order of the extractors from
// one run to the next. Each page's time is the best of its reps, which
// keeps bursts of load from elsewhere on the machine (and most garbage
// collection) out of the comparison; allocations (runtime.MemStats deltas,
// read outside the timed region) and scores come from the first rep.
func singlePass(c *corpus, ex []extractor, reps int) singleResult {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	// Warm up: regexps compiled on first use, lazily built tables.
	for _, e := range ex {
		e.run(c.pages[0].data, c.pages[0].url)
	}
	res := singleResult{runs: make([][]pageRun, len(ex)), quality: make([]quality, len(ex)), reps: reps}
	for i := range ex {
		res.runs[i] = make([]pageRun, len(c.pages))
	}
	var before, after runtime.MemStats
	turn := 0
	for pi := range c.pages {
		p := &c.pages[pi]
		for rep := range reps {
			for k := range ex {
				ei := (turn + k) % len(ex)
				runtime.ReadMemStats(&before)
				t0 := time.Now()
				r := ex[ei].run(p.data, p.url)
				d := time.Since(t0)
				runtime.ReadMemStats(&after)
				pr := &res.runs[ei][pi]
				if rep == 0 {
					*pr = pageRun{dur: d, mallocs: after.Mallocs - before.Mallocs, bytes: after.TotalAlloc - before.TotalAlloc}
					if !ex[ei].floor {
						res.quality[ei].score(c.kind, p, r)
					}
				} else {
					pr.dur = min(pr.dur, d)
				}
			}
			turn++
		}
	}
	return res
}

// parallelResult is the wall time of one extractor over the whole corpus
// at each core count, the median of the rounds.
type parallelResult struct {
	cores  []int
	rounds int
	wall   [][]time.Duration // [extractor][core count]
}

// parallelPass runs each extractor alone over the whole corpus on n
// workers with GOMAXPROCS n, for each n in cores, rounds times; the
// extractors' order rotates from one run to the next, and each figure is
// the median of its rounds. Each extractor pays here for the collection of
// its own garbage, which the interleaved pass spreads over its neighbours.
func parallelPass(c *corpus, ex []extractor, cores []int, rounds int) parallelResult {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	res := parallelResult{cores: cores, rounds: rounds, wall: make([][]time.Duration, len(ex))}
	all := make([][][]time.Duration, len(ex))
	for i := range ex {
		res.wall[i] = make([]time.Duration, len(cores))
		all[i] = make([][]time.Duration, len(cores))
	}
	turn := 0
	for range rounds {
		for ci, n := range cores {
			runtime.GOMAXPROCS(n)
			for k := range ex {
				ei := (turn + k) % len(ex)
				runtime.GC()
				t0 := time.Now()
				forEach(len(c.pages), n, func(i int) { ex[ei].run(c.pages[i].data, c.pages[i].url) })
				all[ei][ci] = append(all[ei][ci], time.Since(t0))
			}
			turn++
		}
	}
	for ei := range ex {
		for ci := range cores {
			d := all[ei][ci]
			slices.Sort(d)
			res.wall[ei][ci] = d[len(d)/2]
		}
	}
	return res
}

// forEach calls f(i) for every i in [0, n) on j goroutines.
func forEach(n, j int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range j {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
}

// memoryPass measures, for each page and extractor, the peak heap in use
// while the extractor runs, above the heap in use before it starts. The
// collector runs at GOGC=5 so that the heap stays close to the live data,
// and a goroutine samples /memory/classes/heap/objects:bytes as fast as it
// can; the figure is a sampled peak of live plus not yet collected
// objects, an estimate within about 5 % above the true peak live heap
// (plus what a sample may miss).
func memoryPass(c *corpus, ex []extractor) [][]uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(5))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(2, runtime.NumCPU())))
	peaks := make([][]uint64, len(ex))
	for i := range ex {
		peaks[i] = make([]uint64, len(c.pages))
	}
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	heap := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	for pi := range c.pages {
		p := &c.pages[pi]
		for k := range ex {
			ei := (pi + k) % len(ex)
			runtime.GC()
			base := heap()
			var stop atomic.Bool
			var peak uint64
			done := make(chan struct{})
			go func() {
				for !stop.Load() {
					peak = max(peak, heap())
					runtime.Gosched()
				}
				close(done)
			}()
			r := ex[ei].run(p.data, p.url)
			peak = max(peak, heap())
			stop.Store(true)
			<-done
			runtime.KeepAlive(r)
			if peak > base {
				peaks[ei][pi] = peak - base
			}
		}
	}
	return peaks
}

// repeatBody returns page with the content of its body repeated k times,
// or nil when the page has no <body>…</body>.
func repeatBody(page []byte, k int) []byte {
	lower := bytes.ToLower(page)
	open := bytes.Index(lower, []byte("<body"))
	if open < 0 {
		return nil
	}
	gt := bytes.IndexByte(lower[open:], '>')
	end := bytes.LastIndex(lower, []byte("</body>"))
	if gt < 0 || end < open+gt+1 {
		return nil
	}
	start := open + gt + 1
	var b bytes.Buffer
	b.Write(page[:start])
	for range k {
		b.Write(page[start:end])
	}
	b.Write(page[end:])
	return b.Bytes()
}

// writeRepeat times each extractor, single-threaded, on the corpus's
// median-sized page with its body repeated 1, 2, 4 and 8 times, and prints
// the time per megabyte: flat when the cost is linear in the input.
func writeRepeat(w io.Writer, c *corpus, ex []extractor) error {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	idx := make([]int, len(c.pages))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return len(c.pages[a].data) - len(c.pages[b].data) })
	var base *page
	for _, i := range idx[len(idx)/2:] {
		if repeatBody(c.pages[i].data, 1) != nil {
			base = &c.pages[i]
			break
		}
	}
	if base == nil {
		return fmt.Errorf("no page with a <body> element for the repetition check")
	}
	ks := []int{1, 2, 4, 8}
	fmt.Fprintf(w, "\n### Time per MB, one page's body repeated k times (single-threaded, best of 5)\n\n")
	fmt.Fprintf(w, "Page %s (%.0f kB). A flat row is linear cost; the last column is ms/MB at k=8 over k=1.\n\n", base.id, float64(len(base.data))/1e3)
	fmt.Fprintf(w, "| extractor |")
	for _, k := range ks {
		fmt.Fprintf(w, " k=%d (%.2f MB) ms/MB |", k, mb(len(repeatBody(base.data, k))))
	}
	fmt.Fprintf(w, " k=8 / k=1 |\n|---|")
	for range ks {
		fmt.Fprintf(w, "---:|")
	}
	fmt.Fprintf(w, "---:|\n")
	// Repetitions outermost, so that a burst of load from elsewhere on
	// the machine spoils one repetition of every size, not every
	// repetition of one size.
	inputs := make([][]byte, len(ks))
	for ki, k := range ks {
		inputs[ki] = repeatBody(base.data, k)
	}
	best := make([][]time.Duration, len(ex))
	for ei := range ex {
		best[ei] = make([]time.Duration, len(ks))
		for ki := range ks {
			best[ei][ki] = time.Duration(1<<63 - 1)
		}
	}
	turn := 0
	for range 5 {
		for ki, in := range inputs {
			for j := range ex {
				ei := (turn + j) % len(ex)
				t0 := time.Now()
				ex[ei].run(in, base.url)
				best[ei][ki] = min(best[ei][ki], time.Since(t0))
			}
			turn++
		}
	}
	perMB := make([][]float64, len(ex))
	for ei := range ex {
		perMB[ei] = make([]float64, len(ks))
		for ki, in := range inputs {
			perMB[ei][ki] = float64(best[ei][ki].Microseconds()) / 1e3 / mb(len(in))
		}
	}
	for ei, e := range ex {
		fmt.Fprintf(w, "| %s |", e.name)
		for _, v := range perMB[ei] {
			fmt.Fprintf(w, " %.1f |", v)
		}
		fmt.Fprintf(w, " %.2f× |\n", perMB[ei][len(ks)-1]/perMB[ei][0])
	}
	return nil
}
