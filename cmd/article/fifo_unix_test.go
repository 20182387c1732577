//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestNamedPipeReadOnce checks that a named input that is no regular file
// (a FIFO here; a shell's <(curl …) is a pipe the same way) is read whole:
// its kind is sniffed from its first bytes, and those bytes are not lost
// to the parse. The page is longer than the sniffing buffer (64 KB), and
// its headline and structured data stand in those first bytes.
func TestNamedPipeReadOnce(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "page.html")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	var page strings.Builder
	page.WriteString(`<html><head><title>Harbour bridge reopens | Example News</title>` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour bridge reopens after repairs","author":{"@type":"Person","name":"Jane Doe"}}</script>` +
		`</head><body><article><h1>Harbour bridge reopens after repairs</h1>`)
	for page.Len() < 200<<10 {
		page.WriteString("<p>The bridge over the harbour reopened on Monday after two years of repairs, the city council said in a statement to the press.</p>\n")
	}
	page.WriteString("</article></body></html>")
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		io.WriteString(f, page.String())
	}()
	var out, errs bytes.Buffer
	if code := run([]string{"-format", "json", fifo}, env{stdin: strings.NewReader(""), stdout: &out, stderr: &errs}); code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs.String())
	}
	var a struct {
		Headline string `json:"headline"`
		Authors  []struct {
			Name string `json:"name"`
		} `json:"authors"`
		Body []struct {
			Text string `json:"text"`
		} `json:"body"`
	}
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatalf("output is no JSON: %v", err)
	}
	if a.Headline != "Harbour bridge reopens after repairs" {
		t.Errorf("headline %q: the page's first bytes were lost", a.Headline)
	}
	if len(a.Authors) != 1 || a.Authors[0].Name != "Jane Doe" {
		t.Errorf("authors %+v, want Jane Doe from the structured data in the first bytes", a.Authors)
	}
	if len(a.Body) < 1000 {
		t.Errorf("%d body paragraphs, want the page's %d or so", len(a.Body), 200<<10/140)
	}
}

// TestStdinNamedTwice checks that standard input named by a path
// (/proc/self/fd/N for the pipe the test hands as standard input) beside
// "-" is read once and the second mention reported, not read as a second
// input that gets part of the same stream.
func TestStdinNamedTwice(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	path := "/proc/self/fd/" + strconv.Itoa(int(r.Fd()))
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no %s here: %v", path, err)
	}
	go func() {
		defer w.Close()
		io.WriteString(w, "Harbour bridge reopens after repairs\n\nThe bridge over the harbour reopened on Monday after two years of repairs, the city council said.\n")
	}()
	var out, errs bytes.Buffer
	code := run([]string{"-format", "json", "-", path}, env{stdin: r, stdout: &out, stderr: &errs})
	if !strings.Contains(errs.String(), "standard input given more than once") {
		t.Errorf("exit %d, stderr %q: want the second mention of standard input reported", code, errs.String())
	}
	if n := strings.Count(out.String(), `"contentHash"`); n != 1 {
		t.Errorf("%d articles written, want the one standard input holds:\n%s", n, out.String())
	}
}
