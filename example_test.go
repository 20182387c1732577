package article_test

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/articlekit/article"
)

// A scraped article: headline, rubric, a dateline glued to the lead, and
// paragraphs with quotations.
func ExampleParse() {
	text := `Mayor opens new bridge over the Clyde
CITY
19.06.2024 | 17:43The new footbridge in the city centre opened on Wednesday, Mayor Anna Reid said.
"It took us eleven years, but it was worth the wait," Reid told the BBC.`

	a, err := article.Parse(strings.NewReader(text))
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Headline)
	fmt.Println(a.Section, a.DatePublished, a.Language)
	fmt.Println(a.Description)
	for _, q := range a.Quotes {
		fmt.Printf("%q — %s\n", q.Text, q.Speaker)
	}
	fmt.Println(a.Sources)
	// Output:
	// Mayor opens new bridge over the Clyde
	// CITY 2024-06-19T17:43:00 en
	// The new footbridge in the city centre opened on Wednesday, Mayor Anna Reid said.
	// "It took us eleven years, but it was worth the wait" — Anna Reid
	// [BBC]
}

// A time printed without a zone keeps none, unless the caller names the
// zone the publication is in.
func ExampleWithLocation() {
	text := "Заголовок\n19 июня 2024 г., 17:43\nТекст новости."
	plain, _ := article.ParseText(strings.NewReader(text))
	moscow, _ := article.ParseText(strings.NewReader(text), article.WithLocation(time.FixedZone("MSK", 3*60*60)))
	fmt.Println(plain.DatePublished)
	fmt.Println(moscow.DatePublished)
	// Output:
	// 2024-06-19T17:43:00
	// 2024-06-19T17:43:00+03:00
}

// ParseHTML reads a page's metadata and main content.
func ExampleParseHTML() {
	page := `<!doctype html><html lang="en"><head>
<title>Council backs new homes | Valley News</title>
<meta property="article:published_time" content="2024-06-19T09:00:00+01:00">
<link rel="canonical" href="/news/homes">
</head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Council backs new homes</h1>
<p class="byline">By Tom Hadley</p>
<p>The council on Tuesday approved plans for 300 affordable homes on the old sawmill site, ending a two-year dispute.</p>
<p>"Our teachers should be able to live where they teach," councillor Rosa Whitaker said after the vote.</p>
</article><footer>© Valley News</footer></body></html>`

	a, err := article.ParseHTML(strings.NewReader(page), article.WithURL("https://valley.example/news/homes?utm=x"))
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Headline)
	fmt.Println(a.URL)
	fmt.Println(a.DatePublished, a.Language, len(a.Body))
	for _, au := range a.Authors {
		fmt.Println("author:", au.Name)
	}
	fmt.Println(a.Quotes[0].Speaker)
	// Output:
	// Council backs new homes
	// https://valley.example/news/homes
	// 2024-06-19T09:00:00+01:00 en 2
	// author: Tom Hadley
	// Rosa Whitaker
}

// Errors tell "not an article" from "too large" from "not text at all" (a
// file in an unknown or undeclared encoding is decoded as a browser would,
// never refused).
func ExampleParse_errors() {
	_, err := article.Parse(strings.NewReader("Just a headline\n"))
	fmt.Println(errors.Is(err, article.ErrNotArticle))
	_, err = article.Parse(strings.NewReader(strings.Repeat("x", 2048)), article.WithMaxBytes(1024))
	fmt.Println(errors.Is(err, article.ErrTooLarge))
	_, err = article.Parse(strings.NewReader("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"))
	fmt.Println(errors.Is(err, article.ErrEncoding))
	// Output:
	// true
	// true
	// true
}

// Each field says where it came from; WithMinConfidence keeps only the
// fields the parser is sure of.
func ExampleWithMinConfidence() {
	text := "Council backs new homes\nBy Tom Hadley\n19.06.2024\n\nThe council approved 300 affordable homes on Tuesday.\n\nWork starts in spring."
	ref := article.WithReferenceTime(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))

	a, _ := article.ParseText(strings.NewReader(text), ref)
	for _, f := range []string{"headline", "datePublished", "authors", "description"} {
		fmt.Printf("%s: %s %.2f\n", f, a.Provenance[f].From, a.Provenance[f].Confidence)
	}
	sure, _ := article.ParseText(strings.NewReader(text), ref, article.WithMinConfidence(0.7))
	fmt.Printf("description kept at 0.7: %v\n", sure.Description != "")
	// Output:
	// headline: text-layout 0.80
	// datePublished: text-dateline 0.80
	// authors: byline 0.80
	// description: text-layout 0.60
	// description kept at 0.7: false
}

// Links and emphasis of an HTML page are kept as spans over the plain
// text of each block: byte offsets into Block.Text. WithLinks(false)
// leaves the links out.
func ExampleSpan() {
	page := `<html lang="en"><body><article><h1>Council backs the plan</h1>
<p>The council <strong>voted 31 to 4</strong> to back the <a href="/news/plan">harbour plan</a> on Monday, after a debate that ran well past midnight.</p>
</article></body></html>`
	a, err := article.ParseHTML(strings.NewReader(page), article.WithURL("https://example.com/news/today"))
	if err != nil {
		panic(err)
	}
	b := a.Body[0]
	for _, s := range b.Spans {
		line := string(s.Type) + " " + strconv.Quote(b.Text[s.Start:s.End])
		if s.URL != "" {
			line += " " + s.URL
		}
		fmt.Println(line)
	}
	a, _ = article.ParseHTML(strings.NewReader(page), article.WithLinks(false))
	fmt.Println(len(a.Body[0].Spans), a.Body[0].Spans[0].Type)
	// Output:
	// strong "voted 31 to 4"
	// link "harbour plan" https://example.com/news/plan
	// 1 strong
}
