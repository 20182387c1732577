package credits

import (
	"slices"
	"testing"
)

// TestRole: byline prefixes give the writer's role, the tables' role
// prefixes theirs, case folded, with a word boundary after the prefix.
func TestRole(t *testing.T) {
	for _, c := range []struct{ in, role, rest string }{
		{"By Jane Smith", Author, "Jane Smith"},
		{"Edited by John Doe", "editor", "John Doe"},
		{"photos by John Doe", "photographer", "John Doe"},
		{"Photography by John Doe", "photographer", "John Doe"},
		{"Фото: Пётр Смирнов", "photographer", "Пётр Смирнов"},
		{"фото: Пётр Смирнов", "photographer", "Пётр Смирнов"},
		{"Редактор: Олег Кузнецов", "editor", "Олег Кузнецов"},
		{"Traduit par Jean Dupont", "translator", "Jean Dupont"},
		{"Texte : Jean Dupont", Author, "Jean Dupont"},
	} {
		role, rest, ok := Role(c.in)
		if !ok || role != c.role || rest != c.rest {
			t.Errorf("Role(%q) = %q, %q, %v; want %q, %q", c.in, role, rest, ok, c.role, c.rest)
		}
	}
	for _, s := range []string{"Bylines are short", "Photosynthesis by plants", "Jane Smith", "Editorial: the budget"} {
		if role, _, ok := Role(s); ok {
			t.Errorf("Role(%q) = %q, want none", s, role)
		}
	}
}

// TestSplit: a byline splits where a prefix follows its punctuation, and
// a list of names or an initial does not split.
func TestSplit(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Story by Jane Smith; photos by John Doe", []string{"Story by Jane Smith", "photos by John Doe"}},
		{"By Jane Smith. Edited by John Doe", []string{"By Jane Smith", "Edited by John Doe"}},
		{"Текст: Мария Иванова, фото: Пётр Смирнов", []string{"Текст: Мария Иванова", "фото: Пётр Смирнов"}},
		{"By Jane Smith, John Doe", nil},
		{"By J. Smith", nil},
	} {
		if got := Split(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Split(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
