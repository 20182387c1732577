// Package warc reads the HTML pages of WARC archives (the files crawlers
// write: Heritrix, wget, Common Crawl …) the way the article command does,
// so that every program built on the library (the command, the Apache Beam
// pipeline of the pipeline module) turns an archive into the same records.
//
// Read streams an archive record by record: every response record holding
// an HTML page (HTTP status 2xx, Content-Type text/html or
// application/xhtml+xml, or sniffed as HTML when none is given) is handed
// over as a Record, its payload undone of its chunked transfer coding and
// gzip content coding and transcoded to UTF-8 from the charset its
// Content-Type declares; the other records are reported as skipped, with
// the reason. Record.Options gives the options its page is parsed with
// (WARC-Target-URI as the URL, WARC-Date as the reference time) and
// Record.Wrap the JSON Lines record that names it.
//
// Archives are read with github.com/nlnwa/gowarc/v3: WARC 1.0 and 1.1,
// gzip-compressed per record, as a whole, or not. Only one record is held at a time, so
// memory is bounded by the largest record, not by the archive: a record
// of up to 4 MB (inflated) is read into the reader's buffer and parsed
// there without gowarc's block cache and digests (see fast.go); a larger
// one, or one that is damaged or oddly framed, is read by gowarc's
// validating reader, which spills a block past 1 MB to a temporary file.
package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"strconv"
	"strings"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/httpbody"
	kgzip "github.com/klauspost/compress/gzip"
	"github.com/nlnwa/gowarc/v3"
)

// Kind is what the first bytes of an input say it is.
type Kind int

const (
	// Plain is text or HTML, to be parsed as it is.
	Plain Kind = iota
	// Gzip is gzip-compressed text or HTML.
	Gzip
	// Archive is a WARC archive, gzip-compressed or not.
	Archive
)

// magic starts every WARC record ("WARC/1.0", "WARC/1.1").
var magic = []byte("WARC/1.")

// Sniff tells a WARC archive (by the magic of its first record, inside a
// gzip member or not) and gzip-compressed input from plain input. It only
// peeks at br, so br can then be read from its start.
func Sniff(br *bufio.Reader) Kind {
	head, _ := br.Peek(len(magic))
	if bytes.Equal(head, magic) {
		return Archive
	}
	if len(head) < 2 || head[0] != 0x1f || head[1] != 0x8b {
		return Plain
	}
	// Decompress the start of the first gzip member from the bytes peeked
	// at, peeking further only while they are too few, so that a stream
	// (standard input) is not waited on for more than its first record.
	for n := 64; ; n *= 2 {
		buf, err := br.Peek(min(n, br.Size()))
		zr, zerr := gzip.NewReader(bytes.NewReader(buf))
		if zerr == nil {
			inner := make([]byte, len(magic))
			k, _ := io.ReadFull(zr, inner)
			if k == len(inner) {
				if bytes.Equal(inner, magic) {
					return Archive
				}
				return Gzip
			}
		}
		if err != nil || n >= br.Size() {
			break
		}
	}
	return Gzip
}

// Record is a response record of an archive holding an HTML page.
type Record struct {
	// Number is the record's position in the archive, from 1, all
	// records counted.
	Number int
	// Label names the record in messages: "NAME: record N <urn:uuid:…>".
	Label string
	// ID, TargetURI and Date are the record's WARC-Record-ID,
	// WARC-Target-URI and WARC-Date headers, as written.
	ID, TargetURI, Date string
	// Payload is the page: the HTTP response body, transfer and content
	// codings undone, transcoded to UTF-8 when its Content-Type declares
	// another charset. Nil when Err is set.
	Payload []byte
	// Err says why the page could not be read: a damaged record (cut
	// short, a wrong Content-Length), a payload over the limit given to
	// Read (a *TooLargeError), an undecodable body.
	Err error
}

// Skip is a record of an archive that holds no HTML page to parse.
type Skip struct {
	// Kind says why: the record's type ("request", "metadata",
	// "warcinfo" …), "response without an HTTP message", "HTTP status
	// 404", "not HTML".
	Kind string
	// Label names the record, as Record.Label does.
	Label string
}

// TooLargeError is the Err of a record whose payload is longer than the
// limit given to Read. It wraps article.ErrTooLarge.
type TooLargeError struct {
	Limit int64 // the limit, in bytes
}

// Error names the limit the record's payload exceeded.
func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%v: more than %d bytes", article.ErrTooLarge, e.Limit)
}

// Unwrap returns article.ErrTooLarge.
func (e *TooLargeError) Unwrap() error { return article.ErrTooLarge }

// Read reads the archive in r record by record, calling emit with each
// response record holding an HTML page (its payload read into memory, up
// to maxBytes, beyond which its Err is a *TooLargeError) and skip with
// each other record; name starts the records' labels. It stops when emit
// returns false, returning nil, and at the first error that leaves the
// rest of the archive unreadable, returning it: the records before it
// have been handed over. Only one record is held at a time, so memory is
// bounded by the largest record, not the archive. The archive may be
// gzip-compressed record by record (as crawlers write it) or as a whole
// (`gzip crawl.warc`).
func Read(name string, r io.Reader, maxBytes int64, emit func(*Record) bool, skip func(Skip)) error {
	x := newReader(r)
	defer x.close()
	if wholeGzip(x.br) {
		// One member holds every record: inflate the stream as a whole
		// and read the records from the plain stream.
		zr, err := kgzip.NewReader(x.br)
		if err != nil {
			return fmt.Errorf("record 1: %v", err)
		}
		x = newReader(zr)
		defer x.close()
	}
	for n := 1; ; n++ {
		rc, sk, ok := x.fast(name, n, maxBytes)
		if !ok {
			var err error
			rc, sk, err = x.slow(name, n, maxBytes)
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
		}
		if rc == nil {
			skip(sk)
			continue
		}
		if !emit(rc) {
			return nil
		}
	}
}

// slow reads the nth record with gowarc's validating reader, straight from
// the stream: every record the fast path does not take (one larger than
// the read buffer, damaged, cut short, or framed in a way the fast path
// does not check).
func (x *reader) slow(name string, n int, maxBytes int64) (*Record, Skip, error) {
	rec, _, validation, err := x.validating.Unmarshal(x.br)
	if rec != nil {
		defer rec.Close()
	}
	if err == io.EOF {
		return nil, Skip{}, err
	}
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, Skip{}, fmt.Errorf("record %d: archive cut short: %v", n, err)
		}
		return nil, Skip{}, fmt.Errorf("record %d: %v", n, err)
	}
	h := rec.WarcHeader()
	rc, sk := record(name, n, rec, h.Get(gowarc.WarcRecordID), h.Get(gowarc.WarcTargetURI), h.Get(gowarc.WarcDate), nil, maxBytes)
	if rc != nil && rc.Err == nil {
		if err := damage(validation); err != nil {
			rc.Err, rc.Payload = err, nil
		}
	}
	return rc, sk, nil
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

// record makes the Record of the nth record of an archive, or says why it
// is skipped. id, uri and date are its WARC-Record-ID, WARC-Target-URI
// and WARC-Date; block, when not nil, is its whole block, read into
// memory by the fast path (else the block is read from rec).
func record(name string, n int, rec gowarc.WarcRecord, id, uri, date string, block []byte, maxBytes int64) (*Record, Skip) {
	r := &Record{Number: n, ID: id, TargetURI: uri, Date: date}
	r.Label = name + ": record " + strconv.Itoa(n)
	if r.ID != "" {
		r.Label += " " + r.ID
	}
	if rec.Type() != gowarc.Response {
		return nil, Skip{Kind: rec.Type().String(), Label: r.Label}
	}
	blk, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, Skip{Kind: "response without an HTTP message", Label: r.Label}
	}
	if code := blk.HttpStatusCode(); code < 200 || code > 299 {
		return nil, Skip{Kind: "HTTP status " + strconv.Itoa(code), Label: r.Label}
	}
	var hdr http.Header
	if p := blk.HttpHeader(); p != nil {
		hdr = *p
	}
	var raw []byte
	shared := block != nil // raw is a view of the reader's buffer
	if shared {
		raw = block[min(len(blk.ProtocolHeaderBytes()), len(block)):]
		if int64(len(raw)) > maxBytes {
			r.Err = &TooLargeError{Limit: maxBytes}
			return r, Skip{}
		}
	} else {
		payload, err := blk.PayloadBytes()
		if err != nil {
			r.Err = err
			return r, Skip{}
		}
		if raw, err = readLimited(payload, maxBytes, blk.Size()-int64(len(blk.ProtocolHeaderBytes()))); err != nil {
			r.Err = err
			return r, Skip{}
		}
	}
	body, decoded, err := decodeTransfer(hdr, raw, maxBytes)
	if err != nil {
		r.Err = err
		return r, Skip{}
	}
	shared = shared && !decoded
	ct := hdr.Get("Content-Type")
	if !httpbody.IsHTML(ct, body) {
		return nil, Skip{Kind: "not HTML", Label: r.Label}
	}
	out, err := httpbody.DecodeDeclared(ct, body)
	if err != nil {
		r.Err = err
		return r, Skip{}
	}
	if shared && len(out) > 0 && len(body) > 0 && &out[0] == &body[0] {
		// Still the reader's buffer, which the next record overwrites.
		out = bytes.Clone(out)
	}
	r.Payload = out
	return r, Skip{}
}

// Options are the options the record's page is parsed with, to be given
// after the caller's own: the WARC-Target-URI as the article's URL, the
// WARC-Date as the reference time, after which no date of the article may
// be (when it is RFC 3339),
// and a byte limit of maxBytes or the payload's length, whichever is
// larger (a payload transcoded to UTF-8 may have grown past the limit that
// its bytes as sent kept to).
func (r *Record) Options(maxBytes int64) []article.Option {
	var opts []article.Option
	if r.TargetURI != "" {
		opts = append(opts, article.WithURL(r.TargetURI))
	}
	if d, err := time.Parse(time.RFC3339Nano, r.Date); err == nil {
		opts = append(opts, article.WithReferenceTime(d))
	}
	return append(opts, article.WithMaxBytes(max(maxBytes, int64(len(r.Payload)))))
}

// Wrap puts line, the JSON (or JSON-LD) of the record's article, into the
// JSON Lines record that names the record:
// {"warcRecordId":…,"warcTargetURI":…,"warcDate":…,"article":{…}}, the
// article's object under "article" (compacted onto one line), ended by a
// newline. A line that is no JSON value is an error.
func (r *Record) Wrap(line []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(line) + 200)
	buf.WriteString(`{"warcRecordId":`)
	for i, s := range []string{r.ID, r.TargetURI, r.Date} {
		if i == 1 {
			buf.WriteString(`,"warcTargetURI":`)
		} else if i == 2 {
			buf.WriteString(`,"warcDate":`)
		}
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			return nil, err
		}
		buf.Truncate(buf.Len() - 1) // Encode's newline
	}
	buf.WriteString(`,"article":`)
	// One JSON value on one line: indented output is compacted, and
	// what is no JSON is an error, not a broken line.
	if err := json.Compact(&buf, line); err != nil {
		return nil, fmt.Errorf("warc: wrapping record %d: the article is no JSON value: %w", r.Number, err)
	}
	buf.WriteString("}\n")
	return buf.Bytes(), nil
}

// decodeTransfer undoes a response payload's chunked transfer coding and
// gzip content coding when the headers name them (crawlers store the
// bytes received), up to maxBytes decoded; decoded says whether body is
// new (else it is raw).
func decodeTransfer(h http.Header, raw []byte, maxBytes int64) (body []byte, decoded bool, err error) {
	if te := h.Get("Transfer-Encoding"); te != "" && strings.Contains(strings.ToLower(te), "chunked") {
		if b, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(raw))); err == nil {
			raw, decoded = b, true
		}
		// A payload that is not chunked after all (some crawlers store
		// it decoded and keep the header) is taken as it is.
	}
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return raw, decoded, nil // stored decoded, header kept
		}
		b, err := readLimited(zr, maxBytes, 0)
		return b, true, err
	}
	return raw, decoded, nil
}

// readLimited reads r to its end, failing with a *TooLargeError past max
// bytes; hint, when positive, is the expected size.
func readLimited(r io.Reader, max, hint int64) ([]byte, error) {
	b, over, err := httpbody.ReadLimited(r, max, hint)
	if over {
		return nil, &TooLargeError{Limit: max}
	}
	return b, err
}
