package attrib

import (
	"slices"
	"strings"
	"testing"
)

// TestRuSourcesFeminineAndSocial checks that a woman's verb of reporting
// cites the outlet after it («заявила «Новой газете»», which is then no
// quotation), «по сообщению» cites one, and a social network or a page on
// one («в Telegram-канале») is neither an outlet nor part of a name.
func TestRuSourcesFeminineAndSocial(t *testing.T) {
	blocks := paragraphs(`Новости дня
Депутат Мосгордумы Евгения Козлова заявила «Новой газете»: «Мы добьемся прозрачности расходов».
По сообщению ИТАР-ТАСС, переговоры продолжатся.
«Парк — это не просто зелень», — написал в своем Telegram-канале мэр Москвы Сергей Собянин.`)
	qs, srcs, err := Extract(blocks, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Новая газета", "ИТАР-ТАСС"} {
		if !slices.Contains(srcs, want) {
			t.Errorf("sources %q, want %q among them", srcs, want)
		}
	}
	for _, s := range srcs {
		if isSocialNetwork(s) {
			t.Errorf("sources %q hold a social network", srcs)
		}
	}
	want := map[string]string{
		"Мы добьемся прозрачности расходов": "Евгения Козлова", // a feminine verb: a woman, not Евгений Козлов's genitive
		"Парк — это не просто зелень":       "Сергей Собянин",
	}
	if len(qs) != len(want) {
		t.Fatalf("got %d quotations %+v, want %d", len(qs), qs, len(want))
	}
	for _, q := range qs {
		if want[q.Text] != q.Speaker {
			t.Errorf("%q by %q, want %q", q.Text, q.Speaker, want[q.Text])
		}
	}
}

// TestMediaPage checks the hyphenated words of a platform and a page on it.
func TestMediaPage(t *testing.T) {
	for w, want := range map[string]bool{
		"Telegram-канале": true, "YouTube-блога": true, "Римский-Корсаков": false, "Касым-Жомарт": false, "Собянин": false,
	} {
		if got := mediaPage(w); got != want {
			t.Errorf("mediaPage(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestRuGluedNames checks the speakers of names glued to the words before
// them: a place of two words in the genitive, a relative's first name in
// the genitive, and the words a press service quotes.
func TestRuGluedNames(t *testing.T) {
	blocks := paragraphs(`В республике открыли детский сад
«Это только начало большой программы», — уверен Глава Республики Алтай Олег Хорохордин.
«Мы очень рады», — делится мама Кирилла Ирина.
«Детский сад оснащен по последнему слову техники», — цитирует пресс-служба слова главы региона.`)
	qs, _, err := Extract(blocks, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Олег Хорохордин", "Ирина", "Олег Хорохордин"}
	if len(qs) != len(want) {
		t.Fatalf("got %d quotations %+v, want %d", len(qs), qs, len(want))
	}
	for i, q := range qs {
		if q.Speaker != want[i] {
			t.Errorf("%q by %q, want %q", q.Text, q.Speaker, want[i])
		}
	}
}

// TestRuOutletSpeaker checks that an outlet in the nominative that is the
// subject of the verb of reporting speaks the quotation, and one in the
// dative, or one that quotes someone, does not.
func TestRuOutletSpeaker(t *testing.T) {
	blocks := paragraphs(`Протесты у посольства
«Ситуация остается напряженной, полиция усилила охрану», — пишет «Коммерсантъ».
Одна из групп протестующих, уточняет газета «Труд», пришла к дипмиссии «с изорванным российским флагом, который они волочили по земле».
Министр Иван Петров провел совещание.
«Решение будет принято завтра», — сказал «Интерфаксу» министр.
«Мы готовы ко всему», — цитирует ИТАР-ТАСС министра.`)
	qs, _, err := Extract(blocks, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Коммерсантъ", "Труд", "Иван Петров", "Иван Петров"}
	if len(qs) != len(want) {
		t.Fatalf("got %d quotations %+v, want %d", len(qs), qs, len(want))
	}
	for i, q := range qs {
		if q.Speaker != want[i] {
			t.Errorf("%q by %q, want %q", q.Text, q.Speaker, want[i])
		}
	}
}

// TestRuQuotedNameSources checks that a name in quote marks no table knows
// is a cited outlet after a type word or a verb only media take, and not
// after «сообщил» or «по данным», where it is a company or a polling firm.
func TestRuQuotedNameSources(t *testing.T) {
	_, srcs, err := Extract(paragraphs(`Новости дня
Как пишет «Горный вестник», дорогу откроют в мае.
Об этом сообщает газета «Новый день».
Как сообщил «Газпром», поставки продолжаются.
По данным «Левада-центра», рейтинг снизился.`), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Горный вестник", "Новый день"}; !slices.Equal(srcs, want) {
		t.Errorf("sources %q, want %q", srcs, want)
	}
}

// TestRuNamingNouns checks that what a noun of naming names is no
// quotation.
func TestRuNamingNouns(t *testing.T) {
	qs, _, err := Extract(paragraphs(`Полк
Полк имел шутливое название «придворный», рассказал ветеран Иван Петров.
В регионе, где выражение «все друг друга знают» не преувеличение, сказал он, слухи расходятся быстро.
«Мы были как братья», — сказал Петров.`), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 1 || qs[0].Text != "Мы были как братья" {
		t.Errorf("got %+v, want only the quotation «Мы были как братья»", qs)
	}
}

// TestRuRepeatedTerms checks that a short phrase in lower case the writer
// quotes again and again is a term, not a quotation.
func TestRuRepeatedTerms(t *testing.T) {
	qs, _, err := Extract(paragraphs(`Катастрофа
Эксперты изучают «черные ящики» самолета, сообщил министр Иван Петров.
Расшифровка «черных ящиков» займет неделю, добавил он.
«Мы узнаем причину катастрофы», — сказал Петров.`), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 1 || qs[0].Text != "Мы узнаем причину катастрофы" {
		t.Errorf("got %+v, want only the quotation «Мы узнаем причину катастрофы»", qs)
	}
}

// TestSharedOpeningMark checks a quotation that opens with a name in
// quote marks sharing its opening mark.
func TestSharedOpeningMark(t *testing.T) {
	s := "Итальянский премьер ответил. «Южный поток» — это большой проект, к которому Италия присоединилась», — цитирует агентство премьера."
	spans := quoteSpans(s, true)
	found := false
	for _, sp := range spans {
		if strings.HasPrefix(s[sp.start:sp.end], "«Южный поток» — это большой проект") && strings.HasSuffix(s[sp.start:sp.end], "присоединилась") {
			found = true
		}
	}
	if !found {
		t.Errorf("quoteSpans(%q): no span from «Южный поток» to the closing mark before the author's words", s)
	}
}
