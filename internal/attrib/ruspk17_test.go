package attrib

import (
	"strings"
	"testing"
)

// TestRuspk17Speakers checks the speaker rules of ruspk17_prep.go on
// made-up news sentences: a name governed by a preposition through its
// adjectives is no subject, a «как сообщает …» clause leaves the main
// clause's subject the speaker, a surname opening a sentence before a
// verb that agrees with it is a person, and a Latin-script word after a
// Cyrillic name is no part of it.
func TestRuspk17Speakers(t *testing.T) {
	for _, c := range []struct{ text, quote, speaker string }{
		{"Заголовок новости\nЛыжница Анна Котова, занявшая на дистанции в горах пятое место после долгой борьбы, оценила трассу в итальянской Ливиньо.\n— Подъемы здесь очень тяжелые, — сказала спортсменка.",
			"Подъемы здесь очень тяжелые", "Анна Котова"},
		{"Заголовок новости\nКак сообщает «Вечерний город», после игры тренер Павел Лосев заявил, что команда устала.\n«Нам не хватило сил во втором тайме», - сказал он.",
			"Нам не хватило сил во втором тайме", "Павел Лосев"},
		{"Заголовок новости\nКрылов поручил подрядчику закончить работы за неделю. «Работайте на результат, а не на процесс», — отметил он.",
			"Работайте на результат, а не на процесс", "Крылов"},
	} {
		got, _ := extractRu(t, c.text)
		if sp, ok := got[c.quote]; !ok || sp != c.speaker {
			t.Errorf("%q: got %v, want %q", c.quote, got, c.speaker)
		}
	}
	if !scriptChange("Котова", "Yle") || scriptChange("Анна", "Котова") || scriptChange("Anna", "Kotova") {
		t.Error("scriptChange")
	}
}

// TestRuspk17Quotations checks the quotation rules of ruspk17_prep.go: a
// guillemet quotation opened after a colon and run over three paragraphs
// without reopening, dash speech after a sentence inside a paragraph, and
// a quotation ending with a quotation inside it that shares its closing
// mark before the author's words.
func TestRuspk17Quotations(t *testing.T) {
	ps := []string{
		"Заголовок новости",
		"Иван Сомов, главный тренер «Факела»: «Мы готовились к другой игре. Удаление все изменило.",
		"Во втором тайме мы перестроились и забили.",
		"Спасибо болельщикам за поддержку!».",
	}
	got, _ := extractRu(t, strings.Join(ps, "\n"))
	for _, q := range []string{"Мы готовились к другой игре. Удаление все изменило.", "Во втором тайме мы перестроились и забили.", "Спасибо болельщикам за поддержку!"} {
		if sp, ok := got[q]; !ok || sp != "Иван Сомов" {
			t.Errorf("run: %q: got %v", q, got)
		}
	}
	got, _ = extractRu(t, "Заголовок новости\nМинистр Олег Серов рассказал о посевной. Озимые перезимовали хорошо. — Пересевать придется немного, около тысячи гектаров, — отметил министр.")
	if sp, ok := got["Пересевать придется немного, около тысячи гектаров"]; !ok || sp != "Олег Серов" {
		t.Errorf("dash inside a paragraph: got %v", got)
	}
	got, _ = extractRu(t, "Заголовок новости\nПрезидент лиги Олег Серов подвел итоги сезона.\n«Сезон был трудным. А если бы мы выиграли все матчи, сказали бы «слабый чемпионат», — сказал Серов в эфире «Радио Спорт».")
	if sp, ok := got["Сезон был трудным. А если бы мы выиграли все матчи, сказали бы «слабый чемпионат»"]; !ok || sp != "Олег Серов" {
		t.Errorf("shared closing mark: got %v", got)
	}
}
