package attrib

import "testing"

// TestGermanCompoundRoles: a German role joined to its domain in one word
// ("Finanzminister", "Pressesprecherin", "Rechtsanwalt") is a role, left
// out of the speaker's name as "Bundeskanzler" was; a word that only
// holds a role's letters is none.
func TestGermanCompoundRoles(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"„Das ist ein guter Tag für Deutschland“, sagte Finanzminister Christian Lindner am Freitag.", "Christian Lindner"},
		{"„Das ist ein guter Tag“, sagte die Pressesprecherin Anna Schmidt am Freitag.", "Anna Schmidt"},
		{"„Das ist ein guter Tag“, sagte Bundeskanzler Olaf Scholz am Freitag.", "Olaf Scholz"},
	} {
		qs, _, err := Extract(paragraphs("Titel\n"+c.text), "de", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(qs) != 1 || qs[0].Speaker != c.want {
			t.Errorf("%q: quotes %+v, want one by %q", c.text, qs, c.want)
		}
	}
	for w, want := range map[string]bool{"finanzminister": true, "pressesprecherin": true, "rechtsanwalt": true, "ministerium": false, "sprecher": false} {
		if _, got := compoundRole(w, []string{"minister", "sprecher", "anwalt"}); got != want {
			t.Errorf("compoundRole(%q) = %v, want %v", w, got, want)
		}
	}
}
