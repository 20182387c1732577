package article

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"strings"
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

// canceled returns the context's error, wrapped, once it is done. A
// config made without newConfig has no context and is never canceled.
func (c *config) canceled() error {
	if c.ctx == nil {
		return nil
	}
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
// HTML from text by the first bytes of the input. When the input holds no
// article (see ErrNotArticle) it returns the Article all the same, with what
// was extracted and its Kind, and an error wrapping ErrNotArticle.
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
		art := "a"
		if a.Kind == KindEmpty {
			art = "an"
		}
		return a, fmt.Errorf("%w: the page is %s %s page", ErrNotArticle, art, a.Kind)
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

// htmlStarts are the opening tags that make an input HTML: the WHATWG MIME
// sniffing standard's "text/html" patterns, plus tags that start fragments
// and pages cut from them.
var htmlStarts = []string{
	"<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font", "<table", "<a",
	"<style", "<title", "<b", "<body", "<br", "<p", "<!--",
	"<?xml", "<meta", "<article", "<link", "<center", "<hr", "<span", "<img", "<form", "<ul", "<h2", "<h3",
	"<noscript", "<section", "<header", "<nav",
}

// htmlMarks are markup that no plain-text article holds: the end tags of
// common block and inline elements.
var htmlMarks = []string{"</p>", "</div>", "</a>", "</td>", "</tr>", "</table>", "</li>", "</span>", "</script>", "</head>", "</title>", "</b>"}

// minHTMLMarks is how many end tags make input without an HTML opening a
// page.
const minHTMLMarks = 3

// sniffBytes is how much of the input looksLikeHTML reads.
const sniffBytes = 4 << 10

// looksLikeHTML reports whether the input is an HTML document or fragment:
// it starts (after a BOM and space) with one of htmlStarts (<table, <a,
// <b, <font, <script… as well as <html and <!DOCTYPE html); or the start
// of a page's markup is seen behind a few stray bytes (a doubly encoded
// BOM, a server-side tag), as in pages saved from old sites; or its first
// sniffBytes hold at least minHTMLMarks end tags (pages cut from a
// template, which start with a script's text).
func looksLikeHTML(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) > sniffBytes {
		b = b[:sniffBytes]
	}
	lower := bytes.ToLower(b)
	for _, p := range htmlStarts {
		if !bytes.HasPrefix(lower, []byte(p)) {
			continue
		}
		// A tag name must end there: "<a " or "<b>", not "<abc".
		if len(lower) == len(p) || strings.IndexByte(" \t\r\n\f>/", lower[len(p)]) >= 0 || strings.HasPrefix(p, "<!") || p == "<?xml" {
			return true
		}
	}
	// An end tag first: the tail of a page cut in two.
	if len(lower) > 2 && lower[0] == '<' && lower[1] == '/' && 'a' <= lower[2] && lower[2] <= 'z' {
		return true
	}
	// Markup that starts with an unknown tag, or a few stray bytes that are
	// not words, and then opens the document.
	head := lower[:min(len(lower), 1024)]
	for _, p := range []string{"<!doctype html", "<html", "<body"} {
		i := bytes.Index(head, []byte(p))
		if i >= 0 && (head[0] == '<' || i < 16 && !bytes.ContainsFunc(head[:i], isASCIILetter)) {
			return true
		}
	}
	n := 0
	for _, p := range htmlMarks {
		n += bytes.Count(lower, []byte(p))
	}
	return n >= minHTMLMarks
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
