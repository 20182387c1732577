package article

import (
	"testing"

	"github.com/articlekit/article/internal/htmlx"

	"github.com/articlekit/article/internal/model"
)

func TestFullerName(t *testing.T) {
	cases := []struct{ name, desc, want string }{
		{"Nils", "Nils Pickert ist freier Autor und Journalist.", "Nils Pickert"},
		{"Stefanus", "Stefanus Stahl - Maschinenbauer, Abenteurer", "Stefanus Stahl"},
		{"Anna", "Anna ist unsere Redakteurin.", "Anna"},
		{"Anna", "Anna Is a writer from Ohio.", "Anna"},
		{"Anna", "Bob Smith writes with Anna.", "Anna"},
		{"Anna Weber", "Anna Weber Müller ist Autorin.", "Anna Weber"},
		{"Anna", "", "Anna"},
		{"Anna", "Anna Weber", "Anna"}, // nothing after: not a sentence about her
	}
	for _, c := range cases {
		if got := htmlx.FullerName(c.name, c.desc); got != c.want {
			t.Errorf("fullerName(%q, %q) = %q, want %q", c.name, c.desc, got, c.want)
		}
	}
	page := `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[` +
		`{"@type":"Article","@id":"#a","headline":"Kulturtechnik","author":{"@id":"#p"}},` +
		`{"@type":"Person","@id":"#p","name":"Nils","description":"Nils Pickert ist freier Autor und Journalist."}]}</script></head>` +
		`<body><h1>Kulturtechnik</h1><p>` + storyPara("Body text.") + `</p></body></html>`
	a, err := htmlx.Extract([]byte(page), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Authors) != 1 || a.Authors[0].Name != "Nils Pickert" {
		t.Errorf("Authors = %+v, want Nils Pickert", a.Authors)
	}
}
