//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
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
