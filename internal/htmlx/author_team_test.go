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

// TestGuestPlaceholder: the account a blog files guest posts under credits
// no one, alone or as a byline's text; a person named Guest is still a
// name.
func TestGuestPlaceholder(t *testing.T) {
	for _, s := range []string{"Guest Author", "guest contributor", "Guest Blogger"} {
		if !isJunkName(s) {
			t.Errorf("isJunkName(%q) = false, want true", s)
		}
	}
	if got := CleanAuthors("Written by Guest Contributor", ""); len(got) != 0 {
		t.Errorf("CleanAuthors(Written by Guest Contributor) = %q, want none", got)
	}
	if isJunkName("Christopher Guest") {
		t.Error(`isJunkName("Christopher Guest") = true`)
	}
}
