package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/articlekit/article"
)

// DefaultListSeparator joins the items of list cells (authors, keywords,
// sources, images) when CSVOptions.ListSeparator is empty.
const DefaultListSeparator = "; "

// csvColumns is the header row, in column order.
var csvColumns = []string{
	"url",
	"headline",
	"section",
	"datePublished",
	"dateModified",
	"authors",
	"publisher",
	"language",
	"description",
	"keywords",
	"wordCount",
	"quotes",
	"sources",
	"images",
	"body",
}

// CSVColumns returns the header row CSVWriter writes, in column order:
//
//	url            the article's URL, when it is absolute http(s)
//	headline       the headline
//	section        the rubric or section
//	datePublished  ISO 8601 at the source's precision ("2024-06-19",
//	               "2024-06-19T17:43:00", "2024-06-19T17:43:00+03:00")
//	dateModified   same format, empty when not known
//	authors        author names, joined by the list separator; a name
//	               credited in another part is followed by its role
//	               ("Ann Lee (photographer)")
//	publisher      the publisher's name
//	language       BCP 47 tag ("ru", "en")
//	description    the lead
//	keywords       keywords, joined by the list separator
//	wordCount      words in the body, a decimal integer
//	quotes         the number of direct quotations, a decimal integer
//	sources        cited outlets, joined by the list separator
//	images         absolute http(s) image URLs, joined by the list
//	               separator
//	body           the text of every body block, blocks separated by a blank
//	               line ("\n\n"); list items within a block by "\n"
//
// The order is stable: new columns are only ever added at the end.
func CSVColumns() []string {
	return append([]string(nil), csvColumns...)
}

// CSVOptions configure a CSVWriter. The zero value is the safe default for
// spreadsheets: formula injection neutralised, "; " between list items, no
// BOM, "\n" line ends.
type CSVOptions struct {
	// NoFormulaGuard turns off the spreadsheet formula-injection guard. By
	// default, as OWASP recommends, a cell that would begin with '=', '+',
	// '-', '@', a tab, a carriage return or a line feed is written with a
	// leading apostrophe (') so that spreadsheet programs show it as text
	// instead of evaluating it. Set NoFormulaGuard when the CSV is read by
	// programs, to get every field back exactly.
	NoFormulaGuard bool
	// BOM writes a UTF-8 byte order mark before the header, so that
	// Microsoft Excel opens non-Latin (for example Cyrillic) text correctly.
	// Cells are written whole: Excel shows at most 32,767 characters of a
	// cell and cuts a longer body when it opens the file; the CSV keeps it.
	BOM bool
	// ListSeparator joins the items of list cells; DefaultListSeparator
	// ("; ") when empty. Items are not escaped: an item that contains the
	// separator cannot be told apart from two items.
	ListSeparator string
	// CRLF ends rows with "\r\n", as RFC 4180 specifies, instead of "\n".
	CRLF bool
}

// CSVWriter writes articles as CSV: one header row (CSVColumns), then one
// row per article. Quoting follows RFC 4180 (through encoding/csv); invalid
// UTF-8 in the Article is written as U+FFFD, as encoding/json does. It is not
// safe for concurrent use.
type CSVWriter struct {
	w      io.Writer
	cw     *csv.Writer
	opts   CSVOptions
	sep    string
	header bool // header written
	err    error
}

// NewCSVWriter returns a CSVWriter that writes to w. The header row is
// written with the first row, or by Flush when no article was written.
func NewCSVWriter(w io.Writer, opts CSVOptions) *CSVWriter {
	cw := csv.NewWriter(w)
	cw.UseCRLF = opts.CRLF
	sep := opts.ListSeparator
	if sep == "" {
		sep = DefaultListSeparator
	}
	return &CSVWriter{w: w, cw: cw, opts: opts, sep: sep}
}

// Write writes a as one row, after the header row if it is the first. Rows
// are buffered: call Flush when done.
func (c *CSVWriter) Write(a *article.Article) error {
	if a == nil {
		return errNilArticle
	}
	if err := c.writeHeader(); err != nil {
		return err
	}
	return c.writeRecord(c.record(a))
}

// record returns the cells of a's row, in CSVColumns order, with the options
// of c (list separator, formula guard) applied.
func (c *CSVWriter) record(a *article.Article) []string {
	authors := make([]string, 0, len(a.Authors))
	for _, au := range a.Authors {
		switch {
		case au.Name == "":
		case au.Role == "" || au.Role == article.RoleAuthor:
			authors = append(authors, au.Name)
		default:
			// Not the article's author: the role stays beside the name.
			authors = append(authors, au.Name+" ("+au.Role+")")
		}
	}
	images := make([]string, 0, len(a.Images))
	for _, im := range a.Images {
		if u := safeURL(im.URL); u != "" {
			images = append(images, u)
		}
	}
	publisher := ""
	if a.Publisher != nil {
		publisher = a.Publisher.Name
	}
	rec := []string{
		safeURL(a.URL),
		a.Headline,
		a.Section,
		a.DatePublished.String(),
		a.DateModified.String(),
		strings.Join(authors, c.sep),
		publisher,
		a.Language,
		a.Description,
		strings.Join(nonEmpty(a.Keywords), c.sep),
		strconv.Itoa(a.WordCount),
		strconv.Itoa(len(a.Quotes)),
		strings.Join(nonEmpty(a.Sources), c.sep),
		strings.Join(images, c.sep),
		bodyText(a.Body),
	}
	for i, v := range rec {
		v = strings.ToValidUTF8(v, "\uFFFD")
		if !c.opts.NoFormulaGuard {
			v = guardFormula(v)
		}
		rec[i] = v
	}
	return rec
}

// Flush writes the header row if nothing was written yet, flushes buffered
// rows to the underlying writer and returns the first error met.
func (c *CSVWriter) Flush() error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.cw.Flush()
	if err := c.cw.Error(); err != nil && c.err == nil {
		c.err = err
	}
	return c.err
}

func (c *CSVWriter) writeHeader() error {
	if c.err != nil || c.header {
		return c.err
	}
	c.header = true
	if c.opts.BOM {
		if _, err := io.WriteString(c.w, "\uFEFF"); err != nil {
			c.err = err
			return err
		}
	}
	return c.writeRecord(csvColumns)
}

func (c *CSVWriter) writeRecord(rec []string) error {
	if c.err != nil {
		return c.err
	}
	if err := c.cw.Write(rec); err != nil {
		c.err = err
	}
	return c.err
}

// guardFormula prefixes s with an apostrophe when a spreadsheet would treat
// it as a formula: it begins with '=', '+', '-', '@', tab, CR or LF.
func guardFormula(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r', '\n':
		return "'" + s
	}
	return s
}
