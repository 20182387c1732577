package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
)

// writeSplit makes a one-page corpus in dir with the given ground truth,
// the page stored at html/p1.html.gz.
func writeSplit(t *testing.T, dir, truth string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<html><body><p>x</p></body></html>"))
	zw.Close()
	for name, content := range map[string][]byte{"html/p1.html.gz": gz.Bytes(), "ground-truth.json": []byte(truth)} {
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLoadGroundTruthKinds checks that a ground-truth.json is read as the
// AEB's unless its entries name their file and source (web-extract), and
// that web-extract's metadata labels are attached to their pages.
func TestLoadGroundTruthKinds(t *testing.T) {
	aeb := t.TempDir()
	writeSplit(t, aeb, `{"p1": {"articleBody": "x", "url": "https://example.com/"}}`)
	c, err := loadCorpus(aeb)
	if err != nil || c.kind != "aeb" || len(c.pages) != 1 {
		t.Fatalf("AEB layout: %+v, %v", c, err)
	}
	we := t.TempDir()
	writeSplit(t, we, `{"p1": {"file": "html/p1.html.gz", "source": "dragnet", "articleBody": "x"}}`)
	if err := os.WriteFile(filepath.Join(we, "metadata.json"), []byte(`{"p1": {"title": "T", "authors": [], "date": null, "section": null}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err = loadCorpus(we)
	if err != nil || c.kind != "web-extract" || len(c.pages) != 1 {
		t.Fatalf("web-extract layout: %+v, %v", c, err)
	}
	if p := c.pages[0]; p.source != "dragnet" || p.meta == nil || p.meta.Title != "T" {
		t.Errorf("page = %+v, want source dragnet and the title label", p)
	}
}

// TestQualityWebExtract scores two hand-made results: the means over pages
// and the summary's lenient title, lenient authors and date columns.
func TestQualityWebExtract(t *testing.T) {
	c := &corpus{kind: "web-extract"}
	var q quality
	p1 := page{source: "a", truth: "the cat sat on the mat"}
	q.score(c.kind, &p1, result{body: "The cat, the hat"}) // P 3/4, R 1/2, F1 0.6
	lab := `{"title": "Big News", "authors": ["Jane Doe"], "date": "2010-05-03", "section": "World"}`
	we := t.TempDir()
	writeSplit(t, we, `{"p1": {"file": "html/p1.html.gz", "source": "b", "articleBody": "one two"}}`)
	if err := os.WriteFile(filepath.Join(we, "metadata.json"), []byte(`{"p1": `+lab+`}`), 0o644); err != nil {
		t.Fatal(err)
	}
	wc, err := loadCorpus(we)
	if err != nil {
		t.Fatal(err)
	}
	p2 := wc.pages[0]
	q.score(c.kind, &p2, result{body: "one two", title: "Big News - Site", authors: []string{"Jane Doe"}, date: "2010-05-04", section: "world"})
	p, r, f := q.prf(c.kind)
	if !near(p, 0.875) || !near(r, 0.75) || !near(f, 0.8) {
		t.Errorf("prf = %v %v %v, want 0.875 0.75 0.8", p, r, f)
	}
	if q.title != [2]int{1, 1} || q.author != [2]int{1, 1} || q.date != [2]int{1, 0} {
		t.Errorf("title %v author %v date %v, want lenient title and authors right, date wrong", q.title, q.author, q.date)
	}
	if r, _, _, _ := q.meta.Rate("section"); r != 1 {
		t.Errorf("section rate %v, want 1", r)
	}
	if len(q.bySource["a"]) != 1 || len(q.bySource["b"]) != 1 {
		t.Errorf("by source: %v", q.bySource)
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
