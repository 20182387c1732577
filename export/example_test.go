package export_test

import (
	"fmt"
	"html/template"
	"os"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/export"
)

func example() *article.Article {
	return &article.Article{
		URL:           "https://example.com/world/storm",
		Headline:      "Storm hits the coast",
		DatePublished: article.Date{Time: time.Date(2024, 6, 19, 17, 43, 0, 0, time.FixedZone("", 3*3600)), HasClock: true, HasZone: true},
		Authors:       []article.Author{{Name: "Jane Doe"}},
		Body:          []article.Block{{Type: article.Paragraph, Text: `"We are ready," said John Smith.`}},
		Quotes:        []article.Quote{{Text: "We are ready,", Speaker: "John Smith"}},
		Sources:       []string{"Reuters"},
		Language:      "en",
		WordCount:     6,
	}
}

func ExampleJSONLD() {
	if err := export.JSONLD(os.Stdout, example()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "@context": "https://schema.org",
	//   "@type": "NewsArticle",
	//   "url": "https://example.com/world/storm",
	//   "mainEntityOfPage": {
	//     "@type": "WebPage",
	//     "@id": "https://example.com/world/storm"
	//   },
	//   "headline": "Storm hits the coast",
	//   "datePublished": "2024-06-19T17:43:00+03:00",
	//   "author": [
	//     {
	//       "@type": "Person",
	//       "name": "Jane Doe"
	//     }
	//   ],
	//   "inLanguage": "en",
	//   "wordCount": 6,
	//   "articleBody": "\"We are ready,\" said John Smith.",
	//   "hasPart": [
	//     {
	//       "@type": "Quotation",
	//       "text": "We are ready,",
	//       "spokenByCharacter": {
	//         "@type": "Person",
	//         "name": "John Smith"
	//       }
	//     }
	//   ],
	//   "mentions": [
	//     {
	//       "@type": "Organization",
	//       "name": "Reuters"
	//     }
	//   ]
	// }
}

func ExampleScript() {
	a := &article.Article{Headline: "</script><script>alert(1)</script>"}
	if err := export.Script(os.Stdout, a); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e"}</script>
}

func ExampleScriptHTML() {
	ld, err := export.ScriptHTML(&article.Article{Headline: "Storm & rain"})
	if err != nil {
		fmt.Println(err)
		return
	}
	page := template.Must(template.New("page").Parse("<head>{{.}}</head>\n"))
	if err := page.Execute(os.Stdout, ld); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm \u0026 rain"}</script></head>
}

func ExampleNewCSVWriter() {
	w := export.NewCSVWriter(os.Stdout, export.CSVOptions{})
	for _, h := range []string{"Storm hits the coast", "=HYPERLINK(\"http://evil.example\")"} {
		if err := w.Write(&article.Article{Headline: h, Keywords: []string{"storm", "coast"}}); err != nil {
			fmt.Println(err)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// url,headline,section,datePublished,dateModified,authors,publisher,language,description,keywords,wordCount,quotes,sources,images,body
	// ,Storm hits the coast,,,,,,,,storm; coast,0,0,,,
	// ,"'=HYPERLINK(""http://evil.example"")",,,,,,,,storm; coast,0,0,,,
}

func ExampleMarkdown() {
	if err := export.Markdown(os.Stdout, example()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// ---
	// title: Storm hits the coast
	// date: "2024-06-19T17:43:00+03:00"
	// author: Jane Doe
	// authors:
	//   - Jane Doe
	// lang: en
	// canonical_url: https://example.com/world/storm
	// sources:
	//   - Reuters
	// quotes:
	//   - text: We are ready,
	//     speaker: John Smith
	// ---
	//
	// # Storm hits the coast
	//
	// "We are ready," said John Smith.
}
