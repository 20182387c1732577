package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/articlekit/article/warc/warctest"
)

// result is what Read hands over for one archive, as text to compare.
func readAll(t testing.TB, archive []byte, maxBytes int64) string {
	t.Helper()
	var b strings.Builder
	err := Read("a", bytes.NewReader(archive), maxBytes, func(r *Record) bool {
		fmt.Fprintf(&b, "record %d %q id=%q uri=%q date=%q err=%v payload=%q\n", r.Number, r.Label, r.ID, r.TargetURI, r.Date, r.Err, r.Payload)
		return true
	}, func(s Skip) { fmt.Fprintf(&b, "skip %q %q\n", s.Kind, s.Label) })
	fmt.Fprintf(&b, "error %v\n", err)
	return b.String()
}

// both reads the archive with and without the fast path.
func both(t testing.TB, archive []byte, maxBytes int64) (fast, slow string) {
	t.Helper()
	defer func(on bool) { fastPath = on }(fastPath)
	fastPath = true
	fast = readAll(t, archive, maxBytes)
	fastPath = false
	slow = readAll(t, archive, maxBytes)
	return fast, slow
}

// rawRecord is a record written as given: version line, header lines (each
// ended by CRLF unless it ends in LF already), block, end marker.
func rawRecord(version string, fields []string, block string, end string) []byte {
	var b bytes.Buffer
	b.WriteString(version + "\r\n")
	for _, f := range fields {
		if strings.HasSuffix(f, "\n") {
			b.WriteString(f)
		} else {
			b.WriteString(f + "\r\n")
		}
	}
	b.WriteString("\r\n" + block + end)
	return b.Bytes()
}

func gz(parts ...[]byte) []byte {
	var out bytes.Buffer
	for _, p := range parts {
		zw := gzip.NewWriter(&out)
		zw.Write(p)
		zw.Close()
	}
	return out.Bytes()
}

func page(n int) []byte {
	return fmt.Appendf(nil, "<html><body><article><h1>Title %d</h1><p>Paragraph %d of the page.</p></article></body></html>", n, n)
}

// oddArchives are archives whose records the fast path must read as the
// validating reader does, or leave to it: header fields gowarc validates
// (bad ids, URIs, dates, lower-case names, duplicates), framings the fast
// path does not take (wrong Content-Length, bare LF, folded lines, WARC
// 0.18, garbage between records, a gzip member of two records), codings
// of the payload, and archives cut at many points.
func oddArchives(t testing.TB) map[string][]byte {
	page1 := string(warctest.HTTPResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n", page(1)))
	resp := func(version string, extra []string, block string) []byte {
		fields := append([]string{"WARC-Type: response", "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>",
			"WARC-Date: 2024-06-19T12:00:00Z", "WARC-Target-URI: https://example.com/a", "Content-Type: application/http; msgtype=response"}, extra...)
		fields = append(fields, fmt.Sprintf("Content-Length: %d", len(block)))
		return rawRecord(version, fields, block, "\r\n\r\n")
	}
	with := func(field, value string) []byte {
		b := resp("WARC/1.1", nil, page1)
		i := bytes.Index(b, []byte(field+":"))
		j := i + bytes.Index(b[i:], []byte("\r\n"))
		return append(append(append([]byte(nil), b[:i]...), field+": "+value...), b[j:]...)
	}
	var crawl, crawlGz bytes.Buffer
	warctest.Write(&crawl, false, warctest.Crawl(page))
	warctest.Write(&crawlGz, true, warctest.Crawl(page))
	m := map[string][]byte{
		"crawl":            crawl.Bytes(),
		"crawl.gz":         crawlGz.Bytes(),
		"warc 1.0":         resp("WARC/1.0", nil, page1),
		"warc 0.18":        resp("WARC/0.18", nil, page1),
		"bad id":           with("WARC-Record-ID", "urn:uuid:1"),
		"bad id2":          with("WARC-Record-ID", "<not a uri>"),
		"bad uri":          with("WARC-Target-URI", "http://exa mple.com:99999/"),
		"rel uri":          with("WARC-Target-URI", "/a/b"),
		"bracket uri":      with("WARC-Target-URI", "<https://example.com/a>"),
		"bad date":         with("WARC-Date", "2024-06-19 12:00"),
		"nano date":        with("WARC-Date", "2024-06-19T12:00:00.123456Z"),
		"lower names":      bytes.ReplaceAll(bytes.ReplaceAll(resp("WARC/1.1", nil, page1), []byte("WARC-Target-URI"), []byte("warc-target-uri")), []byte("WARC-Record-ID"), []byte("WARC-RECORD-ID")),
		"lower length":     bytes.Replace(resp("WARC/1.1", nil, page1), []byte("Content-Length"), []byte("content-length"), 1),
		"dup uri":          resp("WARC/1.1", []string{"WARC-Target-URI: https://example.com/second"}, page1),
		"dup length":       resp("WARC/1.1", []string{"Content-Length: 5"}, page1),
		"folded":           resp("WARC/1.1", []string{"X-Note: one", " two"}, page1),
		"bare lf":          resp("WARC/1.1", []string{"X-Note: one\n"}, page1),
		"blankish":         resp("WARC/1.1", []string{"X-Note: one", "\r"}, page1),
		"encoded":          resp("WARC/1.1", []string{"X-Note: =?utf-8?q?caf=C3=A9?="}, page1),
		"digest":           resp("WARC/1.1", []string{"WARC-Block-Digest: sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}, page1),
		"bad digest":       resp("WARC/1.1", []string{"WARC-Block-Digest: crc99:xyz"}, page1),
		"short length":     bytes.Replace(resp("WARC/1.1", nil, page1), fmt.Appendf(nil, "Content-Length: %d", len(page1)), fmt.Appendf(nil, "Content-Length: %d", len(page1)-7), 1),
		"long length":      bytes.Replace(resp("WARC/1.1", nil, page1), fmt.Appendf(nil, "Content-Length: %d", len(page1)), fmt.Appendf(nil, "Content-Length: %d", len(page1)+7), 1),
		"no length":        rawRecord("WARC/1.1", []string{"WARC-Type: response", "WARC-Record-ID: <urn:uuid:1>"}, page1, "\r\n\r\n"),
		"lf end":           rawRecord("WARC/1.1", []string{"WARC-Type: response", "WARC-Record-ID: <urn:uuid:1>", "Content-Type: application/http", fmt.Sprintf("Content-Length: %d", len(page1))}, page1, "\n\n"),
		"unknown type":     with("WARC-Type", "novel"),
		"no type":          bytes.Replace(resp("WARC/1.1", nil, page1), []byte("WARC-Type: response\r\n"), nil, 1),
		"http missing end": resp("WARC/1.1", nil, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"),
		"not http":         bytes.Replace(resp("WARC/1.1", nil, page1), []byte("application/http; msgtype=response"), []byte("text/html"), 1),
		"chunked": resp("WARC/1.1", nil, string(warctest.HTTPResponse("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
			fmt.Appendf(nil, "%x\r\n%s\r\n0\r\n\r\n", len(page(2)), page(2))))),
		"content gzip":  resp("WARC/1.1", nil, string(warctest.HTTPResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gz(page(3))))),
		"latin1":        resp("WARC/1.1", nil, string(warctest.HTTPResponse("200 OK", "Content-Type: text/html; charset=iso-8859-1\r\n", []byte("<p>caf\xe9</p>")))),
		"sniffed":       resp("WARC/1.1", nil, string(warctest.HTTPResponse("200 OK", "", page(4)))),
		"garbage":       append([]byte("xx\r\n"), resp("WARC/1.1", nil, page1)...),
		"two in member": gz(append(resp("WARC/1.1", nil, page1), with("WARC-Target-URI", "https://example.com/z")...)),
		"member tail":   gz(append(resp("WARC/1.1", nil, page1), "junk"...)),
		"mixed":         append(gz(resp("WARC/1.1", nil, page1)), with("WARC-Target-URI", "https://example.com/p")...),
	}
	m["two"] = append(append([]byte(nil), m["bad uri"]...), m["lower names"]...)
	m["two.gz"] = gz(m["bad uri"], m["lower names"], m["short length"])
	m["plain then gz"] = append(append([]byte(nil), m["digest"]...), gz(m["bad date"])...)
	for _, name := range []string{"crawl", "crawl.gz", "two.gz", "two"} {
		a := m[name]
		for _, cut := range []int{1, 5, 40, len(a) / 3, len(a) / 2, len(a) - 300, len(a) - 30, len(a) - 5, len(a) - 2, len(a) - 1} {
			if cut > 0 && cut < len(a) {
				m[fmt.Sprintf("%s cut at %d", name, cut)] = a[:cut]
			}
		}
	}
	return m
}

// TestFastPathSame checks that the fast path hands over the same records,
// skips and errors as gowarc's validating reader alone, on every odd
// archive, with the read buffer large and small (so that some records do
// not fit) and with a low byte limit.
func TestFastPathSame(t *testing.T) {
	defer func(n int) { bufSize = n }(bufSize)
	for _, size := range []int{4 << 20, 512} {
		bufSize = size
		for name, a := range oddArchives(t) {
			for _, limit := range []int64{1 << 20, 60} {
				fast, slow := both(t, a, limit)
				if fast != slow {
					t.Errorf("%s (buffer %d, limit %d): fast path\n%s\nvalidating reader\n%s", name, size, limit, fast, slow)
				}
			}
		}
	}
}

// TestFastPathTaken checks that ordinary records, plain and gzipped, are
// read by the fast path, and that records it leaves to the validating
// reader are left untouched in the stream.
func TestFastPathTaken(t *testing.T) {
	m := oddArchives(t)
	for _, c := range []struct {
		name string
		fast bool
	}{
		{"crawl", true}, {"crawl.gz", true}, {"warc 1.0", true}, {"bad uri", true}, {"lower names", true}, {"digest", true},
		{"warc 0.18", false}, {"folded", false}, {"bare lf", false}, {"short length", false}, {"long length", false},
		{"two in member", false}, {"garbage", false}, {"lower length", true},
	} {
		x := newReader(bytes.NewReader(m[c.name]))
		_, _, ok := x.fast("a", 1, 1<<20)
		if ok != c.fast {
			t.Errorf("%s: fast path %v, want %v", c.name, ok, c.fast)
		}
		if !ok {
			if rest, _ := io.ReadAll(x.br); !bytes.Equal(rest, m[c.name]) {
				t.Errorf("%s: the stream was consumed", c.name)
			}
		}
		x.close()
	}
}

// FuzzFastPathSame mutates the odd archives: whatever the bytes, the fast
// path gives what the validating reader gives.
func FuzzFastPathSame(f *testing.F) {
	for _, a := range oddArchives(f) {
		f.Add(a)
	}
	f.Fuzz(func(t *testing.T, a []byte) {
		fast, slow := both(t, a, 1<<20)
		if fast != slow {
			t.Errorf("fast path\n%s\nvalidating reader\n%s", fast, slow)
		}
	})
}
