package warc

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/articlekit/article/warc/warctest"
)

// TestWholeGzipLargeFirstRecord checks an archive compressed as a whole
// whose first record is larger than the read buffer (a video before the
// pages): every record is read, not the first alone.
func TestWholeGzipLargeFirstRecord(t *testing.T) {
	defer func(n int) { bufSize = n }(bufSize)
	bufSize = 16 << 10
	big := warctest.HTMLRecord(1, "https://example.com/big", []byte("<html><body><p>"+strings.Repeat("word ", 8000)+"</p></body></html>"))
	recs := append([]warctest.Record{big}, warctest.Crawl(func(n int) []byte {
		return []byte("<html><body><h1>Title</h1><p>The storm hit the coast on Monday, officials said.</p></body></html>")
	})...)
	var plain bytes.Buffer
	if err := warctest.Write(&plain, false, recs); err != nil {
		t.Fatal(err)
	}
	var whole bytes.Buffer
	zw := gzip.NewWriter(&whole)
	zw.Write(plain.Bytes())
	zw.Close()
	count := func(b []byte) (n int, err error) {
		err = Read("crawl", bytes.NewReader(b), 1<<20, func(*Record) bool { n++; return true }, func(Skip) { n++ })
		return n, err
	}
	want, err := count(plain.Bytes())
	if err != nil || want != len(recs) {
		t.Fatalf("plain: %d records, %v; want %d", want, err, len(recs))
	}
	if got, err := count(whole.Bytes()); err != nil || got != want {
		t.Errorf("whole-gzip with a first record over the buffer: %d records, %v; want %d", got, err, want)
	}
}
