// Package warctest writes small WARC archives for tests: the records of a
// crawl (warcinfo, requests, HTML pages, images, errors, redirects) as
// WARC/1.1, gzip-compressed per record or not, as crawlers write them. The
// article command's tests and the Beam pipeline's tests build their
// archives with it, so that both read the same bytes.
package warctest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"

	"golang.org/x/text/encoding/charmap"
)

// Record is one record of a test archive.
type Record struct {
	Type        string // WARC-Type: "response", "request", "warcinfo" …
	ID          string // WARC-Record-ID, e.g. "<urn:uuid:…>"
	Date        string // WARC-Date, RFC 3339
	URI         string // WARC-Target-URI; left out when empty
	ContentType string // the record's Content-Type, e.g. "application/http; msgtype=response"
	Block       []byte // the record's content
}

// RecordID is the WARC-Record-ID numbered n:
// "<urn:uuid:00000000-0000-4000-8000-00000000000n>" (n zero-padded to 12
// digits).
func RecordID(n int) string {
	return fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", n)
}

// HTTPResponse is the block of a response record: status line (e.g. "200
// OK"), headers (each ended by CRLF), Content-Length, blank line, body.
func HTTPResponse(status, headers string, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %s\r\n%sContent-Length: %d\r\n\r\n", status, headers, len(body))
	b.Write(body)
	return b.Bytes()
}

// HTMLRecord is a response record holding page, served as text/html in
// UTF-8 on 2024-06-19 at noon UTC, its id RecordID(n).
func HTMLRecord(n int, uri string, page []byte) Record {
	return Record{
		Type: "response", ID: RecordID(n),
		Date: "2024-06-19T12:00:00Z", URI: uri, ContentType: "application/http; msgtype=response",
		Block: HTTPResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n", page),
	}
}

// Write writes the records as a WARC file, each record its own gzip member
// when gz is set (as crawlers write .warc.gz).
func Write(w io.Writer, gz bool, recs []Record) error {
	for _, r := range recs {
		var b bytes.Buffer
		fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: %s\r\nWARC-Date: %s\r\n", r.Type, r.ID, r.Date)
		if r.URI != "" {
			fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.URI)
		}
		fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", r.ContentType, len(r.Block))
		b.Write(r.Block)
		b.WriteString("\r\n\r\n")
		if !gz {
			if _, err := w.Write(b.Bytes()); err != nil {
				return err
			}
			continue
		}
		zw := gzip.NewWriter(w)
		if _, err := zw.Write(b.Bytes()); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
	}
	return nil
}

// Crawl is a small crawl of nine records: a warcinfo record, a request,
// page(1) at https://example.com/a (record 3), an image, page(2) at
// https://example.com/b (record 5), a 404, a redirect, a Russian article
// served as windows-1251 by its header while its own <meta> says
// iso-8859-1 (record 8), and a page with nothing but navigation (record
// 9). The pages' ids are RecordID(1), (2), (3) and (4), in that order; the
// other records' are RecordID(1e11) and up.
func Crawl(page func(n int) []byte) []Record {
	ru := `<html><head><meta charset="iso-8859-1"></head><body><article><h1>Путин объявил о союзе</h1>
<p>Россия и КНДР будут помогать друг другу в случае агрессии, заявил президент в среду.</p>
<p>Второй абзац статьи о договоре, подписанном в Пхеньяне во время визита.</p></article></body></html>`
	cp1251, _ := charmap.Windows1251.NewEncoder().String(ru)
	ruRec := HTMLRecord(3, "https://example.ru/news/1", nil)
	ruRec.Block = HTTPResponse("200 OK", "Content-Type: text/html; charset=windows-1251\r\n", []byte(cp1251))
	return []Record{
		{Type: "warcinfo", ID: RecordID(1e11), Date: "2024-06-19T12:00:00Z", ContentType: "application/warc-fields", Block: []byte("software: test\r\n")},
		{Type: "request", ID: RecordID(1e11 + 1), Date: "2024-06-19T12:00:00Z", URI: "https://example.com/a", ContentType: "application/http; msgtype=request", Block: []byte("GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n")},
		HTMLRecord(1, "https://example.com/a", page(1)),
		{Type: "response", ID: RecordID(1e11 + 2), Date: "2024-06-19T12:00:01Z", URI: "https://example.com/logo.png", ContentType: "application/http; msgtype=response", Block: HTTPResponse("200 OK", "Content-Type: image/png\r\n", []byte("\x89PNG\r\n\x1a\nxxxx"))},
		HTMLRecord(2, "https://example.com/b", page(2)),
		{Type: "response", ID: RecordID(1e11 + 3), Date: "2024-06-19T12:00:02Z", URI: "https://example.com/gone", ContentType: "application/http; msgtype=response", Block: HTTPResponse("404 Not Found", "Content-Type: text/html\r\n", []byte("<html><body><h1>Not found</h1></body></html>"))},
		{Type: "response", ID: RecordID(1e11 + 4), Date: "2024-06-19T12:00:02Z", URI: "https://example.com/old", ContentType: "application/http; msgtype=response", Block: HTTPResponse("301 Moved Permanently", "Location: https://example.com/a\r\n", nil)},
		ruRec,
		HTMLRecord(4, "https://example.com/empty", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>")),
	}
}
