package article

import (
	"reflect"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/htmlx"

	"github.com/articlekit/article/internal/model"
)

// TestHTMLAuthorKinds covers the author choices, one kind of page per case.
func TestHTMLAuthorKinds(t *testing.T) {
	cases := []struct {
		name, url, page string
		want            []string
	}{
		{
			name: "the site's name as meta author gives way to a byline",
			url:  "https://www.interscenar.io/politik/text",
			page: `<html><head><meta name="author" content="Interscenario"></head><body><h1>Was wir nicht hören wollen</h1>
<div class="author">Autor: Gàbor Muniér , Datum: 15.Jun.19 , Anzahl der Kommentare: 0</div>` + dePara + `</body></html>`,
			want: []string{"Gàbor Muniér"},
		},
		{
			name: "the site's name in JSON-LD gives way to a byline with a date",
			url:  "https://www.elcolombiano.com/antioquia/polemica-EN17385450",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Polémica por buses","author":{"@type":"Person","name":"El Colombiano"}}</script></head><body><h1>Polémica por buses</h1>
<div class="byline">Jacobo Betancur Peláez | Publicado hace 3 horas</div>` + para + `</body></html>`,
			want: []string{"Jacobo Betancur Peláez"},
		},
		{
			name: "the site's name is not replaced by a teaser's byline far below",
			url:  "https://lebensmittelpraxis.example/handel/1.html",
			page: `<html><head><meta property="og:site_name" content="Lebensmittel Praxis"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Getränke per Schiff","author":{"@type":"Person","name":"Lebensmittel Praxis"}}</script></head><body><h1>Getränke per Schiff</h1>` + dePara + dePara + dePara + dePara + dePara + dePara + dePara + dePara + dePara + dePara + `
<div class="teaser"><h4>Worauf Verbraucher Wert legen</h4><span class="item__author">Glory Global Solutions Germany</span></div></body></html>`,
			want: []string{"Lebensmittel Praxis"},
		},
		{
			name: "a byline that prints the site's name is taken at its word",
			url:  "https://www.hausinfo.ch/de/kondenswasser.html",
			page: `<html><body><h1>Kondenswasser an den Fenstern</h1><div class="author">Artikel von: hausinfo</div>` + dePara + `</body></html>`,
			want: []string{"hausinfo"},
		},
		{
			name: "the site's name stands when nobody else is named",
			url:  "https://www.interscenar.io/politik/text",
			page: `<html><head><meta name="author" content="Interscenario"></head><body><h1>Was wir nicht hören wollen</h1>` + dePara + `</body></html>`,
			want: []string{"Interscenario"},
		},
		{
			name: "a user name ending in digits",
			page: `<html><body><h1>Im Test: ein Shampoo</h1><a rel="author" href="/author/freeman1984/">freeman1984</a>` + dePara + `</body></html>`,
			want: []string{"freeman1984"},
		},
		{
			name: "the author's field among labelled fields",
			page: `<html><body><h1>Von Sprachregeln und Genderpolitik</h1><div class="articleAuthorDateBlock"><span>Datum:</span> 19.11.2021 <br><span>Autor:</span> Fritz Imhof<br><span>Quelle:</span> Livenet</div>` + dePara + `</body></html>`,
			want: []string{"Fritz Imhof"},
		},
		{
			name: "a link text after the name",
			page: `<html><body><h1>Konzert-Highlights im November</h1><div class="teaser-box author short"><div class="title-small"> Johanna Kropfitsch </div><div class="moreinfo"><a href="/search">Alle Artikel</a></div></div>` + dePara + `</body></html>`,
			want: []string{"Johanna Kropfitsch"},
		},
		{
			name: "a prefix that contains a link text stays a prefix",
			page: `<html><body><h1>Ein Beitrag</h1><div class="author-info">Zeige alle Beiträge von Petra Ruland</div>` + dePara + `</body></html>`,
			want: []string{"Petra Ruland"},
		},
		{
			name: "a forum thread's starter by user name",
			page: `<html><body><h1>Jede Nacht verliert Pepe Dreck aus dem Fell</h1><ul><li><span class="username u-concealed" dir="auto">Pepemaus</span></li></ul>` + dePara + `</body></html>`,
			want: []string{"Pepemaus"},
		},
		{
			name: "a date and a dash before the name under the headline",
			page: `<html><body><h1>Variablen und ihr Zuhause</h1><p class="text-muted">11.12.2019 - Amelie Loevenich</p>` + dePara + `</body></html>`,
			want: []string{"Amelie Loevenich"},
		},
		{
			name: "a comments block read whole does not hide what follows",
			page: `<html><body><h1>Alfa Romeo plant späten Launch</h1><script class="comments-config">var x = 1;</script>
<div class="author pull-left">von <a href="/autor/juliane-ziegengeist">Juliane Ziegengeist</a></div>` + dePara + `</body></html>`,
			want: []string{"Juliane Ziegengeist"},
		},
		{
			name: "an <aside> holding the article's meta line",
			page: `<html><body><h1>Sie wissen nicht, was sie tun</h1><aside class="meta"><p class="authors">Von:<br><i><a class="author-name" href="/autor/mpf">Moritz Pieczewski-Freimuth</a></i></p></aside>` + dePara + `</body></html>`,
			want: []string{"Moritz Pieczewski-Freimuth"},
		},
		{
			name: "a sidebar widget <aside> stays apart",
			page: `<html><body><h1>Ein Beitrag</h1>` + dePara + `<aside class="widget widget_meta author"><div class="author">Von Max Sidebar</div></aside></body></html>`,
			want: nil,
		},
		{
			name: "microdata authors of the other posts in a list are not the article's",
			page: `<html><body><article itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">What is Rust?</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jake Goulding</span></span>` + para + `</article>
<div class="more"><article itemscope itemtype="https://schema.org/BlogPosting"><h2 itemprop="headline">Podcast 1</h2><span itemprop="author">Ben Popper</span></article>
<article itemscope itemtype="https://schema.org/BlogPosting"><h2 itemprop="headline">Podcast 2</h2><meta itemprop="author" content="Emma Bostian"></article></div></body></html>`,
			want: []string{"Jake Goulding"},
		},
		{
			name: "several microdata authors of one article",
			page: `<html><body><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Council passes budget</h1><span itemprop="author">Jane Doe</span> and <span itemprop="author">John Roe</span>` + para + `</article></body></html>`,
			want: []string{"Jane Doe", "John Roe"},
		},
		{
			name: "the name's own element inside a byline with outlet and time",
			page: `<html><body><h1>Teachers pack Statehouse</h1><div class="article-byline"><a class="author-link" href="/staff/1">Tom Davies</a> Associated Press <span>Published 11:34 PM EST Nov 19, 2019</span></div>` + para + `</body></html>`,
			want: []string{"Tom Davies"},
		},
		{
			name: "a bare label inside a byline leaves the byline whole",
			page: `<html><body><h1>Le ministre démissionne</h1><div class="author"><span class="author-label">Auteur:</span> Anna Kubišta</div><p>Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget, qui prévoit des fonds pour les routes et les écoles.</p></body></html>`,
			want: []string{"Anna Kubišta"},
		},
		{
			name: "a labelled credit under the article",
			page: `<html><body><h1>Die Haubenfahrzeuge der Nachkriegszeit</h1>` + dePara + `<p><strong>Text:</strong> Klausmartin Friedrich</p><p><strong>Fotos:</strong> Helmut Elstrodt</p></body></html>`,
			want: []string{"Klausmartin Friedrich"},
		},
		{
			name: "the publisher standing as author beats a labelled credit",
			page: `<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Konsum sparen","author":{"@type":"Person","name":"Frau Sabienes"},"publisher":{"@type":"Organization","name":"Frau Sabienes"}}</script></head><body><h1>Konsum sparen</h1>` + dePara + `<p>Von: Mein Motto Konsumsparen</p></body></html>`,
			want: []string{"Frau Sabienes"},
		},
		{
			name: "a site whose name ends in a time word stands whole as author",
			url:  "https://www.springfieldtoday.example/news/bridge.html",
			page: `<html><head><meta property="og:site_name" content="Springfield Today"></head><body><h1>Bridge reopens after repairs</h1><div class="post-head">Written by <a href="/author/admin/" rel="author">Springfield Today</a> on March 3, 2021</div>` + para + `</body></html>`,
			want: []string{"Springfield Today"},
		},
		{
			name: "a login name in JSON-LD gives way to the display name the byline prints",
			page: `<html><head><script type="application/ld+json">{"@type":"Article","headline":"Neue Halle am See","author":{"@type":"Person","name":"paulineberger"}}</script></head><body><h1>Neue Halle am See</h1><div class="post-author">von Pauline Berger</div>` + dePara + `</body></html>`,
			want: []string{"Pauline Berger"},
		},
		{
			name: "a login name stays when no source prints the same letters",
			page: `<html><head><script type="application/ld+json">{"@type":"Article","headline":"Neue Halle am See","author":{"@type":"Person","name":"paulineberger"}}</script></head><body><h1>Neue Halle am See</h1><div class="post-author">von Paula Bergmann</div>` + dePara + `</body></html>`,
			want: []string{"paulineberger"},
		},
		{
			name: "JSON-LD naming the first of two authors gives way to the byline naming both",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council passes budget","author":{"@type":"Person","name":"Jane Doe"}}</script></head><body><h1>Council passes budget</h1><div class="byline">Jane Doe , Richard Roe</div>` + para + `</body></html>`,
			want: []string{"Jane Doe", "Richard Roe"},
		},
		{
			name: "rel=author links elsewhere on the page do not widen the authors",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council passes budget","author":{"@type":"Person","name":"Jane Doe"}}</script></head><body><h1>Council passes budget</h1><a rel="author" href="/a/jd">Jane Doe</a>` + para + `<ul class="team"><li><a rel="author" href="/a/rr">Richard Roe</a></li></ul></body></html>`,
			want: []string{"Jane Doe"},
		},
		{
			name: "screen-reader text in a byline is not read as the name",
			page: `<html><body><h1>Kürbissuppe mit Ingwer</h1><div class="recipe-author"><h2>Rezept von</h2><a href="/user/kochfee"><img src="/a.jpg" alt=""><span class="ds-sr-only">Zum Profil von kochfee</span></a> <a href="/user/kochfee"><span>kochfee</span></a></div>` + dePara + `</body></html>`,
			want: []string{"kochfee"},
		},
		{
			name: "a company as meta author gives way to a byline",
			page: `<html><head><meta name="author" content="Pixelwerk Agentur GmbH"></head><body><h1>Neue Öffnungszeiten im Rathaus</h1><div class="author">Von Karl Kurz</div>` + dePara + `</body></html>`,
			want: []string{"Karl Kurz"},
		},
		{
			name: "an association as meta author gives way to a labelled credit under the text",
			page: `<html><head><meta name="author" content="Verein für Ortsgeschichte e.V."></head><body><h1>Die alte Mühle</h1>` + dePara + `<p><strong>Autorin: Greta Lindqvist, Projektleiterin.</strong></p></body></html>`,
			want: []string{"Greta Lindqvist"},
		},
		{
			name: "a company as meta author stands when nobody else is named",
			page: `<html><head><meta name="author" content="Pixelwerk Agentur GmbH"></head><body><h1>Neue Öffnungszeiten im Rathaus</h1>` + dePara + `</body></html>`,
			want: []string{"Pixelwerk Agentur GmbH"},
		},
		{
			name: "an organisation as JSON-LD author gives way to a byline paragraph under the text",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Spenden für die Orgel","author":{"@type":"Organization","name":"KZ"}}</script></head><body><h1>Spenden für die Orgel</h1>` + dePara + `<p><em>Von <span>Frieda Kowalski</span></em></p></body></html>`,
			want: []string{"Frieda Kowalski"},
		},
		{
			name: "an association as meta author gives way to a byline heading under the headline",
			page: `<html><head><meta name="author" content="Bund der Gartenfreunde e.V."></head><body><div class="headline">Gießen im Sommer</div><h5><em>Von Leni Albrecht</em></h5>` + dePara + `</body></html>`,
			want: []string{"Leni Albrecht"},
		},
		{
			name: "prose after 'Text:' is no credit to replace an organisation",
			url:  "https://www.wochenblatt.example/a/1.html",
			page: `<html><head><meta property="og:site_name" content="Wochenblatt"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Der Prüfer","author":{"@type":"Organization","name":"Wochenblatt"}}</script></head><body><h1>Der Prüfer</h1>` + dePara + dePara + dePara + dePara + `<p>Er findet Fehler im eigentlichen Text: Eine Einheit, in der sie gedient haben soll, gab es nicht. Der Gemeinderat hat am Dienstagabend über den neuen Haushalt beraten.</p></body></html>`,
			want: []string{"Wochenblatt"},
		},
		{
			name: "bylines of a list of teasers far below the headline are not the article's",
			page: `<html><body><h1>Vielfalt im Betrieb</h1>` + strings.Repeat(dePara, 10) + `<div class="list"><div class="teaser"><h3>Neue Regeln</h3><span class="author">Von Jonas Mehler am 08.12.2022</span></div><div class="teaser"><h3>Gute Chefs</h3><span class="author">Von Petra Walther am 06.12.2022</span></div><div class="teaser"><h3>Homeoffice</h3><span class="author">Von Sven Lechner am 24.11.2022</span></div></div></body></html>`,
			want: nil,
		},
		{
			name: "one byline far below the headline still counts",
			page: `<html><body><h1>Vielfalt im Betrieb</h1>` + strings.Repeat(dePara, 10) + `<span class="author">Von Jonas Mehler am 08.12.2022</span></body></html>`,
			want: []string{"Jonas Mehler"},
		},
		{
			name: "a photo credit under the headline is not a byline",
			page: `<html><body><h1>Allein mit zwei Kindern</h1><figure><img src="/k.jpg" alt=""><figcaption>Foto von Lena Brandt von Pexels</figcaption></figure>` + dePara + `</body></html>`,
			want: nil,
		},
		{
			name: "a byline after a photo credit under the headline is found",
			page: `<html><body><h1>Allein mit zwei Kindern</h1><figure><img src="/k.jpg" alt=""><figcaption>Photo by Lena Brandt on Unsplash</figcaption></figure><p>By Oskar Wendt</p>` + para + `</body></html>`,
			want: []string{"Oskar Wendt"},
		},
		{
			name: "the heading of a box about the author, when nothing else names anyone",
			page: `<html><body><h1>Firmenwagen leasen</h1>` + strings.Repeat(dePara, 5) + `<div class="author-bio footer"><h3>Tilman Vogt</h3><p>Tilman schreibt über Finanzierung.</p></div></body></html>`,
			want: []string{"Tilman Vogt"},
		},
		{
			name: "a box heading that is a label names nobody",
			page: `<html><body><h1>Firmenwagen leasen</h1>` + dePara + `<div class="about-author"><h3>Über den Autor</h3><p>Er schreibt über Finanzierung.</p></div></body></html>`,
			want: nil,
		},
		{
			name: "a paragraph that is a byline alone, when nothing else names anyone",
			page: `<html><body><h1>Spenden für die Orgel</h1>` + strings.Repeat(dePara, 5) + `<p><em>Von Frieda Kowalski</em></p></body></html>`,
			want: []string{"Frieda Kowalski"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := htmlPageURL(t, c.page, c.url) // no URL when c.url is ""
			var got []string
			for _, au := range a.Authors {
				got = append(got, au.Name)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("authors = %q, want %q", got, c.want)
			}
		})
	}
}

func TestIsHandle(t *testing.T) {
	for s, want := range map[string]bool{
		"happyface313": true, "delta201": true, "Marianne1": true,
		"Marianne": false, "2021": false, "ab12": false, "x123456789": false, "Mai 2021": false, "a-b12": false,
	} {
		if got := htmlx.IsHandle(s); got != want {
			t.Errorf("isHandle(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBylineConfidenceByPlace: a byline by the headline is trusted as
// visible; one far below it (a teaser's, a bio's) only as a guess.
func TestBylineConfidenceByPlace(t *testing.T) {
	near := htmlPage(t, `<html><body><h1>Haushalt beschlossen</h1><div class="author">Von Anna Muster</div>`+dePara+`</body></html>`)
	if len(near.Authors) != 1 || near.Provenance["authors"].Confidence < 0.8 {
		t.Errorf("near: authors %+v, confidence %v; want Anna Muster at 0.8 or more", near.Authors, near.Provenance["authors"].Confidence)
	}
	body := ""
	for range 10 {
		body += dePara
	}
	far := htmlPage(t, `<html><body><h1>Haushalt beschlossen</h1>`+body+`<div class="author">Von Anna Muster</div></body></html>`)
	if len(far.Authors) != 1 || far.Provenance["authors"].Confidence >= 0.8 {
		t.Errorf("far: authors %+v, confidence %v; want Anna Muster below 0.8", far.Authors, far.Provenance["authors"].Confidence)
	}
}

func TestVisibleOffsets(t *testing.T) {
	s := "ab \n\t cd  éf"
	if got := htmlx.ForwardVisible(s, 0, 4); got != 8 {
		t.Errorf("forwardVisible = %d, want 8 (after %q)", got, s[:8])
	}
	if got := htmlx.ForwardVisible(s, 0, 100); got != len(s) {
		t.Errorf("forwardVisible past the end = %d, want %d", got, len(s))
	}
	// Back from the end over "f" and one byte of "é" (counts are in
	// bytes): the cut moves to the start of "é", not inside it.
	if got := htmlx.BackVisible(s, len(s), 2); got != 10 {
		t.Errorf("backVisible = %d, want 10", got)
	}
	if got := htmlx.BackVisible(s, len(s), 100); got != 0 {
		t.Errorf("backVisible past the start = %d, want 0", got)
	}
}

// TestCleanAuthorKinds covers byline cleaning, one kind of byline per case.
func TestCleanAuthorKinds(t *testing.T) {
	cases := []struct {
		in, publisher string
		want          []string
	}{
		// A weekday after a full name goes; a time word that is part of a
		// two-word name stays.
		{"Alex Bozarjian Thursday,", "", []string{"Alex Bozarjian"}},
		{"Written by Springfield Today", "", []string{"Springfield Today"}},
		{"Article by", "", nil},
		{"Recipe by Eat What Tonight", "", []string{"Eat What Tonight"}},
		// The outlet written for goes; a site's account names nobody.
		{"By Glen Fisher And Brenda Carr For The Sunday Herald", "", []string{"Glen Fisher", "Brenda Carr"}},
		{"Jane Doe for MailOnline", "", []string{"Jane Doe"}},
		{"von wordpressadmin |", "", nil},
		{"admin", "", nil},
	}
	for _, tc := range cases {
		if got := htmlx.CleanAuthors(tc.in, tc.publisher); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("cleanAuthors(%q, %q) = %#v, want %#v", tc.in, tc.publisher, got, tc.want)
		}
	}
}

// TestLegalEntityAuthorIsAGuess checks that a company named as meta author,
// standing for want of anyone else, is an organisation and a guess.
func TestLegalEntityAuthorIsAGuess(t *testing.T) {
	page := `<html><head><meta name="author" content="Pixelwerk Agentur GmbH"></head><body><h1>Neue Öffnungszeiten im Rathaus</h1>` + dePara + `</body></html>`
	a := htmlPageURL(t, page, "")
	if len(a.Authors) != 1 || a.Authors[0].Type != model.Organization {
		t.Fatalf("authors = %+v, want one organisation", a.Authors)
	}
	if c := a.Provenance["authors"].Confidence; c > model.ConfGuess {
		t.Errorf("confidence = %v, want at most %v", c, model.ConfGuess)
	}
}
