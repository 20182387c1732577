package attrib

import (
	"slices"
	"testing"
)

// TestOut21AdverbBeforeAgency checks that an adverb in «-ее» before
// «агентство» («ранее», «позднее») is not read as an adjective that names
// another kind of agency: the agency with its Latin name still reports.
func TestOut21AdverbBeforeAgency(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Мост откроют в мае. Днем ранее агентство KNA сообщило, что завод остановлен.", []string{"KNA"}},
		{"Мост откроют в мае. Позднее агентство Delta News сообщило, что завод остановлен.", []string{"Delta News"}},
		// An adjective still names another kind of agency.
		{"Мост откроют в мае. Затем космическое агентство ESA сообщило о запуске.", nil},
	})
}

// TestOut21KnownForms checks forms of known outlets the readers cut short
// or missed: a title whose first word alone is capitalised, in an oblique
// case without quote marks; a quoted title opening with an adjective that
// ends with a known outlet's name; a Latin title kept with its article
// after a verb the speaker reader takes; city sites named by a figure and
// country domains of the neighbours; and a paper's pointer to its own
// piece, which cites nothing.
func TestOut21KnownForms(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Об этом он заявил в эфире Первого канала.", []string{"Первый канал"}},
		{"Об этом он рассказал в интервью Российской газете.", []string{"Российская газета"}},
		{"Сделка закрыта, сообщает газета «Вечерние вести».", []string{"Вечерние вести"}},
		{"Представитель компании подтвердил The Bell, что сделка закрыта.", []string{"The Bell"}},
		{"Сделка закрыта, сообщает 74.ru.", []string{"74.ru"}},
		{"Сделка закрыта, сообщает портал E1.RU.", []string{"E1.ru"}},
		{"Мост закрыт, сообщает TUT.by.", []string{"TUT.by"}},
		{"По информации издания 5Vesti.ru, мост закрыт.", []string{"5Vesti.ru"}},
		// The person quoted, then the outlet, still gives the outlet.
		{"Мост закрыт, приводит слова Соколова РИА Новости.", []string{"РИА Новости"}},
		// A first name or surname that ends as an adjective does is the
		// person's, not the outlet's first word.
		{"«Мы пока не видим предмета для переговоров», — сказал Дмитрий Песков РИА Новости.", []string{"РИА Новости"}},
		{"«Мы заблокируем этот проект», — сказал Василий Небензя РИА Новости.", []string{"РИА Новости"}},
		{"«Мост откроют в мае», — сказал Вишневский РИА Новости.", []string{"РИА Новости"}},
		{"«Мост откроют в мае», — сказала Вишневская РИА Новости.", []string{"РИА Новости"}},
		// Two letters and a stop are an abbreviation, not a site.
		{"Мост закрыт, сообщил ИА. Ру. Затем его открыли.", nil},
		{"Подробнее читайте в материале Российской газеты о строительстве моста.", nil},
		{"Об этом говорится в материале Российской газеты о строительстве моста.", []string{"Российская газета"}},
	})
}

// TestOut21TypeWords checks the type words of news media beyond «газета»
// and «издание»: a name in quote marks after them is an outlet.
func TestOut21TypeWords(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Мост закрыт, сообщает таблоид «Северный вестник».", []string{"Северный вестник"}},
		{"Мост закрыт, пишет еженедельник «Северный вестник».", []string{"Северный вестник"}},
		{"Мост закрыт, сообщает интернет-издание «Северный вестник».", []string{"Северный вестник"}},
		{"Мост закрыт, передает информагентство «Северный вестник».", []string{"Северный вестник"}},
		{"Мост закрыт, рассказал мэр телесети «Северный вестник».", []string{"Северный вестник"}},
	})
}

// TestOut21Coordinated checks outlets coordinated after a verb of
// reporting or a citing phrase: known names, names in quote marks after a
// quoted one, Latin names after a Latin one; a name of another shape
// ends the list.
func TestOut21Coordinated(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Мост закрыт, передают ТАСС и РИА Новости.", []string{"ТАСС", "РИА Новости"}},
		{"По данным Reuters и Bloomberg, мост закрыт.", []string{"Reuters", "Bloomberg"}},
		{"Мост закрыт, пишут «Северный вестник», «Южный курьер» и «Интерфакс».", []string{"Северный вестник", "Южный курьер", "Интерфакс"}},
		{"Мост закрыт, сообщает ТАСС, а также РБК.", []string{"ТАСС", "РБК"}},
		{"Мост закрыт, сообщают ТАСС, РБК и другие СМИ.", []string{"ТАСС", "РБК"}},
		{"Мост закрыт, сообщают ТАСС и «Интерфакс», а также РБК.", []string{"ТАСС", "Интерфакс", "РБК"}},
		{"Мост закрыт, сообщают ТАСС, «Интерфакс».", []string{"ТАСС", "Интерфакс"}},
		{"Об этом сообщил ТАСС и РИА Новости передало подробности.", []string{"ТАСС", "РИА Новости"}},
		// A person or a verb after «и» is no outlet of the list.
		{"Мост закрыт, передает ТАСС и Иван Петров подтвердил это.", []string{"ТАСС"}},
		{"Мост закрыт, сообщает ТАСС и добавляет, что его откроют в мае.", []string{"ТАСС"}},
		// A comma alone ends the citing clause: what follows is the news.
		{"Как сообщает «Интерфакс», «Газпром» увеличил экспорт газа в Китай.", []string{"Интерфакс"}},
		{"Как сообщает Reuters, Apple представила новый телефон во вторник.", []string{"Reuters"}},
		{"Как передает «Интерфакс», «Никогда», — ответил министр на вопрос о налогах.", []string{"Интерфакс"}},
		// A title a verb follows is the subject of a clause of its own; a
		// company in Latin letters is no outlet.
		{"Об этом сообщил «Интерфакс» и «Лукойл» подтвердил данные.", []string{"Интерфакс"}},
		{"Об этом сообщили Reuters и Microsoft.", []string{"Reuters"}},
	})
	// The outlet of a list is no quotation.
	if got, src := extractRu(t, "Заголовок\nМост закрыт, сообщают ТАСС, «Интерфакс»."); len(got) != 0 || len(src) != 2 {
		t.Errorf("quotations %v, outlets %q; want none and two outlets", got, src)
	}
}

// TestOut21PersonBeforeOutlet checks that the person named before the
// outlet that quotes him stays the quotation's speaker and out of the
// outlet, when his first name or surname ends as an adjective does.
func TestOut21PersonBeforeOutlet(t *testing.T) {
	for text, speaker := range map[string]string{
		"Заголовок\n«Мы пока не видим предмета для переговоров», — сказал Дмитрий Песков РИА Новости.": "Дмитрий Песков",
		"Заголовок\n«Мы заблокируем этот проект», — сказал Василий Небензя РИА Новости.":               "Василий Небензя",
	} {
		got, src := extractRu(t, text)
		if len(got) != 1 || !slices.Equal(src, []string{"РИА Новости"}) {
			t.Errorf("%q: quotations %v, outlets %q; want one quotation and РИА Новости", text, got, src)
			continue
		}
		for _, sp := range got {
			if sp != speaker {
				t.Errorf("%q: speaker %q, want %q", text, sp, speaker)
			}
		}
	}
}

// TestPersonBeforeOutletInCase checks that an outlet named in an oblique
// case right after the full name of the person it quotes ends that name:
// the speaker is the person, the outlet is cited.
func TestPersonBeforeOutletInCase(t *testing.T) {
	for text, outlet := range map[string]string{
		"Заголовок\n«Мы пока не видим предмета для переговоров», — сказал Дмитрий Песков Интерфаксу.":     "Интерфакс",
		"Заголовок\n«Мы пока не видим предмета для переговоров», — рассказал Дмитрий Песков Коммерсанту.": "Коммерсантъ",
	} {
		got, src := extractRu(t, text)
		if !slices.Equal(src, []string{outlet}) {
			t.Errorf("%q: outlets %q, want %s", text, src, outlet)
		}
		for q, sp := range got {
			if sp != "Дмитрий Песков" {
				t.Errorf("%q: quotation %q has speaker %q, want Дмитрий Песков", text, q, sp)
			}
		}
		if len(got) != 1 {
			t.Errorf("%q: quotations %v, want one", text, got)
		}
	}
}
