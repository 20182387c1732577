package attrib

import (
	"slices"
	"strings"
	"testing"
)

// TestRuQuotedAttribute checks that one adjective in quote marks before the
// noun it qualifies, and the words of an appeal («призыв «…»»), are no
// quotation, while an abstract noun and an adverb in quote marks after a
// verb of speech stay the speaker's words.
func TestRuQuotedAttribute(t *testing.T) {
	blocks := paragraphs(`Новости дня
Несмотря на «детский» формат забегов, эмоции у ребятишек были настоящие, рассказал тренер Иван Петров.
В Госдуме опровергают «оградительные» функции будущего забора.
Не все услышали призыв «оставайтесь дома!», отметил мэр.
Министр Анна Смирнова заявила, что правительство будет «упорно» настаивать на своем и назвала это «снисхождение» властей лишним.`)
	qs, _, err := Extract(blocks, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, q := range qs {
		got[q.Text] = true
	}
	for _, no := range []string{"детский", "оградительные", "оставайтесь дома!"} {
		if got[no] {
			t.Errorf("%q taken for a quotation: %+v", no, qs)
		}
	}
	for _, yes := range []string{"упорно", "снисхождение"} {
		if !got[yes] {
			t.Errorf("%q not taken for a quotation: %+v", yes, qs)
		}
	}
	for w, want := range map[string]bool{"детский": true, "оградительные": true, "снисхождение": false, "упорно": false, "Газпром": false} {
		toks := []token{{text: w, lower: w, kind: tokQuote}, {text: "формат", lower: "формат", kind: tokWord}}
		if ruQuotedAttribute(toks, 0) != want {
			t.Errorf("ruQuotedAttribute(«%s» формат) = %v, want %v", w, !want, want)
		}
	}
}

// TestRuRepeatedQuotedName checks that a short capitalised name the
// writer quotes again and again is no quotation, even in a sentence that
// cites an outlet, and that a short capitalised quotation said once still
// is one.
func TestRuRepeatedQuotedName(t *testing.T) {
	blocks := paragraphs(`Киностудия возобновляет съемки
"Ленфильм" возобновляет собственное кинопроизводство.
"Ленфильм" осенью приступит к производству двух фильмов, сообщает РИА Новости.
Последние несколько лет "Ленфильм" переживает экономический кризис.
«Отличная новость», — сказал режиссер Алексей Герман.`)
	qs, _, err := Extract(blocks, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range qs {
		if q.Text == "Ленфильм" {
			t.Errorf("a repeated name taken for a quotation: %+v", qs)
		}
		found = found || q.Text == "Отличная новость" && q.Speaker == "Алексей Герман"
	}
	if !found {
		t.Errorf("«Отличная новость» by Алексей Герман not found: %+v", qs)
	}
}

// TestRuOutletBetweenVerbAndSubject checks that an outlet in quote marks,
// in the dative, between a verb of speech and its subject («заявил
// «Росбалту» экономист Павел Кудрин») is cited, and the person after it
// speaks, though someone else was the last subject.
func TestRuOutletBetweenVerbAndSubject(t *testing.T) {
	blocks := paragraphs(`Новости дня
Об этом министр Сергей Лавров рассказал в интервью «Комсомольской правде».
«Цены вырастут», — заявил «Росбалту» экономист Павел Кудрин.`)
	m := newReader(tablesFor("ru"))
	for _, b := range blocks[:2] {
		toks := tokenize(nil, b.Text, sentence{Start: 0, End: len(b.Text)}, quoteSpans(b.Text, true))
		m.learn(toks)
	}
	text := blocks[2].Text
	toks := tokenize(nil, text, sentence{Start: 0, End: len(text)}, quoteSpans(text, true))
	at := m.attribute(toks, "ru")
	if at.speaker == nil || at.speaker.String() != "Павел Кудрин" {
		t.Errorf("speaker %v, want Павел Кудрин", at.speaker)
	}
	if !slices.Contains(m.sources, "Росбалт") {
		t.Errorf("sources %q, want Росбалт", m.sources)
	}
}

// TestRuSourcesRatingAndLearnt checks that a rating agency, and a piece of
// a name («S» of «S&P»), are never cited outlets, and that «стало
// известно» cites the outlet in the dative after it.
func TestRuSourcesRatingAndLearnt(t *testing.T) {
	for s, want := range map[string][]string{
		"Агентство Moody's понизило рейтинг, сообщает Fitch.": nil,
		"По оценке S&P, рейтинг снижен.":                      nil,
		"Как стало известно «Известиям», сделка сорвалась.":   {"Известия"},
		"Как сообщает Reuters, нефть подешевела.":             {"Reuters"},
	} {
		_, src, err := Extract(paragraphs("Новости дня\n"+s), "ru", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(src, want) {
			t.Errorf("%q: sources %q, want %q", s, src, want)
		}
	}
}

// TestRuDativeExperiencer checks that a person in the dative before an
// impersonal predicate («Дмитрию Пескову пришлось») is the one a pronoun
// in the next sentence points to, not the subject named before.
func TestRuDativeExperiencer(t *testing.T) {
	blocks := paragraphs(`Новости дня
Президент Владимир Путин заявил о переговорах.
Заявление Путина вызвало резонанс, и пресс-секретарю президента Дмитрию Пескову пришлось дать комментарий.
По его словам, речь идет об «инклюзивных переговорах» внутри страны.`)
	qs, _, err := Extract(blocks, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 1 || qs[0].Speaker != "Дмитрий Песков" {
		t.Errorf("quotations %+v, want «инклюзивных переговорах» by Дмитрий Песков", qs)
	}
	for run, want := range map[string]bool{"Дмитрию Пескову": true, "Дмитрий Песков": false, "Пескову": true, "Анне Смирновой": true, "Анна Смирнова": false} {
		if got := ruDativeName(strings.Fields(run)); got != want {
			t.Errorf("ruDativeName(%q) = %v, want %v", run, got, want)
		}
	}
}

// TestRuRoleAgreesWithVerb checks that a role with no name after a verb in
// the past tense («заявил министр») refers to someone who agrees with the
// verb in gender, and that a role in apposition after a name («Иван
// Петров, министр финансов, …») is that person's.
func TestRuRoleAgreesWithVerb(t *testing.T) {
	for text, want := range map[string]string{
		"Иван Петров, министр финансов региона, провел совещание.\nАнна Смирнова рассказала о бюджете.\n«Денег хватит», — заявил министр.":    "Иван Петров",
		"Губернатор Иван Петров провел совещание.\nАнна Смирнова рассказала о бюджете.\n«Денег хватит», — подчеркнул глава региона.":          "Иван Петров",
		"Губернатор Анна Смирнова провела совещание.\nИван Петров рассказал о бюджете.\n«Денег хватит», — подчеркнула глава региона.":         "Анна Смирнова",
		"Иван Петров, министр финансов, провел совещание.\nСергей Козлов рассказал о бюджете.\nОн спорил.\n«Денег хватит», — заявил министр.": "Иван Петров",
		"Политолог Иван Петров не согласен с оценкой.\nАнна Смирнова выступила против.\n«Это ошибка», — уверен эксперт.":                      "Иван Петров",
	} {
		qs, _, err := Extract(paragraphs("Новости дня\n"+text), "ru", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(qs) != 1 || qs[0].Speaker != want {
			t.Errorf("%q: quotations %+v, want one by %s", text, qs, want)
		}
	}
	for w, want := range map[string]byte{"заявил": 'm', "заявила": 'f', "заявили": 0, "говорит": 0, "согласился": 'm', "согласилась": 'f', "уверен": 'm', "уверена": 'f'} {
		if got := pastGender(w); got != want {
			t.Errorf("pastGender(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestRuWholeParagraphQuote checks that a short quotation that is a whole
// paragraph, ended as a sentence, is speech, while a short capitalised
// name in quote marks inside a sentence is not.
func TestRuWholeParagraphQuote(t *testing.T) {
	blocks := paragraphs(`Новости дня
Иван Петров ответил на вопросы журналистов о компании «Южный поток».
«Это ошибка. Надо менять курс», — подчеркнул политик.
«Мы готовы к диалогу».`)
	qs, _, err := Extract(blocks, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, q := range qs {
		got[q.Text] = q.Speaker
	}
	if got["Мы готовы к диалогу"] != "Иван Петров" {
		t.Errorf("quotations %+v, want «Мы готовы к диалогу» by Иван Петров", qs)
	}
	if _, ok := got["Южный поток"]; ok {
		t.Errorf("a name taken for a quotation: %+v", qs)
	}
}
