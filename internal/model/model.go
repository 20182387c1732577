// Package model holds the plain types the stages of the parser hand to each
// other: the HTML extractor (internal/htmlx) and the text layout parser
// (internal/textlayout) each turn their input into a Draft — metadata,
// body blocks and where each field came from — and quotation attribution
// (internal/attrib) reads the Draft's blocks. The root package maps a Draft
// into the public Article; no stage sees an Article.
//
// The types mirror the Article's fields one for one, so that the mapping is
// a copy, and the values (provenance names, confidences, page kinds) are the
// ones the Article documents.
package model

import (
	"errors"
	"strings"
	"time"
)

// Draft is what a parser extracted from one input, before the shared
// enrichment (quotations, language, word count) and the checks of the root.
type Draft struct {
	URL           string
	Headline      string
	Section       string
	DatePublished Date
	DateModified  Date
	Authors       []Author
	Publisher     *Publisher
	Description   string
	Body          []Block
	Quotes        []Quote
	Sources       []string
	Keywords      []string
	Images        []Image
	Language      string
	WordCount     int
	Kind          PageKind
	ContentHash   string
	Provenance    map[string]Source
}

// Source says where a field's value came from and how sure the parser is.
type Source struct {
	From       string
	Confidence float64
}

// SetSource records where field's value came from, with the confidence
// kept within (0, 1] and rounded to two decimals.
func (a *Draft) SetSource(field, from string, confidence float64) {
	if a.Provenance == nil {
		a.Provenance = map[string]Source{}
	}
	a.Provenance[field] = Source{From: from, Confidence: Round2(min(1, max(0.01, confidence)))}
}

// Round2 keeps two decimals, so that JSON output stays short and stable.
func Round2(x float64) float64 {
	return float64(int(x*100+0.5)) / 100
}

// Author is a person or organisation credited with the article.
type Author struct {
	Name string
	URL  string
	Type string // Person or Organization, or ""
	Role string
}

// The values of Author.Type.
const (
	Person       = "Person"
	Organization = "Organization"
)

// Publisher is the organisation that published the article.
type Publisher struct {
	Name string
	URL  string
	Logo string
}

// BlockType is the kind of a body block.
type BlockType string

// The block types.
const (
	Paragraph  BlockType = "paragraph"
	Heading    BlockType = "heading"
	List       BlockType = "list"
	Blockquote BlockType = "blockquote"
	Table      BlockType = "table"
	Code       BlockType = "code"
	Figure     BlockType = "figure"
)

// MaxListLevel is the deepest nesting a list block's Level records; a list
// nested deeper is given this level.
const MaxListLevel = 6

// Block is one block of the body (see the Article's Block for what each
// field holds by block type).
type Block struct {
	Type     BlockType
	Text     string
	Level    int
	Ordered  bool
	Start    int
	Rows     [][]string
	Header   bool
	Caption  string
	Language string
	Image    *Image
	Spans    []Span
}

// SpanType is the kind of an inline mark.
type SpanType string

// The inline marks.
const (
	SpanLink     SpanType = "link"
	SpanEmphasis SpanType = "emphasis"
	SpanStrong   SpanType = "strong"
	SpanCode     SpanType = "code"
)

// Span is an inline mark over Text[Start:End] (byte offsets). Anchor is
// the marked text as it was when the span was made: a stage that changes
// the text (Unicode normalisation) calls FixSpans, which finds each
// span's anchor again or drops the span.
type Span struct {
	Type       SpanType
	Start, End int
	URL        string
	Anchor     string
}

// FixSpans keeps the spans of b whose anchor text is still at their
// offsets, moves each span whose anchor has moved to the occurrence
// nearest its old start (at or after the previous span's start), and
// drops the rest. The spans stay in order of start.
func (b *Block) FixSpans() {
	out := b.Spans[:0]
	from := 0
	for _, sp := range b.Spans {
		if sp.Anchor == "" {
			continue
		}
		if sp.Start >= from && sp.End <= len(b.Text) && sp.Start < sp.End && b.Text[sp.Start:sp.End] == sp.Anchor {
			out = append(out, sp)
			from = sp.Start
			continue
		}
		at := nearest(b.Text, sp.Anchor, from, sp.Start)
		if at < 0 {
			continue
		}
		sp.Start, sp.End = at, at+len(sp.Anchor)
		out = append(out, sp)
		from = at
	}
	if len(out) == 0 {
		out = nil
	}
	b.Spans = out
}

// nearest returns the offset of the occurrence of sub in s at or after
// from that is closest to near, or -1.
func nearest(s, sub string, from, near int) int {
	best := -1
	for i := from; i <= len(s); {
		k := strings.Index(s[i:], sub)
		if k < 0 {
			break
		}
		at := i + k
		if best < 0 || abs(at-near) < abs(best-near) {
			best = at
		}
		if at > near {
			break
		}
		i = at + 1
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Quote is a direct quotation found in the body.
type Quote struct {
	Text    string
	Speaker string
	Block   int
	Partial bool
}

// Image is an image of the article.
type Image struct {
	URL     string
	Caption string
	Alt     string
	Credit  string
}

// Date is a point in time with the precision its source gave (see the
// Article's Date).
type Date struct {
	Time     time.Time
	HasClock bool
	HasZone  bool
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// PageKind is the verdict on what a page is (see the Article's PageKind).
type PageKind string

// The page kinds.
const (
	KindArticle    PageKind = "article"
	KindList       PageKind = "list"
	KindEmpty      PageKind = "empty"
	KindPaywalled  PageKind = "paywalled"
	KindNotArticle PageKind = "not-article"
)

// The names of the sources of a field's value (see the Article's
// Provenance).
const (
	FromJSONLD      = "jsonld"
	FromMicrodata   = "microdata"
	FromOpenGraph   = "opengraph"
	FromMeta        = "meta"
	FromTimeElement = "time-element"
	FromDateLine    = "date-line"
	FromScript      = "script"
	FromByline      = "byline"
	FromTitleTag    = "title-tag"
	FromBreadcrumb  = "breadcrumb"
	FromCategory    = "category"
	FromH1          = "h1"
	FromHTMLLang    = "html-lang"
	FromTextDate    = "text-dateline"
	FromTextLayout  = "text-layout"
	FromContent     = "content"
	FromURL         = "url"
	FromDetected    = "detected"
	FromCaller      = "caller"

	FromOverruled = "detected-over-declared"
)

// Confidences given to each kind of source when it stands alone. Sources
// that agree with each other raise a field's confidence; a disagreement
// lowers it.
const (
	ConfStructured = 0.95 // JSON-LD, microdata
	ConfMeta       = 0.85 // OpenGraph, article:*, Dublin Core, named meta tags
	ConfVisible    = 0.8  // <time>, bylines, <h1>, text datelines and layout
	ConfGuess      = 0.6  // <title> with the site name stripped, a date in the URL or the text
)

// Config is what the caller's options tell the stages.
type Config struct {
	// URL is the address given by the caller (WithURL).
	URL string
	// Language is the language the caller gave (WithLanguage), or "".
	Language string
	// Loc is the zone for times given without one, or nil.
	Loc *time.Location
	// RefTime is the time no date of the article may be after.
	RefTime time.Time
	// RefGiven is true when the caller gave RefTime (WithReferenceTime),
	// the time the page was seen, rather than the default time of the
	// call: relative days ("Today, 10:15") are read only then.
	RefGiven bool
	// NoLinks is true when the caller asked for no link spans
	// (WithLinks(false)).
	NoLinks bool
	// Canceled returns an error once the caller's context is done; nil
	// means never.
	Canceled func() error
}

// Err returns the caller's cancellation, or nil.
func (c *Config) Err() error {
	if c == nil || c.Canceled == nil {
		return nil
	}
	return c.Canceled()
}

// The errors a stage returns, which the root package exports under the
// same names (see their documentation there).
var (
	ErrEncoding   = errors.New("article: invalid or unknown character encoding")
	ErrNotArticle = errors.New("article: no article found")
)

// String formats d as ISO 8601, keeping its precision: "2024-06-19",
// "2024-06-19T17:43:00" or "2024-06-19T17:43:00+03:00". The zero Date
// formats as "".
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case !d.HasClock:
		return d.Time.Format(time.DateOnly)
	case !d.HasZone:
		return d.Time.Format("2006-01-02T15:04:05")
	default:
		return d.Time.Format(time.RFC3339)
	}
}
