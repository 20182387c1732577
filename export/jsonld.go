package export

import (
	"bytes"
	"errors"
	"html/template"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article"
)

// errNilArticle is returned by every writer given a nil *article.Article.
var errNilArticle = errors.New("export: nil *article.Article")

// The JSON-LD document is built from these structs rather than from maps so
// that the key order is fixed by the field order: the output is the same
// bytes on every run.

// ldNewsArticle is the schema.org NewsArticle node. Every property here is
// defined by schema.org for NewsArticle or one of its supertypes (Article,
// CreativeWork, Thing); the vocabulary test checks it against schema.org 30.0.
type ldNewsArticle struct {
	Context          string        `json:"@context"`
	Type             string        `json:"@type"`
	URL              string        `json:"url,omitempty"`
	MainEntityOfPage *ldWebPage    `json:"mainEntityOfPage,omitempty"`
	Headline         string        `json:"headline,omitempty"`
	Description      string        `json:"description,omitempty"`
	ArticleSection   string        `json:"articleSection,omitempty"`
	DatePublished    string        `json:"datePublished,omitempty"`
	DateModified     string        `json:"dateModified,omitempty"`
	Author           []ldAgent     `json:"author,omitempty"`
	Editor           []ldAgent     `json:"editor,omitempty"`
	Translator       []ldAgent     `json:"translator,omitempty"`
	Contributor      []ldAgent     `json:"contributor,omitempty"`
	Publisher        *ldPublisher  `json:"publisher,omitempty"`
	Image            []ldImage     `json:"image,omitempty"`
	InLanguage       string        `json:"inLanguage,omitempty"`
	Keywords         []string      `json:"keywords,omitempty"`
	WordCount        int           `json:"wordCount,omitempty"`
	ArticleBody      string        `json:"articleBody,omitempty"`
	HasPart          []ldQuotation `json:"hasPart,omitempty"`
	Mentions         []ldAgent     `json:"mentions,omitempty"`
}

// ldWebPage identifies the page the article is the main entity of.
type ldWebPage struct {
	Type string `json:"@type"`
	ID   string `json:"@id"`
}

// ldAgent is a Person or an Organization.
type ldAgent struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// ldPublisher is the publishing Organization.
type ldPublisher struct {
	Type string   `json:"@type"`
	Name string   `json:"name,omitempty"`
	URL  string   `json:"url,omitempty"`
	Logo *ldImage `json:"logo,omitempty"`
}

// ldImage is an ImageObject.
type ldImage struct {
	Type    string `json:"@type"`
	URL     string `json:"url"`
	Caption string `json:"caption,omitempty"`
	// CreditText is the printed credit of a photograph (schema.org's
	// creditText, a CreativeWork property).
	CreditText string `json:"creditText,omitempty"`
}

// ldQuotation is a Quotation with the person or organisation the article
// attributes it to.
type ldQuotation struct {
	Type              string   `json:"@type"`
	Text              string   `json:"text"`
	SpokenByCharacter *ldAgent `json:"spokenByCharacter,omitempty"`
}

// Schema.org type names used in the output.
const (
	typeNewsArticle  = "NewsArticle"
	typeWebPage      = "WebPage"
	typePerson       = "Person"
	typeOrganization = "Organization"
	typeImageObject  = "ImageObject"
	typeQuotation    = "Quotation"
)

// newsArticle maps a to a schema.org NewsArticle node as documented on
// JSONLD.
func newsArticle(a *article.Article) *ldNewsArticle {
	orgs := organisationNames(a)
	n := &ldNewsArticle{
		Context:        "https://schema.org",
		Type:           typeNewsArticle,
		Headline:       a.Headline,
		Description:    a.Description,
		ArticleSection: a.Section,
		DatePublished:  a.DatePublished.String(),
		DateModified:   a.DateModified.String(),
		InLanguage:     a.Language,
		WordCount:      max(a.WordCount, 0),
		ArticleBody:    bodyText(a.Body),
	}
	if u := safeURL(a.URL); u != "" {
		n.URL = u
		n.MainEntityOfPage = &ldWebPage{Type: typeWebPage, ID: u}
	}
	for _, au := range a.Authors {
		if au.Name == "" {
			continue
		}
		typ := au.Type
		if typ != article.Person && typ != article.Organization {
			typ = agentType(au.Name, orgs)
		}
		ag := ldAgent{Type: typ, Name: au.Name, URL: safeURL(au.URL)}
		switch au.Role {
		case "", article.RoleAuthor:
			n.Author = append(n.Author, ag)
		case article.RoleEditor:
			n.Editor = append(n.Editor, ag)
		case article.RoleTranslator:
			n.Translator = append(n.Translator, ag)
		default:
			n.Contributor = append(n.Contributor, ag)
		}
	}
	if p := a.Publisher; p != nil {
		pub := &ldPublisher{Type: typeOrganization, Name: p.Name, URL: safeURL(p.URL)}
		if l := safeURL(p.Logo); l != "" {
			pub.Logo = &ldImage{Type: typeImageObject, URL: l}
		}
		if pub.Name != "" || pub.URL != "" || pub.Logo != nil {
			n.Publisher = pub
		}
	}
	for _, im := range a.Images {
		if u := safeURL(im.URL); u != "" {
			n.Image = append(n.Image, ldImage{Type: typeImageObject, URL: u, Caption: im.Caption, CreditText: im.Credit})
		}
	}
	n.Image = appendFigures(n.Image, a.Body)
	n.Keywords = nonEmpty(a.Keywords)
	for _, q := range a.Quotes {
		if q.Text == "" {
			continue
		}
		lq := ldQuotation{Type: typeQuotation, Text: q.Text}
		if q.Speaker != "" {
			lq.SpokenByCharacter = &ldAgent{Type: agentType(q.Speaker, orgs), Name: q.Speaker}
		}
		n.HasPart = append(n.HasPart, lq)
	}
	for _, s := range nonEmpty(a.Sources) {
		n.Mentions = append(n.Mentions, ldAgent{Type: typeOrganization, Name: s})
	}
	return n
}

// organisationNames returns the names known to be organisations: the cited
// outlets and the publisher, folded to lower case.
func organisationNames(a *article.Article) map[string]bool {
	m := make(map[string]bool, len(a.Sources)+1)
	for _, s := range a.Sources {
		m[strings.ToLower(s)] = true
	}
	if a.Publisher != nil && a.Publisher.Name != "" {
		m[strings.ToLower(a.Publisher.Name)] = true
	}
	return m
}

// agentType returns Organization for a name among orgs, else Person.
func agentType(name string, orgs map[string]bool) string {
	if orgs[strings.ToLower(name)] {
		return typeOrganization
	}
	return typePerson
}

// bodyText joins the non-empty block texts with a blank line.
func bodyText(body []article.Block) string {
	parts := make([]string, 0, len(body))
	for _, b := range body {
		if b.Text != "" {
			parts = append(parts, b.Text)
		}
	}
	return strings.Join(parts, "\n\n")
}

// appendFigures adds to list the pictures of the body's figures that
// Images does not already list (the parser lists them all; an Article built
// by hand may not).
func appendFigures(list []ldImage, body []article.Block) []ldImage {
	for _, b := range body {
		if b.Type != article.Figure || b.Image == nil {
			continue
		}
		u := safeURL(b.Image.URL)
		if u == "" || slices.ContainsFunc(list, func(x ldImage) bool { return x.URL == u }) {
			continue
		}
		list = append(list, ldImage{Type: typeImageObject, URL: u, Caption: b.Image.Caption, CreditText: b.Image.Credit})
	}
	return list
}

// nonEmpty returns the non-empty strings of ss, nil when there are none.
func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// safeURL returns u when it is an absolute http or https URL with a host,
// and "" for anything else (javascript:, data:, relative, malformed, not
// UTF-8).
func safeURL(u string) string {
	u = strings.TrimSpace(u)
	if u == "" || !utf8.ValidString(u) {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return u
	}
	return ""
}

// encodeLD encodes n as encoding/json encodes the struct (the field order,
// omitempty, its string escaping), but written directly with the
// indentation: encoding/json indents by scanning its compact output again,
// which cost more than the encoding. indent selects encoding/json's
// SetIndent("", "  "); escapeHTML its escaping of <, > and & as \u003c,
// \u003e and \u0026; U+2028 and U+2029 are always escaped. The output ends
// with a newline, as json.Encoder's does. export's tests compare it with
// encoding/json on every fixture and on random articles.
//
// It appends to dst, which it grows once to the size the output will
// likely have.
func encodeLD(dst []byte, n *ldNewsArticle, indent, escapeHTML bool) []byte {
	w := ldWriter{b: slices.Grow(dst, ldSize(n)), indent: indent, escapeHTML: escapeHTML}
	w.open('{')
	w.str("@context", n.Context)
	w.str("@type", n.Type)
	w.optStr("url", n.URL)
	if n.MainEntityOfPage != nil {
		w.key("mainEntityOfPage")
		w.open('{')
		w.str("@type", n.MainEntityOfPage.Type)
		w.str("@id", n.MainEntityOfPage.ID)
		w.close('}')
	}
	w.optStr("headline", n.Headline)
	w.optStr("description", n.Description)
	w.optStr("articleSection", n.ArticleSection)
	w.optStr("datePublished", n.DatePublished)
	w.optStr("dateModified", n.DateModified)
	w.agents("author", n.Author)
	w.agents("editor", n.Editor)
	w.agents("translator", n.Translator)
	w.agents("contributor", n.Contributor)
	if p := n.Publisher; p != nil {
		w.key("publisher")
		w.open('{')
		w.str("@type", p.Type)
		w.optStr("name", p.Name)
		w.optStr("url", p.URL)
		if p.Logo != nil {
			w.key("logo")
			w.image(p.Logo)
		}
		w.close('}')
	}
	if len(n.Image) > 0 {
		w.key("image")
		w.open('[')
		for i := range n.Image {
			w.elem()
			w.image(&n.Image[i])
		}
		w.close(']')
	}
	w.optStr("inLanguage", n.InLanguage)
	if len(n.Keywords) > 0 {
		w.key("keywords")
		w.open('[')
		for _, k := range n.Keywords {
			w.elem()
			w.b = appendJSONString(w.b, k, w.escapeHTML)
		}
		w.close(']')
	}
	if n.WordCount != 0 {
		w.key("wordCount")
		w.b = strconv.AppendInt(w.b, int64(n.WordCount), 10)
	}
	w.optStr("articleBody", n.ArticleBody)
	if len(n.HasPart) > 0 {
		w.key("hasPart")
		w.open('[')
		for _, q := range n.HasPart {
			w.elem()
			w.open('{')
			w.str("@type", q.Type)
			w.str("text", q.Text)
			if q.SpokenByCharacter != nil {
				w.key("spokenByCharacter")
				w.agent(q.SpokenByCharacter)
			}
			w.close('}')
		}
		w.close(']')
	}
	w.agents("mentions", n.Mentions)
	w.close('}')
	w.b = append(w.b, '\n')
	return w.b
}

// ldSize estimates the length of n's encoding: its strings, plus room for
// the names, punctuation and indentation of each part and a little for
// escapes.
func ldSize(n *ldNewsArticle) int {
	size := 512 + len(n.URL)*2 + len(n.Headline) + len(n.Description) + len(n.ArticleSection) +
		len(n.DatePublished) + len(n.DateModified) + len(n.InLanguage) + len(n.ArticleBody)
	for _, a := range n.Author {
		size += 96 + len(a.Name) + len(a.URL)
	}
	if p := n.Publisher; p != nil {
		size += 160 + len(p.Name) + len(p.URL)
		if p.Logo != nil {
			size += len(p.Logo.URL)
		}
	}
	for _, im := range n.Image {
		size += 128 + len(im.URL) + len(im.Caption) + len(im.CreditText)
	}
	for _, k := range n.Keywords {
		size += 8 + len(k)
	}
	for _, q := range n.HasPart {
		size += 96 + len(q.Text)
		if q.SpokenByCharacter != nil {
			size += 96 + len(q.SpokenByCharacter.Name)
		}
	}
	for _, m := range n.Mentions {
		size += 96 + len(m.Name)
	}
	return size + size/16
}

// ldWriter appends JSON to b, indented by two spaces a level when indent is
// set, as json.Encoder with SetIndent("", "  ") writes it.
type ldWriter struct {
	b          []byte
	indent     bool
	escapeHTML bool
	depth      int
	// first is true right after an opening bracket.
	first bool
}

// newline starts a line at the current depth, when indenting.
func (w *ldWriter) newline() {
	if !w.indent {
		return
	}
	w.b = append(w.b, '\n')
	for range w.depth {
		w.b = append(w.b, ' ', ' ')
	}
}

// open writes '{' or '['.
func (w *ldWriter) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.first = true
}

// close writes '}' or ']'; an empty object or array stays on one line.
func (w *ldWriter) close(c byte) {
	w.depth--
	if !w.first {
		w.newline()
	}
	w.b = append(w.b, c)
	w.first = false
}

// elem starts an element of an array.
func (w *ldWriter) elem() {
	if !w.first {
		w.b = append(w.b, ',')
	}
	w.first = false
	w.newline()
}

// key starts the member name of an object (a plain ASCII name).
func (w *ldWriter) key(name string) {
	w.elem()
	w.b = append(w.b, '"')
	w.b = append(w.b, name...)
	w.b = append(w.b, '"', ':')
	if w.indent {
		w.b = append(w.b, ' ')
	}
}

// str writes the member name: value.
func (w *ldWriter) str(name, value string) {
	w.key(name)
	w.b = appendJSONString(w.b, value, w.escapeHTML)
}

// optStr writes the member unless value is empty (omitempty).
func (w *ldWriter) optStr(name, value string) {
	if value != "" {
		w.str(name, value)
	}
}

// agent writes an ldAgent object.
func (w *ldWriter) agent(a *ldAgent) {
	w.open('{')
	w.str("@type", a.Type)
	w.str("name", a.Name)
	w.optStr("url", a.URL)
	w.close('}')
}

// agents writes the member name as an array of agents unless it is empty.
func (w *ldWriter) agents(name string, list []ldAgent) {
	if len(list) == 0 {
		return
	}
	w.key(name)
	w.open('[')
	for i := range list {
		w.elem()
		w.agent(&list[i])
	}
	w.close(']')
}

// image writes an ldImage object.
func (w *ldWriter) image(im *ldImage) {
	w.open('{')
	w.str("@type", im.Type)
	w.str("url", im.URL)
	w.optStr("caption", im.Caption)
	w.optStr("creditText", im.CreditText)
	w.close('}')
}

// appendJSONString appends s as a JSON string the way encoding/json writes
// it: '"' and '\\' escaped by a backslash; \b, \f, \n, \r and \t by their
// short escapes and the other control characters as \u00XX (lower-case
// hex); with escapeHTML, <, > and & as \u003c, \u003e and \u0026; U+2028
// and U+2029 as \u2028 and \u2029; each byte that does not begin a valid
// UTF-8 sequence as \ufffd; everything else as it is.
func appendJSONString(dst []byte, s string, escapeHTML bool) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	// In valid UTF-8 the only multi-byte characters to escape are U+2028
	// and U+2029 (E2 80 A8, E2 80 A9), found without decoding; plain
	// bytes are skipped by a table look-up.
	valid := utf8.ValidString(s)
	plain := &plainJSON[0]
	switch {
	case escapeHTML && valid:
		plain = &plainJSON[3]
	case escapeHTML:
		plain = &plainJSON[1]
	case valid:
		plain = &plainJSON[2]
	}
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if plain[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		if valid {
			if c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9) {
				dst = append(dst, s[start:i]...)
				dst = append(dst, '\\', 'u', '2', '0', '2', hex[s[i+2]&0xf])
				i += 3
				start = i
				continue
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// plainJSON marks the bytes encoding/json writes as they are, in four
// tables: [0] the ASCII bytes other than control characters, '"' and
// '\\'; [1] those but <, > and &, for HTML escaping; [2] and [3] add, for
// strings known to be valid UTF-8, every byte from 0x80 except 0xE2, the
// first byte of U+2028 and U+2029.
var plainJSON = func() (t [4][256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[0][c] = c != '"' && c != '\\'
		t[1][c] = t[0][c] && c != '<' && c != '>' && c != '&'
	}
	t[2], t[3] = t[0], t[1]
	for c := utf8.RuneSelf; c < 256; c++ {
		t[2][c] = c != 0xe2
		t[3][c] = c != 0xe2
	}
	return t
}()

// JSONLD writes a as one schema.org NewsArticle object with
// "@context": "https://schema.org", indented by two spaces and followed by a
// newline. Characters are written as they are (no \u escapes for <, > or &);
// to embed the result in HTML use Script, which escapes them.
//
// The mapping from Article fields to schema.org properties:
//
//   - URL → url, and mainEntityOfPage as a WebPage whose @id is that URL
//     (Google's Article structured-data example); omitted unless the URL is
//     an absolute http or https address.
//   - Headline → headline, Description → description, Section →
//     articleSection, Language → inLanguage, WordCount → wordCount.
//   - DatePublished, DateModified → datePublished, dateModified in ISO 8601
//     at the precision the source gave (a day, a time without offset, or a
//     time with its offset); a zone is never added.
//   - Authors → author, one object per author with the name alone in name
//     and url when it is http(s); an Author whose Role is editor goes to
//     editor, translator to translator, and any other role but author
//     (a photographer) to contributor. The type is the Author's Type when the
//     parser set it; otherwise an author whose name is the publisher's or
//     one of the cited outlets' is an Organization (bylines such as
//     "Reuters") and every other author is a Person. Provenance, Kind and
//     ContentHash have no place in schema.org and are left out.
//   - Publisher → publisher, an Organization with name, url and logo as an
//     ImageObject.
//   - Images → image, a list of ImageObject with url, caption and
//     creditText (the printed credit); images
//     whose URL is not absolute http(s) are dropped. The pictures of the
//     body's figures that Images does not list follow.
//   - Keywords → keywords as a JSON array (schema.org's "repeating the
//     property"), so that a keyword containing a comma stays one keyword.
//   - Body → articleBody: the plain text of every block, blocks separated
//     by a blank line (a table's text is its cells, tab-separated, one line
//     a row; a code block's its code; a figure has none).
//   - Quotes → hasPart, one Quotation per quote with the quoted words in text
//     and the speaker in spokenByCharacter (a quotation of the headline,
//     Block -1, as one of the body; no block index is written). hasPart is defined on
//     CreativeWork with range CreativeWork, and Quotation is a CreativeWork:
//     a quotation printed in the article is literally a part of it.
//     spokenByCharacter (domain Quotation, range Person or Organization) is
//     defined as the one "to whom the quotation is attributed within the
//     containing CreativeWork", which is exactly what the parser finds: the
//     article's attribution, not a verified authorship; creator is not used
//     because it would claim the speaker authored the Quotation item itself.
//     The speaker is an Organization when the name is one of the cited
//     outlets or the publisher, otherwise a Person.
//   - Sources → mentions, one Organization per outlet. citation was
//     rejected: its range is CreativeWork or Text, and an outlet such as
//     «Интерфакс» or Reuters is an Organization, not a creative work; it
//     could only be given as a bare string. mentions (domain CreativeWork,
//     range Thing) says the article refers to it and keeps the type.
func JSONLD(w io.Writer, a *article.Article) error {
	if a == nil {
		return errNilArticle
	}
	_, err := w.Write(encodeLD(nil, newsArticle(a), true, false))
	return err
}

// Script writes a as a <script type="application/ld+json"> element holding
// the same JSON-LD object as JSONLD (compact, on one line) followed by a
// newline. It is safe to paste into any HTML page whatever the article
// contains: <, > and & are written as \u003c, \u003e and \u0026 and U+2028,
// U+2029 as \u2028, \u2029, so neither "</script", "<script" nor "<!--" can
// occur inside the element, and the text still decodes to the same JSON.
func Script(w io.Writer, a *article.Article) error {
	s, err := scriptBytes(a)
	if err != nil {
		return err
	}
	_, err = w.Write(s)
	return err
}

// ScriptHTML returns the element Script writes (without the final newline)
// as template.HTML, for use in html/template pages: {{.JSONLD}} inserts it
// without further escaping.
func ScriptHTML(a *article.Article) (template.HTML, error) {
	s, err := scriptBytes(a)
	if err != nil {
		return "", err
	}
	// Safe: scriptBytes escapes the JSON for the inside of a script element.
	return template.HTML(bytes.TrimSuffix(s, []byte("\n"))), nil
}

// scriptBytes builds the <script> element followed by a newline.
func scriptBytes(a *article.Article) ([]byte, error) {
	if a == nil {
		return nil, errNilArticle
	}
	const start, end = `<script type="application/ld+json">`, "</script>\n"
	b := make([]byte, 0, len(start)+len(end))
	b = append(b, start...)
	b = bytes.TrimSuffix(encodeLD(b, newsArticle(a), false, true), []byte("\n"))
	return append(b, end...), nil
}
