package article

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestHTMLDateListConfidence: date lines that give many different days are
// a list of teasers; the first may still be taken, but only as a guess.
func TestHTMLDateListConfidence(t *testing.T) {
	page := `<html><body><h1>Kreissäge richtig einstellen</h1>` + dePara + `
<div class="post-date">06. Aug 2020 // Tipps</div><div class="post-date">18. Feb 2021 // Sonstiges</div><div class="post-date">17. Okt 2020 // Tipps</div></body></html>`
	a := htmlPage(t, page)
	if a.DatePublished.IsZero() {
		t.Fatal("no date")
	}
	if c := a.Provenance["datePublished"].Confidence; c > model.ConfGuess {
		t.Errorf("confidence = %v, want at most %v for a list of dates", c, model.ConfGuess)
	}
	one := htmlPage(t, `<html><body><h1>Kreissäge richtig einstellen</h1><div class="post-date">06. Aug 2020</div>`+dePara+`</body></html>`)
	if c := one.Provenance["datePublished"].Confidence; c <= model.ConfGuess {
		t.Errorf("confidence = %v for a single date line, want more than %v", c, model.ConfGuess)
	}
}

// TestHTMLDateKinds covers the choices between date sources, one kind of
// page per case.
func TestHTMLDateKinds(t *testing.T) {
	cases := []struct{ name, page, want string }{
		{
			name: "a JSON-LD date that the date line and OpenGraph contradict",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Weihnachten nicht zunehmen","datePublished":"2021-12-06 14:36"}</script>
<meta property="article:published_time" content="2022-12-15T09:13:00"></head><body><h1>Weihnachten nicht zunehmen</h1><div class="article-date">15.12.2022</div>` + dePara + `</body></html>`,
			want: "2022-12-15",
		},
		{
			name: "microdata contradicted by the date line and a <time>",
			page: `<html><body><div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2021-10-27T20:35:36+01:00">
<h1 itemprop="headline">Klimakonferenz in Glasgow</h1><p class="date">Berlin, 28.10.2021, 058/21</p><time datetime="2021-10-28T13:21:30+01:00"></time>` + dePara + `</div></body></html>`,
			want: "2021-10-28",
		},
		{
			name: "an update's date line does not overrule structured data",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Delhi air","datePublished":"2019-11-08T15:30:00-05:00"}</script></head><body><h1>Delhi air</h1><div class="byline">By Umair Irfan Updated Nov 13, 2019, 10:28am EST</div><time datetime="2019-11-13T15:28:18">Nov 13</time>` + para + `</body></html>`,
			want: "2019-11-08",
		},
		{
			name: "a header's date with a ticker of <time>s does not overrule OpenGraph",
			page: `<html><head><meta property="article:published_time" content="2019-11-18T17:01:27"></head><body><div class="header-date">Wednesday November 20, 2019</div>
<time datetime="2019-11-20T07:00:21-05:00"></time><time datetime="2019-11-20T05:59:38-05:00"></time><time datetime="2019-11-19T21:49:25-05:00"></time><time datetime="2019-11-19T18:40:12-05:00"></time><time datetime="2019-11-19T17:18:14-05:00"></time>
<h1>Joker at the box office</h1>` + para + `</body></html>`,
			want: "2019-11-18",
		},
		{
			name: "a date line alone does not overrule structured data",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Weihnachten","datePublished":"2021-12-06"}</script></head><body><h1>Weihnachten</h1><div class="article-date">15.12.2022</div>` + dePara + `</body></html>`,
			want: "2021-12-06",
		},
		{
			name: "the date element inside a date line that opens with an event's date",
			page: `<html><body><h1>Ergebnisse</h1><div class="post-meta">Ergebnisse: RM Schülerinnen A, Aalen, 19.5.2007 <span class="published">20. Mai 2007</span> | Ergebnisse</div>` + dePara + `</body></html>`,
			want: "2007-05-20",
		},
		{
			name: "a UTC date read in the page's wall-clock time",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor race","datePublished":"2023-11-09T05:30:59Z"}</script></head><body><h1>Mayor race</h1><time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time>` + para + `</body></html>`,
			want: "2023-11-08",
		},
		{
			name: "a zone-less <time> of another instant does not move the day",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor race","datePublished":"2023-11-09T05:30:59Z"}</script></head><body><h1>Mayor race</h1><time datetime="2023-11-08 23:12:00">November 8</time>` + para + `</body></html>`,
			want: "2023-11-09",
		},
		{
			name: "a date line just above the headline, read whole",
			page: `<html><body><div class="kicker"><span>18. März 2021</span> | Meldungen</div><h1>Neue Satzung beschlossen</h1>` + dePara + `</body></html>`,
			want: "2021-03-18",
		},
		{
			name: "a numeric date just above the headline, read whole",
			page: `<html><body><small>28.02.2022 Regionalliga</small><h1>Neue Satzung beschlossen</h1>` + dePara + `</body></html>`,
			want: "2022-02-28",
		},
		{
			name: "teasers' date lines give way to the date beside the headline",
			page: `<html><body><h1>Kreissäge richtig einstellen</h1><p>12.03.2021 // Anna Muster</p>` + dePara + `
<div class="teaser-date">06. Aug 2020 // Tipps</div><div class="teaser-date">18. Feb 2021 // Sonstiges</div><div class="teaser-date">17. Okt 2020 // Tipps</div></body></html>`,
			want: "2021-03-12",
		},
		{
			name: "teasers' bylines give way to the date beside the headline",
			page: `<html><body><h1>Messe abgesagt</h1><p>Teilen: 24.01.2022 11:38</p>` + dePara + `
<span class="author">09.10.2021</span><span class="author">19.08.2021</span><span class="author">05.08.2021</span></body></html>`,
			want: "2022-01-24",
		},
		{
			name: "an update's date shown first beside the headline does not replace the structured publication date",
			page: `<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Faster builds","datePublished":"2018-05-02T00:00:00Z","dateModified":"2019-11-20T09:12:00Z"}</script></head><body><h1>Faster builds</h1><p class="meta">by Jane Roe<br>Last updated 20 Nov 2019, first written 2 May 2018</p>` + para + `</body></html>`,
			want: "2018-05-02",
		},
		{
			name: "an update printed after the publication's date does not replace it",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Faster builds","datePublished":"2018-05-02T09:00:00Z","dateModified":"2019-11-20T09:12:00Z"}</script></head><body><h1>Faster builds</h1><p>Published: May 2, 2018 | Updated: November 20, 2019</p>` + para + `</body></html>`,
			want: "2018-05-02",
		},
		{
			name: "an update's date the structured data does not confirm is not taken",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Faster builds","datePublished":"2018-05-02T09:00:00Z"}</script></head><body><h1>Faster builds</h1><p>Updated November 20, 2019</p>` + para + `</body></html>`,
			want: "2018-05-02",
		},
		{
			name: "a date after a byline that holds only the name",
			page: `<html><body><h1>Sommerfest im Garten</h1><p>Am 12.-14.8.2019 feiern wir wieder.</p>` + dePara + `<div>Eingestellt von <span class="username">mara</span> am 3. Juli 2019 - 10:20</div></body></html>`,
			want: "2019-07-03",
		},
		{
			name: "a date above the headline across deep indentation",
			page: `<html><body><div class="box"><span>7. März 2013</span><ul><li>Drucken</li></ul></div>` + strings.Repeat("\n\t\t\t\t\t\t\t\t                        ", 40) + `<span>Wirtschaft</span><h1>Neue Satzung beschlossen</h1>` + dePara + `</body></html>`,
			want: "2013-03-07",
		},
		{
			name: "microdata contradicted by the byline's date and a meta tag",
			page: `<html><head><meta name="date" content="2022-03-09 10:05"></head><body><div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2021-11-30T08:00:00+01:00">
<h1 itemprop="headline">Warten lohnt sich</h1><div class="author-line">09.03.2022 | 10:05 Uhr | Anna Muster</div>` + dePara + `</div></body></html>`,
			want: "2022-03-09",
		},
		{
			name: "teasers' bylines do not overrule microdata",
			page: `<html><head><meta name="date" content="2022-03-09 10:05"></head><body><div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2021-11-30T08:00:00+01:00">
<h1 itemprop="headline">Warten lohnt sich</h1>` + dePara + `</div><span class="author">09.03.2022 Anna</span><span class="author">19.08.2021 Ben</span><span class="author">05.08.2021 Cem</span></body></html>`,
			want: "2021-11-30",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := htmlPage(t, c.page)
			if got := a.DatePublished.Time.Format("2006-01-02"); got != c.want {
				t.Errorf("date = %s (%v), want %s", got, a.DatePublished, c.want)
			}
		})
	}
}

// TestHTMLTaxonomyClasses: a post whose categories or tags are named like
// comment or related blocks ("category-popular") is still the article.
func TestHTMLTaxonomyClasses(t *testing.T) {
	a := htmlPage(t, `<html><body><div id="blog_post" class="post-1113 post hentry category-blog category-popular tag-comments"><h1>Top 10 Women Talking Sports</h1><p>January 22, 2014</p>`+para+`</div></body></html>`)
	if got := a.DatePublished.Time.Format("2006-01-02"); got != "2014-01-22" {
		t.Errorf("date = %v, want 2014-01-22", a.DatePublished)
	}
	// A real comments block next to such a tag is still left out.
	a = htmlPage(t, `<html><body><h1>Council passes budget</h1>`+para+`<div class="tag-comments comments-area"><div class="byline">By Comment Writer</div><time datetime="2015-03-03">March 3</time></div></body></html>`)
	if !a.DatePublished.IsZero() || len(a.Authors) != 0 {
		t.Errorf("date %v, authors %+v read from a comments block", a.DatePublished, a.Authors)
	}
}
