package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseFlagsAnyOrder(t *testing.T) {
	for _, args := range [][]string{{"-j", "2", "-pages", "DIR"}, {"DIR", "-j", "2", "-pages"}, {"-pages", "DIR", "-j=2"}} {
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		pages := fs.Bool("pages", false, "")
		j := fs.Int("j", 1, "")
		dir, err := parseFlags(fs, args)
		if err != nil || dir != "DIR" || !*pages || *j != 2 {
			t.Errorf("parseFlags(%q) = %q %v, pages %v j %d", args, dir, err, *pages, *j)
		}
	}
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	if _, err := parseFlags(fs, []string{"a", "b"}); err == nil {
		t.Error("two directories accepted")
	}
}

func TestRunUsage(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, &out); err == nil {
		t.Error("no subcommand accepted")
	}
	if err := run([]string{"nope", "x"}, &out); err == nil || !strings.Contains(err.Error(), "unknown subcommand") {
		t.Errorf("unknown subcommand: err = %v", err)
	}
}

// TestAEBSmall runs the aeb subcommand on a one-page benchmark made here.
// The scores depend on the parser, so only the report's shape is checked.
func TestAEBSmall(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeGzip(t, filepath.Join(dir, "html", "p1.html.gz"), "<html><head><title>T</title></head><body><article><h1>T</h1><p>One two three four five six seven.</p></article></body></html>")
	writeFile(t, filepath.Join(dir, "ground-truth.json"), `{"p1": {"articleBody": "One two three four five six seven.", "url": "https://example.com/a"}}`)
	var out bytes.Buffer
	if err := run([]string{"aeb", "-pages", dir}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"aeb: 1 pages", "precision ", "parse errors ", "  p1"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// writeFile writes content to path or fails the test.
func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeGzip writes content gzipped to path or fails the test.
func writeGzip(t *testing.T, path, content string) {
	t.Helper()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(content))
	zw.Close()
	writeFile(t, path, gz.String())
}

// TestSharedCorporaLoad checks that the corpora beside the repository still
// have the layout the subcommands read.
func TestSharedCorporaLoad(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "corpora", "polnear-train", "articles.jsonl")
	if _, err := os.Stat(path); err != nil {
		t.Skip("../shared/corpora/polnear-train is absent (a fresh clone has no ../shared)")
	}
	arts, err := readPolNeAR(path)
	if err != nil {
		t.Fatal(err)
	}
	direct := 0
	for _, a := range arts {
		for _, at := range a.attributions() {
			if at.Direct {
				direct++
			}
		}
	}
	if len(arts) != 840 || direct != 3053 {
		t.Errorf("read %d articles with %d direct attributions, want 840 and 3053 as the README says", len(arts), direct)
	}
}
