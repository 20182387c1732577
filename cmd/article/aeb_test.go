package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/warc/warctest"
)

// aebDir is the article extraction benchmark of the shared corpora, seen
// from this package's directory.
var aebDir = filepath.Join("..", "..", "..", "shared", "bench", "aeb")

// aebDate is the WARC-Date of the test archive's records, given to the
// file runs as -ref-time so that both see the same reference time.
const aebDate = "2024-01-15T10:00:00Z"

// aebPage is one page of the benchmark.
type aebPage struct {
	id, path, url string
	html          []byte
}

// loadAEB reads the benchmark's pages in id order, or skips the test when
// the corpora are absent.
func loadAEB(tb testing.TB) []aebPage {
	tb.Helper()
	gtb, err := os.ReadFile(filepath.Join(aebDir, "ground-truth.json"))
	if err != nil {
		tb.Skipf("AEB corpus not available: %v", err)
	}
	var gt map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(gtb, &gt); err != nil {
		tb.Fatal(err)
	}
	var pages []aebPage
	for id, v := range gt {
		p := filepath.Join(aebDir, "html", id+".html.gz")
		f, err := os.Open(p)
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, aebPage{id: id, path: p, url: v.URL, html: b})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages
}

// aebRecordID is the WARC-Record-ID of the nth record of the test archive.
func aebRecordID(n int) string {
	return fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", n)
}

// writeAEBWARC writes the pages, repeat times over, as a gzip-compressed
// WARC with a request record before each response (as crawlers write
// them, and to be skipped).
func writeAEBWARC(w io.Writer, pages []aebPage, repeat int) error {
	return writeAEBWARCAs(w, pages, repeat, true)
}

// writeAEBWARCAs is writeAEBWARC, its records gzipped or not.
func writeAEBWARCAs(w io.Writer, pages []aebPage, repeat int, gz bool) error {
	n := 0
	for range repeat {
		var recs []warctest.Record
		for _, p := range pages {
			n++
			recs = append(recs, warctest.Record{Type: "request", ID: aebRecordID(1e9 + n), Date: aebDate, URI: p.url,
				ContentType: "application/http; msgtype=request", Block: []byte("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")})
			rec := warctest.HTMLRecord(n, p.url, p.html)
			rec.Date = aebDate
			recs = append(recs, rec)
		}
		if err := warctest.Write(w, gz, recs); err != nil {
			return err
		}
	}
	return nil
}

// TestAEBWARCEqualsFiles is the done-when check of WARC input: a WARC built
// from the 181 AEB pages (every eighth under -race) gives, record by record, the Article JSON that
// the CLI gives for the same pages as files with -url (and the WARC-Date
// as -ref-time). With ARTICLE_AEB_WARC=path (and ARTICLE_AEB_REPEAT=n) it
// also writes the archive there, for measuring the command.
func TestAEBWARCEqualsFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("parses the 181 AEB pages twice")
	}
	pages := loadAEB(t)
	if raceEnabled && os.Getenv("ARTICLE_AEB_WARC") == "" {
		// Under the race detector the CLI is several times slower: every
		// eighth page still takes the archive path through the detector;
		// the whole corpus runs without it (CI's corpus-wide step).
		var some []aebPage
		for i := 0; i < len(pages); i += 8 {
			some = append(some, pages[i])
		}
		pages = some
	}
	var buf bytes.Buffer
	if err := writeAEBWARC(&buf, pages, 1); err != nil {
		t.Fatal(err)
	}
	if out := os.Getenv("ARTICLE_AEB_WARC"); out != "" {
		repeat, _ := strconv.Atoi(os.Getenv("ARTICLE_AEB_REPEAT"))
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		if err := writeAEBWARC(f, pages, max(repeat, 1)); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	p := filepath.Join(t.TempDir(), "aeb.warc.gz")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, errs := runCLI(t, "", false, p)
	got := map[string]json.RawMessage{}
	for line := range strings.SplitSeq(strings.TrimSuffix(out, "\n"), "\n") {
		var l struct {
			ID      string          `json:"warcRecordId"`
			Article json.RawMessage `json:"article"`
		}
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatalf("bad line %q: %v", line, err)
		}
		got[l.ID] = l.Article
	}
	if !strings.Contains(errs, fmt.Sprintf("%d skipped", len(pages))) {
		t.Errorf("the request records are not counted as skipped:\n%s", errs)
	}

	same, files := 0, 0
	for i, pg := range pages {
		code, out, _ := runCLI(t, "", false, "-url", pg.url, "-ref-time", aebDate, pg.path)
		id := aebRecordID(i + 1)
		warcJSON, inWARC := got[id]
		if code != 0 || out == "" {
			if inWARC {
				t.Errorf("page %d: written from the WARC, not from the file", i)
			}
			continue
		}
		files++
		var want, have bytes.Buffer
		if err := json.Compact(&want, []byte(out)); err != nil {
			t.Fatal(err)
		}
		if !inWARC {
			t.Errorf("page %d: written from the file, not from the WARC", i)
			continue
		}
		if err := json.Compact(&have, warcJSON); err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(want.Bytes(), have.Bytes()) {
			same++
		} else {
			t.Errorf("page %d: the WARC record's article differs from the file's", i)
		}
	}
	t.Logf("%d of %d pages written from files; %d WARC records equal", files, len(pages), same)
	if files < len(pages)*9/10 {
		t.Errorf("only %d of %d pages written", files, len(pages))
	}
}

// TestWARCMemoryBounded checks that the memory held while reading an
// archive depends on its records, not its length: an archive ten times as
// long (pages and large binary records that are skipped) does not raise
// the peak heap by more than a fraction of the extra length.
func TestWARCMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads a 90 MB archive")
	}
	dir := t.TempDir()
	write := func(name string, n int) (string, int64) {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		pad := strings.Repeat("<p>Further paragraphs of the report say what the officials said about the storm and the roads.</p>\n", 150)
		blob := bytes.Repeat([]byte("\x00\x01binary image data "), 100<<10/20)
		for i := range n {
			page := strings.Replace(htmlDoc(i), "</article>", pad+"</article>", 1)
			recs := []warctest.Record{warctest.HTMLRecord(i, fmt.Sprintf("https://example.com/%d", i), []byte(page))}
			for j := range 9 {
				recs = append(recs, warctest.Record{Type: "response", ID: aebRecordID(1e6 + 10*i + j), Date: "2024-06-19T12:00:00Z",
					URI: "https://example.com/img.png", ContentType: "application/http; msgtype=response",
					Block: warctest.HTTPResponse("200 OK", "Content-Type: image/png\r\n", blob)})
			}
			if err := warctest.Write(f, false, recs); err != nil {
				t.Fatal(err)
			}
		}
		fi, _ := f.Stat()
		f.Close()
		return p, fi.Size()
	}
	peak := func(p string) uint64 {
		runtime.GC()
		var base runtime.MemStats
		runtime.ReadMemStats(&base)
		var mu sync.Mutex
		var top uint64
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Go(func() {
			tick := time.NewTicker(2 * time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case <-stop:
					return
				case <-tick.C:
				}
				var m runtime.MemStats
				runtime.ReadMemStats(&m)
				mu.Lock()
				top = max(top, m.HeapInuse)
				mu.Unlock()
			}
		})
		var sink countingWriter
		code := run([]string{"-j", "2", p}, env{stdin: strings.NewReader(""), stdout: &sink, stderr: io.Discard})
		close(stop)
		wg.Wait()
		if code != 0 {
			t.Fatalf("%s: exit %d", p, code)
		}
		return top - min(top, base.HeapInuse)
	}
	small, smallSize := write("small.warc", 10)
	large, largeSize := write("large.warc", 100)
	ps, pl := peak(small), peak(large)
	t.Logf("archive %d MB: peak heap +%d MB; archive %d MB: peak heap +%d MB", smallSize>>20, ps>>20, largeSize>>20, pl>>20)
	// The growth allowed is a quarter of the extra archive: an archive
	// held in memory, even in part, grows the heap by about its size,
	// while a bound set by the records leaves it where it was. (A bound
	// relative to the small archive's peak failed on a loaded machine,
	// whose sparse heap samples can miss that peak.)
	if pl > ps+uint64(largeSize-smallSize)/4 {
		t.Errorf("peak heap grows with the archive: %d MB for %d MB, %d MB for %d MB", ps>>20, smallSize>>20, pl>>20, largeSize>>20)
	}
}

// countingWriter discards what is written, counting the bytes.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// BenchmarkAEBWARC runs the command on the AEB pages as a WARC archive,
// gzipped record by record as crawlers write them and plain (output
// discarded); compare with BenchmarkAEBParseHTML, the library alone on the
// same pages in memory, and run with -cpu 1,2 for the scaling.
func BenchmarkAEBWARC(b *testing.B) {
	pages := loadAEB(b)
	for _, gz := range []bool{true, false} {
		name, file := "gzip", "aeb.warc.gz"
		if !gz {
			name, file = "plain", "aeb.warc"
		}
		b.Run(name, func(b *testing.B) {
			var buf bytes.Buffer
			if err := writeAEBWARCAs(&buf, pages, 1, gz); err != nil {
				b.Fatal(err)
			}
			p := filepath.Join(b.TempDir(), file)
			if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			cpu0 := cpuTime()
			for b.Loop() {
				run([]string{"-j", strconv.Itoa(runtime.GOMAXPROCS(0)), p}, env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard})
			}
			b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
			b.ReportMetric((cpuTime()-cpu0).Seconds()*1000/float64(b.N*len(pages)), "cpu-ms/page")
		})
	}
}

// BenchmarkAEBParseHTML parses the AEB pages in process, on as many
// goroutines as GOMAXPROCS, with the same options as the WARC records.
func BenchmarkAEBParseHTML(b *testing.B) {
	pages := loadAEB(b)
	ref, _ := time.Parse(time.RFC3339, aebDate)
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		var wg sync.WaitGroup
		next := make(chan aebPage)
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for p := range next {
					article.ParseHTML(bytes.NewReader(p.html), article.WithURL(p.url), article.WithReferenceTime(ref))
				}
			})
		}
		for _, p := range pages {
			next <- p
		}
		close(next)
		wg.Wait()
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric((cpuTime()-cpu0).Seconds()*1000/float64(b.N*len(pages)), "cpu-ms/page")
}
