package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRuQuotesFresh2 scores the regional-press set (testdata/ru-fresh2,
// one annotations.json for the directory): both halves are read, six
// articles each, with quotations and named speakers to score; and every
// annotated quotation (and each of its segments) is text of its file's
// annotated line, so that the set cannot drift from its texts.
func TestRuQuotesFresh2(t *testing.T) {
	dir := "../../testdata/ru-fresh2"
	b, err := os.ReadFile(filepath.Join(dir, "annotations.json"))
	if err != nil {
		t.Skip("no testdata/ru-fresh2")
	}
	var out bytes.Buffer
	if err := run([]string{"ruquotes", dir}, &out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{"split tune: 6 articles (parser errors 0)", "split validation: 6 articles (parser errors 0)"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "speaker right (found quotations with a named speaker) n/a") {
		t.Errorf("a half with no speaker to score:\n%s", s)
	}
	var recs []struct {
		File   string `json:"file"`
		Quotes []struct {
			Text     string   `json:"text"`
			Segments []string `json:"segments"`
			Line     int      `json:"line"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal(b, &recs); err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		text, err := os.ReadFile(filepath.Join(dir, r.File))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(text), "\n")
		for _, q := range r.Quotes {
			if q.Line < 1 || q.Line > len(lines) {
				t.Errorf("%s: line %d out of range", r.File, q.Line)
				continue
			}
			pieces := q.Segments
			if len(pieces) == 0 {
				pieces = []string{q.Text}
			}
			for _, p := range pieces {
				if !strings.Contains(lines[q.Line-1], p) {
					t.Errorf("%s line %d lacks the quotation %.60q", r.File, q.Line, p)
				}
			}
		}
	}
}
