package article

import (
	"slices"
	"strings"
	"testing"
)

// auth26Page is a news page of an older template: a site-wide author meta
// tag naming the site ("The Daily Example"), which the page prints nowhere,
// a headline, a table of fields under it, the story and its tail.
func auth26Page(fields, tail string) string {
	return `<html><head><title>Ministers meet on the river dam : World</title>
<meta name="author" content="The Daily Example"></head><body>
<div>Home | World | Business</div>
<h1>Ministers meet on the river dam</h1>
<table><tr><td>Posted : Thu, 10 Jan 2008 03:47:03 GMT</td></tr>` + fields + `</table>
<p>The ministers of three countries met on Wednesday to discuss the building of a dam on the river that runs through all of them, officials said after the talks.</p>
<p>The talks lasted for most of the day and ended with a promise to meet again next month, when engineers will present a study of the dam's effect on the farms downstream.</p>
<p>Farmers along the river have protested against the project for two years, saying it would take away the water they need for their crops in the dry season.</p>
` + tail + `<div>(c) 2008 DailyExample.net, All rights reserved</div></body></html>`
}

// TestAuth26WireOverUnprintedMeta checks that a wire the page prints as
// the story's credit (a labelled field, a copyright line closing the
// story) replaces an author meta tag the page prints nowhere (the site's
// own name), written out as bylines write it; and that a wire merely
// named in the story or in a picture's credit does not, nor a person's
// labelled credit.
func TestAuth26WireOverUnprintedMeta(t *testing.T) {
	for _, c := range []struct {
		name, fields, tail string
		want               []string
	}{
		{"field", `<tr><td><b>Author :</b> DPA</td></tr>`, ``, []string{"DPA"}},
		{"copyright by", `<tr><td><b>Author :</b> World News Editor</td></tr>`, `<p>Copyright 2008 by UPI</p>`, []string{"United Press International"}},
		{"copyright", `<tr><td><b>Author :</b> World News Editor</td></tr>`, `<p>&copy; 2008 UPI. All rights reserved.</p>`, []string{"United Press International"}},
		// Near misses: the wire named in the story, a picture credited
		// to a wire; the meta tag stands as before.
		{"mention", ``, `<p>The agency AFP said the talks would resume.</p>`, []string{"The Daily Example"}},
		{"photo", ``, `<p>Photo: AFP</p>`, []string{"The Daily Example"}},
		// A person credited in the field wins over everything.
		{"person", `<tr><td><b>Author :</b> Jane Roe</td></tr>`, `<p>Copyright 2008 by UPI</p>`, []string{"Jane Roe"}},
	} {
		got := authorNames(parseVisible(t, auth26Page(c.fields, c.tail)))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: authors %q, want %q", c.name, got, c.want)
		}
	}
	// A person in the meta tag, printed nowhere, stays the author when a
	// wire is named "by" in the story's first lines or closes a widget
	// (review of auth26).
	person := strings.Replace(auth26Page(``, `<p>According to a report by AFP, the talks will resume.</p><p>Source: Reuters</p>`), `content="The Daily Example"`, `content="Jane Roe"`, 1)
	if got := authorNames(parseVisible(t, person)); !slices.Equal(got, []string{"Jane Roe"}) {
		t.Errorf("a person's meta author and a wire named in the story: authors %q, want [Jane Roe]", got)
	}
	// A wire's abbreviation that is a first name as printed ("Aki") is no
	// wire.
	film := auth26Page(`<tr><td><b>Author :</b> Aki</td></tr>`, ``)
	if got := authorNames(parseVisible(t, film)); slices.Contains(got, "Aki") || slices.Contains(got, "AKI") {
		t.Errorf("a first name printed like a wire's abbreviation: authors %q", got)
	}
}

// TestAuth26CapsBylineWire checks a byline set in capitals whose credits
// "AND" joins: each credit is kept (a wire written out), where the first
// name alone was taken before; a byline of one person and a dateline's
// "(AP)" credits the person alone.
func TestAuth26CapsBylineWire(t *testing.T) {
	head := `<html><head><title>Court adjourns the corruption case</title></head><body>
<h1>Court adjourns the corruption case</h1>`
	for byline, want := range map[string][]string{
		`<p>By JANE ROE AND AP</p>`:                                          {"JANE ROE", "Associated Press"},
		`<p>BY JANE ROE AND JOHN DOE</p>`:                                    {"JANE ROE", "JOHN DOE"},
		`<p>By JANE ROE AND THE ASSOCIATED PRESS</p>`:                        {"JANE ROE", "Associated Press"},
		`<p>By JANE ROE AND REUTERS</p>`:                                     {"JANE ROE", "Reuters"},
		`<p>By Jane Roe</p><p>JERUSALEM (AP) - The court met on Monday.</p>`: {"Jane Roe"},
	} {
		got := authorNames(parseVisible(t, head+byline+visibleBody+`</body></html>`))
		if !slices.Equal(got, want) {
			t.Errorf("%s: authors %q, want %q", byline, got, want)
		}
	}
	// An organisation set in capitals is not split at its "AND" into two
	// credits (no first name opens it). (The name comes out cut at the
	// "AND", as it did before the rule: a defect of the byline reading
	// left for later, not asserted here.)
	got := authorNames(parseVisible(t, head+`<p>By U.S. CUSTOMS AND BORDER PROTECTION</p>`+visibleBody+`</body></html>`))
	if len(got) != 1 {
		t.Errorf("an organisation's byline in capitals: authors %q, want one credit", got)
	}
}

// TestAuth26AgencyTable checks wires added to the table: Adnkronos
// International's dateline ("Rome, 2 Jan. (AKI) -") credits it on a page
// whose headline is no heading; a commenter named "ap" credits no one.
func TestAuth26AgencyTable(t *testing.T) {
	lead := ` The ministers of three countries met on Wednesday to discuss the building of a dam on the river that runs through all of them, officials said after the talks.</p>
<p>The talks lasted for most of the day and ended with a promise to meet again next month, when engineers will present a study of the dam's effect on the farms downstream.</p>
<p>Farmers along the river have protested against the project for two years, saying it would take away the water they need for their crops in the dry season.</p>`
	for page, want := range map[string][]string{
		`<div><b>Ministers meet on the river dam</b></div><p>Rome, 2 Jan. (AKI) -` + lead:                          {"AKI"},
		`<h1>Ministers meet on the river dam</h1><p>The` + lead + `<div class="comment">ap wrote: good news</div>`: nil,
	} {
		got := authorNames(parseVisible(t, `<html><head><title>World news</title></head><body>`+page+`</body></html>`))
		if !slices.Equal(got, want) {
			t.Errorf("%.80s: authors %q, want %q", page, got, want)
		}
	}
}

// TestAuth26CopyrightNoHeadline checks a wire's copyright line closing a
// story whose headline is no heading the page marks ("All Content is
// Copyright © 2008 Example.com and AFP."): searched from the lead, it
// credits the wire.
func TestAuth26CopyrightNoHeadline(t *testing.T) {
	page := `<html><head><title>Football news</title></head><body><div>Home | Leagues | Scores</div>
<div><font size="3">Coach signs a new contract</font></div>
<p>The coach of the national team signed a new contract on Wednesday that keeps him in charge until the end of the next world cup, the federation said in a statement issued after a meeting of its board in the capital that lasted for most of the afternoon.</p>
<p>He had been offered the job of a club in the south of the country but turned it down after talks with the federation's president that lasted late into the night.</p>
<p>The federation said it was pleased that he would stay and thanked the players for their support during the talks.</p>
<div>All Content is Copyright &copy; 2008<br>ExampleSoccer.com<br>and AFP.</div></body></html>`
	if got, want := authorNames(parseVisible(t, page)), []string{"AFP"}; !slices.Equal(got, want) {
		t.Errorf("authors %q, want %q", got, want)
	}
}
