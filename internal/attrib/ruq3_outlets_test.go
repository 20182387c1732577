package attrib

import (
	"slices"
	"testing"
)

// TestRuOutletsRound3 checks this round's outlet rules on self-composed
// Russian sentences: a Latin title cited whole with its article, a Latin
// word no case form of another outlet, one outlet by its name and its
// abbreviation cited once, and outlets the table gained.
func TestRuOutletsRound3(t *testing.T) {
	cases := []ruOutletCase{
		{"Как пишет The Guardian, сделка закрыта.", []string{"The Guardian"}},
		{"Певица подала иск, пишет газета The Times. Об этом сообщил корреспондент The Times.", []string{"The Times"}},
		{"Сделка закрыта, сообщает Associated Press. AP отмечает, что сумма не раскрыта.", []string{"Associated Press"}},
		{"Выкуп был заплачен, на что ссылается агентство France Presse.", []string{"France Presse"}},
		{"Сделка закрыта, сообщает ВГТРК.", []string{"ВГТРК"}},
		{"Сделка закрыта, сообщает агентство Франс Пресс. По данным AFP, сумма не раскрыта.", []string{"Франс Пресс"}},
	}
	checkRuOutlets(t, cases)
}

// ruOutletCase is a Russian text and the outlets it cites.
type ruOutletCase struct {
	text string
	want []string
}

// checkRuOutlets extracts each case's text as one paragraph under a
// headline and compares the cited outlets with the case's, in order.
func checkRuOutlets(t *testing.T, cases []ruOutletCase) {
	t.Helper()
	for _, c := range cases {
		_, src, err := Extract(paragraphs("Заголовок\n"+c.text), "ru", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(src, c.want) {
			t.Errorf("%q: outlets %q, want %q", c.text, src, c.want)
		}
	}
}
