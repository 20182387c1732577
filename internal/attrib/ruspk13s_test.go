package attrib

import "testing"

// TestRuBodySpeakers checks the organisations Russian news makes speak
// that ruspk13s_bodies.go reads: a company in Latin script after «в», a
// one-word state body as the subject next to its verb, a company in quote
// marks in the genitive after the document it speaks in; and that a body
// in an oblique case next to a verb (an object) does not speak.
func TestRuBodySpeakers(t *testing.T) {
	for text, want := range map[string]string{
		"«Мы рассмотрим это предложение», — заявили в Google.":                             "Google",
		"«Мы рассмотрим это предложение», — заявил Минфин.":                                "Минфин",
		"«Мы рассмотрим это предложение», — сообщила Генпрокуратура России.":               "Генпрокуратура России",
		"Роспотребнадзор сообщил: «Мы рассмотрим это предложение».":                        "Роспотребнадзор",
		"«Мы рассмотрим это предложение», — говорится в сообщении «Зенита».":               "Зенит",
		"«Мы рассмотрим это предложение», — говорится в заявлении компании «Газпром».":     "Газпром",
		"«Мы рассмотрим это предложение», — говорится в официальном заявлении «Спартака».": "Спартак",
	} {
		got, _ := extractRu(t, "Новости дня\nВчера произошло важное событие в городе.\n"+text)
		if sp := got["Мы рассмотрим это предложение"]; sp != want {
			t.Errorf("%s: speaker %q, want %q; all %v", text, sp, want, got)
		}
	}
	m := newReader(tablesFor("ru"))
	for text, want := range map[string]bool{"заявил Минфин": true, "Минфин заявил": true, "заявил Минфину": false, "заявил в Минфине": false} {
		toks := tokenize(nil, text, sentence{0, len(text)}, nil)
		i := 0
		if toks[0].text == "Минфин" {
			i = 1
		}
		if got := m.ruTableBodySubject(toks, i) != nil; got != want {
			t.Errorf("ruTableBodySubject(%q) found a body: %v, want %v", text, got, want)
		}
	}
}

// TestRuChannelAndCompany checks that a body speaks through its own
// channel («сообщает официальный сайт клуба», «говорится на сайте
// «Зенита»») and as a company noun alone next to the verb («заявил
// клуб»), by the company named before with that noun.
func TestRuChannelAndCompany(t *testing.T) {
	for _, s := range []string{
		"«Мы рады приветствовать игрока», — сообщает официальный сайт клуба.",
		"«Мы рады приветствовать игрока», — говорится на сайте «Зенита».",
		"«Мы рады приветствовать игрока», — заявил клуб.",
		"«Мы рады приветствовать игрока», — написал официальный аккаунт клуба в соцсети.",
	} {
		got, _ := extractRu(t, "Трансфер\nКлуб «Зенит» объявил о подписании контракта с новым нападающим.\n"+s)
		if sp := got["Мы рады приветствовать игрока"]; sp != "Зенит" {
			t.Errorf("%s: speaker %q, want Зенит; all %v", s, sp, got)
		}
	}
}

// TestRuSpokesmanOfBody checks that «представитель Кремля» names the
// press secretary the article introduced, not the Kremlin, though «заявил
// журналистам» (a plural addressee, no apposition) stands before his
// title; and that with no one holding the role the body still speaks.
func TestRuSpokesmanOfBody(t *testing.T) {
	got, _ := extractRu(t, `Песков о Крыме
«Мне неизвестно о таких обсуждениях», - заявил журналистам пресс-секретарь президента РФ Дмитрий Песков.
«Существует последовательная программа по обеспечению региона», — отметил представитель Кремля.`)
	if sp := got["Существует последовательная программа по обеспечению региона"]; sp != "Дмитрий Песков" {
		t.Errorf("speaker %q, want Дмитрий Песков; all %v", sp, got)
	}
	got, _ = extractRu(t, `Крым
Обсуждения коридора не ведутся.
«Существует последовательная программа по обеспечению региона», — отметил представитель Кремля.`)
	if sp := got["Существует последовательная программа по обеспечению региона"]; sp != "Кремль" {
		t.Errorf("with no spokesman named: speaker %q, want Кремль; all %v", sp, got)
	}
	for w, want := range map[string]bool{"журналистам": true, "экспертами": true, "журналист": false, "представителя": false} {
		if got := ruPluralAddressee(w); got != want {
			t.Errorf("ruPluralAddressee(%q) = %v, want %v", w, got, want)
		}
	}
}
