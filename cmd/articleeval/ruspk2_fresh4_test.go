package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRuQuotesFresh4 scores the factRuEval set of testdata/ru-fresh4 (one
// annotations.json for the directory): both halves are read, four
// articles each, each with a quotation whose named speaker is scored; and
// every annotated quotation is text of its file's annotated line, so that
// the set cannot drift from its texts.
func TestRuQuotesFresh4(t *testing.T) {
	dir := "../../testdata/ru-fresh4"
	b, err := os.ReadFile(filepath.Join(dir, "annotations.json"))
	if err != nil {
		t.Skip("no testdata/ru-fresh4")
	}
	var out bytes.Buffer
	if err := run([]string{"ruquotes", dir}, &out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{"split tune: 4 articles (parser errors 0)", "split validation: 4 articles (parser errors 0)"} {
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
			Text string `json:"text"`
			Line int    `json:"line"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal(b, &recs); err != nil {
		t.Fatal(err)
	}
	if len(recs) != 8 {
		t.Errorf("%d records, want 8", len(recs))
	}
	for _, r := range recs {
		text, err := os.ReadFile(filepath.Join(dir, r.File))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(text), "\n")
		for _, q := range r.Quotes {
			if q.Line < 1 || q.Line > len(lines) || !strings.Contains(lines[q.Line-1], q.Text) {
				t.Errorf("%s line %d lacks the quotation %.60q", r.File, q.Line, q.Text)
			}
		}
	}
}
