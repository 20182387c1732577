package textlayout

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestFirstLineHeader: a breadcrumb, a rubric with the date, or a rubric
// in mixed case alone over the headline is the section; the headline is
// the next line, and no header line reaches the body. Two capitalised
// words over a line and a date stay the headline: they may be one.
func TestFirstLineHeader(t *testing.T) {
	lead := "The Senate passed the budget bill on Friday after a long debate about schools and roads."
	for _, c := range []struct{ header, headline, section, date, authors string }{
		{"Politics\nSenate passes budget bill\nBy Anna Smith | March 5, 2024, 2:20 pm", "Senate passes budget bill", "Politics", "2024-03-05", "Anna Smith"},
		{"Home > News > Politics\nSenate passes budget bill\nBy Anna Smith\nMarch 5, 2024", "Senate passes budget bill", "Politics", "2024-03-05", "Anna Smith"},
		{"Главная / Новости / Политика\nЦентробанк сохранил ключевую ставку\n05.03.2024, 13:30", "Центробанк сохранил ключевую ставку", "Политика", "2024-03-05", ""},
		{"Politics / March 5, 2024\nSenate passes budget bill", "Senate passes budget bill", "Politics", "2024-03-05", ""},
		{"Politik\nBundestag beschließt den Haushalt\nVon Anna Schmidt\n5. März 2024", "Bundestag beschließt den Haushalt", "Politik", "2024-03-05", "Anna Schmidt"},
		{"Arts & Culture\nMuseum reopens after repairs\nMarch 5, 2024", "Museum reopens after repairs", "Arts & Culture", "2024-03-05", ""},
		{"Senate passes\nThe budget bill passed\nMarch 5, 2024", "Senate passes", "", "", ""},
		{"Iran / Israel / America\nTalks resume in Geneva after a month\nBy Anna Smith", "Iran / Israel / America", "", "", "Anna Smith"},
		{"Home / Jane Smith\nTalks resume in Geneva after a month\nMarch 5, 2024", "Home / Jane Smith", "", "", ""},
		{"Exodus\nWhy the young leave the villages of the north\nBy Anna Smith", "Exodus", "", "", "Anna Smith"},
		{"Pride and Prejudice\nA new staging at the city theatre\nBy Anna Smith", "Pride and Prejudice", "", "", "Anna Smith"},
	} {
		a := Parse(c.header+"\n\n"+lead+"\n", &model.Config{})
		var names []string
		for _, au := range a.Authors {
			names = append(names, au.Name)
		}
		date := ""
		if !a.DatePublished.IsZero() {
			date = a.DatePublished.Time.Format("2006-01-02")
		}
		if a.Headline != c.headline || a.Section != c.section || date != c.date || strings.Join(names, ", ") != c.authors {
			t.Errorf("%q: headline %q section %q date %q authors %q; want %q %q %q %q", c.header, a.Headline, a.Section, date, names, c.headline, c.section, c.date, c.authors)
		}
		if c.section != "" && (len(a.Body) != 1 || a.Body[0].Text != lead) {
			t.Errorf("%q: body %+v, want the lead alone", c.header, a.Body)
		}
	}
}

// TestRubricOverByline: a usual section's name alone on its line over the
// byline, the header set apart by blank lines, is the rubric; the byline
// and date under it are read, and none of the three is body.
func TestRubricOverByline(t *testing.T) {
	a := Parse("Senate passes budget bill\n\nPolitics\n\nBy Anna Smith\nMarch 5, 2024\n\nThe Senate passed the budget bill on Friday after a long debate.\n", &model.Config{})
	if a.Section != "Politics" || len(a.Authors) != 1 || a.DatePublished.IsZero() || len(a.Body) != 1 {
		t.Errorf("section %q authors %+v date %v body %+v", a.Section, a.Authors, a.DatePublished, a.Body)
	}
	// A line that is no section's name stays body.
	b := Parse("Senate passes budget bill\n\nExodus\n\nBy Anna Smith\nMarch 5, 2024\n\nThe Senate passed the budget bill on Friday after a long debate.\n", &model.Config{})
	if b.Section != "" {
		t.Errorf("section %q from a line that is no section's name", b.Section)
	}
}
