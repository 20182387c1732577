package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"strings"
	"time"

	"github.com/articlekit/article"
	"github.com/nlnwa/gowarc/v3"
)

// The archives are read with github.com/nlnwa/gowarc/v3 (Apache-2.0, the
// National Library of Norway's WARC library, v3.1.0 of March 2026): it reads
// WARC 1.0 and 1.1, gzip-compressed per record or not, as a stream with an
// iterator API, validates records (Content-Length, digests) and keeps a
// record's block in memory up to 1 MB, spilling larger ones to a temporary
// file, so memory stays bounded whatever the record. The alternative served
// here, github.com/CorentinB/warc v0.8.33 (CC0, August 2023, since moved to
// github.com/internetarchive/gowarc), is a crawler's writing library: its
// reader only opens gzip-compressed archives ("gzip: invalid header" on a
// plain .warc), ends a record at the last CRLFCRLF it finds rather than at
// its Content-Length, and pulls in an HTTP client stack (utls, brotli,
// SOCKS, old golang.org/x modules). Reading speed is alike (the AEB archive,
// 3620 records, 300 MB of payload gzip-compressed: about 100 MB/s for both).

// contentKind is what the first bytes of an input say it is.
type contentKind int

const (
	plainContent contentKind = iota // text or HTML, parsed as it is
	gzipContent                     // gzip-compressed text or HTML
	warcContent                     // a WARC archive, gzip-compressed or not
)

// warcMagic starts every WARC record ("WARC/1.0", "WARC/1.1").
var warcMagic = []byte("WARC/1.")

// sniff tells a WARC archive (by the magic of its first record, inside a
// gzip member or not) and gzip-compressed input from plain input. It only
// peeks at br.
func sniff(br *bufio.Reader) contentKind {
	head, _ := br.Peek(len(warcMagic))
	if bytes.Equal(head, warcMagic) {
		return warcContent
	}
	if len(head) < 2 || head[0] != 0x1f || head[1] != 0x8b {
		return plainContent
	}
	// Decompress the start of the first gzip member from the bytes peeked
	// at, peeking further only while they are too few, so that a stream
	// (standard input) is not waited on for more than its first record.
	for n := 64; ; n *= 2 {
		buf, err := br.Peek(min(n, br.Size()))
		zr, zerr := gzip.NewReader(bytes.NewReader(buf))
		if zerr == nil {
			inner := make([]byte, len(warcMagic))
			k, _ := io.ReadFull(zr, inner)
			if k == len(inner) {
				if bytes.Equal(inner, warcMagic) {
					return warcContent
				}
				return gzipContent
			}
		}
		if err != nil || n >= br.Size() {
			break
		}
	}
	return gzipContent
}

// warcMeta identifies the WARC record an article comes from.
type warcMeta struct {
	id, targetURI, date string
}

// warcSkip is a record of a WARC that is not parsed, and why.
type warcSkip struct {
	kind   string // "request", "metadata", "not HTML", "HTTP 404 Not Found" …
	record string
}

// readWARC reads the archive in r record by record, calling emit with a
// task for each HTML response record (its payload read into memory, up to
// maxBytes) and skip for each other record. Only one record is held at a
// time, so memory is bounded by the largest record, not the archive. It
// stops at the first error that leaves the rest of the archive unreadable
// and returns it.
func readWARC(name string, r io.Reader, maxBytes int64, emit func(*task) bool, skip func(warcSkip)) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0)
	if err != nil {
		return err
	}
	defer wr.Close()
	for n := 1; ; n++ {
		rec, err := wr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			rec.Close()
			if errors.Is(err, io.ErrUnexpectedEOF) {
				return fmt.Errorf("record %d: archive cut short: %v", n, err)
			}
			return fmt.Errorf("record %d: %v", n, err)
		}
		t, sk := warcTask(name, n, rec.WarcRecord, maxBytes)
		if t != nil && t.err == nil {
			if err := damage(rec.Validation); err != nil {
				t.err, t.data = err, nil
			}
		}
		rec.Close()
		if t == nil {
			skip(sk)
			continue
		}
		if !emit(t) {
			return nil
		}
	}
}

// damage returns an error when the reader's findings on a record say that
// its content is incomplete (an archive cut short, a wrong Content-Length);
// other findings (a missing digest, header syntax) are not the page's
// concern.
func damage(findings []error) error {
	for _, f := range findings {
		var cl *gowarc.ContentLengthError
		if errors.As(f, &cl) || strings.Contains(f.Error(), "too few bytes in end of record marker") {
			return fmt.Errorf("damaged record: %v", f)
		}
	}
	return nil
}

// warcTask makes the task for one record, or says why it is skipped.
func warcTask(name string, n int, rec gowarc.WarcRecord, maxBytes int64) (*task, warcSkip) {
	h := rec.WarcHeader()
	meta := &warcMeta{id: h.Get(gowarc.WarcRecordID), targetURI: h.Get(gowarc.WarcTargetURI), date: h.Get(gowarc.WarcDate)}
	label := fmt.Sprintf("%s: record %d", name, n)
	if meta.id != "" {
		label += " " + meta.id
	}
	if rec.Type() != gowarc.Response {
		return nil, warcSkip{kind: rec.Type().String(), record: label}
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, warcSkip{kind: "response without an HTTP message", record: label}
	}
	if code := block.HttpStatusCode(); code < 200 || code > 299 {
		return nil, warcSkip{kind: "HTTP status " + fmt.Sprint(code), record: label}
	}
	t := &task{name: label, warc: meta, html: true}
	if meta.targetURI != "" {
		t.opts = append(t.opts, article.WithURL(meta.targetURI))
	}
	if d, err := time.Parse(time.RFC3339Nano, meta.date); err == nil {
		t.opts = append(t.opts, article.WithReferenceTime(d))
	}
	var hdr http.Header
	if p := block.HttpHeader(); p != nil {
		hdr = *p
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		t.err = err
		return t, warcSkip{}
	}
	body, err := decodeTransfer(hdr, payload, maxBytes, block.Size()-int64(len(block.ProtocolHeaderBytes())))
	if err != nil {
		t.err = err
		return t, warcSkip{}
	}
	ct := hdr.Get("Content-Type")
	if !isHTML(ct, body) {
		return nil, warcSkip{kind: "not HTML", record: label}
	}
	if t.data, err = decodeDeclared(ct, body); err != nil {
		t.err = err
	}
	return t, warcSkip{}
}

// decodeTransfer reads a response payload as it was sent, undoing a chunked
// transfer coding and a gzip content coding when the headers
// name them (crawlers store the bytes received), up to maxBytes decoded.
func decodeTransfer(h http.Header, payload io.Reader, maxBytes, hint int64) ([]byte, error) {
	raw, err := readLimited(payload, maxBytes, hint)
	if err != nil {
		return nil, err
	}
	if strings.Contains(strings.ToLower(h.Get("Transfer-Encoding")), "chunked") {
		if b, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(raw))); err == nil {
			raw = b
		}
		// A payload that is not chunked after all (some crawlers store
		// it decoded and keep the header) is taken as it is.
	}
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return raw, nil // stored decoded, header kept
		}
		return readLimited(zr, maxBytes, 0)
	}
	return raw, nil
}
