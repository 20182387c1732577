package warc

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	kgzip "github.com/klauspost/compress/gzip"
	"github.com/nlnwa/gowarc/v3"
	whatwg "github.com/nlnwa/whatwg-url/url"
)

// The fast path. gowarc's validating reader (the default options, which
// report a record cut short or of a wrong Content-Length) caches every
// record's block, growing a buffer for it, and computes its block and
// payload digests (SHA-256 when the record names none) before handing it
// over, even when the record has no digest to check; the payload is then
// copied once more out of that cache. Together that is about a tenth of
// the cost of parsing the page. The command uses neither the digests nor
// the cache, so a record that lies whole in the read buffer is framed
// here instead: its WARC header is found, its Content-Length read, and the
// end-of-record marker checked where that length puts it. Only then is the
// record handed to gowarc, as that exact slice of bytes and with the
// specification checks off (so no cache, no digests): gowarc parses its
// header fields and HTTP message as it always does, and the payload is
// taken from the slice. A gzip member is inflated into memory first, and
// must hold that one record. Whatever the fast path does not take (a record
// larger than the buffer, one cut short, a wrong Content-Length, header
// lines folded or ended by a bare LF, a member holding more than one
// record, gowarc's framing disagreeing with ours) is read by gowarc's
// validating reader from the stream, unchanged, so it is handled as
// before. With the specification checks off gowarc leaves the header
// values as written, while the validating reader empties a
// WARC-Record-ID, WARC-Target-URI or WARC-Date that does not parse;
// fieldValue does the same, so both paths give the same Record
// (TestFastPathSame compares them record by record).

// bufSize is the size of the read buffer, the largest record (header,
// block and end marker, inflated) that the fast path takes: larger than
// nearly every HTML page (Common Crawl cuts pages at 1 MiB).
var bufSize = 4 << 20

// fastPath turns the fast path on (tests turn it off to compare).
var fastPath = true

// maxHeader is the longest WARC header the fast path looks for.
const maxHeader = 64 << 10

var (
	crlfcrlf = []byte("\r\n\r\n")
	v10      = []byte("WARC/1.0\r\n")
	v11      = []byte("WARC/1.1\r\n")
)

// reader reads the records of one archive.
type reader struct {
	br         *bufio.Reader
	validating gowarc.Unmarshaler // the default options: validates
	lenient    gowarc.Unmarshaler // no specification checks: parses
	sub        *bufio.Reader      // over the fast path's record
	src        bytes.Reader       // the fast path's record, under sub
	zsrc       bytes.Reader       // a gzip member, under zr
	zr         *kgzip.Reader
	member     []byte // a gzip member inflated, cap bufSize once used
}

// readers holds the readers of archives read to their end, with their
// buffers (the read buffer and the inflated member, bufSize each), for the
// next archive (the Beam pipeline reads many).
var readers sync.Pool

func newReader(r io.Reader) *reader {
	if x, ok := readers.Get().(*reader); ok && x.br.Size() == bufSize {
		x.br.Reset(r)
		return x
	}
	x := &reader{
		br:         bufio.NewReaderSize(r, bufSize),
		validating: gowarc.NewUnmarshaler(),
		lenient:    gowarc.NewUnmarshaler(gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore)),
	}
	x.sub = bufio.NewReader(&x.src)
	return x
}

// close hands x back for the next archive, keeping no reference to this
// one's stream.
func (x *reader) close() {
	x.br.Reset(nil)
	x.src.Reset(nil)
	x.sub.Reset(&x.src)
	x.zsrc.Reset(nil)
	readers.Put(x)
}

// fast reads the nth record the fast way, or reports with ok false that it
// does not take it, having consumed nothing.
func (x *reader) fast(name string, n int, maxBytes int64) (rc *Record, sk Skip, ok bool) {
	if !fastPath {
		return nil, Skip{}, false
	}
	head, _ := x.br.Peek(2)
	var rec []byte // the record: header, block, end marker
	var consumed int
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		rec, consumed, ok = x.inflate()
		if !ok {
			return nil, Skip{}, false
		}
	} else {
		total, ok := x.framePlain()
		if !ok {
			return nil, Skip{}, false
		}
		rec, _ = x.br.Peek(total)
		consumed = total
	}
	h, total, ok := frame(rec)
	if !ok || total != len(rec) {
		return nil, Skip{}, false
	}
	x.src.Reset(rec)
	x.sub.Reset(&x.src)
	wr, _, _, err := x.lenient.Unmarshal(x.sub)
	if wr != nil {
		defer wr.Close()
	}
	// gowarc must have read the record exactly as framed here.
	if err != nil || wr == nil || x.src.Len() != 0 || x.sub.Buffered() != 0 {
		return nil, Skip{}, false
	}
	if cl, err := wr.WarcHeader().GetInt64(gowarc.ContentLength); err != nil || cl != int64(total-h-4) {
		return nil, Skip{}, false
	}
	block := rec[h : total-4]
	if b, isHTTP := wr.Block().(gowarc.ProtocolHeaderBlock); isHTTP && !bytes.HasPrefix(block, b.ProtocolHeaderBytes()) {
		return nil, Skip{}, false
	}
	validate := wr.Type() != 0
	id := fieldValue(wr, gowarc.WarcRecordID, validate, validID)
	uri := fieldValue(wr, gowarc.WarcTargetURI, validate && wr.Type() == gowarc.Response, validURI)
	date := fieldValue(wr, gowarc.WarcDate, validate && wr.Type() == gowarc.Response, validDate)
	rc, sk = record(name, n, wr, id, uri, date, block, maxBytes)
	// record copies what it keeps of the block out of the buffer.
	if _, err := x.br.Discard(consumed); err != nil {
		return nil, Skip{}, false // cannot happen: the bytes were peeked
	}
	return rc, sk, true
}

// framePlain finds the record at the start of the read buffer, not
// compressed, peeking at the stream no further than the record: its total
// length, end marker included.
func (x *reader) framePlain() (total int, ok bool) {
	n := max(x.br.Buffered(), len(v11))
	for {
		p, err := x.br.Peek(n)
		if len(p) >= len(v11) && !bytes.HasPrefix(p, v10) && !bytes.HasPrefix(p, v11) {
			return 0, false
		}
		if bytes.Contains(p, crlfcrlf) {
			_, total, ok = frame(p)
			if !ok || total > x.br.Size() {
				return 0, false
			}
			if p, _ = x.br.Peek(total); len(p) < total {
				return 0, false // cut short: the validating reader says so
			}
			return total, true // frame checks the end marker
		}
		if err != nil || len(p) >= maxHeader {
			return 0, false
		}
		// Wait for more of the stream, but not for more than is there.
		n = x.br.Buffered() + 1
	}
}

// frame reads the framing of the record at the start of p: the length of
// its WARC header (version line, fields, blank line) and its total length
// (the header, Content-Length bytes of block, and the CRLFCRLF end
// marker), when p holds all of it and its header is one that gowarc's
// reader cannot read otherwise: version 1.0 or 1.1, lines ended by CRLF,
// no folded or blank lines before the end of the header, one
// Content-Length field, a decimal number.
func frame(p []byte) (h, total int, ok bool) {
	if !bytes.HasPrefix(p, v10) && !bytes.HasPrefix(p, v11) {
		return 0, 0, false
	}
	end := bytes.Index(p, crlfcrlf)
	if end < len(v11) { // none, or no fields
		return 0, 0, false
	}
	h = end + 4
	cl := int64(-1)
	for lines := p[len(v11):end]; len(lines) > 0; {
		line := lines
		if i := bytes.Index(lines, []byte("\r\n")); i >= 0 {
			line, lines = lines[:i], lines[i+2:]
		} else {
			lines = nil
		}
		if bytes.IndexByte(line, '\n') >= 0 || line[0] == ' ' || line[0] == '\t' || len(bytes.Trim(line, " \t\r")) == 0 {
			return 0, 0, false
		}
		name, value, found := bytes.Cut(line, []byte(":"))
		if !found || !bytes.EqualFold(bytes.Trim(name, " \t\r"), []byte(gowarc.ContentLength)) {
			continue
		}
		v, err := strconv.ParseInt(string(bytes.Trim(value, " \t\r")), 10, 64)
		if cl >= 0 || err != nil || v < 0 || v > int64(bufSize) {
			return 0, 0, false
		}
		cl = v
	}
	if cl < 0 {
		return 0, 0, false
	}
	total = h + int(cl) + 4
	if total > len(p) {
		return h, total, true // the caller peeks further
	}
	if !bytes.Equal(p[total-4:total], crlfcrlf) {
		return 0, 0, false
	}
	return h, total, true
}

// inflate inflates the gzip member at the start of the read buffer into
// x.member, peeking at the stream: the member's content and its
// compressed length. ok is false when the member is damaged, cut short or
// inflates to more than bufSize.
func (x *reader) inflate() (rec []byte, consumed int, ok bool) {
	n := max(x.br.Buffered(), 2)
	for range 4 {
		p, perr := x.br.Peek(n)
		rec, consumed, err := x.inflateFrom(p)
		if err == nil {
			return rec, consumed, true
		}
		if !errors.Is(err, io.ErrUnexpectedEOF) || perr != nil || len(p) >= x.br.Size() {
			return nil, 0, false
		}
		// The member goes on past what is buffered: wait for the next
		// read of the stream (no more, so that a stream still being
		// written is not waited on past its record) and start again. A
		// member that comes in many short reads (a pipe) is left to the
		// validating reader, rather than inflated many times over.
		n = x.br.Buffered() + 1
	}
	return nil, 0, false
}

// errTooLong is a gzip member inflating past bufSize.
var errTooLong = errors.New("gzip member too long")

func (x *reader) inflateFrom(p []byte) (rec []byte, consumed int, err error) {
	x.zsrc.Reset(p)
	if x.zr == nil {
		if x.zr, err = kgzip.NewReader(&x.zsrc); err != nil {
			return nil, 0, err
		}
	} else if err = x.zr.Reset(&x.zsrc); err != nil {
		return nil, 0, err
	}
	x.zr.Multistream(false)
	if cap(x.member) != bufSize {
		x.member = make([]byte, bufSize)
	}
	buf := x.member[:cap(x.member)]
	k := 0
	for {
		m, err := x.zr.Read(buf[k:])
		k += m
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, err
		}
		if k == len(buf) {
			var one [1]byte
			if m, err := x.zr.Read(one[:]); m > 0 || err != io.EOF {
				return nil, 0, errTooLong
			}
			break
		}
	}
	if err := x.zr.Close(); err != nil {
		return nil, 0, err
	}
	return buf[:k], len(p) - x.zsrc.Len(), nil
}

// fieldValue is the value of a record's header field as gowarc's
// validating reader gives it: the first field of that name, whatever its
// case, emptied when validate is set (a record of a known type) and valid
// says that it does not parse.
func fieldValue(rec gowarc.WarcRecord, key string, validate bool, valid func(string) bool) string {
	lk := strings.ToLower(key)
	for _, nv := range *rec.WarcHeader() {
		if nv.Name == key || strings.ToLower(nv.Name) == lk {
			if validate && !valid(nv.Value) {
				return ""
			}
			return nv.Value
		}
	}
	return ""
}

// validID, validURI and validDate are the checks of gowarc's validating
// reader on WARC-Record-ID (an URI in angle brackets), WARC-Target-URI (a
// WHATWG URL) and WARC-Date (RFC 3339).
func validID(v string) bool {
	s := strings.Trim(v, "<>")
	if len(v) != len(s)+2 {
		return false
	}
	_, err := whatwg.Parse(s)
	return err == nil
}

func validURI(v string) bool {
	_, err := whatwg.NewParser().Parse(v)
	return err == nil
}

func validDate(v string) bool {
	_, err := time.Parse(time.RFC3339, v)
	return err == nil
}
