package httpbody

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
)

// ReadLimited reads r to its end, at most max bytes: over reports that r
// holds more (and body is then nil). hint, when positive, is the expected
// length, so that the buffer is allocated once. A read that times out
// says so in its error.
func ReadLimited(r io.Reader, max, hint int64) (body []byte, over bool, err error) {
	var buf bytes.Buffer
	if hint > 0 {
		buf.Grow(int(min(hint, max)) + bytes.MinRead)
	}
	n, err := buf.ReadFrom(io.LimitReader(r, max+1))
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return nil, false, fmt.Errorf("timed out reading the body: %v", err)
		}
		return nil, false, fmt.Errorf("reading the body: %w", err)
	}
	if n > max {
		return nil, true, nil
	}
	return buf.Bytes(), false, nil
}
