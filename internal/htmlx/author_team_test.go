package htmlx

import (
	"slices"
	"testing"
)

// TestTeamCredit checks that a team credited as a byline, with its "the",
// is read as the team's name, and that "the" stays out of other names.
func TestTeamCredit(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Posted by the Google Desktop Team", []string{"Google Desktop Team"}},
		{"By the Editors", []string{"Editors"}},
		{"the BerryReview Team", []string{"BerryReview Team"}},
		{"By Jane Doe", []string{"Jane Doe"}},
	} {
		if got := CleanAuthors(c.in, ""); !slices.Equal(got, c.want) {
			t.Errorf("CleanAuthors(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestJunkNameEmpty: an empty or blank name is no junk and no panic (the
// label check reads the first word).
func TestJunkNameEmpty(t *testing.T) {
	for _, s := range []string{"", " ", "\t"} {
		if isJunkName(s) {
			t.Errorf("isJunkName(%q) = true", s)
		}
	}
	for _, s := range []string{"Posted", "Posted on", "Written"} {
		if !isJunkName(s) {
			t.Errorf("isJunkName(%q) = false, want true (a label alone)", s)
		}
	}
}
