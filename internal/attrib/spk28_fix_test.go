package attrib

import "testing"

// TestSpk28BodyThenName checks that a body written with capitals after a
// role («председатель Законодательного Собрания», «глава Чеченской
// Республики») hides only its own words: the holder's name after it, in
// the same run of capitalised words, is still read as the speaker, when
// the sentence names him (resolve) and when a later pronoun or role refers
// to him (learn).
func TestSpk28BodyThenName(t *testing.T) {
	got, _ := extractRu(t, `«Мы рассмотрим все поправки к бюджету», — сообщил председатель Законодательного Собрания Петр Рыбин.`)
	if sp := got["Мы рассмотрим все поправки к бюджету"]; sp != "Петр Рыбин" {
		t.Errorf("name after the body (resolve): speaker %q, want Петр Рыбин (%v)", sp, got)
	}
	got, _ = extractRu(t, `На открытии моста выступил глава Чеченской Республики Рамзан Кадыров.
«Новый мост свяжет два района города», — сказал он.`)
	if sp := got["Новый мост свяжет два района города"]; sp != "Рамзан Кадыров" {
		t.Errorf("name after the body (learn, pronoun): speaker %q, want Рамзан Кадыров (%v)", sp, got)
	}
	got, _ = extractRu(t, `На открытии моста выступил глава Чеченской Республики Рамзан Кадыров.
«Новый мост свяжет два района города», — сказал Кадыров.`)
	if sp := got["Новый мост свяжет два района города"]; sp != "Рамзан Кадыров" {
		t.Errorf("name after the body (learn, surname): speaker %q, want Рамзан Кадыров (%v)", sp, got)
	}
	toks := tokenizeForTest(`председатель Законодательного Собрания Петр Рыбин`)
	if n := spk28BodyLen(toks, 1); n != 2 {
		t.Errorf("«Законодательного Собрания Петр Рыбин»: body of %d words, want 2", n)
	}
	toks = tokenizeForTest(`депутат Московской Городской Думы Иван Лосев`)
	if n := spk28BodyLen(toks, 1); n != 3 {
		t.Errorf("«Московской Городской Думы Иван Лосев»: body of %d words, want 3", n)
	}
}

// TestSpk28NotGovernedAfterNoun checks that a noun in the instrumental or
// a pronoun after a preposition («перед матчем», «после этого», «с
// супругой») closes the prepositional phrase: a surname after it is the
// sentence's subject, not a word the preposition governs.
func TestSpk28NotGovernedAfterNoun(t *testing.T) {
	got, _ := extractRu(t, `Сборная уступила хозяевам в товарищеском матче.
«Мы устали после долгого перелета», — сказал перед вылетом Сомов.`)
	if sp := got["Мы устали после долгого перелета"]; sp != "Сомов" {
		t.Errorf("«сказал перед вылетом Сомов»: speaker %q, want Сомов (%v)", sp, got)
	}
	got, _ = extractRu(t, `Мэр Олег Пахомов провел совещание в мэрии.
«Дорогу откроют в мае», — заявил после этого Гусев.`)
	if sp := got["Дорогу откроют в мае"]; sp != "Гусев" {
		t.Errorf("«заявил после этого Гусев»: speaker %q, want Гусев (%v)", sp, got)
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"сказал перед матчем Сомов", false},
		{"заявил после этого Гусев", false},
		{"приехал с супругой Лосев", false},
		{"трассы в словенской Поклюке", true},
		{"погоды на северном Сахалине", true},
		{"встречи перед карельской Кондопогой", true},
		{"встречи после долгого Ростова", true},
	} {
		toks := tokenizeForTest(c.s)
		if got := spk28GovernedName(toks, len(toks)-1); got != c.want {
			t.Errorf("%q: governed %v, want %v", c.s, got, c.want)
		}
	}
}

// TestSpk28GenitiveRunRole checks that a role in the genitive inside a
// run («Поручение Губернатора Олег Рыбин выполнил») is not filed as the
// named person's: the role still refers to its holder named before.
func TestSpk28GenitiveRunRole(t *testing.T) {
	got, _ := extractRu(t, `Губернатор Андрей Белов подписал указ о закрытии рынка.
Поручение Губернатора Олег Рыбин выполнил досрочно. Директор рынка Павел Зуев с ним согласен.
«Рынок закроют до весны, торговцам предложат новые места», — заявил губернатор.`)
	if sp := got["Рынок закроют до весны, торговцам предложат новые места"]; sp != "Андрей Белов" {
		t.Errorf("genitive role in a run: speaker %q, want Андрей Белов (%v)", sp, got)
	}
	for _, c := range []struct {
		w, stem string
		want    bool
	}{
		{"губернатор", "губернатор", true}, {"губернатора", "губернатор", false},
		{"председатель", "председател", true}, {"председателем", "председател", false},
		{"глава", "глава", true}, {"главы", "глав", false},
	} {
		if got := spk28NominativeRole(c.w, c.stem); got != c.want {
			t.Errorf("%q: nominative %v, want %v", c.w, got, c.want)
		}
	}
}

// TestSpk28ClubNoSurname checks that the name of a club after its form's
// abbreviation («президент ФК Ростов») is not read as the role holder's
// surname.
func TestSpk28ClubNoSurname(t *testing.T) {
	got, _ := extractRu(t, `Президент клуба Иван Савин подвел итоги сезона.
«Мы довольны пятым местом», — заявил президент ФК Ростов.`)
	if sp := got["Мы довольны пятым местом"]; sp != "Иван Савин" {
		t.Errorf("«президент ФК Ростов»: speaker %q, want Иван Савин (%v)", sp, got)
	}
}
