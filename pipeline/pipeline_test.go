package pipeline_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	//lint:ignore SA1019 the direct runner runs in the test process: prism would compile gRPC, Cloud Storage and Docker clients into the test (see TestMain)
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/articlekit/article/pipeline"
	"github.com/articlekit/article/warc/warctest"
)

// TestMain runs the pipelines on the SDK's direct runner, in the test
// process: the portable local runner (prism) would compile gRPC, Cloud
// Storage and Docker clients into the test, several CPU-minutes that CI
// cannot spare; the pipeline's code is the same under both.
func TestMain(m *testing.M) {
	beam.Init()
	code := m.Run()
	if cliDir != "" {
		os.RemoveAll(cliDir)
	}
	os.Exit(code)
}

// page is a short English article numbered n, in one of two wordings.
func page(n int, storm bool) []byte {
	if storm {
		return fmt.Appendf(nil, `<html lang="en"><body><article><h1>Title %d</h1>
<p>Paragraph number %d has several words in it, and the storm hit the coast on Monday morning.</p>
<p>Officials said more rain was expected on Tuesday, and schools in the area would stay closed.</p>
</article></body></html>`, n, n)
	}
	return fmt.Appendf(nil, `<html lang="en"><head><title>Council vote %d | The Gazette</title></head><body><article><h1>Council votes on budget %d</h1>
<p>The city council voted 7-2 on Wednesday to approve a budget that raises spending on roads, "a long overdue step", said the mayor.</p>
<p>"We heard the residents," council member Ana Ruiz told reporters after the vote. The plan takes effect in July.</p>
</article></body></html>`, n, n)
}

// cliDir holds the article command built by cliPath, removed by TestMain.
var cliDir string

// cliPath builds the article command of the library checkout this module
// uses (the replace directive in go.mod), once.
var cliPath = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "article-cli")
	if err != nil {
		return "", err
	}
	cliDir = dir
	p := filepath.Join(dir, "article")
	out, err := exec.Command("go", "build", "-o", p, "github.com/articlekit/article/cmd/article").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("building the article command: %v\n%s", err, out)
	}
	return p, nil
})

// summaryRE reads the command's summary line.
var summaryRE = regexp.MustCompile(`(\d+) parsed, (\d+) skipped, (\d+) non-articles, (\d+) errors`)

// runCLI runs the article command on the archives and returns its output
// lines, sorted, and the figures of its summary line.
func runCLI(t *testing.T, args ...string) ([]string, pipeline.Counts) {
	t.Helper()
	p, err := cliPath()
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	cmd := exec.Command(p, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatal(err)
		}
	}
	m := summaryRE.FindStringSubmatch(errb.String())
	if m == nil {
		t.Fatalf("no summary line from the command:\n%s", errb.String())
	}
	n := func(i int) int64 { v, _ := strconv.ParseInt(m[i], 10, 64); return v }
	return sortedLines(out.String()), pipeline.Counts{Parsed: n(1), Skipped: n(2), NonArticles: n(3), Errors: n(4)}
}

// sortedLines splits JSON Lines, sorted.
func sortedLines(s string) []string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if s == "" {
		lines = nil
	}
	sort.Strings(lines)
	return lines
}

// runPipeline runs the pipeline on the local runner and returns the lines
// of its shards, sorted, the shard files, and the counters.
func runPipeline(t *testing.T, o pipeline.Options) ([]string, []string, pipeline.Counts) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, o); err != nil {
		t.Fatal(err)
	}
	res, err := beam.Run(context.Background(), "direct", p)
	if err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	shards, err := filepath.Glob(o.Output + "-*")
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, sh := range shards {
		b, err := os.ReadFile(sh)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(b)
	}
	return sortedLines(all.String()), shards, pipeline.CountsOf(res.Metrics())
}

// writeFile writes the records as a WARC archive at p.
func writeFile(t *testing.T, p string, gz bool, recs []warctest.Record) {
	t.Helper()
	var buf bytes.Buffer
	if err := warctest.Write(&buf, gz, recs); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// compare fails the test when the pipeline's lines differ from the
// command's.
func compare(t *testing.T, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("pipeline wrote %d lines, the command %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Errorf("line %d differs:\npipeline: %.300s\ncommand:  %.300s", i, got[i], want[i])
			return
		}
	}
}

// TestPipelineEqualsCLI runs the pipeline over three archives of a small
// crawl (gzip-compressed, plain, and one cut short) and a file that is not
// an archive: the lines are those the article command writes for the
// three archives, and the counters those of its summary line, plus one
// error for the file that is not an archive.
func TestPipelineEqualsCLI(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	a := filepath.Join(in, "a.warc.gz")
	b := filepath.Join(in, "b.warc")
	c := filepath.Join(in, "c.warc")
	writeFile(t, a, true, warctest.Crawl(func(n int) []byte { return page(n, true) }))
	writeFile(t, b, false, warctest.Crawl(func(n int) []byte { return page(n, false) }))
	var cut bytes.Buffer
	if err := warctest.Write(&cut, false, warctest.Crawl(func(n int) []byte { return page(n+10, true) })[:5]); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(c, cut.Bytes()[:cut.Len()-200], 0o644); err != nil {
		t.Fatal(err)
	}
	var junk bytes.Buffer
	zw := gzip.NewWriter(&junk)
	io.WriteString(zw, "not an archive")
	zw.Close()
	if err := os.WriteFile(filepath.Join(in, "d.warc.gz"), junk.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	for _, format := range []string{"json", "jsonld"} {
		want, wantCounts := runCLI(t, "-format", format, a, b, c)
		prefix := filepath.Join(out, format, "articles")
		got, shards, counts := runPipeline(t, pipeline.Options{Input: filepath.Join(in, "*"), Output: prefix, Shards: 3, Format: format})
		compare(t, got, want)
		wantCounts.Errors++ // d.warc.gz
		if counts != wantCounts {
			t.Errorf("%s: counters %v, want %v", format, counts, wantCounts)
		}
		// 3 + 3 articles and the cut archive's first page; the
		// navigation pages are left out as the command leaves them.
		if len(got) != 7 || counts.Parsed != 7 || counts.Skipped != 13 || counts.NonArticles != 2 || counts.Errors < 2 {
			t.Errorf("%s: %d lines, counters %v", format, len(got), counts)
		}
		for _, sh := range shards {
			if !regexp.MustCompile(`/articles-0000[0-2]-of-00003\.jsonl$`).MatchString(filepath.ToSlash(sh)) {
				t.Errorf("shard named %s", sh)
			}
		}
		for _, l := range got {
			var rec struct {
				ID      string          `json:"warcRecordId"`
				Article json.RawMessage `json:"article"`
			}
			if err := json.Unmarshal([]byte(l), &rec); err != nil || rec.ID == "" || len(rec.Article) == 0 {
				t.Errorf("%s: line %.200s: %v", format, l, err)
			}
		}
	}
}

// TestOptions checks that options that cannot work are refused when the
// pipeline is built, not when it runs.
func TestOptions(t *testing.T) {
	for _, o := range []pipeline.Options{
		{Output: "out/a"},
		{Input: "in/*.warc"},
		{Input: "in/*.warc", Output: "out/a", Format: "csv"},
		{Input: "in/*.warc", Output: "out/a", TZ: "Mars/Olympus"},
		{Input: "in/*.warc", Output: "out/a", Shards: -1},
		{Input: "nosuchfs://bucket/*.warc", Output: "out/a"},
	} {
		_, s := beam.NewPipelineWithRoot()
		if err := pipeline.Build(s, o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

// aebDir is the article extraction benchmark of the shared corpora (181
// pages of 126 sites), seen from this module's directory.
var aebDir = filepath.Join("..", "..", "shared", "bench", "aeb")

// TestAEBEqualsCLI is the done-when check of the Beam pipeline: the 181
// AEB pages in a WARC (a request record before each response, as crawlers
// write them) give on the local runner, record by record, the lines the
// article command writes for that archive, and the same counters.
func TestAEBEqualsCLI(t *testing.T) {
	gtb, err := os.ReadFile(filepath.Join(aebDir, "ground-truth.json"))
	if err != nil {
		t.Skipf("AEB corpus not available: %v", err)
	}
	var gt map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(gtb, &gt); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var recs []warctest.Record
	for i, id := range ids {
		f, err := os.Open(filepath.Join(aebDir, "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		html, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		const date = "2024-01-15T10:00:00Z"
		recs = append(recs, warctest.Record{Type: "request", ID: warctest.RecordID(1e9 + i), Date: date, URI: gt[id].URL,
			ContentType: "application/http; msgtype=request", Block: []byte("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")})
		rec := warctest.HTMLRecord(i+1, gt[id].URL, html)
		rec.Date = date
		recs = append(recs, rec)
	}
	in := filepath.Join(t.TempDir(), "aeb.warc.gz")
	writeFile(t, in, true, recs)
	want, wantCounts := runCLI(t, in)
	got, _, counts := runPipeline(t, pipeline.Options{Input: in, Output: filepath.Join(t.TempDir(), "aeb")})
	compare(t, got, want)
	if counts != wantCounts || len(want) != len(ids) {
		t.Errorf("counters %v, command %v; %d lines for %d pages", counts, wantCounts, len(want), len(ids))
	}
	t.Logf("%d AEB records equal; %v", len(got), counts)
}

// TestGlobMatchingNothing checks that a glob matching no archive fails the
// run, so that a mistyped glob does not pass for an empty crawl.
func TestGlobMatchingNothing(t *testing.T) {
	dir := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, pipeline.Options{Input: filepath.Join(dir, "nomatch*.warc"), Output: filepath.Join(dir, "out")}); err != nil {
		t.Fatal(err)
	}
	if _, err := beam.Run(context.Background(), "direct", p); err == nil {
		t.Error("a glob matching no file ran without an error")
	}
}
