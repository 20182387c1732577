package attrib

import (
	"strings"
	"testing"
)

// TestStrayGuillemet checks that a guillemet opened and never closed does
// not hide the quotations after it in its paragraph: it is read past, and
// the marks after it pair up; a balanced paragraph reads as before.
func TestStrayGuillemet(t *testing.T) {
	s := "Как сообщила газета «Вести района, суд отклонил иск. «Мы обжалуем это решение в областном суде», — сказал адвокат Иван Петров."
	spans := quoteSpans(s, true)
	if len(spans) != 1 || s[spans[0].start:spans[0].end] != "Мы обжалуем это решение в областном суде" {
		var got []string
		for _, sp := range spans {
			got = append(got, s[sp.start:sp.end])
		}
		t.Errorf("spans %q, want the adviser's words only", got)
	}
	qs, _, err := Extract(paragraphs(s), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 1 || qs[0].Text != "Мы обжалуем это решение в областном суде" || qs[0].Speaker != "Иван Петров" {
		t.Errorf("quotations %+v, want the adviser's by Иван Петров", qs)
	}
	b := "Он прочёл статью «К вопросу о «гадюшниках»» и сказал: «Это клевета на всех нас»."
	spans = quoteSpans(b, true)
	if len(spans) != 2 || b[spans[0].start:spans[0].end] != "К вопросу о «гадюшниках»" || b[spans[1].start:spans[1].end] != "Это клевета на всех нас" {
		t.Errorf("balanced paragraph: %d spans", len(spans))
	}
	// A name that ends with a name in quote marks shares its closing
	// mark with it when no other mark follows.
	c := "Договор подписало КП «Казенный завод «Импульс» в январе."
	if spans = quoteSpans(c, true); len(spans) != 1 || c[spans[0].start:spans[0].end] != "Казенный завод «Импульс»" {
		t.Errorf("shared closing mark: %d spans, want «Казенный завод «Импульс»»", len(spans))
	}
	// A mark typed twice exposes nothing.
	if spans = quoteSpans("Цена, по оценкам ««Дом-Инвест», выше.", true); len(spans) != 0 {
		t.Errorf("doubled mark: %d spans, want none", len(spans))
	}
	// English keeps the old reading: an unclosed guillemet is not
	// repaired.
	if sp := quoteSpansFrom("He said «we go and «then» more", 0, false); len(sp) != 0 {
		t.Errorf("English: %d spans, want none", len(sp))
	}
}

// TestSoCalled checks that a term after «так называемый» (any form) or
// "so-called" is not taken for a quotation, while the speech of
// the same paragraph still is.
func TestSoCalled(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"ru", "Поступил приказ не допустить так называемой «мирной демонстрации» из села. «Мы выполнили этот приказ полностью и без потерь», — сказал полковник Иван Петров.", "Мы выполнили этот приказ полностью и без потерь"},
		{"ru", "Начальник штаба Иван Петров рассказал о так называемой «зачистке» и добавил: «Мы выполнили этот приказ полностью и без потерь».", "Мы выполнили этот приказ полностью и без потерь"},
		{"en", `Senator John Smith criticised the so-called "reform plan" on Monday. "We will not support this bill in its present form," Smith said.`, "We will not support this bill in its present form"},
	} {
		qs, _, err := Extract(paragraphs(c.text), c.lang, func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range qs {
			got = append(got, q.Text)
		}
		if len(qs) != 1 || strings.TrimRight(qs[0].Text, ",") != c.want {
			t.Errorf("%q: quotations %q, want only %q", c.text, got, c.want)
		}
	}
}
