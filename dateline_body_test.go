package article

import (
	"strings"
	"testing"
)

// TestDateLineLeavesShortBody checks that a date line under the headline
// (a <time> in its own paragraph, a "Published …" line) is the article's
// date and not a paragraph of its body, however short the story, so that
// the same story with and without it has one ContentHash; a page whose
// body is nothing but a date line keeps it.
func TestDateLineLeavesShortBody(t *testing.T) {
	const story = `<p>The engineering team at Acme released a new parser on Wednesday that reads news pages in eight languages, the company said.</p>
<p>The code is open source and available on the company's website.</p>`
	page := func(dateLine string) string {
		return `<html lang="en"><body><article><h1>Engineers ship new parser</h1>` + dateLine + story + `</article></body></html>`
	}
	plain, err := ParseHTML(strings.NewReader(page("")))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		`<p><time datetime="2024-06-19T17:43:00+02:00">June 19, 2024</time></p>`,
		`<p>Published June 19, 2024</p>`,
		`<div class="date">19.06.2024, 17:43</div>`,
	} {
		a, err := ParseHTML(strings.NewReader(page(line)))
		if err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		if a.DatePublished.IsZero() || a.ContentHash != plain.ContentHash || len(a.Body) != len(plain.Body) {
			t.Errorf("%s: date %v, %d blocks (first %q), hash %s; want the date, the story's %d blocks and hash %s",
				line, a.DatePublished, len(a.Body), a.Body[0].Text, a.ContentHash, len(plain.Body), plain.ContentHash)
		}
	}
}
