package attrib

import (
	"strings"
	"testing"
)

// TestQ24AuthorEndedSpeech checks direct speech that the author's words
// close after a comma and a dash, with its opening dash after narration in
// the same paragraph or lost: the speech is found with the speaker the
// author's words or the paragraph name. Narration with a dash of its own,
// a dash that narration follows, a list item and a paragraph whose marks
// say what is quoted give no such speech.
func TestQ24AuthorEndedSpeech(t *testing.T) {
	for _, c := range []struct {
		name, text, quote, speaker string
	}{
		{"dash after narration",
			"Глава района Ольга Смирнова провела совещание с аграриями. — Пересевать придется около двух тысяч гектаров, это немного, — отметила она.",
			"Пересевать придется около двух тысяч гектаров, это немного", "Ольга Смирнова"},
		{"speech opened after a colon and a dash (review25)",
			"Вчера в школу прибыли первые ученики. Директор Ольга Смирнова объяснила: — Мы ждали детей очень долго, — рассказала она.",
			"Мы ждали детей очень долго", "Ольга Смирнова"},
		{"opening dash lost",
			"Суд признал подсудимого виновным и назначил ему три года лишения свободы условно, — сказал прокурор района Иван Громов.",
			"Суд признал подсудимого виновным и назначил ему три года лишения свободы условно", "Иван Громов"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, _ := extractRu(t, c.text)
			if sp, ok := got[c.quote]; !ok || sp != c.speaker {
				t.Errorf("got %v", got)
			}
		})
	}
	// A dash inside a sentence of the speech is its own; the impersonal
	// verb of a document opens the author's words as well.
	if got, _ := extractRu(t, "Суд назначил первому подсудимому три года, а второму — пять лет лишения свободы, — сказано в сообщении."); len(got) == 0 {
		t.Errorf("speech with a dash of its own not read: %v", got)
	}
	for _, text := range []string{
		// narration with a dash of its own and no author's words
		"Цены выросли на пять процентов. — Это много для одного месяца, решили в правительстве области.",
		// the dash after the comma is followed by narration, not a verb of speech
		"Завод выпустил тысячу машин за год, — больше, чем за три прошлых года вместе.",
		// the author's words do not end the paragraph
		"Мост откроют в мае, — сказал мэр Иван Громов. Потом начнут ремонт дороги до аэропорта.",
		// a name in guillemets: the marks say what is quoted
		"Клуб «Сокол» выиграл у соперника со счетом три один, — сказал тренер Иван Громов.",
		// review25: a dash between subject and predicate, a verb of
		// speech later in the sentence
		"Цены на хлеб, которые выросли за месяц, — настоящая беда для всего города, заявил губернатор Петр Иванов.",
		// review25: a clause of narration after the dash
		"Завод выпустил тысячу машин за год, — и об этом с гордостью говорили все сотрудники.",
	} {
		got, _ := extractRu(t, text)
		for q := range got {
			if strings.HasPrefix(q, "Цены") || strings.HasPrefix(q, "Это много") || strings.HasPrefix(q, "Завод") || strings.HasPrefix(q, "Мост откроют") || strings.HasPrefix(q, "Клуб") {
				t.Errorf("%q: speech read: %v", text, got)
			}
		}
	}
}
