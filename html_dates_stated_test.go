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
		{"JSON-LD OLE zero date", page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs bridge","datePublished":"1899-12-30"}</script>`, ""), "", ""},
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

// TestDeclaredLanguageOutOfOrder checks that a page declaring a language
// tag BCP 47 does not allow keeps the tag's language subtag (or the
// detected language), with its provenance, and passes Validate.
func TestDeclaredLanguageOutOfOrder(t *testing.T) {
	page := `<!DOCTYPE html><html lang="zh-CN-Hans"><head><title>Council backs bridge</title></head><body><article><h1>Council backs bridge</h1>
<p>The council voted on Tuesday to build a new bridge across the river, after a long debate in the town hall.</p>
<p>Work starts in spring and should take two years, the council said in a statement on its plans.</p></article></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Language == "" || a.Provenance["language"].From == "" {
		t.Errorf("language %q, provenance %+v", a.Language, a.Provenance["language"])
	}
	if err := a.Validate(); err != nil {
		t.Error(err)
	}
}
