package article

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/htmlx"
)

// TestHTMLTitleKinds covers the headline choices between <h1>, <h2>,
// structured titles and <title>, one kind of page per case.
func TestHTMLTitleKinds(t *testing.T) {
	cases := []struct{ name, url, page, want string }{
		{
			name: "a blog header <h1> linking home is the site's name",
			url:  "https://blog.example.org/2020/05/rezept",
			page: `<html><head><title>Rinderleber mit Apfel und Zwiebel | Liebe geht durch den Magen</title></head><body>
<h1><a href="https://blog.example.org" title="Liebe geht durch den Magen">Liebe geht durch den Magen</a></h1>` + dePara + `</body></html>`,
			want: "Rinderleber mit Apfel und Zwiebel",
		},
		{
			name: "home <h1> as href=/ and the site's name inside the <title>",
			page: `<html><head><title>Das schwulste Musikvideo der Welt : Krimi-Archiv | Ermittlungen zum Verfall eines Genres</title></head><body>
<h1><a href="/"><span>Krimi-Archiv</span></a></h1>` + dePara + `</body></html>`,
			want: "Das schwulste Musikvideo der Welt",
		},
		{
			name: "home <h1> then the entry's <h1>: the entry's, as printed",
			page: `<html><head><meta property="og:title" content="Alles hat seine Zeit..."></head><body>
<h1><a href="http://marktplatz.example.org/">Marktplatz für ein gutes Leben</a></h1><h1 class="entry-title">Alles hat seine Zeit…</h1>` + dePara + `</body></html>`,
			want: "Alles hat seine Zeit…",
		},
		{
			name: "an <h1> linking elsewhere is no site name",
			page: `<html><head><title>Neue Brücke eröffnet | Kurier</title></head><body>
<h1><a href="/lokales/neue-bruecke-eroeffnet">Neue Brücke eröffnet</a></h1>` + dePara + `</body></html>`,
			want: "Neue Brücke eröffnet",
		},
		{
			name: "kicker glued in the <h1>, set apart in the structured title",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum"}</script></head><body>
<h1>Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum</h1>` + dePara + `</body></html>`,
			want: "Getränke per Schiff ins Stadtzentrum",
		},
		{
			name: "kicker in its own element ahead of the headline",
			page: `<html><head><meta property="og:title" content="Corona-Pandemie - „Es kommt darauf an, wie die Menschen sterben“"></head><body>
<h1><span class="kicker">Corona-Pandemie</span><span class="visually-hidden"> - </span><span>„Es kommt darauf an, wie die Menschen sterben“</span></h1>` + dePara + `</body></html>`,
			want: "„Es kommt darauf an, wie die Menschen sterben“",
		},
		{
			name: "a long opening element is a title of its own",
			page: `<html><body><h1><span>MTB-Reifen auf Tubeless umrüsten</span> Schritt für Schritt erklärt</h1>` + dePara + `</body></html>`,
			want: "MTB-Reifen auf Tubeless umrüsten Schritt für Schritt erklärt",
		},
		{
			name: "an opening element the text runs on from is the first word",
			page: `<html><body><h1><span class="mc">Ehezoff</span> der Pochers eskaliert</h1>` + dePara + `</body></html>`,
			want: "Ehezoff der Pochers eskaliert",
		},
		{
			name: "structured title cut short mid-sentence: the <h1>",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ultium Cells erhöht Gigafactory-Kapazität"}</script></head><body>
<h1>Ultium Cells erhöht Gigafactory-Kapazität in Tennessee</h1>` + dePara + `</body></html>`,
			want: "Ultium Cells erhöht Gigafactory-Kapazität in Tennessee",
		},
		{
			name: "a subtitle run into the <h1>: the structured title",
			page: `<html><head><meta property="og:title" content="Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh"></head><body>
<h1>Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh <small>Welcome to the Flavor Capital</small></h1>` + para + `</body></html>`,
			want: "Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh",
		},
		{
			name: "an <h1> with words on both sides of the structured title",
			page: `<html><head><meta property="og:title" content="Nahrungsergänzungsmittel - Das dubiose Geschäft"></head><body>
<h1>betrifft: Nahrungsergänzungsmittel - Das dubiose Geschäft | Video der Sendung vom 16.10.2019</h1>` + dePara + `</body></html>`,
			want: "betrifft: Nahrungsergänzungsmittel - Das dubiose Geschäft | Video der Sendung vom 16.10.2019",
		},
		{
			name: "an <h1> that adds the site's name after a separator",
			page: `<html><head><meta property="og:title" content="Was wir über uns nicht hören wollen"></head><body>
<h1>Was wir über uns nicht hören wollen | FASSETTE.NET</h1>` + dePara + `</body></html>`,
			want: "Was wir über uns nicht hören wollen",
		},
		{
			name: "a one-word <h1> that opens the structured title",
			page: `<html><head><meta property="og:title" content="Mandarinen-Schmand-Kuchen von jesusfreak | Chefkoch"></head><body><h1>Mandarinen-Schmand-Kuchen</h1>` + dePara + `</body></html>`,
			want: "Mandarinen-Schmand-Kuchen",
		},
		{
			name: "a one-word <h1> under the site's one <title>",
			page: `<html><head><title>Ausflugtipps Niederrhein und Ruhrgebiet</title></head><body><h1>Essen-Westviertel</h1>` + dePara + `</body></html>`,
			want: "Essen-Westviertel",
		},
		{
			name: "a one-word <h1> that is a section's name",
			page: `<html><head><meta property="og:title" content="Buch der Woche: Eine neue Geschichte der USA"></head><body><h1>Literatur</h1>` + dePara + `</body></html>`,
			want: "Buch der Woche: Eine neue Geschichte der USA",
		},
		{
			name: "no <h1>: the <h2> prints the meta title with other dashes",
			page: `<html><head><meta property="og:title" content="Termine Whisky Tastings Januar - Mai 2020"></head><body>
<h2>Termine Whisky Tastings Januar – Mai 2020</h2>` + dePara + `</body></html>`,
			want: "Termine Whisky Tastings Januar – Mai 2020",
		},
		{
			name: "no <h1>: the <h2> completes a meta title cut at a quote",
			page: `<html><head><meta property="og:title" content="Senador republicano califica a Biden de"><title>Senador republicano califica a Biden de "incapacitado"</title></head><body>
<h2>Senador republicano califica a Biden de "incapacitado"</h2>` + para + `</body></html>`,
			want: `Senador republicano califica a Biden de "incapacitado"`,
		},
		{
			name: "no <h1>: the <h2> is the meta title's part before a separator",
			page: `<html><head><meta property="og:title" content="30.11. | Buch der Woche - Nikole Hannah-Jones (Hrsg.) • 1619"></head><body>
<h1>Literatur</h1><h2>30.11. | Buch der Woche</h2>` + dePara + `</body></html>`,
			want: "30.11. | Buch der Woche",
		},
		{
			name: "one of several <h1>s prints the meta title with other quotes",
			page: `<html><head><meta property="og:title" content="« Les privatisations sont au profit d'intérêts privés »"></head><body>
<h1>Attac France L’action citoyenne</h1><h1>« Les privatisations sont au profit d’intérêts privés »</h1><p>Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget, qui prévoit des fonds pour les routes et les écoles.</p></body></html>`,
			want: "« Les privatisations sont au profit d’intérêts privés »",
		},
		{
			name: "a CJK <title> with the site's name after an unspaced dash",
			page: `<html><head><title>城市公园今日重新开放，市民踊跃前往-示例新闻网</title></head><body><div class="h-title">城市公园今日重新开放，市民踊跃前往</div>` + para + `</body></html>`,
			want: "城市公园今日重新开放，市民踊跃前往",
		},
		{
			name: "a CJK <title> with a long tail keeps it",
			page: `<html><head><title>二〇二四年预算-市议会今天通过了新的道路和学校预算案</title></head><body>` + para + `</body></html>`,
			want: "二〇二四年预算-市议会今天通过了新的道路和学校预算案",
		},
		{
			name: "of several <h1>s, the one the meta title extends with a place",
			page: `<html><head><meta property="og:title" content="Neue Fähre verbindet die Inseln, Griechenland"></head><body>
<h1><a href="/rubrik/europa">Europa</a></h1><h1 class="page-title">Neue Fähre verbindet die Inseln</h1>` + dePara + `<h1>Leserkommentare</h1></body></html>`,
			want: "Neue Fähre verbindet die Inseln",
		},
		{
			name: "a quotation led into the <h1> with a colon is the headline's",
			page: `<html><head><meta property="og:title" content="Trainerin verlässt den Verein nach zehn Jahren"></head><body>
<h1>„Es war eine schöne Zeit“: Trainerin verlässt den Verein nach zehn Jahren</h1>` + dePara + `</body></html>`,
			want: "„Es war eine schöne Zeit“: Trainerin verlässt den Verein nach zehn Jahren",
		},
		{
			name: "a topic kicker before the meta title in the <h1> is dropped",
			page: `<html><head><meta property="og:title" content="Trainerin verlässt den Verein nach zehn Jahren"></head><body>
<h1>Fußball: Trainerin verlässt den Verein nach zehn Jahren</h1>` + dePara + `</body></html>`,
			want: "Trainerin verlässt den Verein nach zehn Jahren",
		},
		{
			name: "a heading prints the structured headline as kicker over the alternative headline",
			page: `<html><head><script type="application/ld+json">{"@type":"Article","headline":"Radreisen","alternativeHeadline":"Mit dem Rad entlang der Donau"}</script><title>Radreisen | Beispielmagazin</title></head><body>
<h2><span class="subline">Radreisen</span> <span class="headline">Mit dem Rad entlang der Donau</span></h2>` + dePara + `</body></html>`,
			want: "Mit dem Rad entlang der Donau",
		},
		{
			name: "an alternative headline the page does not print under the kicker is left",
			page: `<html><head><script type="application/ld+json">{"@type":"Article","headline":"Mit dem Rad entlang der Donau","alternativeHeadline":"Radreisen im Sommer"}</script></head><body>
<h1>Mit dem Rad entlang der Donau</h1>` + dePara + `</body></html>`,
			want: "Mit dem Rad entlang der Donau",
		},
		{
			name: "an unrelated <h2> does not replace the meta title",
			page: `<html><head><meta property="og:title" content="Council passes budget"></head><body><h2>Most read</h2>` + para + `</body></html>`,
			want: "Council passes budget",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := htmlPageURL(t, c.page, c.url) // no URL when c.url is ""
			if a.Headline != c.want {
				t.Errorf("headline = %q, want %q", a.Headline, c.want)
			}
		})
	}
}

func TestIsHomeHref(t *testing.T) {
	for h, want := range map[string]bool{
		"/": true, "https://example.com": true, "http://example.com/": true, "/?locale=de-DE": true,
		"https://web.archive.org/web/2008/http://www.example.de/": true, "/index.php": true,
		"": false, "#top": false, "/news/1.html": false, "https://example.com/author/x/": false, "//cdn.example.com/x": false,
	} {
		if got := htmlx.IsHomeHref(h); got != want {
			t.Errorf("isHomeHref(%q) = %v, want %v", h, got, want)
		}
	}
}

// htmlPageURL parses page as found at url and fails the test on error.
func htmlPageURL(t *testing.T, page, url string) *Article {
	t.Helper()
	a, err := ParseHTML(strings.NewReader(page), WithURL(url))
	if err != nil {
		t.Fatalf("ParseHTML: %v", err)
	}
	return a
}
