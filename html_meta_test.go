package article

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/htmlx"
	"github.com/articlekit/article/internal/model"
)

// metaCase is a small page and the metadata expected from it. Empty
// expectations are checked too: a source must not leak into other fields.
type metaCase struct {
	name     string
	url      string
	page     string
	headline string
	section  string
	pub      string // DatePublished.String()
	mod      string // DateModified.String()
	authors  []model.Author
	publ     *model.Publisher
	desc     string
	keywords []string
	images   []string
	lang     string
	canon    string
}

const para = `<p>The council met on Tuesday evening to discuss the new budget, which includes funds for roads, schools and the library, and voted in favour after a long debate.</p>`

func TestHTMLMetadataSources(t *testing.T) {
	cases := []metaCase{
		{
			name: "json-ld NewsArticle",
			url:  "https://news.example.com/a/1",
			page: `<html lang="en"><head><script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council passes budget",
"datePublished":"2024-06-19T17:43:00+03:00","dateModified":"2024-06-20T09:00:00+03:00",
"articleSection":"Politics","description":"The vote was close.","keywords":"budget, council",
"image":{"@type":"ImageObject","url":"/img/1.jpg"},
"author":[{"@type":"Person","name":"Jane Doe","url":"/staff/jane"},{"@type":"Person","name":"John Roe"}],
"publisher":{"@type":"Organization","name":"Example News","logo":{"@type":"ImageObject","url":"https://news.example.com/logo.png"}}}
</script></head><body><article>` + para + `</article></body></html>`,
			headline: "Council passes budget", section: "Politics",
			pub: "2024-06-19T17:43:00+03:00", mod: "2024-06-20T09:00:00+03:00",
			authors: []model.Author{{Name: "Jane Doe", URL: "https://news.example.com/staff/jane", Type: Person}, {Name: "John Roe", Type: Person}},
			publ:    &model.Publisher{Name: "Example News", Logo: "https://news.example.com/logo.png"},
			desc:    "The vote was close.", keywords: []string{"budget", "council"},
			images: []string{"https://news.example.com/img/1.jpg"}, lang: "en",
		},
		{
			name: "json-ld @graph with references",
			url:  "https://blog.example.org/post",
			page: `<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://blog.example.org/#site","name":"The Blog"},
 {"@type":"WebPage","@id":"https://blog.example.org/post#page","url":"https://blog.example.org/post","name":"Post page"},
 {"@type":"Person","@id":"https://blog.example.org/#p1","name":"Anna Berg"},
 {"@type":"BlogPosting","headline":"Why we moved","datePublished":"2023-01-05",
  "author":{"@id":"https://blog.example.org/#p1"},"mainEntityOfPage":{"@id":"https://blog.example.org/post#page"}}
]}</script></head><body>` + para + `</body></html>`,
			headline: "Why we moved", pub: "2023-01-05",
			authors: []model.Author{{Name: "Anna Berg", Type: Person}}, canon: "https://blog.example.org/post",
		},
		{
			name: "json-ld top-level array, malformed block skipped",
			page: `<html><head>
<script type="application/ld+json">{"@type":"NewsArticle", "headline": "Broken", </script>
<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["Article"],"headline":"From the array","author":"Max Mustermann"}]</script>
</head><body>` + para + `</body></html>`,
			headline: "From the array", authors: []model.Author{{Name: "Max Mustermann", Type: Person}},
		},
		{
			name: "microdata",
			page: `<html><body><div itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Micro headline here</h1>
<time itemprop="datePublished" datetime="2022-02-03T10:00:00Z">3 Feb</time>
<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Eva Klein</span></span>
<meta itemprop="articleSection" content="Science">
<div itemprop="articleBody">` + para + `</div></div></body></html>`,
			headline: "Micro headline here", section: "Science", pub: "2022-02-03T10:00:00Z",
			authors: []model.Author{{Name: "Eva Klein", Type: Person}},
		},
		{
			name: "opengraph and article:*",
			url:  "https://example.com/x",
			page: `<html><head>
<meta property="og:title" content="Storm hits the coast | Coast Daily">
<meta property="og:site_name" content="Coast Daily">
<meta property="og:description" content="Winds of 120 km/h.">
<meta property="og:image" content="https://cdn.example.com/storm.jpg">
<meta property="og:url" content="https://example.com/storm">
<meta property="article:published_time" content="2021-11-02T08:15:00+01:00">
<meta property="article:modified_time" content="2021-11-02T12:00:00+01:00">
<meta property="article:section" content="Weather">
<meta property="article:tag" content="storm"><meta property="article:tag" content="coast">
<meta property="article:author" content="https://www.facebook.com/someone">
</head><body>` + para + `</body></html>`,
			headline: "Storm hits the coast", section: "Weather",
			pub: "2021-11-02T08:15:00+01:00", mod: "2021-11-02T12:00:00+01:00",
			publ: &model.Publisher{Name: "Coast Daily"}, desc: "Winds of 120 km/h.",
			keywords: []string{"storm", "coast"}, images: []string{"https://cdn.example.com/storm.jpg"},
			canon: "https://example.com/storm",
		},
		{
			name: "twitter card",
			page: `<html><head><meta name="twitter:title" content="Card title wins">
<meta name="twitter:description" content="Card text."><meta name="twitter:image" content="https://example.com/c.png">
</head><body>` + para + `</body></html>`,
			headline: "Card title wins", desc: "Card text.", images: []string{"https://example.com/c.png"},
		},
		{
			name: "dublin core",
			page: `<html><head><meta name="DC.title" content="Annual report published">
<meta name="DC.creator" content="Otto Weber"><meta name="DC.date" content="2020-03-04">
</head><body>` + para + `</body></html>`,
			headline: "Annual report published", pub: "2020-03-04", authors: []model.Author{{Name: "Otto Weber", Type: Person}},
		},
		{
			name: "plain meta names",
			page: `<html><head><title>Plain page title</title>
<meta name="author" content="By Lisa Park"><meta name="description" content="A short summary.">
<meta name="keywords" content="one, two ,three"><meta name="date" content="2019-07-07">
</head><body>` + para + `</body></html>`,
			headline: "Plain page title", pub: "2019-07-07", authors: []model.Author{{Name: "Lisa Park", Type: Person}},
			desc: "A short summary.", keywords: []string{"one", "two", "three"},
		},
		{
			name: "time element, rel=author link and h1",
			url:  "https://site.example/news/1",
			page: `<html><head><title>Bridge reopens after repairs - Site Example</title></head><body>
<h1>Bridge reopens after repairs</h1><p class="meta"><time datetime="2018-05-06T07:00">6 May</time>
<a rel="author" href="/authors/tom">Tom Hill</a></p>` + para + `</body></html>`,
			headline: "Bridge reopens after repairs", pub: "2018-05-06T07:00:00",
			authors: []model.Author{{Name: "Tom Hill", URL: "https://site.example/authors/tom", Type: Person}},
		},
		{
			name: "byline element",
			page: `<html><head><title>Local election results | The Courier</title></head><body>
<div class="byline">By Jane Doe and John Roe, Staff Writers</div>` + para + `</body></html>`,
			headline: "Local election results",
			authors:  []model.Author{{Name: "Jane Doe", Type: Person}, {Name: "John Roe", Type: Person}},
		},
		{
			name: "title with site name stripped",
			url:  "https://www.kurier.example/p",
			page: `<html lang="de-AT"><head><title>Neue Brücke eröffnet — Kurier</title>
<meta property="og:site_name" content="Kurier"></head><body>` + para + `</body></html>`,
			headline: "Neue Brücke eröffnet", publ: &model.Publisher{Name: "Kurier"}, lang: "de-AT",
		},
		{
			name:     "date from the address",
			url:      "https://example.net/2017/09/30/some-story/",
			page:     `<html><head><title>Some story</title></head><body>` + para + `</body></html>`,
			headline: "Some story", pub: "2017-09-30",
		},
		{
			name: "publisher named as author is dropped",
			page: `<html><head><meta property="og:site_name" content="Daily Planet">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Heat wave","author":[{"@type":"Organization","name":"Daily Planet"}]}</script>
<meta name="author" content="Clark Kent"></head><body>` + para + `</body></html>`,
			headline: "Heat wave", publ: &model.Publisher{Name: "Daily Planet"}, authors: []model.Author{{Name: "Clark Kent", Type: Person}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := htmlx.Extract([]byte(tc.page), &model.Config{URL: tc.url})
			if err != nil {
				t.Fatal(err)
			}
			check := func(field string, got, want any) {
				t.Helper()
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %#v, want %#v", field, got, want)
				}
			}
			check("Headline", a.Headline, tc.headline)
			check("Section", a.Section, tc.section)
			check("DatePublished", a.DatePublished.String(), tc.pub)
			check("DateModified", a.DateModified.String(), tc.mod)
			check("Authors", a.Authors, tc.authors)
			check("Publisher", a.Publisher, tc.publ)
			// A page that states no description has its first
			// paragraph, the lead, as one, taken from the content.
			wantDesc := tc.desc
			if wantDesc == "" && strings.Contains(tc.page, para) {
				wantDesc = strings.TrimSuffix(strings.TrimPrefix(para, "<p>"), "</p>")
				check("description source", a.Provenance["description"].From, model.FromContent)
			}
			check("Description", a.Description, wantDesc)
			check("Keywords", a.Keywords, tc.keywords)
			var imgs []string
			for _, im := range a.Images {
				imgs = append(imgs, im.URL)
			}
			check("Images", imgs, tc.images)
			check("Language", a.Language, tc.lang)
			check("URL", a.URL, tc.canon)
			if len(a.Body) != 1 || !strings.HasPrefix(a.Body[0].Text, "The council met") {
				t.Errorf("Body = %#v, want the one paragraph", a.Body)
			}
		})
	}
}

func TestCleanAuthors(t *testing.T) {
	cases := []struct {
		in, publisher string
		want          []string
	}{
		{"By John Smith", "", []string{"John Smith"}},
		{"by: John Smith", "", []string{"John Smith"}},
		{"Автор: Иван Петров", "", []string{"Иван Петров"}},
		{"Von Anna Schmidt und Peter Braun", "", []string{"Anna Schmidt", "Peter Braun"}},
		{"John Smith, Senior Correspondent", "", []string{"John Smith"}},
		{"Jane Doe, John Roe and Max Mustermann", "", []string{"Jane Doe", "John Roe", "Max Mustermann"}},
		{"Jane Doe & John Roe", "", []string{"Jane Doe", "John Roe"}},
		{"Reuters", "Reuters", nil},
		{"Jane Doe; Reuters", "Reuters", []string{"Jane Doe"}},
		{"By Perry Bacon Jr.", "", []string{"Perry Bacon Jr."}},
		{"Written by Mary Major jane@example.com", "", []string{"Mary Major"}},
		{"Zeige alle Beiträge von Petra Ruland", "", []string{"Petra Ruland"}},
		{"Published 3 March 2021", "", nil},
		{"example.com", "", nil},
		{"Byron Smith", "", []string{"Byron Smith"}},
		{"Von Markus Balser , Berlin", "", []string{"Markus Balser"}},
		{"Von David Hutzler, dpa", "", []string{"David Hutzler"}},
		{"Johanna Kropfitsch Alle Artikel", "", []string{"Johanna Kropfitsch"}},
		{"Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet", "", []string{"Fritz Imhof"}},
		{"Jacobo Betancur Peláez | Publicado hace 3 horas", "", []string{"Jacobo Betancur Peláez"}},
		{"AFP/The Local - [email protected] Published: 28 Apr, 2020 CET. Updated: Tue 28 Apr 2020 08:11 CET", "", []string{"AFP/The Local"}},
		{"Jane Doe Updated March 3", "", []string{"Jane Doe"}},
	}
	for _, tc := range cases {
		if got := htmlx.CleanAuthors(tc.in, tc.publisher); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("cleanAuthors(%q, %q) = %#v, want %#v", tc.in, tc.publisher, got, tc.want)
		}
	}
}

func TestHTMLRelativeURLs(t *testing.T) {
	page := `<html><head><base href="/news/"><link rel="canonical" href="story-1.html">
<meta property="og:image" content="img/a.jpg"><meta property="og:image" content="javascript:alert(1)">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Ann Lee","url":"../people/ann"}}</script>
</head><body><article>` + para + `<figure><img src="pics/b.png"><figcaption>A bridge.</figcaption></figure></article></body></html>`
	a, err := htmlx.Extract([]byte(page), &model.Config{URL: "https://example.com/section/page?id=3"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://example.com/news/story-1.html"; a.URL != want {
		t.Errorf("URL = %q, want %q", a.URL, want)
	}
	want := []model.Image{{URL: "https://example.com/news/img/a.jpg"}, {URL: "https://example.com/news/pics/b.png", Caption: "A bridge."}}
	if !reflect.DeepEqual(a.Images, want) {
		t.Errorf("Images = %#v, want %#v", a.Images, want)
	}
	if len(a.Authors) != 1 || a.Authors[0].URL != "https://example.com/people/ann" {
		t.Errorf("Authors = %#v, want Ann Lee at https://example.com/people/ann", a.Authors)
	}
	// Without a page address relative links cannot be resolved and are
	// dropped.
	a, err = htmlx.Extract([]byte(`<html><head><link rel="canonical" href="/x"><meta property="og:image" content="/i.jpg"><title>T</title></head><body>`+para+`</body></html>`), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != "" || len(a.Images) != 0 {
		t.Errorf("URL = %q, Images = %#v; want both empty", a.URL, a.Images)
	}
}

func TestHTMLNotAnArticle(t *testing.T) {
	page := `<html><head><title>Home | Example</title></head><body><nav><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul></nav></body></html>`
	_, err := ParseHTML(strings.NewReader(page))
	if err != ErrNotArticle {
		t.Fatalf("err = %v, want ErrNotArticle", err)
	}
}

// TestKeywordsFromRelTag checks that a post's rel="tag" links (the rel-tag
// microformat, WordPress's post tags) are its keywords when no metadata
// gives any, that a category link and a tag cloud are not, and that
// metadata keywords come first.
func TestKeywordsFromRelTag(t *testing.T) {
	body := `<h1>Storm hits the coast</h1><p>The storm hit the coast on Monday and cut power to thousands of homes across the state, officials said.</p>
<p>Schools will stay closed until Thursday while crews clear the roads and repair the lines.</p>`
	tags := `<p>Tags: <a rel="tag" href="/tag/storm">Storm</a>, <a rel="tag" href="/tag/maine">Maine</a></p><p><a rel="category tag" href="/cat/news">News</a></p>`
	var cloud strings.Builder
	for i := range 30 {
		fmt.Fprintf(&cloud, `<a rel="tag" href="/tag/%d">tag %d</a> `, i, i)
	}
	for _, c := range []struct{ name, head, extra, want, src string }{
		{"tags", "", tags, "Storm|Maine", "category"},
		{"meta first", `<meta name="keywords" content="weather">`, tags, "weather", "meta"},
		{"cloud", "", cloud.String(), "", ""},
	} {
		page := `<html lang="en"><head>` + c.head + `</head><body><article>` + body + c.extra + `</article></body></html>`
		a, err := ParseHTML(strings.NewReader(page))
		if err != nil && !errors.Is(err, ErrNotArticle) { // a tag cloud may make the page a list
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := strings.Join(a.Keywords, "|"); got != c.want || c.src != "" && a.Provenance["keywords"].From != c.src {
			t.Errorf("%s: keywords %q from %q, want %q from %q", c.name, got, a.Provenance["keywords"].From, c.want, c.src)
		}
	}
}
