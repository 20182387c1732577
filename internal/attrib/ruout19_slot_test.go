package attrib

import (
	"slices"
	"testing"
)

// TestRuSlotOutlet checks that a name in guillemets in the slot of the
// subject or the recipient of a verb of reporting that opens its clause
// (after «как», «об этом», «про це», or opening the sentence) is a cited
// source and no quotation, in Russian and Ukrainian, and that direct
// speech after a verb with a speaker before it stays a quotation.
func TestRuSlotOutlet(t *testing.T) {
	cases := []struct {
		tag, text string
		outlets   []string
		quotes    []string
	}{
		{"ru", "Как сообщали «Наши деньги», перед назначением Даниил Федорчук работал юристом.", []string{"Наши деньги"}, nil},
		{"ru", "Как сообщил «Деловой столице» бывший мэр Иван Салий, город получит деньги.", []string{"Деловой столице"}, nil},
		{"ru", "Об этом пишет «Новая районка».", []string{"Новая районка"}, nil},
		{"uk", "Про це повідомляє «Олігарх». Голова ради Іван Петренко пішов у відставку.", []string{"Олігарх"}, nil},
		{"uk", "Обидві компанії пов'язані між собою, повідомляє «Олігарх».", []string{"Олігарх"}, nil},
		{"uk", "Як пишуть «Наші гроші», Петренко працював юристом.", []string{"Наші гроші"}, nil},
		{"uk", "Як повідомляли «Наші гроші», перед призначенням Данило Федорчук працював юристом.", []string{"Наші гроші"}, nil},
		// A company as the subject of a verb bodies take too: no
		// quotation, and no outlet by the verb alone.
		{"ru", "Как сообщил «Ромашка», цены вырастут.", nil, nil},
		{"uk", "Про це повідомив «Центр протидії корупції» з посиланням на ухвалу суду.", nil, nil},
		// Speech: the speaker stands before the verb, or a colon opens it.
		{"ru", "Министр Иван Петров сказал «Мы не уйдем». Заседание закрыли.", nil, []string{"Мы не уйдем"}},
		{"ru", "Об этом сообщил министр: «Мы готовы к переговорам с соседями».", nil, []string{"Мы готовы к переговорам с соседями"}},
	}
	for _, c := range cases {
		qs, src, err := Extract(paragraphs("Заголовок\n"+c.text), c.tag, func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range qs {
			got = append(got, q.Text)
		}
		if !slices.Equal(src, c.outlets) || !slices.Equal(got, c.quotes) {
			t.Errorf("%q: outlets %q quotes %q, want %q and %q", c.text, src, got, c.outlets, c.quotes)
		}
	}
}
