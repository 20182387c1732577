package article

import (
	"slices"
	"testing"
)

// TestByl27BareInitial checks that a labelled credit whose middle initial
// stands without its period ("Author : Rakesh K Sharma") is read as the
// writer's name over a site-wide meta author printed nowhere, and that a
// first name with an initial alone ("Author : Rakesh K") is no name.
func TestByl27BareInitial(t *testing.T) {
	for _, c := range []struct {
		name, fields string
		want         []string
	}{
		{"bare initial", `<tr><td><b>Author :</b> Rakesh K Sharma</td></tr>`, []string{"Rakesh K Sharma"}},
		{"initial with period", `<tr><td><b>Author :</b> Rakesh K. Sharma</td></tr>`, []string{"Rakesh K. Sharma"}},
		// Near miss: no surname after the initial; the meta tag stands.
		{"first name and initial", `<tr><td><b>Author :</b> Rakesh K</td></tr>`, []string{"The Daily Example"}},
	} {
		got := authorNames(parseVisible(t, auth26Page(c.fields, "")))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: authors %q, want %q", c.name, got, c.want)
		}
	}
}
