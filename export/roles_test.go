package export

import (
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/articlekit/article"
	"go.yaml.in/yaml/v3"
)

// TestAuthorRoles checks that people credited in another part than author
// are never published as the article's authors: JSON-LD writes them as
// editor, translator or contributor, Markdown's front matter lists them
// under contributors, and CSV's authors cell keeps the role by the name.
func TestAuthorRoles(t *testing.T) {
	a := &article.Article{
		Headline: "Council backs bridge",
		Authors: []article.Author{
			{Name: "Ann Lee"},
			{Name: "John Doe", Role: article.RoleEditor},
			{Name: "Mia Chen", Role: article.RolePhotographer},
			{Name: "Ivo Kral", Role: article.RoleTranslator},
			{Name: "Sam Roe", Role: article.RoleAuthor},
		},
		Body: []article.Block{{Type: article.Paragraph, Text: "The council voted on Tuesday."}},
	}
	var ld strings.Builder
	if err := JSONLD(&ld, a); err != nil {
		t.Fatal(err)
	}
	var doc map[string][]struct {
		Name string `json:"name"`
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(ld.String()), &raw); err != nil {
		t.Fatal(err)
	}
	doc = map[string][]struct {
		Name string `json:"name"`
	}{}
	for _, k := range []string{"author", "editor", "translator", "contributor"} {
		var list []struct {
			Name string `json:"name"`
		}
		if err := json.Unmarshal(raw[k], &list); err != nil {
			t.Fatalf("%s: %v in %s", k, err, ld.String())
		}
		doc[k] = list
	}
	names := func(k string) []string {
		var out []string
		for _, p := range doc[k] {
			out = append(out, p.Name)
		}
		return out
	}
	for k, want := range map[string][]string{"author": {"Ann Lee", "Sam Roe"}, "editor": {"John Doe"}, "translator": {"Ivo Kral"}, "contributor": {"Mia Chen"}} {
		if got := names(k); !slices.Equal(got, want) {
			t.Errorf("JSON-LD %s = %q, want %q", k, got, want)
		}
	}

	var md strings.Builder
	if err := Markdown(&md, a); err != nil {
		t.Fatal(err)
	}
	front, _, _ := strings.Cut(strings.TrimPrefix(md.String(), "---\n"), "\n---\n")
	var fm FrontMatter
	if err := yaml.Unmarshal([]byte(front), &fm); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(fm.Authors, []string{"Ann Lee", "Sam Roe"}) || fm.Author != "Ann Lee, Sam Roe" {
		t.Errorf("front matter authors %q / %q", fm.Authors, fm.Author)
	}
	if want := []string{"John Doe (editor)", "Mia Chen (photographer)", "Ivo Kral (translator)"}; !slices.Equal(fm.Contributors, want) {
		t.Errorf("front matter contributors %q, want %q", fm.Contributors, want)
	}

	var c strings.Builder
	w := NewCSVWriter(&c, CSVOptions{})
	if err := w.Write(a); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(c.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], "authors")
	if want := "Ann Lee; John Doe (editor); Mia Chen (photographer); Ivo Kral (translator); Sam Roe"; rows[1][col] != want {
		t.Errorf("CSV authors %q, want %q", rows[1][col], want)
	}
}
