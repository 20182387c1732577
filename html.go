package article

import (
	"bytes"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// extractHTML reduces an HTML page to metadata plus body blocks. Minimal
// version: title and paragraphs.
func extractHTML(b []byte, c *config) (*Article, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	a := &Article{}
	a.Headline = normalizeSpace(doc.Find("h1").First().Text())
	if a.Headline == "" {
		a.Headline = normalizeSpace(doc.Find("title").First().Text())
	}
	a.Language = strings.TrimSpace(doc.Find("html").AttrOr("lang", ""))
	doc.Find("p").Each(func(_ int, s *goquery.Selection) {
		if t := normalizeSpace(s.Text()); t != "" {
			a.Body = append(a.Body, Block{Type: Paragraph, Text: t})
		}
	})
	return a, nil
}
