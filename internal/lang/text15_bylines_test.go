package lang

import (
	"strings"
	"testing"
)

// TestEveryTableHasBylines checks that every language table names the
// byline words of its press and that its role bylines give one of the
// roles an Author carries.
func TestEveryTableHasBylines(t *testing.T) {
	roles := map[string]bool{"photographer": true, "editor": true, "translator": true}
	for _, tb := range Languages {
		if len(tb.Bylines) == 0 {
			t.Errorf("%s: no bylines: the text path finds no author in its press", tb.Tag)
		}
		if len(tb.RoleBylines) == 0 {
			t.Errorf("%s: no role bylines (photo credits)", tb.Tag)
		}
		for p, r := range tb.RoleBylines {
			if !roles[r] {
				t.Errorf("%s: role byline %q gives role %q", tb.Tag, p, r)
			}
			if strings.TrimSpace(p) != p || p == "" {
				t.Errorf("%s: role byline %q has outer spaces", tb.Tag, p)
			}
		}
		for _, p := range tb.Bylines {
			if strings.TrimSpace(p) != p || p == "" {
				t.Errorf("%s: byline %q has outer spaces", tb.Tag, p)
			}
		}
	}
}
