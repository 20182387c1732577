package article

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"time"
)

// DefaultMaxBytes is the input limit used when WithMaxBytes is not given.
const DefaultMaxBytes = 32 << 20

// Option configures Parse, ParseText and ParseHTML.
type Option func(*config)

type config struct {
	url      string
	language string
	loc      *time.Location
	maxBytes int64
	ctx      context.Context
	minConf  float64
	refTime  time.Time
}

// WithURL sets the address the article was fetched from. It becomes the
// Article's URL unless the page names a canonical one, and relative links in
// HTML are resolved against it.
func WithURL(u string) Option { return func(c *config) { c.url = u } }

// WithLanguage sets the article's language (a BCP 47 tag such as "ru"),
// overriding detection.
func WithLanguage(tag string) Option { return func(c *config) { c.language = tag } }

// WithLocation sets the time zone for times the source gives without one.
// Without it such times keep no offset; a zone is never invented.
func WithLocation(loc *time.Location) Option { return func(c *config) { c.loc = loc } }

// WithMaxBytes limits how many bytes are read from the input; longer input
// fails with an error wrapping ErrTooLarge. n <= 0 restores the default.
func WithMaxBytes(n int64) Option { return func(c *config) { c.maxBytes = n } }

// WithMinConfidence drops every extracted field whose confidence (see
// Article.Provenance) is below x, instead of guessing. The headline and the
// body, which make the article, are never dropped.
func WithMinConfidence(x float64) Option { return func(c *config) { c.minConf = x } }

// WithReferenceTime sets the time no date of the article may be after (a
// day of slack allows for time zones). The default is the time of the
// call.
func WithReferenceTime(t time.Time) Option { return func(c *config) { c.refTime = t } }

// WithContext lets the caller cancel a parse: reading stops, and the parse
// returns ctx.Err() (wrapped), at the next check — between reads of the
// input, between stages, and between body blocks while quotations are
// read.
func WithContext(ctx context.Context) Option { return func(c *config) { c.ctx = ctx } }

func newConfig(opts []Option) *config {
	c := &config{ctx: context.Background()}
	for _, o := range opts {
		o(c)
	}
	if c.maxBytes <= 0 {
		c.maxBytes = DefaultMaxBytes
	}
	if c.ctx == nil {
		c.ctx = context.Background()
	}
	if c.refTime.IsZero() {
		c.refTime = time.Now()
	}
	return c
}

// canceled returns the context's error, wrapped, once it is done.
func (c *config) canceled() error {
	if err := c.ctx.Err(); err != nil {
		return fmt.Errorf("article: parse stopped: %w", err)
	}
	return nil
}

// ctxReader stops reading once the context is done.
type ctxReader struct {
	r io.Reader
	c *config
}

// Read reads from the underlying reader unless the context is done.
func (r ctxReader) Read(p []byte) (int, error) {
	if err := r.c.canceled(); err != nil {
		return 0, err
	}
	return r.r.Read(p)
}

// Parse reads one article from r, raw text or HTML, and returns it. It tells
// HTML from text by the first bytes of the input.
func Parse(r io.Reader, opts ...Option) (*Article, error) {
	c := newConfig(opts)
	b, err := readAll(ctxReader{r, c}, c.maxBytes)
	if err != nil {
		return nil, err
	}
	if looksLikeHTML(b) {
		return parseHTMLBytes(b, c)
	}
	return parseTextBytes(b, c)
}

// ParseText reads one article from r as plain text: a headline line, an
// optional rubric, dateline and byline, then paragraphs.
func ParseText(r io.Reader, opts ...Option) (*Article, error) {
	c := newConfig(opts)
	b, err := readAll(ctxReader{r, c}, c.maxBytes)
	if err != nil {
		return nil, err
	}
	return parseTextBytes(b, c)
}

// ParseHTML reads one article from r as an HTML page.
func ParseHTML(r io.Reader, opts ...Option) (*Article, error) {
	c := newConfig(opts)
	b, err := readAll(ctxReader{r, c}, c.maxBytes)
	if err != nil {
		return nil, err
	}
	return parseHTMLBytes(b, c)
}

func parseTextBytes(b []byte, c *config) (*Article, error) {
	s, err := decodeText(b)
	if err != nil {
		return nil, err
	}
	if err := c.canceled(); err != nil {
		return nil, err
	}
	a := parseTextLayout(s, c)
	return finish(a, c)
}

func parseHTMLBytes(b []byte, c *config) (*Article, error) {
	a, err := extractHTML(b, c)
	if err != nil {
		return nil, err
	}
	return finish(a, c)
}

// finish runs the enrichment shared by both paths, sets the content hash,
// and checks that an article was found: without a headline and a body, or
// for a page whose kind is not an article (a paywalled teaser is one), it
// returns what there is with an error wrapping ErrNotArticle.
func finish(a *Article, c *config) (*Article, error) {
	if err := c.canceled(); err != nil {
		return nil, err
	}
	if a.URL == "" {
		if a.URL = cleanURL(c.url); a.URL != "" {
			a.setSource("url", FromURL, confStructured)
		}
	}
	composeText(a)
	if err := enrich(a, c); err != nil {
		return nil, err
	}
	checkDates(a, c)
	if c.minConf > 0 {
		dropUnsure(a, c.minConf)
	}
	if a.Kind == "" {
		a.Kind = KindArticle
		if len(a.Body) == 0 {
			a.Kind = KindEmpty
		}
	}
	a.ContentHash = a.Hash()
	switch {
	case a.Headline == "" && len(a.Body) == 0:
		return a, ErrNotArticle
	case len(a.Body) == 0:
		return a, fmt.Errorf("%w: a headline (%q) but no body text", ErrNotArticle, a.Headline)
	case a.Headline == "":
		return a, fmt.Errorf("%w: body text but no headline", ErrNotArticle)
	case a.Kind == KindList || a.Kind == KindEmpty || a.Kind == KindNotArticle:
		return a, fmt.Errorf("%w: the page is a %s page", ErrNotArticle, a.Kind)
	}
	return a, nil
}

// readAll reads at most max bytes, failing with ErrTooLarge without reading
// the rest of the stream when there is more.
func readAll(r io.Reader, max int64) ([]byte, error) {
	var buf bytes.Buffer
	if cr, ok := r.(ctxReader); ok {
		// Grow the buffer once when the input says how long it is,
		// rather than doubling it from 512 bytes.
		if n := sizeHint(cr.r); n > 0 && n <= max {
			buf.Grow(int(n) + bytes.MinRead)
		}
	}
	n, err := buf.ReadFrom(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("article: reading input: %w", err)
	}
	if n > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return buf.Bytes(), nil
}

// sizeHint returns the length of the input when the reader knows it
// (strings.Reader, bytes.Reader, bytes.Buffer, a regular file), else 0.
func sizeHint(r io.Reader) int64 {
	switch v := r.(type) {
	case interface{ Len() int }:
		return int64(v.Len())
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			return fi.Size()
		}
	}
	return 0
}

// looksLikeHTML reports whether the input starts (after a BOM and space) like
// an HTML document or fragment.
func looksLikeHTML(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n")
	full := b
	if len(b) > 512 {
		b = b[:512]
	}
	lower := bytes.ToLower(b)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml", "<!--", "<meta", "<title", "<article", "<div", "<p>", "<p ", "<h1"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	// Old and hand-made pages open with whatever came first: a
	// <script>, a <table>, a <link>, a stray byte before the doctype. A
	// page that names its <html>, <head> or <body> near the top, or that
	// opens with a tag and holds several closing tags, is HTML too.
	for _, p := range []string{"<html", "<!doctype html", "<head>", "<body"} {
		if bytes.Contains(lower, []byte(p)) {
			return true
		}
	}
	if len(lower) > 1 && lower[0] == '<' && ('a' <= lower[1] && lower[1] <= 'z' || lower[1] == '!' || lower[1] == '/') {
		return bytes.Count(full[:min(len(full), 16384)], []byte("</")) >= 2
	}
	return false
}
