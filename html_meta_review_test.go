package article

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestMetaOverreach guards the author and date rules against inputs they
// must leave alone: organisation names with "for", initials that look
// like legal forms, title-case headings after "By", list headings in an
// author box, one byline that credits several people, agencies in a
// fuller meta list, and numbers in an address that are not a date.
func TestMetaOverreach(t *testing.T) {
	big := strings.Repeat(para, 6)
	cases := []struct {
		name, url, page string
		authors         []string // names in order; nil for none
		person          bool     // the first author is a Person
		date            string   // "" for none
	}{
		{name: "an organisation named with 'for' stays whole",
			page:    `<html><head><meta name="author" content="National Center for Health Statistics"></head><body><h1>Births fell again in 2021</h1>` + big + `</body></html>`,
			authors: []string{"National Center for Health Statistics"}},
		{name: "a person writing for an outlet loses the outlet",
			page:    `<html><head><meta name="author" content="Jane Doe for The Daily Planet"></head><body><h1>Births fell again in 2021</h1>` + big + `</body></html>`,
			authors: []string{"Jane Doe"}, person: true},
		{name: "initials after a name are no legal form (JSON-LD Person)",
			page:    `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Births fell again","author":{"@type":"Person","name":"Binu KG"}}</script></head><body><h1>Births fell again</h1>` + big + `</body></html>`,
			authors: []string{"Binu KG"}, person: true},
		{name: "initials after a name are no legal form (meta)",
			page:    `<html><head><meta name="author" content="Arun AG"></head><body><h1>Births fell again</h1>` + big + `</body></html>`,
			authors: []string{"Arun AG"}, person: true},
		{name: "a title-case heading after 'By' is no credit",
			page: `<html><body><h1>Births fell again</h1>` + big + `<h3>By The Numbers</h3>` + para + `</body></html>`},
		{name: "a list heading in an author box is no name",
			page: `<html><body><h1>Births fell again</h1>` + big + `<div class="author-bio"><h3>Related Posts</h3><p>Other text here.</p></div></body></html>`},
		{name: "one far byline crediting three people is the article's",
			page:    `<html><body><h1>Births fell again</h1>` + big + big + `<div class="author">By Anna Muster, Ben Beispiel and Carl Coder</div></body></html>`,
			authors: []string{"Anna Muster", "Ben Beispiel", "Carl Coder"}, person: true},
		{name: "a fuller meta list with a picture agency does not widen",
			page:    `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Births fell again","author":{"@type":"Person","name":"Jane Doe"}}</script><meta name="author" content="Jane Doe, John Smith, Getty Images"></head><body><h1>Births fell again</h1>` + big + `</body></html>`,
			authors: []string{"Jane Doe"}, person: true},
		{name: "a label left alone is no name",
			page: `<html><body><h1>Births fell again</h1><div class="author">Article by</div>` + big + `</body></html>`},
		{name: "numbers in an address are no date", url: "https://ex.com/news/covid-19-3-2021-update",
			page: `<html lang="en-GB"><body><h1>Births fell again</h1>` + big + `</body></html>`},
		{name: "a day-first date in an address", url: "https://ex.com/news/29-10-2021/births",
			page: `<html lang="de"><body><h1>Geburten gehen zurück</h1>` + dePara + dePara + `</body></html>`, date: "2021-10-29"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			url := c.url
			if url == "" {
				url = "https://ex.com/a"
			}
			a := htmlPageURL(t, c.page, url)
			var got []string
			for _, au := range a.Authors {
				got = append(got, au.Name)
			}
			if strings.Join(got, "|") != strings.Join(c.authors, "|") {
				t.Errorf("authors = %q, want %q", got, c.authors)
			}
			if c.person && len(a.Authors) > 0 && a.Authors[0].Type != model.Person {
				t.Errorf("first author type = %v, want Person", a.Authors[0].Type)
			}
			d := ""
			if !a.DatePublished.IsZero() {
				d = a.DatePublished.Time.Format("2006-01-02")
			}
			if d != c.date {
				t.Errorf("date = %q, want %q", d, c.date)
			}
		})
	}
}
