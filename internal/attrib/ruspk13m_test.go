package attrib

import (
	"strings"
	"testing"
)

// TestRuHeadPeriphrasis checks that «глава ведомства» (with or without an
// adjective in the genitive) names the minister the article introduced,
// not the last person named, and that a head of a named body («глава
// администрации Майминского района») is no periphrasis.
func TestRuHeadPeriphrasis(t *testing.T) {
	got, _ := extractRu(t, `Министр прокомментировал ситуацию
Министр здравоохранения Михаил Мурашко посетил больницу. Вместе с ним в поездке был губернатор Андрей Воробьев.
«Ситуация под контролем, коек хватает», — отметил глава ведомства.
«Область готова помочь соседям», — сказал губернатор.`)
	if sp := got["Ситуация под контролем, коек хватает"]; sp != "Михаил Мурашко" {
		t.Errorf("speaker %q, want Михаил Мурашко; all %v", sp, got)
	}
	if sp := got["Область готова помочь соседям"]; sp != "Андрей Воробьев" {
		t.Errorf("speaker %q, want Андрей Воробьев; all %v", sp, got)
	}
	got, _ = extractRu(t, `Визит
Министр иностранных дел Сергей Лавров встретился с губернатором Андреем Воробьевым.
«Переговоры прошли конструктивно», — заявил глава внешнеполитического ведомства.`)
	if sp := got["Переговоры прошли конструктивно"]; sp != "Сергей Лавров" {
		t.Errorf("speaker %q, want Сергей Лавров; all %v", sp, got)
	}
	m := newReader(tablesFor("ru"))
	m.roles["глав"] = &person{name: []string{"Иван", "Петров"}}
	for text, want := range map[string]bool{"глава ведомства": true, "главы региона": true, "глава администрации Майминского района": false, "глава Минфина": false, "глава": false} {
		toks := tokenize(nil, text, sentence{0, len(text)}, nil)
		if got := m.headPeriphrasis(toks, 0) != nil; got != want {
			t.Errorf("headPeriphrasis(%q) found someone: %v, want %v", text, got, want)
		}
	}
}

// TestRuGenericBody checks that a body's generic noun alone («в
// ведомстве») names the body named before, and that with no body named
// before it stays the generic noun.
func TestRuGenericBody(t *testing.T) {
	got, _ := extractRu(t, `Задержание
Сотрудники полиции задержали подозреваемого в краже.
«Мужчина признал вину и дал показания», — сообщает пресс-служба МВД по Республике Алтай.
«Возбуждено уголовное дело по статье о краже», — уточнили в ведомстве.`)
	if sp := got["Возбуждено уголовное дело по статье о краже"]; sp != "пресс-служба МВД по Республике Алтай" {
		t.Errorf("speaker %q, want пресс-служба МВД по Республике Алтай; all %v", sp, got)
	}
	got, _ = extractRu(t, `Учения
В Ростовской области начались учения.
«Учения проходят в плановом режиме», — уточнили в ведомстве.`)
	if sp := got["Учения проходят в плановом режиме"]; sp != "ведомство" {
		t.Errorf("speaker %q, want ведомство (no body named before); all %v", sp, got)
	}
}

// TestRuGluedPlace checks that a place in an oblique case glued before
// initials, or followed by its other name in parentheses, is no part of
// the speaker's name.
func TestRuGluedPlace(t *testing.T) {
	got, _ := extractRu(t, `Заявление
В регионе прошло совещание по вопросам экологии.
«Будем работать», — отметил председатель Верховного суда Республики Алтай Л.М. Мартиросян.
«Начнем весной», — заявил министр природных ресурсов Республики Саха (Якутия) Сергей Иванов.`)
	wantSpeakers(t, got, map[string]string{"Будем работать": "Л.М. Мартиросян", "Начнем весной": "Сергей Иванов"})
	wantPredicate(t, "nameInitialsWord", nameInitialsWord, map[string]bool{"Л.М.": true, "А.": true, "Л.М": false, "МВД": false, "Алтай": false, "а.": false})
}

// TestRuMannerVerbs checks that a verb of manner in the present tense
// («вздыхает») attributes a dashed line of speech to the person it
// names.
func TestRuMannerVerbs(t *testing.T) {
	got, _ := extractRu(t, `Праздник в селе
В селе Онгудай прошел праздник. Его организатор Анна Тадыева готовила программу полгода.
— Денег было мало, — вздыхает Анна Тадыева.
— Теперь помогает администрация, — констатирует организатор.`)
	wantSpeakers(t, got, map[string]string{"Денег было мало": "Анна Тадыева", "Теперь помогает администрация": "Анна Тадыева"})
}

// TestRuWomanByName checks that a woman's first name that does not end in
// -а (Хиллари) tells a woman, so that «он» does not refer to her; that a
// feminine verb overrules a man guessed from a name no table knows; and
// that a man's surname of the first declension in the genitive (Барака
// Обамы) is put into the nominative.
func TestRuWomanByName(t *testing.T) {
	got, _ := extractRu(t, `Переговоры
После встречи с Хиллари Клинтон глава МИД Японии Кацуя Окада заявил о новых договоренностях.
«Мы благодарны Японии», — заявила Клинтон.
«Мы готовы к сотрудничеству». Об этом он сказал журналистам после встречи.`)
	wantSpeakers(t, got, map[string]string{"Мы благодарны Японии": "Хиллари Клинтон", "Мы готовы к сотрудничеству": "Кацуя Окада"})
	if ruFirstNames["Хиллари"] != 'f' || ruFirstNames["Любовь"] != 'f' || ruFirstNames["Иван"] != 'm' {
		t.Errorf("genders of Хиллари, Любовь, Иван: %c %c %c", ruFirstNames["Хиллари"], ruFirstNames["Любовь"], ruFirstNames["Иван"])
	}
	if !womanByVerb(&person{name: []string{"Марин", "Ле", "Пен"}, gender: 'm'}, "заявила") {
		t.Error("a feminine verb does not overrule a man guessed from Марин Ле Пен")
	}
	for _, p := range []*person{{name: []string{"Иван", "Клинтон"}, gender: 'm'}, {name: []string{"Сурас", "Кергилов"}, gender: 'm'}} {
		if womanByVerb(p, "заявила") {
			t.Errorf("a feminine verb makes %v a woman", p.name)
		}
	}
	for in, want := range map[string]string{"Барака Обамы": "Барак Обама", "Бараком Обамой": "Барак Обама", "Иосифа Диски": "Иосиф Диски"} {
		if out, _ := ruNominative(strings.Fields(in)); strings.Join(out, " ") != want {
			t.Errorf("ruNominative(%q) = %q, want %q", in, strings.Join(out, " "), want)
		}
	}
}

// TestRuCompanyNoun checks that a company's noun alone («в компании»,
// «пресс-релизе компании») refers to the last company named with it, and
// that the short plural of a verb of belief with «в X» («уверены в
// компании») has the body speak.
func TestRuCompanyNoun(t *testing.T) {
	got, _ := extractRu(t, `Игры
Корпорация Google решила осваивать новый сегмент рынка.
«Игры заставляют пользователей проводить больше времени в сети», — уверены в компании.
Компания «Северсталь» объявила о сокращении персонала.
«Оптимизация затронет пять процентов сотрудников», — говорится в пресс-релизе компании.
«Сокращения пройдут до конца года», — отметили в компании.`)
	wantSpeakers(t, got, map[string]string{
		"Игры заставляют пользователей проводить больше времени в сети": "Google",
		"Оптимизация затронет пять процентов сотрудников":               "Северсталь",
		"Сокращения пройдут до конца года":                              "Северсталь",
	})
	wantPredicate(t, "ruPluralSpeechVerb", ruPluralSpeechVerb, map[string]bool{"заявили": true, "говорят": true, "уверены": true, "надеются": true, "сказал": false, "они": false})
}

// TestRuRoleSynonym checks that a role Russian news uses for one it
// introduced someone with («наставник» for «тренер») names that person,
// not the last one named.
func TestRuRoleSynonym(t *testing.T) {
	got, _ := extractRu(t, `Матч
Тренер команды Унай Эмери подвел итоги матча.
Нападающий Олли Уоткинс забил два гола и был признан лучшим игроком встречи.
«Летом усилимся», — пообещал наставник.`)
	if sp := got["Летом усилимся"]; sp != "Унай Эмери" {
		t.Errorf("speaker %q, want Унай Эмери; all %v", sp, got)
	}
}

// wantSpeakers reports the quotations of want whose speaker in got is not
// the one wanted.
func wantSpeakers(t *testing.T, got, want map[string]string) {
	t.Helper()
	for q, w := range want {
		if got[q] != w {
			t.Errorf("speaker of %q: %q, want %q; all %v", q, got[q], w, got)
		}
	}
}

// wantPredicate reports the words of want the predicate f, named name,
// answers otherwise.
func wantPredicate(t *testing.T, name string, f func(string) bool, want map[string]bool) {
	t.Helper()
	for w, v := range want {
		if f(w) != v {
			t.Errorf("%s(%q) = %v, want %v", name, w, !v, v)
		}
	}
}
