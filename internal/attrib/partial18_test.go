package attrib

import (
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestWovenFragmentsInARow: two fragments woven into one Russian sentence
// with no reporting verb between them are both partial; the second half
// of a quotation broken by its attribution is not.
func TestWovenFragmentsInARow(t *testing.T) {
	for _, c := range []struct {
		text    string
		partial map[string]bool
	}{
		{"Лидер КНДР Ким Чен Ын заявил, что считает Россию «самым честным другом и соратником», а Путина — «самым дорогим другом корейского народа».",
			map[string]bool{"самым честным другом и соратником": true, "самым дорогим другом корейского народа": true}},
		{"Министр финансов Антон Силуанов назвал бюджет «сбалансированным», а налоговую реформу — «давно назревшей».",
			map[string]bool{"сбалансированным": true, "давно назревшей": true}},
		// An "according to" phrase between the halves: the second goes on
		// with the first (not woven in, as before).
		{"«Денег хватит на всё», — по словам министра, — «даже на новую развязку у вокзала».",
			map[string]bool{"Денег хватит на всё": false, "даже на новую развязку у вокзала": false}},
	} {
		qs, _, err := Extract([]model.Block{{Type: model.Paragraph, Text: c.text}}, "ru", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(qs) != len(c.partial) {
			t.Errorf("%q: quotes %+v, want %d", c.text, qs, len(c.partial))
			continue
		}
		for _, q := range qs {
			if want, ok := c.partial[q.Text]; !ok || q.Partial != want {
				t.Errorf("%q: quote %q partial %v, want %v", c.text, q.Text, q.Partial, want)
			}
		}
	}
}
