package article

import (
	"strings"
	"testing"
	"time"
)

// TestOlderPageMetadata covers the visible-page conventions of older news
// and blog pages that issue 12's second round reads: blog credit lines, a
// name set over its desk line, co-authors on the byline's line, wire
// credits, the order of numeric dates, and a section's <h1> over the
// headline.
func TestOlderPageMetadata(t *testing.T) {
	page := func(lang, body string) string {
		return `<html lang="` + lang + `"><head><title>Storm floods the valley again : example.com</title></head><body>` + body + `</body></html>`
	}
	para := `<p>` + strings.Repeat("The river rose over the banks in the night and the town woke to water in the streets. ", 6) + `</p>`
	tests := []struct {
		name, url, html string
		authors         []string
		date, section   string
	}{
		{"blog credit line with a handle", "", page("en", `<h2>Storm floods the valley again</h2>`+para+`<p class="post-footer">Posted by laurie at September 10, 2012 9:01 AM</p><p>Posted by: Ellen at September 10, 2012 11:40 AM</p>`), []string{"laurie"}, "2012-09-10", ""},
		{"written by after the date", "", page("en", `<h1>Storm floods the valley again</h1><div>November 6, 2012 @ 2:00 pm - Written by Trent</div>`+para), []string{"Trent"}, "2012-11-06", ""},
		{"name over desk line", "", page("en", `<h1>Storm floods the valley again</h1><div>Friday, December 28, 2007</div><div>CHARLES GOLDBERG</div><div>News staff writer</div>`+para), []string{"Charles Goldberg"}, "2007-12-28", ""},
		{"co-authors on the line", "", page("en", `<h1>Storm floods the valley again</h1><p>By Abdi Sheikh and Aweys Yusuf</p>`+para), []string{"Abdi Sheikh", "Aweys Yusuf"}, "", ""},
		{"wire alone with the date", "", page("", `<h1>Storm floods the valley again</h1><div>Associated Press - January 8, 2008 7:04 PM ET</div>`+para), []string{"Associated Press"}, "2008-01-08", ""},
		{"dotted US date on a bare en page", "", page("en", `<h1>Storm floods the valley again</h1><p>Posted: 11.05.2012</p>`+para), nil, "2012-11-05", ""},
		{"order from a date beyond doubt", "", page("", `<h1>Storm floods the valley again</h1><p>Posted at 11/07/2012 2:22 AM</p>`+para+`<p>Comment of 11/23/2012</p>`), nil, "2012-11-07", ""},
		{"day first on a country domain", "http://www.example.co.uk/news/1234", page("", `<h1>Storm floods the valley again</h1><p>10/01/2008</p>`+para), nil, "2008-01-10", ""},
		// A short <h1> over the headline's <h2> is no longer read as the
		// section (it helped one half of the labelled dev sites only);
		// the headline and the date still come out right.
		{"section h1 over the headline", "", page("", `<h1>Domestic news</h1><h2>Storm floods the valley again</h2><p>9th January 2008</p>`+para), nil, "2008-01-09", ""},
		{"placeholder meta author", "", strings.Replace(page("en", `<h1>Storm floods the valley again</h1>`+para), "<head>", `<head><meta name="author" content="No Primary Author">`, 1), nil, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var opts []Option
			if tc.url != "" {
				opts = append(opts, WithURL(tc.url))
			}
			a, _ := ParseHTML(strings.NewReader(tc.html), opts...)
			if a == nil {
				t.Fatal("no article")
			}
			var names []string
			for _, au := range a.Authors {
				names = append(names, au.Name)
			}
			if strings.Join(names, "|") != strings.Join(tc.authors, "|") {
				t.Errorf("authors %q, want %q", names, tc.authors)
			}
			got := ""
			if !a.DatePublished.IsZero() {
				got = a.DatePublished.Time.Format(time.DateOnly)
			}
			if got != tc.date {
				t.Errorf("date %q, want %q", got, tc.date)
			}
			if tc.section != "" && a.Section != tc.section {
				t.Errorf("section %q, want %q", a.Section, tc.section)
			}
		})
	}
}
