package article_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/export"
)

// TestHeadlineQuoteExports checks that a quotation found in the headline
// (Block -1) comes out of ParseText, passes Validate, and goes through
// every exporter (JSON-LD, its script, Markdown, CSV) without panic and
// with its words; and that a Block below -1 is still a violation.
func TestHeadlineQuoteExports(t *testing.T) {
	text := `Моуриньо: «Мхитарян наконец показал себя против команды АПЛ»

Наставник «Манчестер Юнайтед» Жозе Моуриньо оценил игру полузащитника Генриха Мхитаряна, который отметился двумя голевыми передачами.

«Я очень рад, потому что сегодня он сыграл против сильной команды и показал свой класс», — сказал Моуриньо.
`
	a, err := article.ParseText(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) < 2 || a.Quotes[0].Block != -1 || a.Quotes[0].Text != "Мхитарян наконец показал себя против команды АПЛ" || a.Quotes[0].Speaker != "Жозе Моуриньо" {
		t.Fatalf("quotes %+v, want first the headline's, block -1, by Жозе Моуриньо", a.Quotes)
	}
	for _, q := range a.Quotes[1:] {
		if q.Block < 0 || q.Block >= len(a.Body) {
			t.Errorf("body quotation %+v: block out of the body", q)
		}
	}
	if err := a.Validate(); err != nil {
		t.Errorf("Validate: %v", err)
	}
	var ld, md, sc, cs bytes.Buffer
	if err := export.JSONLD(&ld, a); err != nil {
		t.Errorf("JSONLD: %v", err)
	}
	if err := export.Script(&sc, a); err != nil {
		t.Errorf("Script: %v", err)
	}
	if err := export.Markdown(&md, a); err != nil {
		t.Errorf("Markdown: %v", err)
	}
	w := export.NewCSVWriter(&cs, export.CSVOptions{})
	if err := w.Write(a); err != nil {
		t.Errorf("CSV: %v", err)
	}
	w.Flush()
	for name, out := range map[string]string{"JSON-LD": ld.String(), "script": sc.String(), "Markdown": md.String()} {
		if !strings.Contains(out, "Мхитарян наконец показал себя") {
			t.Errorf("%s lacks the headline quotation:\n%s", name, out)
		}
	}
	if cs.Len() == 0 {
		t.Error("CSV wrote nothing")
	}
	b := *a
	b.Quotes = append([]article.Quote{{Text: "слова", Block: -2}}, a.Quotes...)
	if err := b.Validate(); err == nil {
		t.Error("Validate passes a quotation at block -2")
	}
}
