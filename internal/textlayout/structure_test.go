package textlayout

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/articlekit/article/internal/model"
)

func TestPastedCodeAndTables(t *testing.T) {
	in := "Release notes for the parser\n\n" +
		"The maintainers released version 3 on Friday with shorter builds.\n\n" +
		"| Project | v2 | v3 |\n|---|:--:|---:|\n| small | 1.2 | 0.9 |\n| large \\| mono | 14.8 |  |\n\n" +
		"Plugins register with one call:\n\n" +
		"```Go\nfunc init() {\n\tparser.Register(\"yaml\", p)\n\n    // done\n}\n```\n\n" +
		"~~~\nplain  text   kept\n~~~\n\n" +
		"The old interface keeps working until the next release.\n\n" +
		"| not | a table\n\n" +
		"```\nan unclosed fence stays text\n"
	d := Parse(in, &model.Config{})
	want := []model.Block{
		{Type: model.Paragraph, Text: "The maintainers released version 3 on Friday with shorter builds."},
		{Type: model.Table, Text: "Project\tv2\tv3\nsmall\t1.2\t0.9\nlarge | mono\t14.8\t", Header: true,
			Rows: [][]string{{"Project", "v2", "v3"}, {"small", "1.2", "0.9"}, {"large | mono", "14.8", ""}}},
		{Type: model.Paragraph, Text: "Plugins register with one call:"},
		{Type: model.Code, Text: "func init() {\n\tparser.Register(\"yaml\", p)\n\n    // done\n}", Language: "go"},
		{Type: model.Code, Text: "plain  text   kept"},
		{Type: model.Paragraph, Text: "The old interface keeps working until the next release."},
		{Type: model.Paragraph, Text: "| not | a table"},
		{Type: model.Paragraph, Text: "``` an unclosed fence stays text"},
	}
	if diff := cmp.Diff(want, d.Body); diff != "" {
		t.Errorf("body (-want +got):\n%s", diff)
	}
}

// TestPipesInProse: a line of prose with pipes, or one table-like line,
// is no table.
func TestPipesInProse(t *testing.T) {
	d := Parse("Headline here\n\n| one line only |\n\nSports | Football | Results\nMore text follows here.\n", &model.Config{})
	for _, b := range d.Body {
		if b.Type == model.Table {
			t.Errorf("table from prose: %+v", b)
		}
	}
}
