package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRuQuotesFresh3 scores testdata/ru-fresh3 (federal online media with
// cited outlets) and checks that both halves are read, 28 and 27 articles,
// each with something to score.
func TestRuQuotesFresh3(t *testing.T) {
	dir := "../../testdata/ru-fresh3"
	if _, err := os.Stat(dir + "/annotations.json"); err != nil {
		t.Skip("no testdata/ru-fresh3")
	}
	var out bytes.Buffer
	if err := run([]string{"ruquotes", dir}, &out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{"split tune: 28 articles (parser errors 0)", "split validation: 27 articles (parser errors 0)"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "recall n/a") {
		t.Errorf("a half with nothing to score:\n%s", s)
	}
}

// TestRuFresh3Annotations checks the hand annotation against its texts:
// every quotation (or each of its segments) and every way an outlet is
// written occurs in the file it is annotated for, on the line given.
func TestRuFresh3Annotations(t *testing.T) {
	dir := "../../testdata/ru-fresh3"
	raw, err := os.ReadFile(filepath.Join(dir, "annotations.json"))
	if err != nil {
		t.Skip("no testdata/ru-fresh3")
	}
	var recs []struct {
		File   string `json:"file"`
		Quotes []struct {
			Text     string   `json:"text"`
			Segments []string `json:"segments"`
			Line     int      `json:"line"`
		} `json:"quotes"`
		Sources []struct {
			Name string   `json:"name"`
			Alts []string `json:"alts"`
		} `json:"sources"`
	}
	if err := json.Unmarshal(raw, &recs); err != nil {
		t.Fatal(err)
	}
	if len(recs) != 55 {
		t.Errorf("%d records, want 55", len(recs))
	}
	for _, r := range recs {
		b, err := os.ReadFile(filepath.Join(dir, r.File))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		for _, q := range r.Quotes {
			pieces := q.Segments
			if len(pieces) == 0 {
				pieces = []string{q.Text}
			}
			if q.Line < 1 || q.Line > len(lines) {
				t.Errorf("%s: quotation %.30q on line %d of %d", r.File, q.Text, q.Line, len(lines))
				continue
			}
			for _, p := range pieces {
				if !strings.Contains(lines[q.Line-1], p) {
					t.Errorf("%s: %.40q is not on line %d", r.File, p, q.Line)
				}
			}
		}
		for _, s := range r.Sources {
			for _, a := range s.Alts {
				if !strings.Contains(string(b), a) {
					t.Errorf("%s: outlet %q written %q is not in the text", r.File, s.Name, a)
				}
			}
		}
	}
}
