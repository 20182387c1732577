package article

import (
	"slices"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// m19Prose is two paragraphs of an English story, long enough to be the
// body.
const m19Prose = `<p>The harbour board voted on Monday evening to rebuild the old ferry pier, after months of argument about its cost and about the boats that use it.</p>
<p>Work is to start in the spring, and the board expects the ferries to run from a temporary landing until the new pier opens next winter.</p>`

// TestMeta19JSONLDEntities: the strings of a JSON-LD graph carry HTML
// entities (SEO plugins write "&amp;" and "&#038;"); they are decoded in
// every field, and a keywords array keeps each item whole.
func TestMeta19JSONLDEntities(t *testing.T) {
	page := `<html lang="en"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier to be rebuilt","datePublished":"2025-04-02",
"publisher":{"@type":"Organization","name":"Coast &amp; Country"},"articleSection":"Towns &#038; Ports","keywords":["Harbour, Old","B&amp;B","Ferries &#038; Boats"]}</script></head>
<body><article><h1>Pier to be rebuilt</h1>` + m19Prose + `</article></body></html>`
	a := htmlPage(t, page)
	if a.Publisher == nil || a.Publisher.Name != "Coast & Country" {
		t.Errorf("publisher = %+v, want Coast & Country", a.Publisher)
	}
	if a.Section != "Towns & Ports" {
		t.Errorf("section = %q, want Towns & Ports", a.Section)
	}
	if want := []string{"Harbour, Old", "B&B", "Ferries & Boats"}; !slices.Equal(a.Keywords, want) {
		t.Errorf("keywords = %q, want %q", a.Keywords, want)
	}
	// A keywords string is still a list; an entity's semicolon is no
	// separator.
	str := strings.Replace(page, `["Harbour, Old","B&amp;B","Ferries &#038; Boats"]`, `"B&amp;B; ferries; piers"`, 1)
	if got, want := htmlPage(t, str).Keywords, []string{"B&B", "ferries", "piers"}; !slices.Equal(got, want) {
		t.Errorf("keywords of a string = %q, want %q", got, want)
	}
}

// TestMeta19UpdateLines: a header's update line sets the modification
// date, never the publication date while the page gives another, in
// English, French and German. A page that prints its update's date alone
// has it as the publication date too, as a guess.
func TestMeta19UpdateLines(t *testing.T) {
	cases := []struct{ name, lang, lines, pub, mod string }{
		{"update alone", "en", `<p>Updated April 3, 2025 9:15 a.m. ET</p>`, "2025-04-03T09:15:00-04:00", "2025-04-03T09:15:00-04:00"},
		{"published then updated", "en", `<p>Published April 2, 2025</p><p>Updated April 3, 2025 9:15 a.m. ET</p>`, "2025-04-02", "2025-04-03T09:15:00-04:00"},
		{"French one line", "fr", `<div class="infos">Publié le 2 avril 2025 à 10h00, mis à jour le 3 avril 2025 à 08h40</div>`, "2025-04-02T10:00:00", "2025-04-03T08:40:00"},
		{"German update", "de", `<p>Aktualisiert am 03.04.2025, 08:40 Uhr</p>`, "2025-04-03T08:40:00", "2025-04-03T08:40:00"},
		{"German update under the publication", "de", `<p>Veröffentlicht am 02.04.2025, 10:00 Uhr</p><p>Aktualisiert am 03.04.2025, 08:40 Uhr</p>`, "2025-04-02T10:00:00", "2025-04-03T08:40:00"},
	}
	for _, c := range cases {
		a := htmlPage(t, `<html lang="`+c.lang+`"><body><article><h1>Pier to be rebuilt next spring</h1>`+c.lines+m19Prose+`</article></body></html>`)
		if got := dateOrEmpty(a.DatePublished.String(), a.DatePublished.IsZero()); got != c.pub {
			t.Errorf("%s: datePublished = %q, want %q", c.name, got, c.pub)
		}
		if !a.DatePublished.IsZero() && a.DatePublished.Time.Equal(a.DateModified.Time) {
			if conf := a.Provenance["datePublished"].Confidence; conf > model.ConfGuess {
				t.Errorf("%s: an update's date taken as published with confidence %v, want a guess", c.name, conf)
			}
		}
		if got := dateOrEmpty(a.DateModified.String(), a.DateModified.IsZero()); got != c.mod {
			t.Errorf("%s: dateModified = %q, want %q", c.name, got, c.mod)
		}
		for _, b := range a.Body {
			if strings.Contains(b.Text, "2025") {
				t.Errorf("%s: the header line stays in the body: %q", c.name, b.Text)
			}
		}
	}
	// An update line in the story's text, far under the headline, is no
	// header line.
	far := `<html lang="en"><body><article><h1>Pier to be rebuilt next spring</h1><p>Published April 2, 2025</p>` + m19Prose +
		strings.Repeat(`<p>The board's plans were discussed at length by the members, who went through each of the drawings and the estimates line by line.</p>`, 14) +
		`<p>The register of piers was updated March 1, 2024 by the ministry, which lists this one as unsafe.</p></article></body></html>`
	if a := htmlPage(t, far); !a.DateModified.IsZero() || a.DatePublished.String() != "2025-04-02" {
		t.Errorf("an update in the story: published %v, modified %v; want 2025-04-02 and none", a.DatePublished, a.DateModified)
	}
}

// TestMeta19MastheadOverUpdate: a masthead's "today" over the headline
// is later than the update the header prints: not the publication date.
func TestMeta19MastheadOverUpdate(t *testing.T) {
	a := htmlPage(t, `<html lang="en"><body><div class="masthead">Tuesday, April 8, 2025</div><article><h1>Pier to be rebuilt next spring</h1>
<div class="byline">By Ann Lee</div><p>Last updated: April 3, 2025 9:31 PM</p>`+m19Prose+`</article></body></html>`)
	if got := a.DatePublished.String(); !strings.HasPrefix(got, "2025-04-03") {
		t.Errorf("datePublished = %q, want the update's day 2025-04-03 (a guess), not the masthead's", got)
	}
}

func dateOrEmpty(s string, zero bool) string {
	if zero {
		return ""
	}
	return s
}

// TestMeta19HeaderLines: the header's date lines leave the body: a blog
// platform's row with the publication and reading time, a date line under
// a kicker, a <time> with its zone.
func TestMeta19HeaderLines(t *testing.T) {
	ruProse := `<p>В четверг в Самаре открыли после ремонта главную библиотеку города. Работы шли два года и обошлись бюджету в 300 млн рублей.</p>
<p>Новые залы рассчитаны на пятьсот читателей, сообщили в администрации города, а фонд пополнят к осени.</p>`
	deProse := `<p>Nach langem Streit hat der Stadtrat den Neubau der Brücke beschlossen. Die Opposition stimmte dagegen und kündigte eine Klage an.</p>
<p>Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, teilte die Stadtverwaltung am Abend mit.</p>`
	cases := []struct{ name, page, line string }{
		{"Russian time with zone", `<html lang="ru"><body><article><h1>В Самаре открыли библиотеку</h1>
<p><time datetime="2025-04-03">3 апреля 2025, 11:20 МСК</time></p>` + ruProse + `</article></body></html>`, "МСК"},
		{"blog platform row", `<html lang="en"><body><article><h1>Pier to be rebuilt next spring</h1>
<div class="meta"><span>Published in Harbour Notes</span> · <span>6 min read</span> · <span>Apr 2, 2025</span></div>` + m19Prose + `</article></body></html>`, "min read"},
		{"date line under a kicker", `<html lang="de"><body><article><p class="kicker">Verkehr</p><h1>Stadt baut neue Brücke</h1>
<p>Stand: 03.04.2025 11:20 Uhr</p>` + deProse + `</article></body></html>`, "Stand"},
	}
	for _, c := range cases {
		a := htmlPage(t, c.page)
		if len(a.Body) == 0 {
			t.Errorf("%s: empty body", c.name)
			continue
		}
		for _, b := range a.Body {
			if strings.Contains(b.Text, c.line) {
				t.Errorf("%s: the header line stays in the body: %q", c.name, b.Text)
			}
		}
	}
}

// TestMeta19StructuredDayPrintedClock: a structured date that gives only
// the day takes the clock and zone the page prints for the same day; a
// printed date of another day changes nothing.
func TestMeta19StructuredDayPrintedClock(t *testing.T) {
	page := func(day, printed string) string {
		return `<html lang="ru"><body><div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">В Самаре открыли библиотеку</h1>
<time itemprop="datePublished" datetime="` + day + `">` + printed + `</time>
<div itemprop="articleBody"><p>В четверг в Самаре открыли после ремонта главную библиотеку города. Работы шли два года и обошлись бюджету в 300 млн рублей.</p>
<p>Новые залы рассчитаны на пятьсот читателей, сообщили в администрации города, а фонд пополнят к осени.</p></div></div></body></html>`
	}
	if got := htmlPage(t, page("2025-04-03", "3 апреля 2025, 11:20 МСК")).DatePublished.String(); got != "2025-04-03T11:20:00+03:00" {
		t.Errorf("same day: datePublished = %q, want 2025-04-03T11:20:00+03:00", got)
	}
	if got := htmlPage(t, page("2025-04-03", "4 апреля 2025, 11:20 МСК")).DatePublished.String(); !strings.HasPrefix(got, "2025-04-03") {
		t.Errorf("another day: datePublished = %q, want the structured day 2025-04-03", got)
	}
}
