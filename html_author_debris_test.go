package article

import (
	"strings"
	"testing"
)

// TestBylineDebris covers the byline debris of blog templates that is no
// name: a credit line's label left alone ("Posted", "Posted on") when its
// date and name stand in elements of their own, the time or date between
// the label and its "by" ("Posted 8:11 AM by Marty Lederman"), the blog
// software a footer credits ("Powered by Movable Type"), and an "About
// Us" link set as the author's.
func TestBylineDebris(t *testing.T) {
	para := `<p>` + strings.Repeat("The river rose over the banks in the night and the town woke to water in the streets. ", 6) + `</p>`
	page := func(body string) string {
		return `<html lang="en"><head><title>Storm floods the valley again</title></head><body><h1>Storm floods the valley again</h1>` + body + `</body></html>`
	}
	tests := []struct {
		name, html string
		authors    []string
	}{
		{"time between label and by", page(para + `<div class="post-footer"><span class="byline">Posted 8:11 AM by Marty Lederman</span></div>`), []string{"Marty Lederman"}},
		{"label alone in its element", page(para + `<div class="entry-meta"><span class="byline">Posted on</span> <span class="date">August 9, 2012</span> <span class="byline">by</span> <span class="author vcard"><a href="/author/rotoprofessor/">Rotoprofessor</a></span></div>`), []string{"Rotoprofessor"}},
		{"blog software in the footer", page(para + `<div id="powered">Powered by <a href="http://www.movabletype.org" rel="author">Movable Type</a>.</div>`), nil},
		{"about link as author", page(`<p class="headline_meta">by <span class="author vcard">White on Rice Couple</span> on October 28, 2012</p>` + para + `<a rel="author" href="/about/">About Us</a>`), []string{"White on Rice Couple"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantAuthors(t, tc.html, tc.authors)
		})
	}
}

// TestNameOverJobInitial: a name set over its desk line keeps a middle
// initial and a first name that is also a month's ("April M. Mohr /
// contributor").
func TestNameOverJobInitial(t *testing.T) {
	para := `<p>` + strings.Repeat("The winner will receive a sewing machine and a year of patterns from the maker. ", 6) + `</p>`
	page := `<html><head><title>The Winner of the Inspirational Contest</title></head><body><h1>The Winner of the Inspirational Contest</h1><div>October 25th, 2012</div><div>April M. Mohr</div><div>, contributor</div>` + para + `</body></html>`
	a, _ := ParseHTML(strings.NewReader(page))
	if a == nil {
		t.Fatal("no article")
	}
	if len(a.Authors) != 1 || a.Authors[0].Name != "April M. Mohr" {
		t.Errorf("authors %v, want [April M. Mohr]", a.Authors)
	}
}
