package htmlx

import "sync"

// pageText gathers the page's visible text during the metadata walk in a
// buffer reused from page to page, and hands it out as a string of its
// exact length (String). The strings.Builder it replaces was sized for a
// fifth of the page up front and grew by doubling past that, so that a
// page allocated its reservation plus every copy of growing it: about
// 8.7 MB per pass over the AEB pages, for texts much shorter than that.
type pageText struct {
	buf []byte
}

// pageTextPool keeps the buffers of pages' texts; a buffer that grew past
// maxPooledPageText (a page with one text node of megabytes) is left to
// the collector rather than kept.
var pageTextPool sync.Pool

// maxPooledPageText is the largest buffer kept in pageTextPool: the text
// is cut at maxPageText, which the last text node written may overrun.
const maxPooledPageText = 4 * maxPageText

// start readies t for a page of size bytes of HTML, with a pooled buffer
// when there is one, else one sized for a fifth of the page (about the
// share of text on the AEB pages).
func (t *pageText) start(size int) {
	if p, ok := pageTextPool.Get().(*[]byte); ok {
		t.buf = (*p)[:0]
		return
	}
	t.buf = make([]byte, 0, min(size/5, maxPageText))
}

// Len is the length of the text written so far.
func (t *pageText) Len() int { return len(t.buf) }

// WriteString appends s.
func (t *pageText) WriteString(s string) { t.buf = append(t.buf, s...) }

// writeByte appends c.
func (t *pageText) writeByte(c byte) { t.buf = append(t.buf, c) }

// String returns a copy of the text written and gives the buffer back to
// the pool: t must not be written to after.
func (t *pageText) String() string {
	s := string(t.buf)
	if b := t.buf[:0]; cap(b) > 0 && cap(b) <= maxPooledPageText {
		pageTextPool.Put(&b)
	}
	t.buf = nil
	return s
}
