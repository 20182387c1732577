package attrib

import (
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestQ24HeadlineOpensBody checks that a headline that is the body's first
// sentence (a raw text with no headline line) gives no quotation of its
// own, only the body's whole, while a headline of its own still gives its
// colon quotation.
func TestQ24HeadlineOpensBody(t *testing.T) {
	body := "\"Мне было очень тяжело в эти дни. Я долго не хотела ничего писать, но промолчать невозможно.\", — рассказала фехтовальщица Ольга Орлова."
	qs, _, err := ExtractWithHeadline("\"Мне было очень тяжело в эти дни.", []model.Block{{Type: model.Paragraph, Text: body}}, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range qs {
		if q.Block == HeadlineBlock {
			t.Errorf("headline quotation from the body's first sentence: %+v", q)
		}
		found = found || q.Text == "Мне было очень тяжело в эти дни. Я долго не хотела ничего писать, но промолчать невозможно." && q.Speaker == "Ольга Орлова"
	}
	if !found {
		t.Errorf("body quotation not found: %+v", qs)
	}
	qs, _, err = ExtractWithHeadline("Ольга Орлова: «Промолчать было невозможно»", []model.Block{{Type: model.Paragraph, Text: body}}, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) == 0 || qs[0].Block != HeadlineBlock || qs[0].Text != "Промолчать было невозможно" {
		t.Errorf("headline quotation lost: %+v", qs)
	}
}
