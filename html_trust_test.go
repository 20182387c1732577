package article

import (
	"strings"
	"testing"
)

// TestHTMLProvenance checks where each field is said to come from, and that
// a disagreement between sources lowers the confidence.
func TestHTMLProvenance(t *testing.T) {
	const body = `<p>The council on Tuesday approved plans for 300 affordable homes on the old sawmill site, ending a two-year dispute over the land.</p>
<p>Work is expected to start in the spring, and the first families could move in by the end of next year, the developer said.</p>`
	agree := `<html lang="en"><head>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs new homes","datePublished":"2024-06-19T09:00:00+01:00","author":{"@type":"Person","name":"Tom Hadley"}}</script>
<meta property="og:title" content="Council backs new homes">
<meta property="article:published_time" content="2024-06-19T09:00:00+01:00">
</head><body><article><h1>Council backs new homes</h1><time datetime="2024-06-19T09:00:00+01:00">19 June 2024</time>` + body + `</article></body></html>`
	disagree := strings.Replace(agree, `<time datetime="2024-06-19T09:00:00+01:00">19 June 2024</time>`, `<time datetime="2024-05-02T09:00:00+01:00">2 May 2024</time>`, 1)

	a, err := ParseHTML(strings.NewReader(agree))
	if err != nil {
		t.Fatal(err)
	}
	for field, from := range map[string]string{
		"headline": FromJSONLD, "datePublished": FromJSONLD, "authors": FromJSONLD,
		"language": FromHTMLLang, "body": FromContent,
	} {
		if got := a.Provenance[field].From; got != from {
			t.Errorf("provenance of %s = %q, want %q", field, got, from)
		}
	}
	sure := a.Provenance["datePublished"].Confidence
	if sure < confStructured {
		t.Errorf("agreeing dates: confidence %.2f, want at least %.2f", sure, confStructured)
	}

	b, err := ParseHTML(strings.NewReader(disagree))
	if err != nil {
		t.Fatal(err)
	}
	if b.DatePublished.String() != "2024-06-19T09:00:00+01:00" {
		t.Errorf("date = %s, want the JSON-LD date", b.DatePublished)
	}
	if unsure := b.Provenance["datePublished"].Confidence; unsure >= sure || unsure >= 0.8 {
		t.Errorf("a <time> that disagrees leaves the confidence at %.2f (agreeing: %.2f)", unsure, sure)
	}
	// At 0.8 the contested date is dropped, the rest stays.
	c, err := ParseHTML(strings.NewReader(disagree), WithMinConfidence(0.8))
	if err != nil {
		t.Fatal(err)
	}
	if !c.DatePublished.IsZero() || c.Headline == "" || len(c.Authors) != 1 {
		t.Errorf("at 0.8: date %q, headline %q, authors %v", c.DatePublished, c.Headline, c.Authors)
	}
	if err := c.Validate(); err != nil {
		t.Error(err)
	}
}

// TestDateNotFromComments checks that a date found only in the comments or
// in a related-articles block is not taken for the article's.
func TestDateNotFromComments(t *testing.T) {
	const body = `<p>The council on Tuesday approved plans for 300 affordable homes on the old sawmill site, ending a two-year dispute over the land.</p>
<p>Work is expected to start in the spring, and the first families could move in by the end of next year, the developer said.</p>`
	page := `<html><body><article class="commentary"><h1>Council backs new homes</h1>` + body + `</article>
<section class="comments"><div class="comment"><span class="byline">Reader42</span><time datetime="2024-08-02T10:00:00Z">2 August 2024</time><p>Great news.</p></div></section>
<aside><h3>Related</h3><p class="date">Published 3 March 2024</p><a href="/x">Older story</a></aside></body></html>`
	a, err := ParseHTML(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if !a.DatePublished.IsZero() {
		t.Errorf("date = %s (from %v), want none: the only dates are a comment's and a related story's", a.DatePublished, a.Provenance["datePublished"])
	}
	for _, au := range a.Authors {
		if au.Name == "Reader42" {
			t.Error("a commenter taken for the author")
		}
	}
	// The same page with a date in the article keeps that date.
	withDate := strings.Replace(page, `<h1>Council backs new homes</h1>`, `<h1>Council backs new homes</h1><time datetime="2024-06-19">19 June 2024</time>`, 1)
	if a, _ := ParseHTML(strings.NewReader(withDate)); a.DatePublished.String() != "2024-06-19" {
		t.Errorf("date = %q, want 2024-06-19", a.DatePublished)
	}
}
