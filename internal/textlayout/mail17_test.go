package textlayout

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestMailHeader: an e-mail pasted whole gives its subject as headline and
// its date (the mail standard's form with its zone, or another the date
// parser reads); no header field reaches the body. Two field-like lines
// without a subject, or an interview's "Q:"/"A:" lines, stay text.
func TestMailHeader(t *testing.T) {
	body := "The city will add 40 km of protected bike lanes by 2026, the mayor announced on Monday.\n"
	for _, c := range []struct{ in, headline, date string }{
		{"From: City Press Office <press@city.example>\nTo: newsroom@paper.example\nDate: Mon, 3 Jun 2024 10:15:00 +0300\nSubject: City to expand bike lanes\n\n" + body,
			"City to expand bike lanes", "2024-06-03T10:15:00+03:00"},
		{"Von: Pressestelle <presse@stadt.example>\nGesendet: 3. Juni 2024 10:15\nBetreff: Stadt baut Radwege aus\n\n" + body,
			"Stadt baut Radwege aus", "2024-06-03T10:15:00"},
		{"From: press@city.example\nSubject: City to expand bike lanes\n\n" + body, "City to expand bike lanes", ""},
		{"Q: Why bike lanes?\nA: Because people ask for them.\n\n" + body, "Q: Why bike lanes?", ""},
	} {
		a := Parse(c.in, &model.Config{})
		date := ""
		if !a.DatePublished.IsZero() {
			date = a.DatePublished.String()
		}
		if a.Headline != c.headline || date != c.date {
			t.Errorf("%q: headline %q date %q, want %q %q", c.in[:30], a.Headline, date, c.headline, c.date)
		}
		for _, b := range a.Body {
			if strings.Contains(b.Text, "@") || strings.HasPrefix(b.Text, "Date:") || strings.HasPrefix(b.Text, "Gesendet") {
				t.Errorf("%q: a header field in the body: %q", c.in[:30], b.Text)
			}
		}
	}
}
