package attrib

import (
	"testing"

	"github.com/articlekit/article/internal/model"
)

// q26Quotes returns the quotations Extract gives for the Russian
// paragraphs paras.
func q26Quotes(t *testing.T, paras ...string) []model.Quote {
	t.Helper()
	var blocks []model.Block
	for _, p := range paras {
		blocks = append(blocks, model.Block{Type: model.Paragraph, Text: p})
	}
	qs, _, err := Extract(blocks, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	return qs
}

// q26HasQuote reports whether qs holds a quotation of text.
func q26HasQuote(qs []model.Quote, text string) bool {
	for _, q := range qs {
		if q.Text == text {
			return true
		}
	}
	return false
}

// TestQ26NounTerm checks the ending test: nouns are terms; verbs,
// adjectives, adverbs, words with a hyphen or in Latin letters are not.
func TestQ26NounTerm(t *testing.T) {
	for _, w := range []string{"донора", "робот", "пятерки", "молодежи", "минировании", "провалом"} {
		if !q26NounTerm(w) {
			t.Errorf("%q: not read as a noun", w)
		}
	}
	for _, w := range []string{"похоронил", "пострадать", "притащили", "специфичными", "безмозглые", "упорно", "победит", "ошибся", "кое-что", "Газпром", "robot", "дом"} {
		if q26NounTerm(w) {
			t.Errorf("%q: read as a noun", w)
		}
	}
}

// TestQ26TermNotQuoted checks that a one-word noun in quote marks in the
// writer's sentence is no quotation, while a noun after a verb of naming,
// after a colon or before the author's words, and a verb, still are.
func TestQ26TermNotQuoted(t *testing.T) {
	lead := "Директор завода Иван Петров рассказал о новой модели грузовика."
	said := "«Мы готовили её три года», — сказал Петров. "
	qs := q26Quotes(t, lead, said+"Он подчеркнул, что переговоры «пятерки» идут трудно.")
	if q26HasQuote(qs, "пятерки") {
		t.Errorf("a group's nickname taken for a quotation: %+v", qs)
	}
	if !q26HasQuote(qs, "Мы готовили её три года") {
		t.Errorf("the quotation beside it lost: %+v", qs)
	}
	for _, c := range []struct{ para, want string }{
		{said + "Петров назвал прежнюю модель «провалом».", "провалом"},
		{said + "Он ответил одним словом: «провокация».", "провокация"},
		{"Выборы — «спектакль», — сказал Петров.", "спектакль"},
		{said + "По его словам, модель «победит» конкурентов.", "победит"},
	} {
		if qs := q26Quotes(t, lead, c.para); !q26HasQuote(qs, c.want) {
			t.Errorf("%q: %q lost: %+v", c.para, c.want, qs)
		}
	}
}

// TestQ26TermHostile gives sentences the rule could misread: a noun as the
// predicate of reported speech, after «это» and after a dash between
// subject and predicate, and a noun nested in a quotation.
func TestQ26TermHostile(t *testing.T) {
	lead := "Директор завода Иван Петров рассказал о новой модели грузовика."
	for _, c := range []struct{ para, want string }{
		{"Петров заявил, что это «провокация».", "провокация"},
		{"Петров заявил, что авария — «диверсия».", "диверсия"},
		{"«Это не «провокация», а ошибка», — сказал Петров.", "Это не «провокация», а ошибка"},
	} {
		if qs := q26Quotes(t, lead, c.para); !q26HasQuote(qs, c.want) {
			t.Errorf("%q: %q lost: %+v", c.para, c.want, qs)
		}
	}
}
