package textlayout

import (
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestLineAfterClosingByline: a line after a closing byline or credit is a
// block of its own, never joined to the paragraph before the byline.
func TestLineAfterClosingByline(t *testing.T) {
	for _, c := range []struct{ closing, after string }{
		{"By Maria Ivanova", "Source: Reuters"},
		{"(Reporting by Maria Rossi; Editing by Mark Potter)", "Copyright 2024 Reuters. All rights reserved."},
		{"Автор: Мария Иванова", "Источник: РИА Новости"},
	} {
		last := "\"This is a key project,\" said governor Igor Rudenya."
		text := "Bridge opens in Tver\nMarch 5, 2024\n\nA new bridge opened on Monday over the river.\n\n" + last + "\n\n" + c.closing + "\n" + c.after + "\n"
		a := Parse(text, &model.Config{})
		if len(a.Authors) == 0 {
			t.Errorf("%q: no author read", c.closing)
		}
		var texts []string
		for _, b := range a.Body {
			texts = append(texts, b.Text)
		}
		if len(texts) != 3 || texts[1] != last || texts[2] != c.after {
			t.Errorf("%q: body %q, want the quotation's paragraph unchanged and %q after it", c.closing, texts, c.after)
		}
	}
}
