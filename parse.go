package article

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"time"

	"github.com/articlekit/article/internal/htmlx"

	"github.com/articlekit/article/internal/textlayout"

	"github.com/articlekit/article/internal/charset"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"

	"golang.org/x/text/unicode/norm"
)

// DefaultMaxBytes is the input limit used when WithMaxBytes is not given.
const DefaultMaxBytes = 32 << 20

// Option configures Parse, ParseText and ParseHTML. A nil Option is
// ignored.
type Option func(*config)

// config is what the options set: the part the stages read (model.Config)
// and the part the root keeps.
type config struct {
	model.Config
	maxBytes int64
	ctx      context.Context
	minConf  float64
}

// WithURL sets the address the article was fetched from. It becomes the
// Article's URL unless the page names a canonical one, and relative links in
// HTML are resolved against it. Without it, an HTML page's own canonical
// address (rel=canonical, og:url, its JSON-LD url) serves as the base of
// its relative and protocol-relative links and pictures, og:image among
// them; a <base href> comes before either.
func WithURL(u string) Option { return func(c *config) { c.URL = u } }

// WithLanguage sets the article's language (a BCP 47 tag such as "ru"),
// overriding detection; a tag that is no BCP 47 tag is ignored, and the
// language is detected.
func WithLanguage(tag string) Option { return func(c *config) { c.Language = tag } }

// WithLocation sets the time zone for times the source gives without one.
// Without it such times keep no offset; a zone is never invented.
func WithLocation(loc *time.Location) Option { return func(c *config) { c.Loc = loc } }

// WithMaxBytes limits how many bytes are read from the input; longer input
// fails with an error wrapping ErrTooLarge. n <= 0 restores the default.
func WithMaxBytes(n int64) Option { return func(c *config) { c.maxBytes = n } }

// WithMinConfidence drops every extracted field whose confidence (see
// Article.Provenance) is below x, instead of guessing. The headline and the
// body, which make the article, are never dropped.
func WithMinConfidence(x float64) Option { return func(c *config) { c.minConf = x } }

// WithReferenceTime sets the time no date of the article may be after (a
// day of slack allows for time zones), the time the page was seen: the
// text path then also reads a header's "Today, 10:15" or "Вчера в 14:30"
// against it. The default is the time of the call (and relative days are
// left unread).
func WithReferenceTime(t time.Time) Option { return func(c *config) { c.RefTime = t } }

// WithContext lets the caller cancel a parse: reading stops, and the parse
// returns ctx.Err() (wrapped), at the next check — between reads of the
// input, between stages, and between body blocks while quotations are
// read.
func WithContext(ctx context.Context) Option { return func(c *config) { c.ctx = ctx } }

// WithLinks(false) leaves link spans out of the body (Block.Spans), for
// callers who want text without addresses; emphasis and inline code are
// kept. Links are kept by default.
func WithLinks(keep bool) Option { return func(c *config) { c.NoLinks = !keep } }

func newConfig(opts []Option) *config {
	c := &config{ctx: context.Background()}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	if c.maxBytes <= 0 {
		c.maxBytes = DefaultMaxBytes
	}
	if c.ctx == nil {
		c.ctx = context.Background()
	}
	c.Canceled = c.canceled
	c.RefGiven = !c.RefTime.IsZero()
	if !c.RefGiven {
		c.RefTime = time.Now()
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

// Read reads from the underlying reader unless the context is done; a
// nil reader is an error, not a panic.
func (r ctxReader) Read(p []byte) (int, error) {
	if err := r.c.canceled(); err != nil {
		return 0, err
	}
	if r.r == nil {
		return 0, errNilReader
	}
	return r.r.Read(p)
}

// errNilReader is returned by the parse functions given a nil io.Reader.
var errNilReader = errors.New("article: nil reader")

// Parse reads one article from r, raw text or HTML, and returns it. It tells
// HTML from text by the first bytes of the input. When the input holds no
// article (see ErrNotArticle) it returns the Article all the same, with what
// was extracted and its Kind, and an error wrapping ErrNotArticle.
func Parse(r io.Reader, opts ...Option) (*Article, error) {
	c := newConfig(opts)
	buf := getInputBuf()
	b, err := readAllInto(buf, ctxReader{r, c}, c.maxBytes)
	if err != nil {
		putInputBuf(buf)
		return nil, err
	}
	if looksLikeHTML(b) {
		defer putInputBuf(buf)
		return parseHTMLBytes(b, c)
	}
	// The text path may hand back strings that share the input's memory:
	// its buffer is not reused.
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
	buf := getInputBuf()
	defer putInputBuf(buf)
	b, err := readAllInto(buf, ctxReader{r, c}, c.maxBytes)
	if err != nil {
		return nil, err
	}
	return parseHTMLBytes(b, c)
}

func parseTextBytes(b []byte, c *config) (*Article, error) {
	s, err := charset.DecodeText(b)
	if err != nil {
		return nil, err
	}
	if err := c.canceled(); err != nil {
		return nil, err
	}
	a := textlayout.Parse(s, &c.Config)
	return finish(a, c)
}

func parseHTMLBytes(b []byte, c *config) (*Article, error) {
	a, err := htmlx.Extract(b, &c.Config)
	if err != nil {
		return nil, err
	}
	return finish(a, c)
}

// finish runs the enrichment shared by both paths, sets the content hash,
// and checks that an article was found: without a headline and a body, or
// for a page whose kind is not an article (a paywalled teaser is one), it
// returns what there is with an error wrapping ErrNotArticle.
func finish(d *model.Draft, c *config) (*Article, error) {
	if err := c.canceled(); err != nil {
		return nil, err
	}
	if d.URL == "" {
		if d.URL = htmlx.CleanURL(c.URL); d.URL != "" {
			d.SetSource("url", model.FromURL, model.ConfStructured)
		}
	}
	composeText(d)
	if err := enrich(d, c); err != nil {
		return nil, err
	}
	a := fromDraft(d)
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
		why := "the page is no news article"
		switch a.Kind {
		case KindList:
			why = "the page lists articles (a home, section, tag or search page)"
		case KindEmpty:
			why = "the page holds too little text of its own (a script-built shell or a stub)"
		}
		return a, fmt.Errorf("%w: %s (page kind %q)", ErrNotArticle, why, a.Kind)
	}
	return a, nil
}

// readAll reads at most max bytes, failing with ErrTooLarge without reading
// the rest of the stream when there is more.
func readAll(r io.Reader, max int64) ([]byte, error) {
	return readAllInto(new(bytes.Buffer), r, max)
}

// inputBufs holds the buffers the HTML path reads its input into, for the
// next call: a page's bytes are needed only until html.Parse has built its
// tree (which copies every string it keeps, as the decoding of a charset
// does), so the buffer, the largest allocation of a call, can serve again.
var inputBufs sync.Pool

// maxPooledInput is the largest buffer kept for reuse.
const maxPooledInput = 4 << 20

// getInputBuf returns an empty buffer, reused when one is free.
func getInputBuf() *bytes.Buffer {
	if b, ok := inputBufs.Get().(*bytes.Buffer); ok {
		return b
	}
	return new(bytes.Buffer)
}

// putInputBuf gives buf back for reuse; nothing read from it may be kept
// by then.
func putInputBuf(buf *bytes.Buffer) {
	if buf.Cap() > maxPooledInput {
		return
	}
	buf.Reset()
	inputBufs.Put(buf)
}

// readAllInto is readAll reading into buf (empty), whose bytes it returns.
func readAllInto(buf *bytes.Buffer, r io.Reader, max int64) ([]byte, error) {
	if cr, ok := r.(ctxReader); ok {
		// Grow the buffer once when the input says how long it is,
		// rather than doubling it from 512 bytes.
		if n := sizeHint(cr.r); n > 0 && n <= max {
			buf.Grow(int(n) + bytes.MinRead)
		}
	}
	n, err := buf.ReadFrom(io.LimitReader(r, max+1))
	if err != nil {
		if strings.HasPrefix(err.Error(), "article: ") {
			return nil, err // the package's own (a nil reader, a cancelled parse): said once
		}
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
	// Elements an article's fragment (a CMS export, a saved reader view)
	// opens with.
	"<main", "<figure", "<blockquote", "<ol", "<h4", "<h5", "<h6", "<aside", "<footer", "<picture",
	"<pre", "<em", "<strong", "<i", "<dl", "<time", "<address", "<video",
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
	if bytes.HasPrefix(b, []byte("\xfe\xff")) || bytes.HasPrefix(b, []byte("\xff\xfe")) {
		b = utf16Head(b)
	}
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

// utf16Head returns the ASCII of the first sniffBytes characters of input
// in UTF-16 with a byte order mark (the BOM left out), each other
// character as one byte 0x80, so that looksLikeHTML reads a page saved as
// "Unicode" as it reads UTF-8 (the HTML path decodes it whole).
func utf16Head(b []byte) []byte {
	big := b[0] == 0xfe
	b = b[2:]
	out := make([]byte, 0, min(len(b)/2, sniffBytes))
	for i := 0; i+1 < len(b) && len(out) < sniffBytes; i += 2 {
		u := uint16(b[i])<<8 | uint16(b[i+1])
		if !big {
			u = uint16(b[i+1])<<8 | uint16(b[i])
		}
		if u >= 0x80 {
			u = 0x80
		}
		out = append(out, byte(u))
	}
	return out
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// composeText puts the article's text in Unicode normalisation form C, so
// that "é" is one code point however the source spelled it (as the W3C
// character model recommends for matching and search). It runs once on the
// extracted text, before quotes and sources are looked for in it, so that
// they are substrings of the normalised body. Code blocks are left as
// they are: verbatim.
func composeText(a *model.Draft) {
	nfc := func(s *string) {
		if !textutil.NFCInert(*s) { // norm.NFC.String returns such a text as it is
			*s = norm.NFC.String(*s)
		}
	}
	nfc(&a.Headline)
	nfc(&a.Section)
	nfc(&a.Description)
	for i := range a.Body {
		b := &a.Body[i]
		if b.Type == model.Code {
			continue // code is kept verbatim, byte for byte
		}
		nfc(&b.Text)
		if len(b.Spans) > 0 {
			// The spans' offsets are checked against the final text,
			// and found again where normalisation (or a stage) moved
			// it.
			for k := range b.Spans {
				nfc(&b.Spans[k].Anchor)
			}
			b.FixSpans()
		}
		nfc(&b.Caption)
		for _, row := range b.Rows {
			for j := range row {
				nfc(&row[j])
			}
		}
		if b.Image != nil {
			nfc(&b.Image.Caption)
			nfc(&b.Image.Alt)
			nfc(&b.Image.Credit)
		}
	}
	for i := range a.Authors {
		nfc(&a.Authors[i].Name)
		nfc(&a.Authors[i].Role)
	}
	if a.Publisher != nil {
		nfc(&a.Publisher.Name)
	}
	for i := range a.Keywords {
		nfc(&a.Keywords[i])
	}
	for i := range a.Images {
		nfc(&a.Images[i].Caption)
		nfc(&a.Images[i].Alt)
		nfc(&a.Images[i].Credit)
	}
}

// fromDraft maps what a stage extracted into the Article, field for field.
func fromDraft(d *model.Draft) *Article {
	a := &Article{
		URL:           d.URL,
		Headline:      d.Headline,
		Section:       d.Section,
		DatePublished: Date(d.DatePublished),
		DateModified:  Date(d.DateModified),
		Description:   d.Description,
		Sources:       d.Sources,
		Keywords:      d.Keywords,
		Language:      d.Language,
		WordCount:     d.WordCount,
		Kind:          PageKind(d.Kind),
		ContentHash:   d.ContentHash,
	}
	if d.Authors != nil {
		a.Authors = make([]Author, len(d.Authors))
		for i, x := range d.Authors {
			a.Authors[i] = Author(x)
		}
	}
	if d.Publisher != nil {
		p := Publisher(*d.Publisher)
		a.Publisher = &p
	}
	if d.Body != nil {
		a.Body = make([]Block, len(d.Body))
		for i, x := range d.Body {
			a.Body[i] = Block{Type: BlockType(x.Type), Text: x.Text, Level: x.Level,
				Ordered: x.Ordered, Start: x.Start, Rows: x.Rows, Header: x.Header, Caption: x.Caption, Language: x.Language}
			if x.Spans != nil {
				sp := make([]Span, len(x.Spans))
				for k, y := range x.Spans {
					sp[k] = Span{Type: SpanType(y.Type), Start: y.Start, End: y.End, URL: y.URL}
				}
				a.Body[i].Spans = sp
			}
			if x.Image != nil {
				im := Image(*x.Image)
				a.Body[i].Image = &im
			}
		}
	}
	if d.Quotes != nil {
		a.Quotes = make([]Quote, len(d.Quotes))
		for i, x := range d.Quotes {
			a.Quotes[i] = Quote(x)
		}
	}
	if d.Images != nil {
		a.Images = make([]Image, len(d.Images))
		for i, x := range d.Images {
			a.Images[i] = Image(x)
		}
	}
	if d.Provenance != nil {
		a.Provenance = make(map[string]Source, len(d.Provenance))
		for k, x := range d.Provenance {
			a.Provenance[k] = Source(x)
		}
	}
	return a
}
