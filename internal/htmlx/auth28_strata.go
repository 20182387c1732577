package htmlx

import (
	"bytes"

	"github.com/PuerkitoBio/goquery"
	"github.com/articlekit/article/internal/charset"
)

// StructuredAuthors reports whether the page names an author in JSON-LD,
// microdata or an author meta tag (the sources pickAuthors weighs first).
// It serves the measure of issue 12's older pages: those without such an
// author are credited by what the visible page prints alone.
func StructuredAuthors(b []byte) bool {
	u, err := charset.DecodeHTML(b)
	if err != nil {
		return false
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(u))
	if err != nil || len(doc.Nodes) == 0 {
		return false
	}
	m := collectMeta(doc.Nodes[0], len(u))
	ld := m.bestLD()
	return len(ld.authors) > 0 || len(m.micro.authors) > 0 || len(metaAuthorTags(m)) > 0
}
