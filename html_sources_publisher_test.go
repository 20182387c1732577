package article_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/articlekit/article"
)

// TestSourcesWithoutPublisher checks that the outlet a page names as its
// own publisher is not among the sources its story cites, while the
// other outlets it cites stay.
func TestSourcesWithoutPublisher(t *testing.T) {
	page := `<html><head><title>Prices rise</title><meta property="og:site_name" content="%s"></head><body><article><h1>Prices rise</h1>
<p>Prices rose sharply in March, according to Reuters, citing figures from the statistics office of the region.</p>
<p>The agency Bloomberg reported that the rise was the steepest in a decade, according to analysts who follow the market closely.</p>
</article></body></html>`
	for pub, want := range map[string][]string{
		"Reuters":    {"Bloomberg"},
		"Daily News": {"Reuters", "Bloomberg"},
	} {
		a, err := article.ParseHTML(strings.NewReader(strings.Replace(page, "%s", pub, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if a.Publisher == nil || a.Publisher.Name != pub {
			t.Fatalf("publisher %v, want %s", a.Publisher, pub)
		}
		if !slices.Equal(a.Sources, want) {
			t.Errorf("publisher %s: sources %q, want %q", pub, a.Sources, want)
		}
	}
}
