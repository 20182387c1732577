package attrib

import "testing"

// TestRuQuotedTitleLists checks that titles listed in quote marks, or set
// after a name in parentheses, are names, not quotations, while speech in
// the same text is still found.
func TestRuQuotedTitleLists(t *testing.T) {
	qs, _, err := Extract(paragraphs(`Премия оператору
Он снял такие картины, как "Особенности национальной охоты", "Блокпост", "Перегон" и "Кукушку".
На премию были номинированы Сергей Мачильский ("Связь") и Максим Осадчий ("Вдох-выдох").
"Мы рады этой награде", - сказал режиссер Иван Петров.`), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 1 || qs[0].Text != "Мы рады этой награде" {
		var got []string
		for _, q := range qs {
			got = append(got, q.Text)
		}
		t.Errorf("quotations %q, want only «Мы рады этой награде»", got)
	}
}
