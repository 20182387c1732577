package htmlx

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// perf21RandomPage builds a random body of nested blocks, paragraphs,
// headings, links, list items, chrome, pictures, frames and hidden
// blocks, with words in runs of even lengths so that runs of paragraphs
// of equal length (the ties of MaxRun) are common.
func perf21RandomPage(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("<html><head><title>T</title></head><body>")
	var block func(depth int)
	words := func() {
		for range 1 + r.Intn(4) {
			b.WriteString(" w")
		}
	}
	tags := []string{"div", "p", "h1", "h2", "h3", "a", "li", "article", "nav", "aside", "svg", "noscript", "style", "template", "iframe", "span", "section"}
	classes := []string{"", ` class="post-body"`, ` class="entry-content"`, ` class="paywall"`, ` itemprop="articleBody"`, ` class="price"`}
	block = func(depth int) {
		for range 1 + r.Intn(4) {
			if depth > 5 || r.Intn(3) == 0 {
				words()
				continue
			}
			t := tags[r.Intn(len(tags))]
			b.WriteString("<" + t + classes[r.Intn(len(classes))] + ">")
			if r.Intn(2) == 0 {
				words()
			}
			block(depth + 1)
			b.WriteString("</" + t + ">")
		}
	}
	block(0)
	b.WriteString("</body></html>")
	return b.String()
}

// TestPerf21MeasureOneWalk checks measurePage, whose word counts under an
// element come back from the walk of its children, against the two-walk
// reference of perf_equiv4_test.go (kindLinkWords walked for each run,
// heading and post body) on random bodies built for ties of equal runs,
// and on nested runs of one length whose paragraph counts differ.
func TestPerf21MeasureOneWalk(t *testing.T) {
	docs := []string{
		`<body><div><p>one two three four</p><div><p>one two</p><p>three four</p></div></div></body>`,
		`<body><div><div><p>one two</p><p>three four</p></div><p>one two three four</p></div></body>`,
		`<body><h1></h1><h1><a href="/">a b c</a></h1><h1><a>x</a> y z w</h1></body>`,
		`<body><h1><div><h1><a href="/">nested</a></h1></div> more words here</h1></body>`,
	}
	r := rand.New(rand.NewSource(21))
	for range randomCases(3000) {
		docs = append(docs, perf21RandomPage(r))
	}
	for i, d := range docs {
		root, err := html.Parse(strings.NewReader(d))
		if err != nil {
			t.Fatal(err)
		}
		got, want := MeasurePage(root), measurePageTwoWalks(root)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d %q:\nMeasurePage = %+v\nwant %+v", i, d, got, want)
		}
	}
}
