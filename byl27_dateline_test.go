package article

import (
	"slices"
	"testing"
)

// byl27Page is a newspaper page of the 2000s: a headline, a deck, a block
// of short lines under it (head), the story, and a tail after it.
func byl27Page(head, tail string) string {
	return `<html><head><title>Council approves the new harbour bridge | News</title></head><body>
<div><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></div>
<div id="story"><h1>Council approves the new harbour bridge</h1>
<p><b>Work to start in the spring after a decade of debate</b></p>
<font size="2"><b>` + head + `</b></font>
<p>The city council voted on Tuesday evening to build the bridge over the harbour, ending ten years of argument over the cost and the route of the crossing.</p>
<p>Supporters said the bridge would cut the journey from the northern suburbs to the centre by half an hour, while its critics warned that the budget would not hold.</p>
<p>The first piles are due to be driven in April, and the council hopes to open the bridge to traffic within three years of the start of the work.</p>
` + tail + `</div></body></html>`
}

// TestByl27NameOverDate checks that a byline set as a name line over the
// date line under the headline, with no "By" (the place filed from after
// "in" or "at" left out), credits the writer; and that a line over the
// date that does not read as a person's name (a deck in title case, a
// desk, a section), or a name with no date line under it, does not.
func TestByl27NameOverDate(t *testing.T) {
	for _, c := range []struct {
		name, head, tail string
		want             []string
	}{
		{"name, date, paper", `Helen Marsh<br>Tuesday January 8, 2008<br><a href="/">The Example Herald</a>`, ``, []string{"Helen Marsh"}},
		{"name in place", `Robert Kell in Lisbon<br>Wednesday  January 16, 2008`, ``, []string{"Robert Kell"}},
		{"name at ground", `Richard Bright at Carrow Road<br>Sunday January 6, 2008`, ``, []string{"Richard Bright"}},
		{"paper over name", `City Desk</b> Laura Finch <br><div>06 January, 2008</div><b>`, ``, []string{"Laura Finch"}},
		// Near misses.
		{"title-case deck", `Harbour Bridge Wins Vote<br>Tuesday January 8, 2008`, ``, nil},
		{"first name in a deck", `Tom Hanks Returns Home<br>Tuesday January 8, 2008`, ``, nil},
		{"desk", `Staff Reporter<br>Tuesday January 8, 2008`, ``, nil},
		{"section", `Local News<br>Tuesday January 8, 2008`, ``, nil},
		{"name with no date", `Helen Marsh<br><a href="/">The Example Herald</a>`, ``, nil},
		// A photo credit over the date line is no byline.
		{"photo credit", `Photograph: Helen Marsh<br>Tuesday January 8, 2008`, ``, nil},
	} {
		got := authorNames(parseVisible(t, byl27Page(c.head, c.tail)))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: authors %q, want %q", c.name, got, c.want)
		}
	}
}
