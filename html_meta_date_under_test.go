package article

import (
	"strings"
	"testing"
	"time"
)

// TestDateUnderHeadline checks that a later day in the page's date
// elements (a masthead's "today") gives way to the date line printed right
// under the headline, and only to a date line: a date in a caption's
// sentence, a year written in two digits or a day more than a month
// earlier leaves the date element's day.
func TestDateUnderHeadline(t *testing.T) {
	para := `<p>` + strings.Repeat("The river rose over the banks in the night and the town woke to water in the streets. ", 6) + `</p>`
	page := func(under string) string {
		return `<html><head><title>Storm floods the valley again</title></head><body>` +
			`<div class="date">Wednesday, 16 January 2008</div><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul>` +
			`<h1>Storm floods the valley again</h1>` + under + para + `</body></html>`
	}
	tests := []struct {
		name, under, want string
	}{
		{"masthead date over a date line", `<div>Mon Jan 14 2008, 19:53 GMT</div>`, "2008-01-14"},
		{"day-first date line", `<div>14/01/2008 1:40:00 PM.</div>`, "2008-01-14"},
		{"a caption's date", `<p>The mayor speaks to reporters on the bridge in the town centre on Monday, Jan. 14, 2008, before the water came.</p>`, "2008-01-16"},
		{"two-digit year", `<div>Filed 1/14/08</div>`, "2008-01-16"},
		{"a day long before", `<div>March 8, 2007</div>`, "2008-01-16"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := ParseHTML(strings.NewReader(page(tc.under)))
			if a == nil {
				t.Fatal("no article")
			}
			got := ""
			if !a.DatePublished.IsZero() {
				got = a.DatePublished.Time.Format(time.DateOnly)
			}
			if got != tc.want {
				t.Errorf("date %q, want %q", got, tc.want)
			}
		})
	}
}
