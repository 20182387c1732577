package attrib

import (
	"testing"

	"github.com/articlekit/article/internal/model"
)

// q26HeadlineQuotes returns the headline's quotations (Block ==
// HeadlineBlock) that ExtractWithHeadline gives for headline over a body
// of the paragraphs paras.
func q26HeadlineQuotes(t *testing.T, headline string, paras ...string) []model.Quote {
	t.Helper()
	var blocks []model.Block
	for _, p := range paras {
		blocks = append(blocks, model.Block{Type: model.Paragraph, Text: p})
	}
	qs, _, err := ExtractWithHeadline(headline, blocks, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	var out []model.Quote
	for _, q := range qs {
		if q.Block == HeadlineBlock {
			out = append(out, q)
		}
	}
	return out
}

// TestQ26HeadlineColonMarks checks the colon headline whose speaker part
// holds a body's name in quote marks: the name after the marks (or a role
// held in the body before them) speaks the words after the colon; a title,
// an event or a place before the colon gives nothing.
func TestQ26HeadlineColonMarks(t *testing.T) {
	body := []string{
		"Директор завода «Уралмаш» Олег Смирнов рассказал журналистам о планах предприятия на следующий год.",
		"«Мы не собираемся сокращать рабочих, заказов у нас хватает», — сказал Смирнов.",
	}
	qs := q26HeadlineQuotes(t, "Директор «Уралмаша» Олег Смирнов: «Сокращений на заводе не будет»", body...)
	if len(qs) != 1 || qs[0].Text != "Сокращений на заводе не будет" || qs[0].Speaker != "Олег Смирнов" {
		t.Errorf("colon headline with the body's name in marks: %+v", qs)
	}
	// Marks nested inside the quotation are kept.
	qs = q26HeadlineQuotes(t, "Директор «Уралмаша» Олег Смирнов: «После ухода «Газпрома» мы справимся сами»", body...)
	if len(qs) != 1 || qs[0].Text != "После ухода «Газпрома» мы справимся сами" {
		t.Errorf("nested marks in the headline's quotation: %+v", qs)
	}
	// A role before the marks, held in the body by a named person.
	coach := []string{
		"Тренер команды Иван Петров после матча ответил на вопросы журналистов.",
		"«Соперник был сильнее, мы ошиблись в обороне», — признал Петров.",
	}
	qs = q26HeadlineQuotes(t, "Главный тренер «Зари»: «Мы сыграли плохо»", coach...)
	if len(qs) != 1 || qs[0].Text != "Мы сыграли плохо" || qs[0].Speaker != "Иван Петров" {
		t.Errorf("a role before the marks: %+v", qs)
	}
	// Near miss: a film's title before the colon, no speaker.
	if qs := q26HeadlineQuotes(t, "Фильм «Завод»: «Сокращений не будет»", body...); len(qs) != 0 {
		t.Errorf("a title before the colon taken for a speaker: %+v", qs)
	}
	// Near miss: an event's name and a place before the colon, no
	// name and no role.
	if qs := q26HeadlineQuotes(t, "Концерт «Весна» в Екатеринбурге: «Все билеты проданы»", body...); len(qs) != 0 {
		t.Errorf("a place before the colon taken for a speaker: %+v", qs)
	}
}

// TestQ26HeadlineColonMarksHostile gives headlines the rule could misread:
// a quoted name after the colon, a colon inside a title, narration after
// the quotation.
func TestQ26HeadlineColonMarksHostile(t *testing.T) {
	body := []string{
		"Директор завода «Уралмаш» Олег Смирнов рассказал журналистам о планах предприятия на следующий год.",
		"«Мы не собираемся сокращать рабочих», — сказал Смирнов.",
	}
	for _, h := range []string{
		// A one-word name in marks after the colon: no quotation.
		"Директор «Уралмаша» Олег Смирнов: «Газпром»",
		// The quotation does not run to the end: narration follows.
		"Директор «Уралмаша» Олег Смирнов: «Сокращений не будет» и другие новости недели",
		// A title with its own colon, then a place.
		"Выставка «Уралмаш: сто лет» открылась в Екатеринбурге",
	} {
		if qs := q26HeadlineQuotes(t, h, body...); len(qs) != 0 {
			t.Errorf("%q: %+v", h, qs)
		}
	}
}
