package article

import (
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article/internal/htmlx"
)

// parseVisible parses page and returns the article, failing the test on a
// nil result.
func parseVisible(t *testing.T, page string) *Article {
	t.Helper()
	a, _ := ParseHTML(strings.NewReader(page))
	if a == nil {
		t.Fatal("no article")
	}
	return a
}

// wantAuthors parses page and fails t unless its authors' names are want,
// in order.
func wantAuthors(t *testing.T, page string, want []string) {
	t.Helper()
	a, _ := ParseHTML(strings.NewReader(page))
	if a == nil {
		t.Fatal("no article")
	}
	if got := authorNames(a); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("authors %q, want %q", got, want)
	}
}

func authorNames(a *Article) []string {
	var out []string
	for _, au := range a.Authors {
		out = append(out, au.Name)
	}
	return out
}

const visibleBody = `<p>The tribunal heard the case for three hours on Monday and adjourned it until next week, a court official said after the hearing.</p>
<p>Lawyers for the defence asked for more time to study the evidence, which runs to several thousand pages, and the court agreed to their request.</p>
<p>The next hearing has been fixed for later this month, when the prosecution is expected to call its first witnesses to give evidence.</p>`

func TestOrdinalDayBeforeMonth(t *testing.T) {
	for s, want := range map[string]string{
		"Friday    28th December  2007":     "2007-12-28",
		"16th Jan 2008, 09:28am by":         "2008-01-16",
		"Monday 12th November 2012 3:16 pm": "2012-11-12",
		"Sunday 30th December, 2007":        "2007-12-30",
	} {
		d, _, ok := htmlx.AnyDate(s, nil, true)
		if !ok || d.Time.Format(time.DateOnly) != want {
			t.Errorf("%q: got %v %v, want %s", s, d.Time.Format(time.DateOnly), ok, want)
		}
	}
}

func TestDatelineAgencyCredit(t *testing.T) {
	for lead, want := range map[string]string{
		"DHAKA (AFP) — A special tribunal adjourned the case.":            "AFP",
		"FRANKFURT, Jan 9 (Reuters) - The group will not launch a rival.": "Reuters",
		"CALGARY, Alberta (AP) - Six people are in stable condition.":     "Associated Press",
	} {
		page := `<html><head><title>Court adjourns the corruption case</title></head><body>
<h1>Court adjourns the corruption case</h1><p>` + lead + `</p>` + visibleBody + `</body></html>`
		if got := authorNames(parseVisible(t, page)); len(got) != 1 || got[0] != want {
			t.Errorf("%q: authors %q, want [%s]", lead, got, want)
		}
	}
	// A wire's copyright line with its year closes the story it supplied.
	page := `<html><head><title>Court adjourns the corruption case</title></head><body>
<h1>Court adjourns the corruption case</h1>` + visibleBody + `<p>Copyright 2008 The Associated Press. All rights reserved.</p></body></html>`
	if got := authorNames(parseVisible(t, page)); len(got) != 1 || got[0] != "Associated Press" {
		t.Errorf("copyright line: authors %q, want [Associated Press]", got)
	}
	// A byline naming a person wins over the dateline's wire, and a
	// bare "© Reuters" (a picture's credit) credits no one.
	page = `<html><head><title>Court adjourns the corruption case</title></head><body>
<h1>Court adjourns the corruption case</h1><p>By Jane Roe</p><p>DHAKA (AFP) — A special tribunal adjourned the case.</p>` + visibleBody + `</body></html>`
	if got := authorNames(parseVisible(t, page)); len(got) != 1 || got[0] != "Jane Roe" {
		t.Errorf("byline and dateline: authors %q, want [Jane Roe]", got)
	}
	page = `<html><head><title>Court adjourns the corruption case</title></head><body>
<h1>Court adjourns the corruption case</h1><p>The defendant © Reuters</p>` + visibleBody + `</body></html>`
	if got := authorNames(parseVisible(t, page)); len(got) != 0 {
		t.Errorf("picture credit: authors %q, want none", got)
	}
}

func TestHeadlineUnderSectionH1(t *testing.T) {
	// An <h1> that is the section's name, the story's <h2> with its
	// byline under it.
	page := `<html><head><title>Daily Star</title></head><body>
<h1>UA Sports</h1><p>Basketball</p>
<h2>Devils on cloud nine after surprising start</h2>
<p>By Patrick Finley</p>` + visibleBody + `</body></html>`
	if a := parseVisible(t, page); a.Headline != "Devils on cloud nine after surprising start" {
		t.Errorf("headline %q", a.Headline)
	}
	// An <h1> that is the headline keeps its place over a later <h2>.
	page = `<html><head><title>Daily Star</title></head><body>
<h1>Devils win again</h1><p>By Patrick Finley</p>` + visibleBody + `
<h2>More stories from the sports desk today</h2><p>By Jane Roe</p></body></html>`
	if a := parseVisible(t, page); a.Headline != "Devils win again" {
		t.Errorf("headline %q, want the <h1>", a.Headline)
	}
}

func TestHeadlineUnderSiteH1FromTitle(t *testing.T) {
	// The <title> shows the <h1> to be the blog's name: the <h2> right
	// under it that prints the rest of the <title> is the headline.
	page := `<html><head><title>City Paper: Daily Dish : Star Denies Affair Rumours</title></head><body>
<h1>City Paper: Daily Dish</h1>
<h2>Star Denies Affair Rumours</h2>` + visibleBody + `</body></html>`
	if a := parseVisible(t, page); a.Headline != "Star Denies Affair Rumours" {
		t.Errorf("headline %q", a.Headline)
	}
	// The same <title> read the other way round: a blog's name set as
	// <h2> above the post's <h1> stays a name.
	page = `<html><head><title>Egyptian Fury over Airstrikes and Firings | Via Meadia</title></head><body>
<h2>Via Meadia</h2>
<h1>Egyptian Fury over Airstrikes and Firings</h1>` + visibleBody + `</body></html>`
	if a := parseVisible(t, page); a.Headline != "Egyptian Fury over Airstrikes and Firings" {
		t.Errorf("headline %q", a.Headline)
	}
}

func TestHeadlinePrintedTitlePart(t *testing.T) {
	// No heading: the part of the <title> the page prints as a line.
	page := `<html><head><title>Bank offers insurance cover to subscribers - Money News Story</title></head><body>
<table><tr><td><b>Business</b></td></tr><tr><td><b>Bank offers insurance cover to subscribers</b></td></tr></table>` + visibleBody + `</body></html>`
	if a := parseVisible(t, page); a.Headline != "Bank offers insurance cover to subscribers" {
		t.Errorf("headline %q", a.Headline)
	}
}

func TestBylineUnderHeadlineFirst(t *testing.T) {
	// A writer named by an author class above the headline (a column of
	// the section's writers) gives way to the byline printed under it.
	page := `<html><head><title>Bank offers insurance cover</title></head><body>
<div class="author">Martin Ivens</div>
<h1>Bank offers insurance cover</h1>
<p>By Anil Dawar</p>` + visibleBody + `</body></html>`
	if got := authorNames(parseVisible(t, page)); len(got) != 1 || got[0] != "Anil Dawar" {
		t.Errorf("authors %q, want [Anil Dawar]", got)
	}
	// "By" inside a title-case deck credits no one.
	page = `<html><head><title>Same-Sex Marriage Measures Succeed</title></head><body>
<h1>Same-Sex Marriage Measures Succeed</h1>
<h2>Bans in Several States Supported By Wide Margins</h2>
<div class="byline">By T.R. Reid</div>` + visibleBody + `</body></html>`
	if got := authorNames(parseVisible(t, page)); len(got) != 1 || got[0] != "T.R. Reid" {
		t.Errorf("authors %q, want [T.R. Reid]", got)
	}
}
