package attrib

import (
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestHeadlineNamedQuote checks the headline «First Last: «…»» whose
// surname is a common word the body's reading does not take for a name:
// a quotation by that name when the body names the person in the same
// words, none when it does not, or when the first word is no first name.
func TestHeadlineNamedQuote(t *testing.T) {
	body := []model.Block{{Text: "Чемпион Европы Виктор Понедельник выразил своё мнение о матче."}}
	cases := []struct {
		h, text, speaker string
	}{
		{"Виктор Понедельник: «Адвокат ведет себя, словно царь Иоанн Грозный»", "Адвокат ведет себя, словно царь Иоанн Грозный", "Виктор Понедельник"},
		{"Виктор Соловей: «Адвокат ведет себя как царь»", "", ""},             // the body does not name him
		{"Москва Понедельник: «Адвокат ведет себя как царь»", "", ""},         // no first name
		{"Виктор Понедельник о матче: «Адвокат ведет себя как царь»", "", ""}, // a topic: headlineQuote's form
		{"Виктор Понедельник: «Молодцы»", "", ""},                             // one word
	}
	m := newReader(tablesFor("ru"))
	for _, c := range cases {
		q, ok := m.headlineNamedQuote(c.h, nil, body)
		if ok != (c.text != "") || ok && (q.Text != c.text || q.Speaker != c.speaker || q.Block != HeadlineBlock) {
			t.Errorf("%q: %+v %v, want %q by %q", c.h, q, ok, c.text, c.speaker)
		}
	}
}
