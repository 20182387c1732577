package textlayout

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestHeaderCreditLines: bylines that credit several roles in turn, the
// French "<outlet> avec <agency>" credit and a title before the name are
// read as header lines: the authors with their roles, the date under
// them, and nothing of the header in the body.
func TestHeaderCreditLines(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Story by Jane Smith; photos by John Doe", "Jane Smith/author|John Doe/photographer"},
		{"By Jane Smith. Photography by John Doe", "Jane Smith/author|John Doe/photographer"},
		{"Words by Jane Smith, pictures by John Doe", "Jane Smith/author|John Doe/photographer"},
		{"Reporting by Jane Smith; Photos by John Doe", "Jane Smith/author|John Doe/photographer"},
		{"Texte : Jean Dupont ; photos : Marie Curie", "Jean Dupont/author|Marie Curie/photographer"},
		{"Par Jean Dupont avec AFP", "Jean Dupont/author"},
		{"Le Monde avec AFP", "Le Monde/author"},
		{"By Dr. Jane Smith-Jones", "Jane Smith-Jones/author"},
		{"By J. Smith and Ann Lee", "J. Smith/author|Ann Lee/author"},
		{"By Jane Smith, John Doe", "Jane Smith/author|John Doe/author"},
	} {
		checkHeaderLine(t, c.line, c.line+"\nMarch 5, 2024\n", c.want)
	}
}

// checkHeaderLine parses a headline, the header lines head and one
// paragraph, and checks that the authors (authorRoles) are want, that a
// date is read and that the body is the paragraph alone.
func checkHeaderLine(t *testing.T, label, head, want string) {
	t.Helper()
	a := Parse("Senate passes budget bill\n"+head+"\nThe Senate passed the budget bill on Friday after a long debate.\n", &model.Config{})
	if got := authorRoles(a); got != want {
		t.Errorf("%q: authors %q, want %q", label, got, want)
	}
	if a.DatePublished.IsZero() || len(a.Body) != 1 || !strings.HasPrefix(a.Body[0].Text, "The Senate") {
		t.Errorf("%q: date %v, body %+v: the header lines are not all read", label, a.DatePublished, a.Body)
	}
}

// TestHeaderBylineAndDateParts: a header line of a byline naming several
// people and a date set apart by a bar keeps every name and the date.
func TestHeaderBylineAndDateParts(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"By Jane Smith and John Doe | March 5, 2024", "Jane Smith/author|John Doe/author"},
		{"By Jane Smith, John Doe and Ann Lee | March 5, 2024", "Jane Smith/author|John Doe/author|Ann Lee/author"},
		{"By Jane Smith | March 5, 2024", "Jane Smith/author"},
		{"Von Anna Muster und Max Mann | 5. März 2024", "Anna Muster/author|Max Mann/author"},
	} {
		checkHeaderLine(t, c.line, "\n"+c.line+"\n\n", c.want)
	}
}

// TestEnglishEditorLabel: "Editor: …" and "Translator: …" lines credit
// the role (the English table's RoleBylines).
func TestEnglishEditorLabel(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Editor: John Doe", "John Doe/editor"},
		{"Translator: Ana Gómez", "Ana Gómez/translator"},
		{"By Jane Smith. Editor: John Doe", "Jane Smith/author|John Doe/editor"},
	} {
		a := Parse("Senate passes budget bill\n\n"+c.line+"\n\nThe Senate passed the budget bill on Friday after a long debate.\n", &model.Config{})
		got := authorRoles(a)
		if got != c.want || len(a.Body) != 1 {
			t.Errorf("%q: authors %q, body %d blocks, want %q", c.line, got, len(a.Body), c.want)
		}
	}
}

// authorRoles is the authors of a as "name/role" joined by "|".
func authorRoles(a *model.Draft) string {
	var got []string
	for _, au := range a.Authors {
		got = append(got, au.Name+"/"+au.Role)
	}
	return strings.Join(got, "|")
}
