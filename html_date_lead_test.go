package article

import (
	"strings"
	"testing"
	"time"
)

// TestLeadDateLine covers the date line over a story's lead on pages whose
// headline is no element a reader of markup can find (a bold line, no
// <title> to match it): a dateline that opens the lead ("Monday, January
// 14, 2008 (Mumbai):"), a short date line over the headline and lead, and
// none when the only date stands in a sentence, far from the lead, or
// with a two-digit year.
func TestLeadDateLine(t *testing.T) {
	lead := `<p>The rupee on Monday ended marginally better against the greenback in anticipation of strong capital inflows, dealers said. ` +
		strings.Repeat("Traders said the currency moved in a narrow band through the session and closed near its opening level. ", 3) + `</p>`
	nav := `<div>` + strings.Repeat(`<a href="/x">Section link</a> `, 40) + `</div>`
	page := func(body string) string {
		return `<html><body>` + nav + body + `</body></html>`
	}
	tests := []struct{ name, html, date string }{
		{"dateline opening the lead", page(`<b>Rupee at 39.28 against US dollar</b><br><span>Press Trust of India</span><br><br>Monday, January 14, 2008 (Mumbai):<br><br>` + lead), "2008-01-14"},
		{"date line over the headline", page(`<div>01-14-2008 15:45</div><div>Korean Golfer Wins Seventh Title</div>` + lead), "2008-01-14"},
		{"wire and date on one line", page(`<div>China promises safe food for visitors</div><div>Associated Press - January 14, 2008 12:53 PM ET</div>` + lead), "2008-01-14"},
		{"a short first paragraph before the long one", page(`<div>January 2, 2008 4:48 a.m. EST</div><div>Sally Grover - News Writer</div><p>Los Angeles (BANG) - The actress said she could not live like the star of the film.</p>` + lead), "2008-01-02"},
		{"a date far above the lead", page(`<div>Wednesday, January 16, 2008</div>` + nav + `<b>Rupee at 39.28 against US dollar</b>` + lead), ""},
		{"a two-digit year", page(`<div>Last updated at 11:25am on 07.01.08</div>` + lead), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := ParseHTML(strings.NewReader(tc.html))
			if a == nil {
				t.Fatal("no article")
			}
			got := ""
			if !a.DatePublished.IsZero() {
				got = a.DatePublished.Time.Format(time.DateOnly)
			}
			if got != tc.date {
				t.Errorf("date %q, want %q", got, tc.date)
			}
		})
	}
}

// TestDateUnderHeadlineCaption: a picture's caption under the headline
// ("Week in the field—July 13th, 2012 (Photo credit: …)") dates the
// picture, not the story: the date element over the headline stands.
func TestDateUnderHeadlineCaption(t *testing.T) {
	para := `<p>` + strings.Repeat("With about a hundred days until the election there is a lot stirring around in the news this week. ", 5) + `</p>`
	for _, tc := range []struct{ caption, date string }{
		{"Week in the field—July 13th, 2012 (Photo credit: Barack Obama)", "2012-08-01"},
		{"Fri Jul 13 2012", "2012-07-13"}, // a date line of its own under the headline
	} {
		page := `<html><head><title>227 Posts Roundup at the Blogs</title></head><body><h2 class="date-header">Wednesday, August 1, 2012</h2><h3>227 Posts Roundup at the Blogs</h3><div>` + tc.caption + `</div>` + para + `</body></html>`
		a, _ := ParseHTML(strings.NewReader(page))
		if a == nil {
			t.Fatal("no article")
		}
		if got := a.DatePublished.Time.Format(time.DateOnly); got != tc.date {
			t.Errorf("%q: date %s, want %s", tc.caption, got, tc.date)
		}
	}
}
