package attrib

import (
	"strings"
	"testing"
)

// q26SpanTexts returns the texts of the top-level quotations quoteSpans
// finds in the Russian paragraph s.
func q26SpanTexts(s string) []string {
	var out []string
	for _, q := range quoteSpans(s, true) {
		out = append(out, s[q.start:q.end])
	}
	return out
}

// TestQ26SharedSpeechClose checks the one closing mark Russian writes for
// speech that ends with a quoted word, before the author's words: the
// speech runs to it, whole; a name opened after a word of the sentence, or
// a quoted word with no author's words after it, is not read so.
func TestQ26SharedSpeechClose(t *testing.T) {
	s := "«Мы сделали всё, что могли. Проиграй мы сегодня, нас бы назвали «неудачниками», — сказал тренер после матча с «Ротором»."
	got := q26SpanTexts(s)
	want := "Мы сделали всё, что могли. Проиграй мы сегодня, нас бы назвали «неудачниками»"
	if len(got) != 2 || got[0] != want || got[1] != "Ротором" {
		t.Errorf("shared closing mark: got %q", got)
	}
	if c, ok := q26SharedSpeechClose(s, 0); !ok || s[c:c+len("»")] != "»" {
		t.Errorf("q26SharedSpeechClose = %d, %v", c, ok)
	}
	// Near miss: the mark left open follows a word (a name, not speech).
	n := "Директор компании «Завод «Импульс», — сообщил источник, — уволен."
	if _, ok := q26SharedSpeechClose(n, len("Директор компании ")); ok {
		t.Errorf("a name opened after a word read as speech: %q", n)
	}
	// Near miss: no author's words after the inner mark.
	n = "«Мы назвали проект «Север» и начали работу. Было трудно."
	if _, ok := q26SharedSpeechClose(n, 0); ok {
		t.Errorf("no author's words, yet a shared mark: %q", n)
	}
}

// TestQ26SharedSpeechCloseHostile gives paragraphs the rule could misread:
// balanced nesting, a narration dash between subject and predicate after a
// quoted name, a title left open before a dash and a capital.
func TestQ26SharedSpeechCloseHostile(t *testing.T) {
	// Balanced marks: nothing is left open; the quotation broken by its
	// attribution stays two pieces.
	s := "«Я читал «Войну и мир», — сказал он. — И «Анну Каренину» тоже»."
	if got := q26SpanTexts(s); len(got) != 2 || got[0] != "Я читал «Войну и мир»" || got[1] != "И «Анну Каренину» тоже" {
		t.Errorf("%q: got %q", s, got)
	}
	if _, ok := q26SharedSpeechClose(s, 0); ok {
		t.Errorf("%q: a closed quotation given a shared mark", s)
	}
	for _, s := range []string{
		// A narration dash between subject and predicate: no comma
		// before it, so no author's words.
		"«Москва — «третий Рим» — так считали книжники.",
		// A title left open after a colon, a dash and a capital after
		// the inner mark.
		"Афиша: «Театр «Сфера» — Премьера сезона.",
		// The inner name opens the speech right after its mark (no
		// word before it: the shared opening mark, not this rule).
		"««Спартак» проиграл, — сказал он.",
	} {
		if c, ok := q26SharedSpeechClose(s, strings.Index(s, "«")); ok {
			t.Errorf("%q: shared mark at %d", s, c)
		}
	}
}
