package attrib

import "testing"

// checkRuTerms checks that in each text of terms (text, words) the words
// in quote marks are not read as a quotation, and that in each text of
// quotes they are.
func checkRuTerms(t *testing.T, terms, quotes [][2]string) {
	t.Helper()
	for _, c := range terms {
		if got, _ := extractRu(t, c[0]); hasKey(got, c[1]) {
			t.Errorf("%q: %q read as a quotation: %v", c[0], c[1], got)
		}
	}
	for _, c := range quotes {
		if got, _ := extractRu(t, c[0]); !hasKey(got, c[1]) {
			t.Errorf("%q: %q not read as a quotation: %v", c[0], c[1], got)
		}
	}
}

// hasKey reports whether m holds the key k.
func hasKey(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}

// TestSpk21RuGenitiveTerm checks that a lower-case phrase in quote marks
// opening with an adjective in the genitive or prepositional, right
// after a noun of the writer's sentence, is a term, not a quotation,
// even in a sentence with a verb of speech (where the quotation filter
// would otherwise judge it); and that the same kind of phrase after a
// preposition or a verb, or with a verb form in it, is left to the
// quotation rules.
func TestSpk21RuGenitiveTerm(t *testing.T) {
	checkRuTerms(t, [][2]string{
		{"Заголовок\nМатч завершился победой «зеленых драконов», отметил тренер команды Илья Русаков.", "зеленых драконов"},
		{"Заголовок\nМинистры подписали соглашение «открытого неба» между странами, сообщил представитель ведомства Петр Орлов.", "открытого неба"},
		{"Заголовок\nАдвокаты «лесных братьев» обжаловали приговор, заявил судья Андрей Котов.", "лесных братьев"},
		// after a noun a preposition governs: a term as often as the
		// speaker's words, and read as a term
		{"Заголовок\nСергей Собянин рассказал о запуске «умных светофоров» на юге города.", "умных светофоров"},
	}, [][2]string{
		// after a preposition that opens the words reported
		{"Заголовок\nПо словам министра Ивана Громова, речь идет об «инклюзивных переговорах» внутри страны.", "инклюзивных переговорах"},
		// after a verb
		{"Заголовок\nДепутат Анна Лебедева назвала поправки «сырыми и непродуманными», сообщила она журналистам.", "сырыми и непродуманными"},
		// after a preposition ruPrepositions lacks
		{"Заголовок\nСергей Лавров выступил против «незаконных односторонних санкций» Запада.", "незаконных односторонних санкций"},
		// a verb form inside: what someone said happened
		{"Заголовок\nМэр Олег Рябов признал, что у подрядчиков «многих объектов сорваны сроки», сказал он.", "многих объектов сорваны сроки"},
	})
	for w, want := range map[string]bool{
		"заявил": true, "заявила": true, "сообщило": true, "считает": true, "говорят": true, "отметить": true, "является": true,
		"соглашение": false, "победой": false, "открытых": false, "мир": false, "дом": false,
	} {
		if got := spk21RuVerbForm(w); got != want {
			t.Errorf("spk21RuVerbForm(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestRuQuotedSubject checks that a capitalised name in quote marks run
// straight into a verb that is no verb of speech is the verb's subject,
// not a quotation, while speech closed by its punctuation stays one.
func TestRuQuotedSubject(t *testing.T) {
	checkRuTerms(t, [][2]string{
		{"Заголовок\nКак сообщает ТАСС, «Газпром» увеличил экспорт газа в Китай.", "Газпром"},
		{"Заголовок\nКак пишет РБК, «Северная верфь» получила новый заказ.", "Северная верфь"},
	}, [][2]string{
		{"Заголовок\n«Мы победим», — сказал тренер Илья Русаков.", "Мы победим"},
		{"Заголовок\nКак сообщает ТАСС, «Мост закроют на ремонт», — сказал мэр Олег Рябов.", "Мост закроют на ремонт"},
	})
}
