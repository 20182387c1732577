package warc_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/warc"
	"github.com/articlekit/article/warc/warctest"
)

// page is a short English article numbered n.
func page(n int) []byte {
	return fmt.Appendf(nil, `<html lang="en"><body><article><h1>Title %d</h1>
<p>Paragraph number %d has several words in it, and the storm hit the coast on Monday morning.</p>
<p>Officials said more rain was expected on Tuesday, and schools in the area would stay closed.</p>
</article></body></html>`, n, n)
}

// TestRead reads the test crawl, gzip-compressed or not: the four HTML
// pages are handed over with their headers and decoded payloads, the other
// five records skipped with their reasons.
func TestRead(t *testing.T) {
	for _, gz := range []bool{false, true} {
		var buf bytes.Buffer
		if err := warctest.Write(&buf, gz, warctest.Crawl(page)); err != nil {
			t.Fatal(err)
		}
		var recs []*warc.Record
		var skips []warc.Skip
		err := warc.Read("crawl", &buf, article.DefaultMaxBytes, func(r *warc.Record) bool {
			recs = append(recs, r)
			return true
		}, func(s warc.Skip) { skips = append(skips, s) })
		if err != nil {
			t.Fatalf("gzip %v: %v", gz, err)
		}
		wantURIs := []string{"https://example.com/a", "https://example.com/b", "https://example.ru/news/1", "https://example.com/empty"}
		wantNums := []int{3, 5, 8, 9}
		if len(recs) != len(wantURIs) {
			t.Fatalf("gzip %v: %d records, want %d", gz, len(recs), len(wantURIs))
		}
		for i, r := range recs {
			if r.Err != nil || r.TargetURI != wantURIs[i] || r.Number != wantNums[i] || r.ID != warctest.RecordID(i+1) || r.Date != "2024-06-19T12:00:00Z" {
				t.Errorf("gzip %v: record %d: %+v", gz, i, r)
			}
			if want := fmt.Sprintf("crawl: record %d %s", wantNums[i], r.ID); r.Label != want {
				t.Errorf("gzip %v: label %q, want %q", gz, r.Label, want)
			}
		}
		if !bytes.Equal(recs[0].Payload, page(1)) {
			t.Errorf("gzip %v: payload %q", gz, recs[0].Payload)
		}
		// windows-1251 by the header: transcoded to UTF-8.
		if !strings.Contains(string(recs[2].Payload), "Путин объявил о союзе") {
			t.Errorf("gzip %v: windows-1251 payload not decoded: %q", gz, recs[2].Payload)
		}
		var kinds []string
		for _, s := range skips {
			kinds = append(kinds, s.Kind)
		}
		if got, want := strings.Join(kinds, ","), "warcinfo,request,not HTML,HTTP status 404,HTTP status 301"; got != want {
			t.Errorf("gzip %v: skipped %s, want %s", gz, got, want)
		}
	}
}

// TestReadLimit checks that a payload over the limit is handed over with
// a *TooLargeError wrapping article.ErrTooLarge, and that reading goes on.
func TestReadLimit(t *testing.T) {
	var buf bytes.Buffer
	recs := warctest.Crawl(page)
	if err := warctest.Write(&buf, false, recs[2:5]); err != nil {
		t.Fatal(err)
	}
	var got []*warc.Record
	err := warc.Read("x", &buf, 100, func(r *warc.Record) bool { got = append(got, r); return true }, func(warc.Skip) {})
	var tl *warc.TooLargeError
	if err != nil || len(got) != 2 || !errors.As(got[0].Err, &tl) || tl.Limit != 100 || !errors.Is(got[1].Err, article.ErrTooLarge) || got[0].Payload != nil {
		t.Fatalf("err %v, records %+v", err, got)
	}
}

// TestReadStop checks that emit returning false ends the reading.
func TestReadStop(t *testing.T) {
	var buf bytes.Buffer
	if err := warctest.Write(&buf, true, warctest.Crawl(page)); err != nil {
		t.Fatal(err)
	}
	n := 0
	if err := warc.Read("x", &buf, 1<<20, func(*warc.Record) bool { n++; return false }, func(warc.Skip) {}); err != nil || n != 1 {
		t.Errorf("err %v, %d records", err, n)
	}
}

// TestReadTruncated checks that an archive cut short hands over the
// records before the cut and the damaged one with its error.
func TestReadTruncated(t *testing.T) {
	var buf bytes.Buffer
	if err := warctest.Write(&buf, false, warctest.Crawl(page)[:5]); err != nil {
		t.Fatal(err)
	}
	var got []*warc.Record
	err := warc.Read("x", bytes.NewReader(buf.Bytes()[:buf.Len()-200]), 1<<20, func(r *warc.Record) bool { got = append(got, r); return true }, func(warc.Skip) {})
	if len(got) == 0 || got[0].Err != nil || got[0].TargetURI != "https://example.com/a" {
		t.Fatalf("err %v, records %+v", err, got)
	}
	damaged := err != nil
	for _, r := range got[1:] {
		damaged = damaged || (r.Err != nil && strings.Contains(r.Err.Error(), "damaged record"))
	}
	if !damaged {
		t.Errorf("no damage reported: err %v, records %+v", err, got)
	}
}

// TestSniff tells archives, gzip-compressed pages and plain pages apart.
func TestSniff(t *testing.T) {
	var plainWARC, gzWARC, gzPage bytes.Buffer
	recs := warctest.Crawl(page)[:3]
	if err := warctest.Write(&plainWARC, false, recs); err != nil {
		t.Fatal(err)
	}
	if err := warctest.Write(&gzWARC, true, recs); err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(&gzPage)
	zw.Write(page(1))
	zw.Close()
	for _, c := range []struct {
		name string
		in   []byte
		want warc.Kind
	}{
		{"warc", plainWARC.Bytes(), warc.Archive},
		{"warc.gz", gzWARC.Bytes(), warc.Archive},
		{"html.gz", gzPage.Bytes(), warc.Gzip},
		{"html", page(1), warc.Plain},
		{"empty", nil, warc.Plain},
	} {
		br := bufio.NewReader(bytes.NewReader(c.in))
		if got := warc.Sniff(br); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
		if rest, _ := br.Peek(len(c.in)); !bytes.Equal(rest, c.in) {
			t.Errorf("%s: input consumed", c.name)
		}
	}
}

// TestOptionsAndWrap parses a record with its options and wraps the
// article's JSON line.
func TestOptionsAndWrap(t *testing.T) {
	r := &warc.Record{ID: "<urn:uuid:1>", TargetURI: "https://example.com/a?x=<1>&y", Date: "2024-06-19T12:00:00Z", Payload: page(7)}
	a, err := article.ParseHTML(bytes.NewReader(r.Payload), r.Options(article.DefaultMaxBytes)...)
	// (The article's URL is the target URI with the bytes no URI may
	// hold percent-encoded.)
	if err != nil || a.Headline != "Title 7" || a.URL != "https://example.com/a?x=%3C1%3E&y" {
		t.Fatalf("article %+v, %v", a, err)
	}
	got, err := r.Wrap([]byte(`{"headline":"Title 7"}` + "\n"))
	want := `{"warcRecordId":"<urn:uuid:1>","warcTargetURI":"https://example.com/a?x=<1>&y","warcDate":"2024-06-19T12:00:00Z","article":{"headline":"Title 7"}}` + "\n"
	if err != nil || string(got) != want {
		t.Errorf("Wrap: %s, %v; want %s", got, err, want)
	}
	// Indented JSON is put on one line; what is no JSON is an error.
	if got, err := r.Wrap([]byte("{\n  \"headline\": \"Title 7\"\n}\n")); err != nil || string(got) != want {
		t.Errorf("Wrap of indented JSON: %s, %v; want %s", got, err, want)
	}
	for _, bad := range []string{"", "not json", `{"headline":`} {
		if got, err := r.Wrap([]byte(bad)); err == nil {
			t.Errorf("Wrap(%q) = %s, want an error", bad, got)
		}
	}
	// The limit grows to the payload's length, never below maxBytes.
	if _, err := article.ParseHTML(bytes.NewReader(r.Payload), r.Options(10)...); err != nil {
		t.Errorf("payload longer than maxBytes: %v", err)
	}
}

// readAll reads the archive in b, returning the labels of the records
// handed over and skipped, and Read's error.
func readAll(b []byte) (labels []string, err error) {
	err = warc.Read("crawl", bytes.NewReader(b), article.DefaultMaxBytes, func(r *warc.Record) bool {
		labels = append(labels, fmt.Sprintf("%s %v %d", r.Label, r.Err, len(r.Payload)))
		return true
	}, func(s warc.Skip) { labels = append(labels, "skip "+s.Label+" "+s.Kind) })
	return labels, err
}

// TestReadWholeGzip checks that an archive compressed as a whole (`gzip
// crawl.warc`, one member for every record) gives the records the plain
// archive gives, not only the first, and that one cut short says so.
func TestReadWholeGzip(t *testing.T) {
	var plain bytes.Buffer
	if err := warctest.Write(&plain, false, warctest.Crawl(page)); err != nil {
		t.Fatal(err)
	}
	var whole bytes.Buffer
	zw := gzip.NewWriter(&whole)
	zw.Write(plain.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	want, err := readAll(plain.Bytes())
	if err != nil || len(want) != 9 {
		t.Fatalf("plain archive: %d records, %v", len(want), err)
	}
	got, err := readAll(whole.Bytes())
	if err != nil {
		t.Fatalf("whole-gzip archive: %v", err)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("whole-gzip archive gave\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	cut := whole.Bytes()[:whole.Len()*2/3]
	got, err = readAll(cut)
	if err == nil || len(got) == 0 || len(got) >= len(want) {
		t.Errorf("whole-gzip archive cut short: %d records, error %v; want some records and an error", len(got), err)
	}
}
