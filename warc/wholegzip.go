package warc

import (
	"bufio"
	"errors"
	"io"

	kgzip "github.com/klauspost/compress/gzip"
)

// wholeGzip reports whether the gzip-compressed archive br starts with
// must be inflated as one stream: compressed as a whole (`gzip
// crawl.warc`: one gzip member holding every record) rather than record
// by record as the WARC specification recommends (one member per record,
// the form crawlers write, which is read member by member so that a
// damaged member costs its record only). It inflates the first member
// from the read buffer, without consuming it, frames its first record,
// and looks for more bytes in the same member after that record's end.
// It reads input only as the inflating needs it and stops as soon as the
// record's header can be framed, so a stream is not held up. When it
// cannot tell (a first record larger than the read buffer, a header that
// does not frame), it answers true: one stream inflated as a whole reads
// both forms, where reading a whole archive member by member would stop
// after its first record.
func wholeGzip(br *bufio.Reader) bool {
	if head, _ := br.Peek(2); len(head) < 2 || head[0] != 0x1f || head[1] != 0x8b {
		return false
	}
	zr, err := kgzip.NewReader(&peekReader{br: br})
	if err != nil {
		return false // not gzip after all: read as before, which reports it
	}
	zr.Multistream(false)
	head := make([]byte, maxHeader)
	n := 0
	total, ok := 0, false
	for n < len(head) {
		k, err := zr.Read(head[n:])
		n += k
		if _, total, ok = frame(head[:n]); ok || err != nil {
			break
		}
	}
	switch {
	case !ok:
		return true // cannot tell
	case total < n:
		return true // the member goes on after the first record
	}
	if k, _ := io.CopyN(io.Discard, zr, int64(total-n)); k < int64(total-n) {
		return false // the member or the input ends within the record: read as before
	}
	var one [1]byte
	k, _ := io.ReadFull(zr, one[:])
	return k == 1
}

// peekReader reads the bytes of a bufio.Reader's buffer without consuming
// them: each Read hands over what is buffered past the bytes already
// read, waiting for more input only when there is none.
type peekReader struct {
	br  *bufio.Reader
	off int
}

// errPeekFull stops a peekReader at the end of its buffer.
var errPeekFull = errors.New("warc: read buffer full")

func (p *peekReader) Read(b []byte) (int, error) {
	if p.off >= p.br.Size() {
		return 0, errPeekFull
	}
	if got, err := p.br.Peek(p.off + 1); len(got) <= p.off {
		if err == nil {
			err = io.EOF
		}
		return 0, err
	}
	buf, _ := p.br.Peek(p.br.Buffered())
	n := copy(b, buf[p.off:])
	p.off += n
	return n, nil
}
