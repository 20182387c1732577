package attrib

import "testing"

// TestSpk23CitingClause checks that an outlet named by a citing clause
// opening with «как» («Как сообщает X, …») is cited and does not take the
// words of the person the main clause names, whom «он» then refers to;
// with no one else in the sentence the outlet still reports the words;
// and «как» inside a clause is no citing clause.
func TestSpk23CitingClause(t *testing.T) {
	q := "Мы плохо начали игру, но потом перестроились и забили дважды"
	for _, c := range []struct{ text, speaker string }{
		{"Итоги тура\nКак сообщает «Спорт-Экспресс», после игры главный тренер «Ротора» Игорь Сергеев заявил, что команда довольна.\n«" + q + "», — сказал он.", "Игорь Сергеев"},
		{"Итоги тура\nКак передает ТАСС, наставник клуба Павел Орлов признал, что соперник был сильнее.\n«" + q + "», — отметил он.", "Павел Орлов"},
		{"Итоги тура\nКак сообщает «Спорт-Экспресс», после игры в раздевалке звучали слова «" + q + "».", "Спорт-Экспресс"},
	} {
		got, src := extractRu(t, c.text)
		if sp := got[q]; sp != c.speaker {
			t.Errorf("%q: speaker %q, want %q (%v)", c.text, sp, c.speaker, got)
		}
		if len(src) == 0 {
			t.Errorf("%q: no outlet cited", c.text)
		}
	}
}

// TestSpk23Governed checks that a name governed by a preposition, alone
// or behind adjectives in lower case, is never an inverted subject at the
// sentence's end, while a name right after the verb is.
func TestSpk23Governed(t *testing.T) {
	m := newReader(tablesFor("ru"))
	for _, c := range []struct {
		sent string
		at   int
		want bool
	}{
		{"она отметила сложность трассы в словенской Поклюке", 6, true},
		{"он выступил в Казани", 3, true},
		{"он говорил о новых старых Героях", 5, true},
		{"отметила сложность трассы Ольга Медведцева", 3, false},
		{"сказал главный тренер Иван Петров", 3, false},
	} {
		toks := tokenize(nil, c.sent, sentence{Start: 0, End: len(c.sent)}, nil)
		if got := m.spk23Governed(toks, c.at); got != c.want {
			t.Errorf("%q at %d (%q): %v, want %v", c.sent, c.at, toks[c.at].text, got, c.want)
		}
	}
}

// TestSpk23RoleBodySurname checks that a role, the body it serves and a
// surname alone name the surname's holder («глава МИД РФ Лавров»), that a
// first name keeps the full name, and that a role and its body with no
// surname after them name no one new.
func TestSpk23RoleBodySurname(t *testing.T) {
	for _, c := range []struct{ np, want string }{
		{"глава МИД РФ Лавров", "Лавров"},
		{"глава Минфина Силуанов", "Силуанов"},
		{"губернатор Москвы Собянин", "Собянин"},
		{"пресс-секретарь Кремля Песков", "Песков"},
		{"глава Минфина Антон Силуанов", "Антон Силуанов"},
		{"глава МИД", ""},
	} {
		m := newReader(tablesFor("ru"))
		toks := tokenize(nil, c.np, sentence{Start: 0, End: len(c.np)}, nil)
		for i := range toks {
			toks[i].lower = m.lower(toks[i].text)
		}
		got := ""
		if p, _ := m.resolve(toks, "ru"); p != nil {
			got = p.String()
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.np, got, c.want)
		}
	}
	got, _ := extractRu(t, "Заголовок новости\nНапомним, как заявил ранее глава МИД РФ Лавров, Россия будет «адекватно» реагировать на учения у ее границ.")
	if sp := got["адекватно"]; sp != "Лавров" {
		t.Errorf("partial quotation: %q (%v)", sp, got)
	}
}

// TestSpk23RoleInRun checks that a capitalised role inside a run of
// capitals that a sentence's first word opens («Соглашение Губернатор
// Алексей Дюмин») is filed as the person's role, so that «Как отметил
// Губернатор» later refers to him and not to whoever was named last.
func TestSpk23RoleInRun(t *testing.T) {
	q := "продукция компании как никогда важна в период пандемии"
	got, _ := extractRu(t, "Заголовок новости\nСоглашение Губернатор Алексей Дюмин подписал с руководством компании. Директор завода Карен Акопян рассказал о планах.\nКак отметил Губернатор, «"+q+"».")
	if sp := got[q]; sp != "Алексей Дюмин" {
		t.Errorf("speaker %q, want Алексей Дюмин (%v)", sp, got)
	}
}

// TestSpk23ParenTitle checks that a role's title with the body's
// abbreviation in a parenthesis before the holder's name («Руководитель
// Офиса Президента (ОП) Андрей Ермак») makes no person of the body: «он»
// of the next paragraph is the holder; without the parenthesis nothing
// changes.
func TestSpk23ParenTitle(t *testing.T) {
	q := "Все эти годы они пытаются оставить нас без тепла. Ничего не изменилось"
	for _, lead := range []string{
		"Руководитель Офиса Президента (ОП) Андрей Ермак объяснил, насколько высок риск.",
		"Руководитель Офиса Президента Андрей Ермак объяснил, насколько высок риск.",
	} {
		got, _ := extractRu(t, "Заголовок новости\n"+lead+"\nВ интервью он подчеркнул, что ничего нового не происходит.\n«"+q+"». — отметил он.")
		if sp := got[q]; sp != "Андрей Ермак" {
			t.Errorf("%q: speaker %q, want Андрей Ермак (%v)", lead, sp, got)
		}
	}
	m := newReader(tablesFor("ru"))
	for _, c := range []struct {
		s    string
		want int
	}{
		{"Руководитель Офиса Президента (ОП) Андрей Ермак объяснил", 5},
		{"Офиса Президента (ОП) Андрей Ермак объяснил", 0},
		{"Руководитель Офиса Президента Андрей Ермак объяснил", 0},
		{"Руководитель Офиса Президента (ОП) объяснил", 0},
	} {
		toks := tokenize(nil, c.s, sentence{Start: 0, End: len(c.s)}, nil)
		for i := range toks {
			toks[i].lower = m.lower(toks[i].text)
		}
		if e, _ := m.spk23ParenTitle(toks, 0); e != c.want {
			t.Errorf("%q: %d, want %d", c.s, e, c.want)
		}
	}
}

// TestSpk23Participle checks that a participle made a noun and opening a
// sentence («Ведущая вспомнила») is no new person: the words go to the
// person named before; a surname of an adjective's form («Вишневский»)
// and a first name stay names.
func TestSpk23Participle(t *testing.T) {
	m := newReader(tablesFor("ru"))
	for _, c := range []struct {
		w    string
		want bool
	}{{"Ведущая", false}, {"Пострадавший", false}, {"Задержанный", false}, {"Выступающие", false}, {"Вишневский", true}, {"Петров", true}} {
		if got := m.singleName(c.w); got != c.want {
			t.Errorf("singleName(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	q := "на радио часто крутится какая-то девочка с песнями"
	got, _ := extractRu(t, "Заголовок новости\nРадиоведущая Алла Довлатова прокомментировала жалобу слушателей.\nОна считает, что спорить бессмысленно. Ведущая вспомнила: «"+q+"».")
	if sp := got[q]; sp != "Алла Довлатова" {
		t.Errorf("speaker %q, want Алла Довлатова (%v)", sp, got)
	}
}
