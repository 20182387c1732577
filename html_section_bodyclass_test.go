package article

import (
	"strings"
	"testing"
)

// TestSectionBodyClass checks the section a <body> class names (older
// news templates' "section-world", "page_business"): taken when a link of
// the page or a part of the <title> prints the same name, as the page
// writes it; not taken when nothing prints it, nor for a class that names
// a kind of page ("section-article", "page_node").
func TestSectionBodyClass(t *testing.T) {
	para := `<p>` + strings.Repeat("The council voted late on Tuesday to close the old bridge to lorries for the winter. ", 6) + `</p>`
	page := func(title, body, menu string) string {
		return `<html><head><title>` + title + `</title></head><body` + body + `>` + menu +
			`<div id="content"><h1>Council closes the old bridge</h1>` + para + `</div></body></html>`
	}
	menu := `<ul id="menu"><li><a href="/">Home</a></li><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/arts-and-culture/">Arts and Culture</a></li></ul>`
	for _, tc := range []struct {
		name, title, body, menu, want string
	}{
		{"class and tab", "Council closes the old bridge", ` class="single page_business"`, menu, "Business"},
		{"id, words run with hyphens", "Council closes the old bridge", ` id="section-arts-and-culture"`, menu, "Arts and Culture"},
		{"class and title part", "Council closes the old bridge - Breaking News - World - Daily Example", ` id="article" class="section-world"`, "", "World"},
		{"nothing prints it", "Council closes the old bridge", ` class="section-sport"`, menu, ""},
		{"a kind of page", "Council closes the old bridge", ` class="section-article page_node"`, menu, ""},
		{"no class", "Council closes the old bridge", ``, menu, ""},
	} {
		a, _ := ParseHTML(strings.NewReader(page(tc.title, tc.body, tc.menu)))
		if a == nil {
			t.Fatalf("%s: no article", tc.name)
		}
		if a.Section != tc.want {
			t.Errorf("%s: section %q, want %q", tc.name, a.Section, tc.want)
		}
	}
}
