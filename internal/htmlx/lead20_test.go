package htmlx

import (
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestLeadDescription: an article page that states no description gets
// its first paragraph as its lead, at a guess's confidence; a stated
// description stands; a first paragraph that is a line, not a sentence
// (or a wall of text), gives none.
func TestLeadDescription(t *testing.T) {
	para := "The city council voted on Tuesday to spend a fifth more on schools and buses next year, after a debate that lasted until midnight."
	body := `<p>` + para + `</p><p>The mayor said the money would come from a new tax on parking, which the opposition called a burden on shoppers and small firms.</p>` +
		`<p>The vote was 31 to 29. Two members were absent, and one abstained after saying she had not read the final version of the budget.</p>`
	page := func(head, first string) []byte {
		return []byte(`<html><head><title>Council raises school spending</title>` + head + `</head><body><article><h1>Council raises school spending</h1>` +
			first + body + `</article></body></html>`)
	}
	for _, tc := range []struct {
		name, head, first, want string
		from                    string
	}{
		{"no description", "", "", para, model.FromContent},
		{"picture first", "", `<figure><img src="/a.jpg"><figcaption>The council chamber.</figcaption></figure>`, para, model.FromContent},
		{"stated", `<meta name="description" content="Schools and buses get more money.">`, "", "Schools and buses get more money.", model.FromMeta},
		{"line first", "", `<p>Read more about the budget</p>`, "", ""},
	} {
		a, err := Extract(page(tc.head, tc.first), &model.Config{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Description != tc.want || a.Provenance["description"].From != tc.from {
			t.Errorf("%s: description %q from %q, want %q from %q", tc.name, a.Description, a.Provenance["description"].From, tc.want, tc.from)
		}
		if tc.from == model.FromContent && a.Provenance["description"].Confidence != model.ConfGuess {
			t.Errorf("%s: confidence %v, want a guess's", tc.name, a.Provenance["description"].Confidence)
		}
	}
}

// TestLeadFurniture: a first paragraph that is a byline, a posting line, a
// label and its text, or a date line gives no description; a wire
// dateline is cut off the lead, as the text path cuts it.
func TestLeadFurniture(t *testing.T) {
	rest := `<p>The mayor said the money would come from a new tax on parking, which the opposition called a burden on shoppers and small firms.</p>`
	for _, tc := range []struct{ first, want string }{
		{"Posted by admin on March 5, 2010 at 10:15 am in the council news section of this site.", ""},
		{"By Jane Smith, City Hall reporter, with reporting by Tom Lee in the council chamber.", ""},
		{"Editor's note: this story was corrected on Tuesday to give the right figure for the vote.", ""},
		{"Updated: March 6, 2010 at 9:00 am, with the final result of the vote and the mayor's words.", ""},
		{"LONDON, March 5 (Reuters) - The council voted on Tuesday to spend a fifth more on schools and buses next year.", "The council voted on Tuesday to spend a fifth more on schools and buses next year."},
		{"МОСКВА, 5 марта. /ТАСС/. Городской совет во вторник проголосовал за увеличение расходов на школы и автобусы.", "Городской совет во вторник проголосовал за увеличение расходов на школы и автобусы."},
	} {
		page := `<html><head><title>Council raises school spending</title></head><body><article><h1>Council raises school spending</h1><p>` + tc.first + `</p>` + rest + rest + `</article></body></html>`
		a, err := Extract([]byte(page), &model.Config{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Description != tc.want {
			t.Errorf("first paragraph %q: description %q, want %q", tc.first, a.Description, tc.want)
		}
	}
}
