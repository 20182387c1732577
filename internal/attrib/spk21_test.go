package attrib

import "testing"

// TestSpk21RuGenitiveTerm checks that a lower-case phrase in quote marks
// opening with an adjective in the genitive or prepositional, right
// after a noun of the writer's sentence, is a term, not a quotation,
// even in a sentence with a verb of speech (where the quotation filter
// would otherwise judge it); and that the same phrase after a verb, a
// preposition or a conjunction, a phrase with a verb or in the first
// person, and one opening with another form, are left to the quotation
// rules.
func TestSpk21RuGenitiveTerm(t *testing.T) {
	for _, c := range []struct {
		text, term string
	}{
		{"Заголовок\nМатч завершился победой «зеленых драконов», отметил тренер команды Илья Русаков.", "зеленых драконов"},
		{"Заголовок\nМинистры подписали соглашение «открытого неба» между странами, сообщил представитель ведомства Петр Орлов.", "открытого неба"},
		{"Заголовок\nАдвокаты «лесных братьев» обжаловали приговор, заявил судья Андрей Котов.", "лесных братьев"},
	} {
		got, _ := extractRu(t, c.text)
		if _, ok := got[c.term]; ok {
			t.Errorf("%q: %q read as a quotation: %v", c.text, c.term, got)
		}
	}
	for _, c := range []struct {
		text, quote string
	}{
		// after a preposition that opens the words reported
		{"Заголовок\nПо словам министра Ивана Громова, речь идет об «инклюзивных переговорах» внутри страны.", "инклюзивных переговорах"},
		// after a verb
		{"Заголовок\nДепутат Анна Лебедева назвала поправки «сырыми и непродуманными», сообщила она журналистам.", "сырыми и непродуманными"},
		// a verb form inside: what someone said happened
		{"Заголовок\nМэр Олег Рябов признал, что у подрядчиков «многих объектов сорваны сроки», сказал он.", "многих объектов сорваны сроки"},
	} {
		got, _ := extractRu(t, c.text)
		if _, ok := got[c.quote]; !ok {
			t.Errorf("%q: %q not read as a quotation: %v", c.text, c.quote, got)
		}
	}
	for w, want := range map[string]bool{
		"заявил": true, "заявила": true, "сообщило": true, "считает": true, "говорят": true, "отметить": true, "является": true,
		"соглашение": false, "победой": false, "открытых": false, "мир": false, "дом": false,
	} {
		if got := spk21RuVerbForm(w); got != want {
			t.Errorf("spk21RuVerbForm(%q) = %v, want %v", w, got, want)
		}
	}
}
