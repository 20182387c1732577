package article

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/htmlx"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"
)

func TestAnyDateLanguages(t *testing.T) {
	cases := []struct {
		in    string
		short bool
		want  string // YYYY-MM-DD, "" for no date
	}{
		{"Veröffentlicht am 5. April 2017", false, "2017-04-05"},
		{"Samstag, 5. Oktober 2013 (News)", false, "2013-10-05"},
		{"Wien, 04. März 2021 | Kultur", false, "2021-03-04"},
		{"26 Mai, 2008 | ThE_Pai", false, "2008-05-26"},
		{"jeudi 13 juin 2019 , par Attac", false, "2019-06-13"},
		{"le 1er février 2020", false, "2020-02-01"},
		{"viernes 6 de mayo de 2022", false, "2022-05-06"},
		{"Notizia del 14 Gennaio 2020", false, "2020-01-14"},
		{"12 lutego 2021 r.", false, "2021-02-12"},
		{"January 22, 2014 A general", false, "2014-01-22"},
		{"Von Björn Jahner | 31.10.23 Sie suche", true, "2023-10-31"},
		{"Von Björn Jahner | 31.10.23 Sie suche", false, ""},
		{"Version 1.10.23.4 released", true, ""},
		{"5. Brot 2020", false, ""},
		{"31. Februar 2020", false, ""},
		{"Familie 17/02/2022", true, "2022-02-17"},
		{"Posted 12/25/2021", true, "2021-12-25"},
		{"02/10/2020", true, ""}, // which comes first is not known
		{"Von Deutscher Tennis Bund 4. 2. 2022.", true, "2022-02-04"},
		{"Seite 1/2/2022", true, ""},
	}
	for _, c := range cases {
		got := ""
		if d, _, ok := htmlx.AnyDate(c.in, nil, c.short); ok {
			got = d.Time.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("anyDate(%q, short=%v) = %q, want %q", c.in, c.short, got, c.want)
		}
	}
}

// TestNumericDateOrder: a slashed date whose numbers could both be a
// month is read in the order the page's language writes.
func TestNumericDateOrder(t *testing.T) {
	cases := []struct {
		lang, in, want string
	}{
		{"en-GB", "Updated 02/10/2020", "2020-10-02"},
		{"en-AU", "02/10/2020", "2020-10-02"},
		{"de-DE", "Stand: 03/05/2022", "2022-05-03"},
		{"es", "03/05/2022 10:41 pm", "2022-05-03"},
		{"en-US", "02/10/2020", "2020-02-10"},
		{"EN_us", "02/10/2020", "2020-02-10"},
		{"en", "02/10/2020", ""},
		{"en-CA", "02/10/2020", ""},
		{"", "02/10/2020", ""},
		{"en-US", "17/02/2022", "2022-02-17"}, // beyond doubt whatever the language
		{"en-GB", "12/25/2021", "2021-12-25"},
	}
	for _, c := range cases {
		got := ""
		if d, _, _, ok := htmlx.AnyDateSpan(c.in, nil, true, htmlx.LangOrder(c.lang)); ok {
			got = d.Time.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("lang %q: %q read as %q, want %q", c.lang, c.in, got, c.want)
		}
	}
	a := htmlPage(t, `<html lang="en-GB"><body><h1>Student halls too full</h1><span class="time">02/10/2020</span>`+para+`</body></html>`)
	if got := a.DatePublished.Time.Format("2006-01-02"); got != "2020-10-02" {
		t.Errorf("en-GB page: date = %v, want 2020-10-02", a.DatePublished)
	}
	a = htmlPage(t, `<html lang="en-US"><body><h1>Student halls too full</h1><span class="time">02/10/2020</span>`+para+`</body></html>`)
	if got := a.DatePublished.Time.Format("2006-01-02"); got != "2020-02-10" {
		t.Errorf("en-US page: date = %v, want 2020-02-10", a.DatePublished)
	}
}

// TestURLDateDayFirst: an address that writes its date with the year
// last is read day first, or in the page's order when both numbers could
// be a month.
func TestURLDateDayFirst(t *testing.T) {
	cases := []struct{ lang, url, want string }{
		{"de", "https://example.org/meldungen/17-11-2020", "2020-11-17"},
		{"de", "https://example.org/artikel/bericht_vom_03.05.2021_zum_wetter", "2021-05-03"},
		{"en-US", "https://example.com/blog/notes-11-23-2020/", "2020-11-23"},
		{"en-US", "https://example.com/blog/notes-03-05-2021/", "2021-03-05"},
		{"", "https://example.com/blog/notes-03-05-2021/", ""},
		{"de", "https://example.org/2019/04/09/bericht-01-02-2020/", "2019-04-09"}, // year first wins
		{"de", "https://example.org/produkt-12-34-2020", ""},
	}
	for _, c := range cases {
		m := &htmlx.PageMeta{Lang: c.lang, Canonical: c.url}
		got := ""
		if d := htmlx.UrlDate(m, &model.Config{}); !d.IsZero() {
			got = d.Time.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("urlDate(%q, lang %q) = %q, want %q", c.url, c.lang, got, c.want)
		}
	}
}

func TestLabelledDate(t *testing.T) {
	d := htmlx.LabelledDate("Ausgabejahr 2022\nDatum\n25.01.2022\nPrognose", nil)
	if got := d.Time.Format("2006-01-02"); d.IsZero() || got != "2022-01-25" {
		t.Errorf("labelledDate = %v, want 2022-01-25", d)
	}
	if d := htmlx.LabelledDate("Datum der letzten Wahl war lange her, 2019 vielleicht.", nil); !d.IsZero() {
		t.Errorf("labelledDate found %v in a text with no labelled date", d)
	}
}

func TestScriptDates(t *testing.T) {
	got := htmlx.ScriptDates(`var page = {"id":7,"published_at":"2019-03-02T06:22:28+01:00","title":"x"};`, nil)
	if len(got) != 1 || got[0] != "2019-03-02T06:22:28+01:00" {
		t.Errorf("scriptDates = %q", got)
	}
}

// htmlPage parses page and fails the test on error.
func htmlPage(t *testing.T, page string) *Article {
	t.Helper()
	a, err := ParseHTML(strings.NewReader(page))
	if err != nil {
		t.Fatalf("ParseHTML: %v", err)
	}
	return a
}

const dePara = `<p>Der Gemeinderat hat am Dienstagabend über den neuen Haushalt beraten, der Mittel für Straßen, Schulen und die Bibliothek vorsieht, und ihn nach einer langen Debatte mit großer Mehrheit beschlossen.</p>`

func TestHTMLForeignDatesAndBylines(t *testing.T) {
	cases := []struct {
		name, page, date, author string
	}{
		{
			name:   "German date line and byline in page text",
			page:   `<html lang="de"><body><h1>Haushalt beschlossen</h1><div><span>Von Anna Muster</span> am 5. März 2021</div>` + dePara + `</body></html>`,
			date:   "2021-03-05",
			author: "Anna Muster",
		},
		{
			name: "French date in a date line",
			page: `<html lang="fr"><body><h1>Le budget est voté</h1><div class="date">jeudi 13 juin 2019</div><p>Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget, qui prévoit des fonds pour les routes, les écoles et la bibliothèque, et l'a voté après un long débat.</p></body></html>`,
			date: "2019-06-13",
		},
		{
			name: "Spanish date after the headline",
			page: `<html lang="es"><body><h1>El concejo aprueba el presupuesto</h1><p>Lima, 6 de mayo de 2022</p><p>El concejo municipal se reunió el martes por la noche para discutir el nuevo presupuesto, que incluye fondos para carreteras, escuelas y la biblioteca, y lo aprobó tras un largo debate.</p></body></html>`,
			date: "2022-05-06",
		},
		{
			name:   "date cut from an <address> byline",
			page:   `<html><body><h1>Council passes budget</h1><address>By <a href="/a/jane">Jane Doe</a> on 3 June 2024</address>` + para + `</body></html>`,
			date:   "2024-06-03",
			author: "Jane Doe",
		},
		{
			name: "a date line outranks a loosely named meta date",
			page: `<html lang="de"><head><meta name="date" content="2020-02-12"></head><body><h1>Faire Lieferketten</h1><div class="news-date">05.02.2020</div>` + dePara + `</body></html>`,
			date: "2020-02-05",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := htmlPage(t, c.page)
			if got := a.DatePublished.Time.Format("2006-01-02"); a.DatePublished.IsZero() || got != c.date {
				t.Errorf("date = %v, want %s", a.DatePublished, c.date)
			}
			var names []string
			for _, au := range a.Authors {
				names = append(names, au.Name)
			}
			if got := strings.Join(names, "; "); got != c.author {
				t.Errorf("authors = %q, want %q", got, c.author)
			}
		})
	}
}

func TestHTMLPublisherAsAuthor(t *testing.T) {
	// The publisher's name stands as author when nothing names a person...
	a := htmlPage(t, `<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Konsum sparen","author":{"@type":"Person","name":"Frau Sabienes"},"publisher":{"@type":"Organization","name":"Frau Sabienes"}}</script></head><body><h1>Konsum sparen</h1>`+dePara+`</body></html>`)
	if len(a.Authors) != 1 || a.Authors[0].Name != "Frau Sabienes" {
		t.Errorf("authors = %+v, want the publisher's name", a.Authors)
	}
	// ...and gives way to a person named by a byline.
	a = htmlPage(t, `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Haushalt beschlossen","author":{"@type":"Organization","name":"Stadtanzeiger"},"publisher":{"@type":"Organization","name":"Stadtanzeiger"}}</script></head><body><h1>Haushalt beschlossen</h1><div class="author">Von Anna Muster</div>`+dePara+`</body></html>`)
	if len(a.Authors) != 1 || a.Authors[0].Name != "Anna Muster" {
		t.Errorf("authors = %+v, want Anna Muster", a.Authors)
	}
}

func TestHTMLTitleFromH1(t *testing.T) {
	cases := []struct{ name, page, want string }{
		{
			name: "og:title extends the <h1> with site names",
			page: `<html><head><meta property="og:title" content="Bielersee-Winterhechte | petri-heil.ch | Dein Fischereimagazin"></head><body><h1>Bielersee-Winterhechte</h1>` + dePara + `</body></html>`,
			want: "Bielersee-Winterhechte",
		},
		{
			name: "spaced-colon kicker in a German <h1>",
			page: `<html lang="de"><body><h1><span>Klimaschutz</span> : <span>Bohren, bis es heiß wird</span></h1>` + dePara + `</body></html>`,
			want: "Bohren, bis es heiß wird",
		},
		{
			name: "French spaces its colons: the <h1> stays whole",
			page: `<html lang="fr"><body><h1>Parité en Tunisie : au-dessous de la moyenne mondiale</h1><p>Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget, qui prévoit des fonds pour les routes et les écoles.</p></body></html>`,
			want: "Parité en Tunisie : au-dessous de la moyenne mondiale",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := htmlPage(t, c.page).Headline; got != c.want {
				t.Errorf("headline = %q, want %q", got, c.want)
			}
		})
	}
}

func TestDetectLanguageTables(t *testing.T) {
	cases := map[string]string{
		"de": "Der Gemeinderat hat am Dienstag über den neuen Haushalt beraten und ihn nach einer langen Debatte mit großer Mehrheit beschlossen, wie die Stadt mitteilte.",
		"fr": "Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget, qui prévoit des fonds pour les routes et les écoles de la ville.",
		"es": "El concejo municipal se reunió el martes por la noche para discutir el nuevo presupuesto, que incluye fondos para las carreteras y la biblioteca.",
		"it": "Il consiglio comunale si è riunito martedì sera per discutere il nuovo bilancio, che prevede fondi per le strade e per la biblioteca della città.",
		"pl": "Rada miejska zebrała się we wtorek wieczorem, aby omówić nowy budżet, który przewiduje środki na drogi, szkoły i bibliotekę, i przyjęła go po długiej debacie.",
		"en": "The council met on Tuesday evening to discuss the new budget, which includes funds for roads, schools and the library, and voted in favour.",
	}
	for want, s := range cases {
		if got, _ := lang.Detect(s); got != want {
			t.Errorf("detectLanguage(%.30q…) = %q, want %q", s, got, want)
		}
	}
}

func TestHTMLDateInPageZone(t *testing.T) {
	a := htmlPage(t, `<html><head><meta property="article:published_time" content="2022-05-04T03:37:37+00:00"></head><body><h1>Council passes budget</h1><time datetime="2022-05-03T23:37:37-04:00">May 3</time>`+para+`</body></html>`)
	if got := a.DatePublished.Time.Format("2006-01-02"); got != "2022-05-03" {
		t.Errorf("date = %v, want 2022-05-03 (the page's own zone)", a.DatePublished)
	}
	// A <time> that is another instant does not move the date.
	a = htmlPage(t, `<html><head><meta property="article:published_time" content="2022-05-04T03:37:37Z"></head><body><h1>Council passes budget</h1><time datetime="2022-05-01T10:00:00-04:00">May 1</time>`+para+`</body></html>`)
	if got := a.DatePublished.Time.Format("2006-01-02"); got != "2022-05-04" {
		t.Errorf("date = %v, want 2022-05-04", a.DatePublished)
	}
}
