package textlayout

import (
	"strings"
	"testing"
)

// TestWireCredits checks the closing credit lines of wire stories: people
// and their roles, places after names left out, and prose that opens with
// the same words not taken.
func TestWireCredits(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"(Reporting by Maria Rossi; Editing by Mark Potter)", "Maria Rossi/author|Mark Potter/editor"},
		{"(Reporting by David Bailey; Editing by Cynthia Osterman.)", "David Bailey/author|Cynthia Osterman/editor"},
		{"(Additional reporting by Paige Lim in Singapore and Ben Blanchard in Beijing; Editing by Lincoln Feast.)", "Paige Lim/author|Ben Blanchard/author|Lincoln Feast/editor"},
		{"Reporting by JANE SMITH; Photos by Tom Roe", "Jane Smith/author|Tom Roe/photographer"},
		{"Reporting by the BBC showed the numbers were wrong.", ""},
		{"(Reporting by Ann Lee; the rest was written later)", ""},
	} {
		got, _ := parseWireCredits(c.in)
		var parts []string
		for _, a := range got {
			parts = append(parts, a.Name+"/"+a.Role)
		}
		if strings.Join(parts, "|") != c.want {
			t.Errorf("parseWireCredits(%q) = %q, want %q", c.in, strings.Join(parts, "|"), c.want)
		}
	}
}

// TestBylineCase checks that a byline in capitals gives names in normal
// case, and that an agency after the people is no author.
func TestBylineCase(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"By JANE SMITH", "Jane Smith"},
		{"By TOM O'BRIEN-JONES and J.R. EWING", "Tom O'Brien-Jones|J.R. Ewing"},
		{"By Maria Rossi, Reuters", "Maria Rossi"},
		{"By Reuters", "Reuters"},
		{"By NASA", "NASA"},
		{"By Anna McDonald", "Anna McDonald"},
	} {
		got, _ := parseByline(c.in)
		var names []string
		for _, a := range got {
			names = append(names, a.Name)
		}
		if strings.Join(names, "|") != c.want {
			t.Errorf("parseByline(%q) = %q, want %q", c.in, strings.Join(names, "|"), c.want)
		}
	}
}
