package article

import (
	"strings"
	"testing"
)

// TestStructuredDateBefore1990 checks that a date structured data states
// is kept before 1990 (an archive's story of 1985), as trust.go and the
// README say, while an unset field's default (the Unix epoch) and a date
// before 1990 printed in the text alone are not.
func TestStructuredDateBefore1990(t *testing.T) {
	page := func(head, body string) string {
		return `<!DOCTYPE html><html><head><title>Council backs bridge</title>` + head + `</head><body><article><h1>Council backs bridge</h1>` + body +
			`<p>The council voted on Tuesday to build a new bridge across the river, after a long debate in the town hall.</p>
<p>Work starts in spring and should take two years, the council said in a statement on its plans.</p></article></body></html>`
	}
	for _, c := range []struct{ name, html, want, wantMod string }{
		{"JSON-LD 1985", page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs bridge","datePublished":"1985-06-19","dateModified":"1985-06-20"}</script>`, ""), "1985-06-19", "1985-06-20"},
		{"Open Graph 1987", page(`<meta property="article:published_time" content="1987-02-26T15:49:00Z">`, ""), "1987-02-26T15:49:00Z", ""},
		{"JSON-LD epoch", page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs bridge","datePublished":"1970-01-01T00:00:00Z"}</script>`, ""), "", ""},
		{"text 1985", page("", `<p class="date">June 19, 1985</p>`), "", ""},
	} {
		a, err := Parse(strings.NewReader(c.html))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := a.DatePublished.String(); got != c.want {
			t.Errorf("%s: datePublished %q, want %q", c.name, got, c.want)
		}
		if got := a.DateModified.String(); got != c.wantMod {
			t.Errorf("%s: dateModified %q, want %q", c.name, got, c.wantMod)
		}
	}
}
