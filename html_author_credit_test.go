package article

import (
	"slices"
	"testing"
)

// TestStoryCreditLines checks the credits that close syndicated copy when
// no byline names a person: a wire's copyright line broken over lines or
// with "by" before the holder, a site's copyright naming itself and the
// wire, and a "Source: X" line alone; prose that opens with "Source:" and
// a copyright line of a company that is no wire credit no one.
func TestStoryCreditLines(t *testing.T) {
	head := `<html><head><title>Court adjourns the corruption case</title></head><body>
<h1>Court adjourns the corruption case</h1>` + visibleBody
	for tail, want := range map[string]string{
		`<p>Copyright 2008 by The<br>Associated Press. All rights reserved.</p>`: "Associated Press",
		`<p>© 2008<br>AFP</p>`: "AFP",
		`<p>All Content is Copyright © 2008<br>WorldNews.com<br>and AFP.</p>`: "AFP",
		`<p>Source: SBS</p>`:                  "SBS",
		`<p>(Source: Guardian)</p>`:           "Guardian",
		`<p>Source: China Daily/Agencies</p>`: "China Daily",
		`<p>Source: a spokesman for the court said the case would resume.</p>`: "",
		`<p>Copyright 2008 Hearst Communications Inc.</p>`:                     "",
	} {
		got := authorNames(parseVisible(t, head+tail+`</body></html>`))
		if want == "" && len(got) != 0 || want != "" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%s: authors %q, want [%s]", tail, got, want)
		}
	}
}

// TestWireReportersLine checks that a wire story whose byline credits the
// wire credits the reporters of its closing "Reporting by" line, not the
// editors after the semicolon; an "Additional reporting by" line leaves
// the wire's credit, and "Editing by" credits no one.
func TestWireReportersLine(t *testing.T) {
	head := `<html><head><title>Court adjourns the corruption case</title></head><body>
<h1>Court adjourns the corruption case</h1><p>Reuters</p><p>FRANKFURT, Jan 9 (Reuters) - A special tribunal adjourned the case.</p>` + visibleBody
	for tail, want := range map[string][]string{
		`<p>(Reporting by Michael Shields; editing by Rory Channing)</p>`:          {"Michael Shields"},
		`<p>Reporting by Laura Zuckerman and Jim Roe; Editing by Jim Christie</p>`: {"Laura Zuckerman", "Jim Roe"},
		`<p>(Additional reporting by Jim Roe; Editing by Jim Christie)</p>`:        {"Reuters"},
	} {
		got := authorNames(parseVisible(t, head+tail+`</body></html>`))
		if !slices.Equal(got, want) {
			t.Errorf("%s: authors %q, want %q", tail, got, want)
		}
	}
}

// TestDatedByHandle checks a blog post's dated meta line that credits a
// handle after "by", its parts set in elements of their own ("Posted on /
// August 9th, 2012 / by lucky"), and that a capitalised word after a
// dated "by" is not read as a handle.
func TestDatedByHandle(t *testing.T) {
	head := `<html><head><title>My four favourite cities</title></head><body>
<h1>My four favourite cities</h1>` + visibleBody
	for tail, want := range map[string][]string{
		`<div>Posted on <span>August 9th, 2012</span><br> by lucky</div><div>Filed under: Travel</div>`: {"lucky"},
		`<div>August 9th, 2012 by Travel in Europe</div>`:                                               nil,
	} {
		got := authorNames(parseVisible(t, head+tail+`</body></html>`))
		if !slices.Equal(got, want) {
			t.Errorf("%s: authors %q, want %q", tail, got, want)
		}
	}
}

// TestSiteBuilderMetaAuthor checks that a meta author naming the web
// agency that built the site credits no article, while a person's name
// there still does.
func TestSiteBuilderMetaAuthor(t *testing.T) {
	page := func(meta string) string {
		return `<html><head><title>Court adjourns the corruption case</title><meta name="author" content="` + meta + `"></head><body>
<h1>Court adjourns the corruption case</h1>` + visibleBody + `</body></html>`
	}
	if got := authorNames(parseVisible(t, page("Vivid Interactive and Design"))); len(got) != 0 {
		t.Errorf("web agency: authors %q, want none", got)
	}
	if got := authorNames(parseVisible(t, page("Gil Taylor"))); !slices.Equal(got, []string{"Gil Taylor"}) {
		t.Errorf("person: authors %q, want [Gil Taylor]", got)
	}
}
