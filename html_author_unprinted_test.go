package article

import (
	"slices"
	"testing"
)

// TestUnprintedMetaAuthor checks that an author meta tag the page prints
// nowhere (a template's site-wide default: the blog's owner, the site's
// name) gives way to the credit the page prints: a byline by the headline,
// or a labelled field under it; a job set in that field is no name, and a
// meta author the page prints keeps its rank.
func TestUnprintedMetaAuthor(t *testing.T) {
	page := func(meta, under string) string {
		return `<html><head><title>Braven speaker review</title><meta name="author" content="` + meta + `"></head><body>
<h1>Braven speaker review</h1>` + under + visibleBody + visibleBody + `</body></html>`
	}
	for _, c := range []struct {
		meta, under string
		want        []string
	}{
		// A byline element by the headline names someone else.
		{"Paul Strauss", `<p class="info"><span class="date">November 6th, 2012</span> <span class="author">by: <a href="/blog/author/rg">Range</a></span></p>`, []string{"Range"}},
		// The meta author printed in the byline keeps its rank.
		{"Paul Strauss", `<p class="info"><span class="author">by <a href="/blog/author/ps">Paul Strauss</a></span></p>`, []string{"Paul Strauss"}},
		// An older CMS's table of labelled fields under the headline.
		{"The Earthtimes", `<table><tr><td><strong>Posted :</strong> Mon, 07 Jan 2008 11:59:03 GMT</td></tr><tr><td><strong>Author :</strong> Fakir Balaji </td></tr></table>`, []string{"Fakir Balaji"}},
		// A desk set in the field is no name: the meta author stands.
		{"The Earthtimes", `<table><tr><td><strong>Author :</strong> Sports News Editor</td></tr></table>`, []string{"The Earthtimes"}},
	} {
		got := authorNames(parseVisible(t, page(c.meta, c.under)))
		if !slices.Equal(got, c.want) {
			t.Errorf("meta %q, %s: authors %q, want %q", c.meta, c.under, got, c.want)
		}
	}
}
