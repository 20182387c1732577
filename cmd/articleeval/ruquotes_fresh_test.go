package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestRuQuotesFresh scores the repository's own Russian set
// (testdata/ru-fresh, one annotations.json for the whole directory) and
// checks that both halves are read: 36 articles each, with quotations and
// cited outlets to score.
func TestRuQuotesFresh(t *testing.T) {
	dir := "../../testdata/ru-fresh"
	if _, err := os.Stat(dir + "/annotations.json"); err != nil {
		t.Skip("no testdata/ru-fresh")
	}
	var out bytes.Buffer
	if err := run([]string{"ruquotes", dir}, &out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{"split tune: 36 articles (parser errors 0)", "split validation: 36 articles (parser errors 0)"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "recall n/a") {
		t.Errorf("a half with nothing to score:\n%s", s)
	}
}
