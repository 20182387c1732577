package attrib

import (
	"strings"
	"testing"
)

// TestCutAtNarration checks where dash speech that runs to the end of its
// paragraph stops: after its last sentence in the first or second person
// when two sentences or more without either follow (the writer's
// narration), not otherwise.
func TestCutAtNarration(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Но командир сказал: «Если есть, кто хочет, буду рад». Мы дружно сделали шаг вперед. И остались обеспечивать вывод наших войск. Сам Аушев и его группа привлекались к операции. Руслан Аушев активно общался с командирами.",
			"Но командир сказал: «Если есть, кто хочет, буду рад». Мы дружно сделали шаг вперед. И остались обеспечивать вывод наших войск."},
		// one sentence after the last personal one: kept whole
		{"Нам важно, чтобы дети не сидели дома. Приглашаются все желающие!", "Нам важно, чтобы дети не сидели дома. Приглашаются все желающие!"},
		// no personal word at all: nothing tells the writer's words
		{"Животное может сбежать. Причин множество. Нарушители рискуют попасть за решетку.", "Животное может сбежать. Причин множество. Нарушители рискуют попасть за решетку."},
		// the last sentence is personal, unended
		{"Поехали в Ташкент. Там тепло. Было хорошо. Мне там понравилось", "Поехали в Ташкент. Там тепло. Было хорошо. Мне там понравилось"},
		// a figure ends no sentence
		{"Купили кошек, собак и т.д. Нам это стоило 3.5 тысячи. Всё было дорого. Цены росли.", "Купили кошек, собак и т.д. Нам это стоило 3.5 тысячи."},
		{"", ""},
	}
	for _, c := range cases {
		if got := cutAtNarration(c.text); got != c.want {
			t.Errorf("cutAtNarration(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDashSpeechNarration checks the rule in the extraction: the speech
// after its attribution stops where the narration begins; the speech
// before it is untouched.
func TestDashSpeechNarration(t *testing.T) {
	text := "Заголовок\nВетеран вспоминает службу.\n— Мы уже давно должны были быть дома, — говорит Матвей Михайлович Мандышканов. — Но мы дружно сделали шаг вперед. И вместо дембеля остались обеспечивать вывод наших войск. Сам Аушев и его группа привлекались к этой операции. Руслан Аушев активно общался с полевыми командирами."
	qs, _, err := Extract(paragraphs(text), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Мы уже давно должны были быть дома", "Но мы дружно сделали шаг вперед. И вместо дембеля остались обеспечивать вывод наших войск."}
	if len(qs) != len(want) {
		t.Fatalf("quotes %+v, want %q", qs, want)
	}
	for i, q := range qs {
		if q.Text != want[i] {
			t.Errorf("quote %d = %q, want %q", i, q.Text, want[i])
		}
	}
}

// TestDashSpeechStopsAtQuotedAttribution checks that dash speech after its
// attribution stops before a sentence that opens with a quotation in
// guillemets with an attribution of its own, which is then a quotation of
// its own; a quotation the speaker cites within a sentence stays inside.
func TestDashSpeechStopsAtQuotedAttribution(t *testing.T) {
	text := "Заголовок\nЧиновник рассказал о законе.\n— Мы подготовили предложение, — добавляет Иван Петров. — Если инициатива будет поддержана, муниципалитет готов эту работу организовать. «Кто такое придумал? Это нарушение моих прав!» — возмущается наша читательница."
	qs, _, err := Extract(paragraphs(text), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Мы подготовили предложение", "Если инициатива будет поддержана, муниципалитет готов эту работу организовать.", "Кто такое придумал? Это нарушение моих прав!"}
	if len(qs) != len(want) {
		t.Fatalf("quotes %+v, want %q", qs, want)
	}
	for i, q := range qs {
		if q.Text != want[i] {
			t.Errorf("quote %d = %q, want %q", i, q.Text, want[i])
		}
	}
	s := "— А, — сказал он. — Мне говорят: «Зачем тебе это?» — улыбается он. Но я иду."
	if e := quotedSentenceWithAttribution(s, strings.Index(s, "Мне"), len(s)); e != -1 {
		t.Errorf("a quotation after a colon cut the speech at %d", e)
	}
	for w, want := range map[string]bool{"возмущается": true, "вспоминает": true, "улыбнулась": true, "это": false, "Москва": false} {
		if got := ruFiniteVerb(w); got != want {
			t.Errorf("ruFiniteVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestRepeatedLeadKeepsPartials checks that a sentence printed twice (the
// lead repeated in the body) does not make its short quotations a term the
// writer quotes again and again, while a phrase quoted in two different
// sentences still is one.
func TestRepeatedLeadKeepsPartials(t *testing.T) {
	lead := "Представитель партии назвал прошедшие выборы \"фундаментальным мошенничеством\" и созвал совещание."
	text := "Заголовок\n" + lead + "\nЗаконодательство запрещает сообщать результаты выборов.\n" + lead
	qs, _, err := Extract(paragraphs(text), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 2 || qs[0].Text != "фундаментальным мошенничеством" || qs[1].Text != "фундаментальным мошенничеством" {
		t.Errorf("repeated lead: quotes %+v, want the partial quotation in both", qs)
	}
	text = "Заголовок\nКомпания выпустила \"черные ящики\" для самолетов.\nЭксперты изучили \"черные ящики\" еще раз."
	if qs, _, _ := Extract(paragraphs(text), "ru", func() error { return nil }); len(qs) != 0 {
		t.Errorf("a term quoted in two sentences: quotes %+v, want none", qs)
	}
}
