package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"html/template"
	"io"
	"net/url"
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
		n.Author = append(n.Author, ldAgent{Type: typ, Name: au.Name, URL: safeURL(au.URL)})
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
			n.Image = append(n.Image, ldImage{Type: typeImageObject, URL: u, Caption: im.Caption})
		}
	}
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

// encodeLD encodes v as JSON. escapeHTML selects encoding/json's escaping of
// <, > and & as \u003c, \u003e and \u0026; U+2028 and U+2029 are always
// escaped by encoding/json.
func encodeLD(v any, indent, escapeHTML bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(escapeHTML)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

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
//     and url when it is http(s). The type is the Author's Type when the
//     parser set it; otherwise an author whose name is the publisher's or
//     one of the cited outlets' is an Organization (bylines such as
//     "Reuters") and every other author is a Person. Provenance, Kind and
//     ContentHash have no place in schema.org and are left out.
//   - Publisher → publisher, an Organization with name, url and logo as an
//     ImageObject.
//   - Images → image, a list of ImageObject with url and caption; images
//     whose URL is not absolute http(s) are dropped.
//   - Keywords → keywords as a JSON array (schema.org's "repeating the
//     property"), so that a keyword containing a comma stays one keyword.
//   - Body → articleBody: the text of every block, blocks separated by a
//     blank line.
//   - Quotes → hasPart, one Quotation per quote with the quoted words in text
//     and the speaker in spokenByCharacter. hasPart is defined on
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
	b, err := encodeLD(newsArticle(a), true, false)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
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
	j, err := encodeLD(newsArticle(a), false, true)
	if err != nil {
		return nil, err
	}
	j = bytes.TrimSuffix(j, []byte("\n"))
	var buf bytes.Buffer
	buf.Grow(len(j) + 48)
	buf.WriteString(`<script type="application/ld+json">`)
	buf.Write(j)
	buf.WriteString("</script>\n")
	return buf.Bytes(), nil
}
