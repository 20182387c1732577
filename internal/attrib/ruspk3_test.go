package attrib

import (
	"strings"
	"testing"
)

// Tests of the speaker rules of round 3 (ruspk3.go and their calls), on
// self-composed texts of the conventions they serve.

// TestRuNamingVerbSubject checks that words in marks after a verb of
// naming («назвал точку зрения X «…»») are its subject's, not those of the
// name in the genitive after the verb, and that a name after a verb of
// speech is still its subject.
func TestRuNamingVerbSubject(t *testing.T) {
	got, _ := extractRu(t, `Спор богословов
Архиепископ Иван Петров заявил, что церкви пришли к согласию. Со своей стороны, представитель церкви, глава отдела священник Олег Смирнов, в интервью агентству "Интерфакс" назвал точку зрения Ивана Петрова "слишком оптимистичной". Он отметил, что различия есть.`)
	if sp := got["слишком оптимистичной"]; sp != "Олег Смирнов" {
		t.Errorf("speaker %q, want Олег Смирнов (the subject of «назвал»); all %v", sp, got)
	}
	got, _ = extractRu(t, `Спор
Министр Анна Козлова назвала решение суда "ошибкой". Решение обжалуют.`)
	if sp := got["ошибкой"]; sp != "Анна Козлова" {
		t.Errorf("speaker %q, want Анна Козлова; all %v", sp, got)
	}
	for w, want := range map[string]bool{"назвал": true, "назвала": true, "называет": true, "охарактеризовал": true, "называемый": false, "заявил": false} {
		if ruNamingVerb(w) != want {
			t.Errorf("ruNamingVerb(%q) = %v, want %v", w, !want, want)
		}
	}
}

// TestRuAccordingToBody checks that the words after «согласно заявлению»
// or «по словам» and a body in the genitive are the body's, in the
// nominative, not those of the last person named.
func TestRuAccordingToBody(t *testing.T) {
	got, _ := extractRu(t, `Дело передано
Дело передано в военную прокуратуру, сообщил адвокат Руслан Иванов. Напомним, что согласно заявлению Генеральной прокуратуры, "обвинение предъявлено семи участникам преступного сообщества". Следствие продолжается.`)
	if sp := got["обвинение предъявлено семи участникам преступного сообщества"]; sp != "Генеральная прокуратура" {
		t.Errorf("speaker %q, want Генеральная прокуратура; all %v", sp, got)
	}
	got, _ = extractRu(t, `Происшествие
Водитель Петр Сидоров задержан. По словам пресс-службы МВД, "задержанный дает признательные показания". Дело возбуждено.`)
	if sp := got["задержанный дает признательные показания"]; sp != "пресс-служба МВД" {
		t.Errorf("speaker %q, want пресс-служба МВД; all %v", sp, got)
	}
}

// TestRuHushingAdjectivalSurname checks that a man's adjectival surname
// with a hushing stem in the genitive or dative after initials or a
// first name («М.А. Осадчего», «Виктору Садовничему») is put back in the
// nominative (-ий), and that a woman's is not taken for it.
func TestRuHushingAdjectivalSurname(t *testing.T) {
	for in, want := range map[string]string{"Осадчего": "Осадчий", "Садовничему": "Садовничий", "Гулящего": "Гулящий"} {
		g, _, nom, ok := ruSurnameCase(in)
		if !ok || nom != want || g != 'm' {
			t.Errorf("ruSurnameCase(%q) = %q %c %v, want %q m", in, nom, g, ok, want)
		}
	}
	if got, _ := ruNominative([]string{"М.А.", "Осадчего"}); got[1] != "Осадчий" {
		t.Errorf("ruNominative(М.А. Осадчего) = %q, want М.А. Осадчий", got)
	}
	got, _ := extractRu(t, `Экспертиза
И заключение делавшего лингвистическую экспертизу М.А. Осадчего подтвердило: другого смысла у этого слова нет. Тот же эксперт сделал вывод: «Использование данного слова в публичной коммуникации недопустимо». Суд согласился.`)
	if sp := got["Использование данного слова в публичной коммуникации недопустимо"]; sp != "М.А. Осадчий" {
		t.Errorf("speaker %q, want М.А. Осадчий; all %v", sp, got)
	}
}

// TestRuGenitiveSpellingRule checks that the genitive of a woman's first
// name in -а ends in -и only after г, к, х, ж, ш, ч, щ and in -ы after
// the other letters, so that a foreign name in -и («Кири») is not taken
// for the genitive of one in -а («Кира»); the Ukrainian names keep
// Ukrainian spelling (TestUkrainianFirstNames).
func TestRuGenitiveSpellingRule(t *testing.T) {
	for w, want := range map[string]string{"Ольги": "Ольга", "Вероники": "Вероника", "Анны": "Анна", "Киры": "Кира", "Марии": "Мария"} {
		if nom, _, _, ok := ruFirstName(w); !ok || nom != want {
			t.Errorf("ruFirstName(%q) = %q, %v; want %q", w, nom, ok, want)
		}
	}
	for _, w := range []string{"Кири", "Ирини", "Вероникы"} {
		if nom, _, _, ok := ruFirstName(w); ok {
			t.Errorf("ruFirstName(%q) = %q, want no first name", w, nom)
		}
	}
}

// TestRuPerformerRole checks that a performer's role noun refers to whom
// the text introduced with it, also as the owner of the words quoted
// («цитирует газета заявление певицы»), and that a foreign first name in
// -и keeps its form.
func TestRuPerformerRole(t *testing.T) {
	got, _ := extractRu(t, `Дива выиграла иск
Суд Сиднея признал законность отказа новозеландской оперной певицы леди Кири Те Канава от выступления с рокером Джоном Фарнхэмом. "Разве я, классическая исполнительница, могу позволить такое отношение? Это неуважение ко мне", - цитирует газета The Times заявление певицы. Иск подала компания-промоутер.`)
	if sp := got["Разве я, классическая исполнительница, могу позволить такое отношение? Это неуважение ко мне"]; sp != "Кири Те Канава" {
		t.Errorf("speaker %q, want Кири Те Канава; all %v", sp, got)
	}
}

// TestRuIndeclinableSurnameWoman checks that a first name that is a
// woman's name and a man's genitive, before a surname that does not
// decline, is the woman's when the verb is in the feminine.
func TestRuIndeclinableSurnameWoman(t *testing.T) {
	got, _ := extractRu(t, `Совет Федерации
Об этом рассказала журналистам Валентина Матвиенко: «Закон будет принят до конца сессии». Сенаторы поддержали.`)
	if sp := got["Закон будет принят до конца сессии"]; sp != "Валентина Матвиенко" {
		t.Errorf("speaker %q, want Валентина Матвиенко; all %v", sp, got)
	}
	for w, want := range map[string]bool{"Матвиенко": true, "Шойгу": true, "Черных": true, "Петров": false, "Петрова": false} {
		if ruIndeclinableSurname(w) != want {
			t.Errorf("ruIndeclinableSurname(%q) = %v, want %v", w, !want, want)
		}
	}
}

// TestRuQuotedCompanySubject checks that a company named in quote marks
// after its noun, right before a verb of speech, is the verb's subject,
// and that a known outlet there is not taken for one.
func TestRuQuotedCompanySubject(t *testing.T) {
	got, _ := extractRu(t, `Поставки газа
Министр энергетики Сергей Петров выступил на форуме. Компания «Газпром» заявила, что «поставки будут продолжены в прежнем объеме». Переговоры продолжатся.`)
	if sp := got["поставки будут продолжены в прежнем объеме"]; sp != "Газпром" {
		t.Errorf("speaker %q, want Газпром; all %v", sp, got)
	}
	for _, c := range []struct {
		text, want string
	}{
		{`Компания «Газпром» заявила`, "Газпром"},
		{`а клуб «Зенит» сообщил`, "Зенит"},
		{`газета «Коммерсантъ» сообщила`, ""},          // an outlet: its noun is no company's
		{`Компания «Интерфакс» сообщила`, ""},          // a known outlet
		{`Компания «мирной демонстрации» заявила`, ""}, // lower case: no name
	} {
		toks := tokenize(nil, c.text, sentence{Start: 0, End: len(c.text)}, quoteSpans(c.text, true))
		if got := ruQuotedBodyBefore(toks, len(toks)-1); got != c.want {
			t.Errorf("ruQuotedBodyBefore(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestRuSpeechParticiple checks that the active past participle of a verb
// of speech after a name and its comma («Иван Белов, заявивший, что «…»»)
// gives the words to that name, in the nominative, and is read as a verb
// of speech; and that other participles are not.
func TestRuSpeechParticiple(t *testing.T) {
	got, _ := extractRu(t, `Областные новости
Журналисты встретились с Анной Смирновой. Позже выступил министр Олег Кузнецов. Решение поддержал губернатор Иван Белов, заявивший, что «область готова к переменам».
С ним не согласилась депутат Ирина Яровая, назвавшая законопроект Кузнецова «преждевременным».`)
	if sp := got["область готова к переменам"]; sp != "Иван Белов" {
		t.Errorf("speaker %q, want Иван Белов; all %v", sp, got)
	}
	if sp := got["преждевременным"]; sp != "Ирина Яровая" {
		t.Errorf("speaker %q, want Ирина Яровая; all %v", sp, got)
	}
	verbs := tablesFor("ru")[0].SpeechVerbSet()
	for w, want := range map[string]bool{"заявивший": true, "заявившей": true, "назвавших": true, "сказавшему": true, "прибывший": false, "заявив": false, "вш": false} {
		if ruSpeechParticiple(w, verbs) != want {
			t.Errorf("ruSpeechParticiple(%q) = %v, want %v", w, !want, want)
		}
	}
}

// TestRuBodyByAdjectives checks that a body named by adjectives and its
// head noun in the nominative is the subject of its sentence, before a
// colon and a quotation or before a verb of speech, not the person who
// spoke last; and that its name is not taken for a person's
// («Верховный»).
func TestRuBodyByAdjectives(t *testing.T) {
	got, _ := extractRu(t, `Приговор
И заключение эксперта М.А. Осадчего подтвердило: другого смысла у этого слова нет. Тот же эксперт сделал вывод: «Использование данного слова в публичной коммуникации недопустимо». От себя добавим: даже ягненком. В результате Горно-Алтайский городской суд приговорил: «Признать Михайлова С.С. виновным в совершении преступления». Последовала кассационная жалоба.`)
	if sp := got["Признать Михайлова С.С. виновным в совершении преступления"]; sp != "Горно-Алтайский городской суд" {
		t.Errorf("speaker %q, want Горно-Алтайский городской суд; all %v", sp, got)
	}
	got, _ = extractRu(t, `Жалоба
Адвокат Иван Петров подал жалобу. Верховный суд России заявил, что «жалоба не подлежит рассмотрению».`)
	if sp := got["жалоба не подлежит рассмотрению"]; sp != "Верховный суд России" {
		t.Errorf("speaker %q, want Верховный суд России; all %v", sp, got)
	}
	m := newReader(tablesFor("ru"))
	for text, want := range map[string]string{
		"Верховный суд постановил":          "Верховный суд",
		"Следственный комитет сообщил":      "Следственный комитет",
		"Российский вице-премьер заявил":    "", // a role, not a body
		"Верховным судом было постановлено": "", // not the nominative
	} {
		toks := tokenize(nil, text, sentence{Start: 0, End: len(text)}, nil)
		if got := strings.Join(m.ruAdjOrgAt(toks, 0), " "); got != want {
			t.Errorf("ruAdjOrgAt(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestRuRolePeriphrasis checks that «глава государства» names the
// president the text introduced, not whoever was last called «глава», and
// that a known body after a role («Глава Минфина») is never a person.
func TestRuRolePeriphrasis(t *testing.T) {
	got, _ := extractRu(t, `Кризис
С прогнозом не согласен министр финансов Алексей Кудрин. Глава Минфина также отметил, что резервов хватит на три года.
Президент Дмитрий Медведев, в свою очередь, призвал не драматизировать ситуацию. «Кризис — это время возможностей», — сказал глава государства.`)
	if sp := got["Кризис — это время возможностей"]; sp != "Дмитрий Медведев" {
		t.Errorf("speaker %q, want Дмитрий Медведев; all %v", sp, got)
	}
	m := newReader(tablesFor("ru"))
	if m.singleName("Минфина") || m.singleName("Кремля") {
		t.Errorf("a known body in the genitive taken for a person's name")
	}
}

// TestRuAdjectiveNounNoName checks that a capitalised adjective and the
// noun it agrees with («Американская сторона уверена») are no one's name,
// that an adjectival surname before its verb still is, and that «Слова
// X» opening a sentence is the object: the subject after the verb speaks.
func TestRuAdjectiveNounNoName(t *testing.T) {
	for text, want := range map[string]bool{
		"Американская сторона уверена":   true,
		"Российское руководство заявило": true,
		"Японский суд постановил":        true,
		"Яровая заявила":                 false,
		"Ирина Яровая заявила":           false,
		"Вяземский также отметил":        false,
		"Толстая уверена":                false,
	} {
		toks := tokenize(nil, text, sentence{Start: 0, End: len(text)}, nil)
		if got := ruAdjNounAt(toks, 0); got != want {
			t.Errorf("ruAdjNounAt(%q) = %v, want %v", text, got, want)
		}
	}
	got, _ := extractRu(t, `Перезагрузка
Директор Института США и Канады Сергей Рогов считает: «Это тактический ход». Слова Рогова подтвердил и Алексей Арбатов: «Стратегических изменений нет».`)
	if sp := got["Стратегических изменений нет"]; sp != "Алексей Арбатов" {
		t.Errorf("speaker %q, want Алексей Арбатов; all %v", sp, got)
	}
	got, _ = extractRu(t, `Перезагрузка
Министр Сергей Лавров провел переговоры. Американская сторона уверена, что «договор будет подписан до конца года».`)
	if sp := got["договор будет подписан до конца года"]; sp == "Американская" {
		t.Errorf("speaker %q: an adjective taken for a name", sp)
	}
}

// TestRuProbeCourtCase checks, on a self-composed report of a trial, a
// company in quote marks after «в» with an indefinite-personal verb
// («В «Юкосе» заявили»), a woman's name whose surname does not decline
// («Евгения Альбац»), a surname of the adjectival type that tells its
// gender («Ходорковский» after «Марина Ходорковская»), and adjectives of
// a body's name in an oblique case that are no person («глава Московской
// Хельсинкской группы»).
func TestRuProbeCourtCase(t *testing.T) {
	got, _ := extractRu(t, `Суд над Ходорковским
Хамовнический суд Москвы продолжил рассмотрение дела Михаила Ходорковского. Сам Ходорковский в последнем слове отметил: «Я не признаю себя виновным».
В «Юкосе» заявили, что «компания была разрушена незаконно».
«Мы пойдем в Страсбург», — подтвердила его мать Марина Ходорковская.
«Это политический процесс», — считает глава Московской Хельсинкской группы.
Ходорковский, отвечая на вопросы журналистов, сказал: «Я остаюсь оптимистом».
Евгения Альбац, главный редактор журнала The New Times, написала: «Суд был фарсом».`)
	for q, want := range map[string]string{
		"компания была разрушена незаконно": "Юкос",
		"Я остаюсь оптимистом":              "Михаил Ходорковский",
		"Суд был фарсом":                    "Евгения Альбац",
	} {
		if got[q] != want {
			t.Errorf("%q: speaker %q, want %q; all %v", q, got[q], want, got)
		}
	}
	if sp := got["Это политический процесс"]; strings.Contains(sp, "Хельсинк") {
		t.Errorf("speaker %q: the adjectives of a body taken for a name", sp)
	}
	if got, g := ruNominative([]string{"Евгения", "Альбац"}); strings.Join(got, " ") != "Евгения Альбац" || g != 'f' {
		t.Errorf("ruNominative(Евгения Альбац) = %q %c, want Евгения Альбац f", got, g)
	}
	if got, _ := ruNominative([]string{"Евгения", "Альбаца"}); strings.Join(got, " ") != "Евгений Альбац" {
		t.Errorf("ruNominative(Евгения Альбаца) = %q, want Евгений Альбац", got)
	}
	for name, want := range map[string]byte{"Ходорковский": 'm', "Ходорковская": 'f', "Петров": 'm', "Петрова": 0, "Шойгу": 0} {
		if g := ruSurnameGender([]string{name}); g != want {
			t.Errorf("ruSurnameGender(%q) = %q, want %q", name, g, want)
		}
	}
}

// TestRuNamedBodyIn checks that a party, union or bank named after «в»
// next to an indefinite-personal verb of speech speaks, in the
// nominative («В Партии регионов сообщили» → Партия регионов).
func TestRuNamedBodyIn(t *testing.T) {
	got, _ := extractRu(t, `Коалиция
Политолог Вадим Карасев считает, что коалиция «долго не продержится». В Партии регионов сообщили, что «переговоры продолжатся на следующей неделе».`)
	if sp := got["переговоры продолжатся на следующей неделе"]; sp != "Партия регионов" {
		t.Errorf("speaker %q, want Партия регионов; all %v", sp, got)
	}
	for text, want := range map[string]string{
		"В Партии регионов сообщили":  "Партия регионов",
		"заявили в Союзе журналистов": "Союз журналистов",
		"В Банке России сообщили":     "Банк России",
		"В Москве сообщили":           "",
		"В партии регионов сообщили":  "",
	} {
		toks := tokenize(nil, text, sentence{Start: 0, End: len(text)}, nil)
		v := 0
		for k, tk := range toks {
			if ruPluralSpeechVerb(tk.lower) && (tk.lower == "сообщили" || tk.lower == "заявили") {
				v = k
			}
		}
		if got := strings.Join(ruNamedBodyIn(toks, v), " "); got != want {
			t.Errorf("ruNamedBodyIn(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestRuProbeOilNews checks, on a self-composed report, «по его
// прогнозу» (a noun of opinion the table's phrases lack) resolved to the
// subject of the sentence before, though a company's name in marks
// stands between his role and his name («Глава «Лукойла» Вагит
// Алекперов»), and an Arabic name with its particle in lower case
// («Абдалла аль-Бадри»).
func TestRuProbeOilNews(t *testing.T) {
	got, _ := extractRu(t, `Нефть дешевеет
«Рынок перенасыщен, и ОПЕК не сможет быстро сократить добычу».
Об этом заявил аналитик компании «Уралсиб» Алексей Кокин.
Глава «Лукойла» Вагит Алекперов придерживается другого мнения. По его прогнозу, «цены вернутся к 80 долларам к лету».
Вице-премьер Игорь Сечин тоже высказался. Генсек ОПЕК Абдалла аль-Бадри сказал: «Мы наблюдаем за рынком».`)
	for q, want := range map[string]string{
		"цены вернутся к 80 долларам к лету": "Вагит Алекперов",
		"Мы наблюдаем за рынком":             "Абдалла аль-Бадри",
	} {
		if got[q] != want {
			t.Errorf("%q: speaker %q, want %q; all %v", q, got[q], want, got)
		}
	}
	for w, want := range map[string]bool{"аль-Бадри": true, "эль-Сиси": true, "аль-каида": false, "альбом": false, "Бадри": false} {
		if ruArticleParticleName(w) != want {
			t.Errorf("ruArticleParticleName(%q) = %v, want %v", w, !want, want)
		}
	}
}
