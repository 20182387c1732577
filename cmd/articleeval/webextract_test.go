package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWebExtractSmall runs the webextract subcommand on a two-page split
// made here: an article whose body is the truth word for word, and a page
// that is not text at all, which scores 0 and counts as empty. The first
// page scores the same whether or not the parser judges so short a page an
// article (the main table scores the Article returned with ErrNotArticle).
func TestWebExtractSmall(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	body := "The council met on Tuesday and voted to repair the old bridge over the river before the winter comes."
	writeGzip(t, filepath.Join(dir, "html", "a-1.html.gz"), "<html><head><title>Bridge</title></head><body><article><h1>Bridge to be repaired</h1><p>"+body+"</p></article></body></html>")
	writeGzip(t, filepath.Join(dir, "html", "b-1.html.gz"), "\x00\x01\x02\x03 binary")
	writeFile(t, filepath.Join(dir, "ground-truth.json"), `{
 "a-1": {"file": "html/a-1.html.gz", "source": "alpha", "url": "https://example.com/bridge", "articleBody": "`+body+`"},
 "b-1": {"file": "html/b-1.html.gz", "source": "beta", "articleBody": "some words"}}`)
	writeFile(t, filepath.Join(dir, "metadata.json"), `{"a-1": {"title": "Bridge to be repaired", "authors": [], "date": null, "section": "Local"}}`)
	var out bytes.Buffer
	if err := run([]string{"webextract", "-pages", dir}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"webextract: 2 pages",
		"all                  2  0.500  0.500  0.500      1\n",
		"alpha                1  1.000  1.000  1.000      0\n",
		"beta                 1  0.000  0.000  0.000      1\n",
		"title exact (case-insensitive)               1.000 (1/1)",
		"no author where the page credits none        1.000 (1/1)",
		"no date where the page shows none            1.000 (1/1)",
		"section                                      0.000 (0/1)",
		"0.000  0.000  0.000  b-1  error: ",
		"1.000  1.000  1.000  a-1",
		"metadata wrong: [section]\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestRuQuotesSmall runs the ruquotes subcommand on a two-article corpus
// made here, one article in each half. Its figures depend on the parser;
// the halves, counts of true quotations and outlets, and the report's
// shape do not.
func TestRuQuotesSmall(t *testing.T) {
	dir := t.TempDir()
	part := filepath.Join(dir, "part-x")
	if err := os.Mkdir(part, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(part, "x01.txt"), "Мост отремонтируют\nОБЩЕСТВО\n01.02.2020 | 10:00 Власти города решили отремонтировать мост.\n«Мы начнём работы весной», — сказал мэр Иван Петров, сообщает ТАСС.\n")
	writeFile(t, filepath.Join(part, "x02.txt"), "Погода\nОБЩЕСТВО\n02.02.2020 | 10:00 Завтра будет снег.\n")
	writeFile(t, filepath.Join(part, "annotations.json"), `[
 {"file": "x01.txt", "quotes": [{"text": "Мы начнём работы весной", "speaker": "Иван Петров"}], "names_in_quotes": [], "sources": [{"name": "ТАСС", "alts": []}]},
 {"file": "x02.txt", "quotes": [], "names_in_quotes": [], "sources": []}]`)
	var out bytes.Buffer
	if err := run([]string{"ruquotes", "-details", dir}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"split tune: 1 articles (parser errors 0)", "split validation: 1 articles", "/1)  recall ", "cited outlets  precision "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if err := run([]string{"ruquotes", t.TempDir()}, &out); err == nil {
		t.Error("a directory without part-*/annotations.json accepted")
	}
}

// TestSharedWebExtractAndRuQuotesLoad checks that the web-extract splits and
// the Russian quotations corpus still have the layout and the sizes their
// READMEs give.
func TestSharedWebExtractAndRuQuotesLoad(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	we := filepath.Join(shared, "bench", "web-extract")
	ru := filepath.Join(shared, "corpora", "ru-quotes-dev")
	if _, err := os.Stat(we); err != nil {
		t.Skip("../shared/bench/web-extract is absent (a fresh clone has no ../shared)")
	}
	if _, err := os.Stat(ru); err != nil {
		t.Skip("../shared/corpora/ru-quotes-dev is absent (a fresh clone has no ../shared)")
	}
	for split, n := range map[string]int{"dev": 1215, "validation": 741} {
		truth, ids, err := readJSONMap[webTruth](filepath.Join(we, split, "ground-truth.json"))
		if err != nil {
			t.Fatal(err)
		}
		if len(ids) != n {
			t.Errorf("%s: %d pages, want %d", split, len(ids), n)
		}
		if _, err := os.Stat(filepath.Join(we, split, truth[ids[0]].File)); err != nil {
			t.Errorf("%s: %v", split, err)
		}
	}
	arts, err := readRuQuotes(ru)
	if err != nil {
		t.Fatal(err)
	}
	var tune, quotes int
	for _, a := range arts {
		if a.tune {
			tune++
		}
		quotes += len(a.rec.Quotes)
	}
	if len(arts) != 77 || tune != 40 || quotes != 332 {
		t.Errorf("ru-quotes: %d articles, %d in the tune half, %d quotations; want 77, 40, 332 as its README says", len(arts), tune, quotes)
	}
}
