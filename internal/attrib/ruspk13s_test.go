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
