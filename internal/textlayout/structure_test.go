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

// TestNestedBullets: bullet lines indented under an item are a list nested
// in it (Level), the items after them at the outer depth go on with the
// outer list, a tab nests as spaces do, a one-space wobble does not nest,
// and a run indented as a whole is one list at the top level.
func TestNestedBullets(t *testing.T) {
	head := "Council sets out budget plan\n\nThe council published its plan on Monday and listed the steps it will take this year.\n\n"
	tail := "\nThe vote is due next week, officials said.\n"
	for _, c := range []struct {
		name, list string
		want       []model.Block
	}{
		{"two levels and back", "- Cut spending\n  - close two buildings\n  - sell the depot\n      - and its yard\n- Raise fees\n",
			[]model.Block{{Type: model.List, Text: "Cut spending"}, {Type: model.List, Text: "close two buildings\nsell the depot", Level: 1},
				{Type: model.List, Text: "and its yard", Level: 2}, {Type: model.List, Text: "Raise fees"}}},
		{"tab", "* Cut spending\n\t* close two buildings\n* Raise fees\n",
			[]model.Block{{Type: model.List, Text: "Cut spending"}, {Type: model.List, Text: "close two buildings", Level: 1}, {Type: model.List, Text: "Raise fees"}}},
		{"one-space wobble", "- Cut spending\n - close two buildings\n- Raise fees\n",
			[]model.Block{{Type: model.List, Text: "Cut spending\nclose two buildings\nRaise fees"}}},
		{"indented as a whole", "   - Cut spending\n   - Raise fees\n",
			[]model.Block{{Type: model.List, Text: "Cut spending\nRaise fees"}}},
		{"first item deeper than the rest", "  - Cut spending\n- Raise fees\n  - on parking\n",
			[]model.Block{{Type: model.List, Text: "Cut spending\nRaise fees"}, {Type: model.List, Text: "on parking", Level: 1}}},
		{"back out between two depths", "- Cut spending\n    - close two buildings\n  - sell the depot\n",
			[]model.Block{{Type: model.List, Text: "Cut spending"}, {Type: model.List, Text: "close two buildings\nsell the depot", Level: 1}}},
	} {
		d := Parse(head+c.list+tail, &model.Config{})
		var lists []model.Block
		for _, b := range d.Body {
			if b.Type == model.List {
				lists = append(lists, b)
			}
		}
		if diff := cmp.Diff(c.want, lists); diff != "" {
			t.Errorf("%s: lists (-want +got):\n%s", c.name, diff)
		}
	}
}
