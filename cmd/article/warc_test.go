package main

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/articlekit/article/warc/warctest"
)

// testArchive is a small crawl: a warcinfo record, requests, three HTML
// pages (one of them windows-1251 by its header), an image, a 404, a
// redirect and a page that is not an article.
func testArchive() []warctest.Record {
	return warctest.Crawl(func(n int) []byte { return []byte(htmlDoc(n)) })
}

// warcLine is the JSON Lines record of an article from a WARC record.
type warcLine struct {
	WarcRecordID  string `json:"warcRecordId"`
	WarcTargetURI string `json:"warcTargetURI"`
	WarcDate      string `json:"warcDate"`
	Article       struct {
		Headline string `json:"headline"`
		URL      string `json:"url"`
	} `json:"article"`
}

// TestWARC reads the test archive, gzip-compressed or not, under a name
// that does not say what it is, and from standard input.
func TestWARC(t *testing.T) {
	dir := t.TempDir()
	for _, gz := range []bool{false, true} {
		var buf bytes.Buffer
		if err := warctest.Write(&buf, gz, testArchive()); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("crawl-%v.dat", gz))
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, viaStdin := range []bool{false, true} {
			args, stdin := []string{p}, ""
			if viaStdin {
				args, stdin = nil, buf.String()
			}
			code, out, errs := runCLI(t, stdin, false, append([]string{"-j", "3"}, args...)...)
			what := fmt.Sprintf("gzip %v, stdin %v", gz, viaStdin)
			if code != 1 {
				t.Errorf("%s: exit %d, want 1 (a page without text): %s", what, code, errs)
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			want := []struct{ id, headline, url string }{
				{"<urn:uuid:00000000-0000-4000-8000-000000000001>", "Title 1", "https://example.com/a"},
				{"<urn:uuid:00000000-0000-4000-8000-000000000002>", "Title 2", "https://example.com/b"},
				{"<urn:uuid:00000000-0000-4000-8000-000000000003>", "Путин объявил о союзе", "https://example.ru/news/1"},
			}
			if len(lines) != len(want) {
				t.Fatalf("%s: %d lines, want %d:\n%s\nstderr:\n%s", what, len(lines), len(want), out, errs)
			}
			for i, line := range lines {
				var l warcLine
				if err := json.Unmarshal([]byte(line), &l); err != nil {
					t.Errorf("%s: line %d: %v", what, i, err)
					continue
				}
				if l.WarcRecordID != want[i].id || l.Article.Headline != want[i].headline || l.Article.URL != want[i].url || l.WarcTargetURI != want[i].url || l.WarcDate != "2024-06-19T12:00:00Z" {
					t.Errorf("%s: line %d: %+v, want %+v", what, i, l, want[i])
				}
			}
			// warcinfo, request, image, 404, redirect: skipped; the
			// navigation page has nothing to extract: a non-article,
			// left out as from files.
			if !strings.Contains(errs, "record 9 <urn:uuid:00000000-0000-4000-8000-000000000004>: no article found") || !strings.Contains(errs, "3 parsed, 5 skipped, 1 non-articles, 0 errors") {
				t.Errorf("%s: summary:\n%s", what, errs)
			}
		}
	}
}

// TestWARCJSONLD checks that -format jsonld wraps the JSON-LD object the
// same way, and that -o DIR writes an archive's records one file each.
func TestWARCJSONLD(t *testing.T) {
	var buf bytes.Buffer
	if err := warctest.Write(&buf, true, testArchive()[:3]); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, buf.String(), false, "-format", "jsonld")
	var m struct {
		WarcRecordID string         `json:"warcRecordId"`
		Article      map[string]any `json:"article"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &m) != nil || m.Article["@type"] != "NewsArticle" || m.WarcRecordID == "" {
		t.Errorf("exit %d, output %q, stderr %q", code, out, errs)
	}
	p := filepath.Join(t.TempDir(), "a.warc.gz")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// -o DIR writes one file per record, named by its target URI, in
	// any format (Markdown from a crawl).
	out2 := t.TempDir()
	if code, _, errs := runCLI(t, "", false, "-format", "markdown", "-o", out2, p); code != 0 {
		t.Fatalf("-o with a WARC: exit %d, stderr %q", code, errs)
	}
	names, _ := filepath.Glob(filepath.Join(out2, "*.md"))
	if len(names) != 1 || filepath.Base(names[0]) != "a.md" {
		t.Errorf("-o with a WARC wrote %q, want a.md", names)
	} else if b, _ := os.ReadFile(names[0]); !strings.HasPrefix(string(b), "---\ntitle: Title 1\n") {
		t.Errorf("a.md:\n%s", b)
	}
}

// TestWARCTruncated checks that an archive cut short keeps the records
// before the cut and reports the damage.
func TestWARCTruncated(t *testing.T) {
	var buf bytes.Buffer
	if err := warctest.Write(&buf, false, testArchive()[:5]); err != nil {
		t.Fatal(err)
	}
	cut := buf.Bytes()[:buf.Len()-200]
	code, out, errs := runCLI(t, string(cut), false)
	if code != 1 || !strings.Contains(out, `"headline":"Title 1"`) || !strings.Contains(errs, "damaged record: content length mismatch") {
		t.Errorf("exit %d, output %q, stderr %q", code, out, errs)
	}
}

// TestGzipInput checks that a gzip-compressed page is read as the page,
// from a file and from a walked directory.
func TestGzipInput(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(htmlDoc(5)))
	zw.Close()
	p := filepath.Join(dir, "story.html.gz")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	writeInputs(t, dir, 1)
	code, out, errs := runCLI(t, "", false, "-url", "https://example.com/s", p)
	if code != 0 || !strings.Contains(out, `"headline": "Title 5"`) {
		t.Errorf("exit %d, output %q, stderr %q", code, out, errs)
	}
	code, out, errs = runCLI(t, "", false, dir)
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, `"headline":"Title 5"`) {
		t.Errorf("directory: exit %d, output %q, stderr %q", code, out, errs)
	}
}

// TestProgressFlag checks -progress off a terminal: the progress line and
// the summary.
func TestProgressFlag(t *testing.T) {
	paths := writeInputs(t, t.TempDir(), 3)
	_, _, errs := runCLI(t, "", false, append([]string{"-progress"}, paths...)...)
	if !strings.Contains(errs, "3/3 files") || !strings.Contains(errs, "3 parsed, 0 skipped, 0 non-articles, 0 errors") {
		t.Errorf("stderr %q", errs)
	}
}

// lineSignal is a writer that reports each write on a channel.
type lineSignal struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	wrote chan struct{}
}

func (w *lineSignal) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	select {
	case w.wrote <- struct{}{}:
	default:
	}
	return len(p), nil
}

// TestWARCStreams checks that records are written as they are read: the
// first record's line comes out while the rest of the archive has not been
// sent yet (standard input still open).
func TestWARCStreams(t *testing.T) {
	pr, pw := io.Pipe()
	out := &lineSignal{wrote: make(chan struct{}, 1)}
	status := make(chan int, 1)
	go func() {
		status <- run([]string{"-j", "2"}, env{stdin: pr, stdout: out, stderr: io.Discard})
	}()
	recs := testArchive()
	if err := warctest.Write(pw, true, recs[2:3]); err != nil {
		t.Fatal(err)
	}
	select {
	case <-out.wrote:
	case <-time.After(30 * time.Second): // a guard against a hang, not a timing check
		t.Fatal("no output while the archive is still open")
	}
	out.mu.Lock()
	first := out.buf.String()
	out.mu.Unlock()
	if !strings.Contains(first, `"headline":"Title 1"`) {
		t.Errorf("first output %q", first)
	}
	if err := warctest.Write(pw, true, recs[4:5]); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	if code := <-status; code != 0 {
		t.Errorf("exit %d", code)
	}
	if n := strings.Count(out.buf.String(), "\n"); n != 2 {
		t.Errorf("%d lines, want 2:\n%s", n, out.buf.String())
	}
}

// TestWARCCSV checks CSV output from an archive: one header, one row per
// article, in record order.
func TestWARCCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := warctest.Write(&buf, true, testArchive()[:5]); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, buf.String(), false, "-format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 3 {
		t.Fatalf("exit %d, %d rows (%v), stderr %q:\n%s", code, len(rows), err, errs, out)
	}
	if !strings.Contains(strings.Join(rows[1], ","), "Title 1") || !strings.Contains(strings.Join(rows[2], ","), "Title 2") {
		t.Errorf("rows:\n%s", out)
	}
}
