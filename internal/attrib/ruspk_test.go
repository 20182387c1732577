package attrib

import "testing"

// Tests of the speaker rules made on the regional-newspaper texts of
// testdata/ru-fresh2 (names_caps.go, ru_relative.go, the fleeting vowel of
// lang_ru_names.go), on self-composed texts of the same conventions.

// TestRuCapsSurname checks that a surname printed in capitals after a first
// name or initials is read as the name it is, in title case and in the
// nominative, and that an abbreviation after a first name is not.
func TestRuCapsSurname(t *testing.T) {
	got, _ := extractRu(t, `Помощь ветеранам
Координатором этой работы в регионе является председатель отделения Александр ВИЛИСОВ. В интервью нашей газете он рассказал о работе фонда.
— Александр Михайлович, когда началось сотрудничество?
— В конце 2018 года руководитель фонда приезжала в республику, и мы познакомились.`)
	if sp := got["В конце 2018 года руководитель фонда приезжала в республику, и мы познакомились."]; sp != "Александр Вилисов" {
		t.Errorf("answer: speaker %q, want Александр Вилисов; all %v", sp, got)
	}
	got, _ = extractRu(t, `Тренер
О тренере мы попросили рассказать главного тренера по борьбе Александра ТЕЛЁСОВА.
— Александр Егорович, как вы работали в девяностые годы?
— Мы работали много, тренировали детей и ездили на соревнования по всей стране.`)
	if sp := got["Мы работали много, тренировали детей и ездили на соревнования по всей стране."]; sp != "Александр Телёсов" {
		t.Errorf("answer: speaker %q, want Александр Телёсов (nominative, title case); all %v", sp, got)
	}
	for _, c := range []struct {
		prev, w, want string
		ok            bool
	}{
		{"Александр", "ВИЛИСОВ", "Вилисов", true},
		{"В.К.", "МАНЫШЕВ", "Манышев", true},
		{"Юрий", "РИМСКИЙ-КОРСАКОВ", "Римский-Корсаков", true},
		{"Сергей", "МВД", "", false},        // no vowel: an abbreviation
		{"Иван", "РА", "", false},           // too short
		{"отделения", "ВИЛИСОВ", "", false}, // no first name before it
		{"Александр", "Вилисов", "", false}, // already in title case
	} {
		w, ok := capsSurname(token{text: c.prev, kind: tokWord}, c.w)
		if ok != c.ok || w != c.want {
			t.Errorf("capsSurname(%q, %q) = %q, %v; want %q, %v", c.prev, c.w, w, ok, c.want, c.ok)
		}
	}
}

// TestRuRelativeSpeaker checks that the words introduced by a verb of
// speech in a relative clause («…, который …, сказав: «…»») are those of
// the person named before «, который», in the nominative, not of a
// capitalised title inside the clause.
func TestRuRelativeSpeaker(t *testing.T) {
	got, _ := extractRu(t, `Профиль
Он разделяет позицию покойного генерала Льва Рохлина, который в 1998-м отказался от звания Героя России, сказав: «Я не желаю получать звёзды за гражданскую войну». Тем не менее награды были заслужены.`)
	if sp := got["Я не желаю получать звёзды за гражданскую войну"]; sp != "Лев Рохлин" {
		t.Errorf("speaker %q, want Лев Рохлин; all %v", sp, got)
	}
	got, _ = extractRu(t, `Встреча
Гости поблагодарили Анну Петрову, которая на прощание заявила: «Мы обязательно встретимся в следующем году и продолжим работу». Вечер завершился концертом.`)
	if sp := got["Мы обязательно встретимся в следующем году и продолжим работу"]; sp != "Анна Петрова" {
		t.Errorf("speaker %q, want Анна Петрова; all %v", sp, got)
	}
}

// TestRuGerundSpeaker checks that a gerund of speech («заявив»,
// «подчеркнув») is a verb of speech whose speaker is its sentence's
// subject, never a name after it.
func TestRuGerundSpeaker(t *testing.T) {
	got, _ := extractRu(t, `Ответ министра
Глава ведомства Сергей Лавров на встрече с журналистами резко отреагировал на заявление премьера, заявив, что высказывания Наото Кана носят «явно недипломатический характер».`)
	if sp, ok := got["явно недипломатический характер"]; !ok || sp != "Сергей Лавров" {
		t.Errorf("speaker %q, want Сергей Лавров; all %v", sp, got)
	}
	m := newReader(tablesFor("ru"))
	for w, want := range map[string]bool{"заявив": true, "подчеркнув": true, "сказавши": true, "готов": false, "слов": false, "Лев": false} {
		if got := m.isSpeechVerb(w); got != want {
			t.Errorf("isSpeechVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestRuFleetingVowelNames checks the case forms of first names with a
// fleeting vowel: Льва is Лев's genitive, Павлу Павел's dative.
func TestRuFleetingVowelNames(t *testing.T) {
	for w, want := range map[string]string{"Льва": "Лев", "Львом": "Лев", "Павла": "Павел", "Павлу": "Павел", "Любови": "Любовь", "Петра": "Петр"} {
		if nom, _, _, ok := ruFirstName(w); !ok || nom != want {
			t.Errorf("ruFirstName(%q) = %q, %v; want %q", w, nom, ok, want)
		}
	}
	if got, _ := ruNominative([]string{"Льва", "Рохлина"}); len(got) != 2 || got[0] != "Лев" || got[1] != "Рохлин" {
		t.Errorf("ruNominative(Льва Рохлина) = %v, want [Лев Рохлин]", got)
	}
}

// TestRuInitialsThenFirstName checks that a person named by initials and
// surname («Н.Ч. Манзырова») and then by first name and patronymic whose
// initials those are («Надежда Чанкышевна») is one person, reported by the
// fullest name the two give; and that other initials do not join them.
func TestRuInitialsThenFirstName(t *testing.T) {
	got, _ := extractRu(t, `Выезд
Уполномоченному по правам ребенка Н.Ч. Манзыровой приходится видеть разные семьи, поскольку, как говорит сама Надежда Чанкышевна, там же дети!
Едва мы вышли из дома, Н.Ч. Манзырова с облегчением выдохнула:
— Хорошо, все хорошо. В доме чисто, уютно. Семья благополучная, надо им помочь.`)
	if sp := got["Хорошо, все хорошо. В доме чисто, уютно. Семья благополучная, надо им помочь."]; sp != "Надежда Чанкышевна Манзырова" {
		t.Errorf("speaker %q, want Надежда Чанкышевна Манзырова; all %v", sp, got)
	}
	for _, c := range []struct {
		name []string
		want string
	}{
		{[]string{"Н.Ч.", "Манзырова"}, "Н.Ч."},
		{[]string{"Н.", "Ч.", "Манзырова"}, "Н.Ч."},
		{[]string{"Надежда", "Манзырова"}, ""},
		{[]string{"А.", "Манзырова"}, ""},
	} {
		if k := initialsKey(c.name); k != c.want {
			t.Errorf("initialsKey(%v) = %q, want %q", c.name, k, c.want)
		}
	}
}
