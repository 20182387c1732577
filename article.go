package article

import (
	"fmt"
	"time"

	"github.com/articlekit/article/internal/dates"

	"github.com/articlekit/article/internal/model"
)

// Article is one news article reduced to typed fields. Its JSON encoding is a
// public contract described by the schema in schema/article.schema.json:
// camelCase names, empty values omitted.
type Article struct {
	// URL is the canonical address of the article, when known.
	URL string `json:"url,omitempty"`
	// Headline is the title of the article, whitespace normalised.
	Headline string `json:"headline,omitempty"`
	// Section is the rubric or section as the source prints it ("ПОЛИТИКА").
	Section string `json:"section,omitempty"`
	// DatePublished is when the article was first published.
	DatePublished Date `json:"datePublished,omitzero"`
	// DateModified is when the article was last updated, if it says so.
	DateModified Date `json:"dateModified,omitzero"`
	// Authors are the people or organisations credited in the byline, one
	// entry per author.
	Authors []Author `json:"authors,omitempty"`
	// Publisher is the outlet that published the article.
	Publisher *Publisher `json:"publisher,omitempty"`
	// Description is the lead (standfirst) of the article.
	Description string `json:"description,omitempty"`
	// Body holds the content blocks of the article in reading order.
	Body []Block `json:"body,omitempty"`
	// Quotes are the direct quotations found in the body.
	Quotes []Quote `json:"quotes,omitempty"`
	// Sources are the outlets and agencies the article cites
	// ("Интерфакс", "Reuters"), in order of first mention; never the
	// article's own Publisher.
	Sources []string `json:"sources,omitempty"`
	// Keywords are the article's tags: from its structured data and meta
	// tags, else from the post's rel="tag" links (Provenance source
	// "category").
	Keywords []string `json:"keywords,omitempty"`
	// Images are the pictures that belong to the article.
	Images []Image `json:"images,omitempty"`
	// Language is the BCP 47 tag of the article's language ("ru", "en"):
	// the page's declaration when the text agrees or says too little
	// (Provenance "html-lang", "jsonld", "opengraph"), else detected from
	// the headline and body ("detected", or "detected-over-declared" when
	// the text clearly contradicts the declaration); empty when neither
	// tells.
	Language string `json:"language,omitempty"`
	// WordCount is the number of words in the body.
	WordCount int `json:"wordCount,omitempty"`
	// Kind is the verdict on the page: KindArticle, or a kind of page that
	// is not an article (a list, an empty JavaScript shell, a product or
	// login page), or a paywalled teaser. Parse returns an error wrapping
	// ErrNotArticle, with the Article, for the kinds that are not articles.
	Kind PageKind `json:"pageKind,omitempty"`
	// ContentHash is the Hash of the article's headline and body, set by the
	// parser: the same for the same article scraped twice with different
	// boilerplate.
	ContentHash string `json:"contentHash,omitempty"`
	// Provenance records, for each extracted field by its JSON name
	// ("headline", "datePublished", "authors", …), where the value came from
	// and how sure the parser is of it. Exporters leave it out.
	Provenance map[string]Source `json:"provenance,omitempty"`
}

// Source codes for Provenance: where a field's value was read.
const (
	FromJSONLD      = "jsonld"        // JSON-LD structured data in the page
	FromMicrodata   = "microdata"     // itemprop microdata
	FromOpenGraph   = "opengraph"     // og:* and article:* meta tags
	FromMeta        = "meta"          // other <meta> tags (name=author, Dublin Core, Twitter)
	FromTimeElement = "time-element"  // a <time datetime> element
	FromDateLine    = "date-line"     // a date printed in the page near the article ("Updated 5 March 2024")
	FromScript      = "script"        // a date in a page script that is not JSON-LD
	FromByline      = "byline"        // a byline: "By …", «Автор: …», rel=author, a byline element
	FromTitleTag    = "title-tag"     // the <title>, site name stripped
	FromBreadcrumb  = "breadcrumb"    // the page's place in the site's navigation: a breadcrumb trail, the highlighted menu item
	FromCategory    = "category"      // the post's category as the page prints it: a rel=category link, "Filed under: …", a label over the headline
	FromH1          = "h1"            // the page's <h1>
	FromHTMLLang    = "html-lang"     // the lang attribute of <html>
	FromTextDate    = "text-dateline" // a date line of a text article
	FromTextLayout  = "text-layout"   // the layout of a text article (headline line, rubric, lead)
	FromContent     = "content"       // the main content of a page or the body of a text
	FromURL         = "url"           // the page address (WithURL, canonical link)
	FromDetected    = "detected"      // computed from the text (language detection)
	FromCaller      = "caller"        // given by the caller (WithLanguage)

	// FromOverruled: computed from the text, which clearly contradicts the
	// language the page declares (<html lang>, inLanguage, og:locale).
	FromOverruled = "detected-over-declared"
)

// Source says where a field's value came from and how sure the parser is
// of it.
type Source struct {
	// From is a short stable code: one of the From… constants.
	From string `json:"source"`
	// Confidence is in [0, 1]. It is lower for weaker sources, and drops
	// when sources disagree.
	Confidence float64 `json:"confidence"`
}

// Author is a person or organisation credited with the article.
type Author struct {
	// Name is the author's name alone, without "By" or job titles.
	Name string `json:"name"`
	// URL is the author's page, when known.
	URL string `json:"url,omitempty"`
	// Type is "Person" or "Organization" (the schema.org types), when the
	// source says or the name shows it (a news agency as byline).
	Type string `json:"type,omitempty"`
	// Role is the part the author had, when the byline says: "author",
	// "editor", "photographer" or "translator".
	Role string `json:"role,omitempty"`
}

// Author types.
const (
	Person       = "Person"
	Organization = "Organization"
)

// Author roles (Author.Role). The exporters write an editor as schema.org
// editor, a translator as translator and a photographer as contributor,
// never as the article's author.
const (
	RoleAuthor       = "author"
	RoleEditor       = "editor"
	RolePhotographer = "photographer"
	RoleTranslator   = "translator"
)

// Publisher is the outlet that published an article.
type Publisher struct {
	// Name is the outlet's name.
	Name string `json:"name"`
	// URL is the outlet's home page, when known.
	URL string `json:"url,omitempty"`
	// Logo is the address of the outlet's logo image, when known.
	Logo string `json:"logo,omitempty"`
}

// BlockType says what kind of content a Block holds.
type BlockType string

// The kinds of body block.
const (
	Paragraph  BlockType = "paragraph"
	Heading    BlockType = "heading"
	List       BlockType = "list"
	Blockquote BlockType = "blockquote"
	// Table is a data table: its cells are in Rows, its plain text in Text.
	Table BlockType = "table"
	// Code is a block of program code or other preformatted text set as
	// code, kept verbatim.
	Code BlockType = "code"
	// Figure is a picture in its place in the body: Image says which.
	Figure BlockType = "figure"
)

// MaxListLevel is the deepest nesting a list Block's Level records: a list
// nested deeper in the page is given this level.
const MaxListLevel = model.MaxListLevel

// Block is one unit of body content: a paragraph, a heading, a list, a
// block quotation, a table, a code block or a figure.
//
// Text is always plain text, so that everything built on it (the JSON-LD
// articleBody, the word count, the content hash, quotations) reads the
// same words whatever the block's structure:
//   - paragraph, heading, blockquote: the text, white space normalised;
//     the paragraphs of a blockquote are separated by "\n";
//   - list: the items separated by "\n";
//   - table: the caption (when there is one) on the first line, then one
//     line per row, the cells of a row separated by "\t" (cells are
//     white-space normalised and hold no tab or newline);
//   - code: the code verbatim (line breaks, indentation, no space
//     normalisation; trailing blank lines removed);
//   - figure: empty; the caption is Image.Caption.
type Block struct {
	// Type is the kind of block.
	Type BlockType `json:"type"`
	// Text is the block's plain text (see above); empty only on a figure.
	Text string `json:"text,omitempty"`
	// Level is a heading's level, 1 to 6. On a list it is how deeply the
	// list is nested: 1 for a list inside an item of the list block just
	// before it, 2 for one inside an item of that, up to 6; zero for a
	// list at the top level. A list block at level 0 that follows a
	// nested one goes on with the list that holds it (its items after
	// the nested list). Zero on other blocks.
	Level int `json:"level,omitempty"`
	// Ordered is true on a list whose items are numbered (an HTML <ol>);
	// false on a bulleted list and on other blocks.
	Ordered bool `json:"ordered,omitempty"`
	// Start is the number of an ordered list's first item when the markup
	// gives one other than 1 (<ol start="5">); zero means the list counts
	// from 1, so a list the markup starts at 0 is read as counting from 1.
	Start int `json:"start,omitempty"`
	// Rows are a table's cell texts, row by row. Every row has as many
	// cells as the widest: a cell merged over several columns or rows
	// (colspan, rowspan) is left empty in the columns and rows it
	// covers after its first, so no cell is ever shifted into another
	// column.
	Rows [][]string `json:"rows,omitempty"`
	// Header is true when the first row of a table is its header.
	Header bool `json:"header,omitempty"`
	// Caption is a table's caption, when it has one.
	Caption string `json:"caption,omitempty"`
	// Language is a code block's programming language as the markup names
	// it (class="language-go", "lang-py"), lower case; empty when the
	// markup does not say.
	Language string `json:"language,omitempty"`
	// Image is a figure's picture; it is also listed in Article.Images.
	Image *Image `json:"image,omitempty"`
	// Spans are the inline marks of a paragraph, heading, list or
	// blockquote (links, emphasis, strong emphasis, inline code), in
	// order of Start; Text stays plain. Nil when the block has none and
	// on other block types.
	Spans []Span `json:"spans,omitempty"`
}

// SpanType says what an inline mark is.
type SpanType string

// The kinds of inline mark.
const (
	// SpanLink is a hyperlink; Span.URL is its absolute http or https
	// address (links to scripts, mail addresses and other schemes, and
	// links to a place in the page itself, are not kept).
	SpanLink SpanType = "link"
	// SpanEmphasis is emphasis (<em>, <i>).
	SpanEmphasis SpanType = "emphasis"
	// SpanStrong is strong emphasis (<strong>, <b>).
	SpanStrong SpanType = "strong"
	// SpanCode is code inside a sentence (<code>, <kbd>, <samp>).
	SpanCode SpanType = "code"
)

// Span is an inline mark over part of a Block's Text.
//
// Start and End are byte offsets into Text (UTF-8), so that in Go the
// marked text is Text[Start:End]; 0 <= Start < End <= len(Text), both on
// character boundaries. Readers in languages that index strings by code
// points or UTF-16 units (Python, JavaScript) convert them: encode Text as
// UTF-8 and slice the bytes. Spans may nest (a link inside strong
// emphasis) but never overlap partly; a mark that crossed a block boundary
// in the page is not kept.
type Span struct {
	// Type is the kind of mark.
	Type SpanType `json:"type"`
	// Start is the byte offset in Text where the mark begins.
	Start int `json:"start"`
	// End is the byte offset in Text just after the mark.
	End int `json:"end"`
	// URL is a link's absolute address; empty on other marks.
	URL string `json:"url,omitempty"`
}

// Quote is a direct quotation in the body or the headline (Block -1).
type Quote struct {
	// Text is the quoted words, without the quotation marks.
	Text string `json:"text"`
	// Speaker is who said it, by the fullest name the article gives; empty
	// when the article does not say.
	Speaker string `json:"speaker,omitempty"`
	// Block is the index in Body of the block the quotation is in, or -1
	// for a quotation in the Headline («Моуриньо: «…»», "Obama: 'We
	// will …'"): check Block >= 0 before indexing Body with it.
	Block int `json:"block"`
	// Partial is true when the quotation is a fragment woven into the
	// writer's own sentence (Москва «не исключает для себя»…; called it
	// "a disaster") rather than a statement quoted on its own.
	Partial bool `json:"partial,omitempty"`
}

// Image is a picture that belongs to the article.
type Image struct {
	// URL is the absolute address of the image.
	URL string `json:"url"`
	// Caption is the image's caption, when it has one (without the
	// credit).
	Caption string `json:"caption,omitempty"`
	// Alt is the image's alternative text (the alt attribute), when given.
	Alt string `json:"alt,omitempty"`
	// Credit is the photographer or agency credited for the image, as
	// printed, when the markup sets it apart from the caption or the
	// caption ends with one ("Photo: Ann Lee", "© Ann Lee",
	// "(Ann Lee/Getty Images)").
	Credit string `json:"credit,omitempty"`
}

// Date is a point in time with the precision its source gave: a day alone, a
// wall-clock time with no zone, or a time with a UTC offset. The zero Date is
// "no date".
type Date struct {
	// Time is the instant, or for dates without a zone the wall-clock reading
	// stored in UTC.
	Time time.Time
	// HasClock is false when the source gave the day alone.
	HasClock bool
	// HasZone is true when the offset in Time is known (given by the source or
	// by WithLocation); false when the source gave no zone.
	HasZone bool
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// String formats d as ISO 8601, keeping its precision: "2024-06-19",
// "2024-06-19T17:43:00" or "2024-06-19T17:43:00+03:00". The zero Date
// formats as "".
func (d Date) String() string { return model.Date(d).String() }

// MarshalText implements encoding.TextMarshaler with the format of String.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the three
// forms String writes, plus fractional seconds and "Z".
func (d *Date) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" {
		*d = Date{}
		return nil
	}
	nd, ok := dates.ParseISO(s)
	if !ok {
		return fmt.Errorf("article: invalid date %q: want ISO 8601 (2006-01-02, 2006-01-02T15:04:05 or with an offset)", s)
	}
	*d = Date(nd)
	return nil
}

// PageKind is the verdict on what a page is: an article, or one of the kinds
// of page an extractor should not present as one.
type PageKind string

// The page verdicts.
const (
	// KindArticle is a page whose main content is one article.
	KindArticle PageKind = "article"
	// KindList is a page that lists articles rather than carrying one: a
	// section front, a home page, search results, a tag page.
	KindList PageKind = "list"
	// KindEmpty is a page with no text of its own, typically a JavaScript
	// application shell whose content is rendered in the browser.
	KindEmpty PageKind = "empty"
	// KindPaywalled is a teaser: the page says the article is not free
	// (JSON-LD isAccessibleForFree false, paywall markers, a "subscribe to
	// continue reading" box) or its text stops short under such a marker.
	KindPaywalled PageKind = "paywalled"
	// KindNotArticle is a page that is neither an article nor a list of
	// them: a product page, a login or registration page, an error page, a
	// contact form.
	KindNotArticle PageKind = "not-article"
)
