package attrib

import "testing"

// TestRuHeadlinePeople checks that a person a Russian headline names by
// first name and surname is known to the body: a role with no name
// («сказал главный тренер», «добавил наставник») and a pronoun refer to
// him when the body names no one; a person the body names wins over the
// headline's; and a headline's single capitalised words (a place, a body)
// or a first name in an oblique case make no one.
func TestRuHeadlinePeople(t *testing.T) {
	speakers := func(h, body string) map[string]string {
		t.Helper()
		qs, _, err := ExtractWithHeadline(h, paragraphs(body), "ru", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, q := range qs {
			got[q.Text] = q.Speaker
		}
		return got
	}
	got := speakers(`Иван Петров: «Мы будем бороться до конца»`, `Команда проиграла третий матч подряд.
«Сезон еще не окончен», — сказал главный тренер.
«Игроки расстроены», — добавил наставник.`)
	for _, q := range []string{"Сезон еще не окончен", "Игроки расстроены"} {
		if got[q] != "Иван Петров" {
			t.Errorf("%q: speaker %q, want Иван Петров (%v)", q, got[q], got)
		}
	}
	got = speakers(`Губернатор Андрей Клычков проверил стройку`, `Стадион откроют в мае.
«Мы уложимся в срок», — заявил он.`)
	if got["Мы уложимся в срок"] != "Андрей Клычков" {
		t.Errorf("pronoun after a headline name: %v", got)
	}
	got = speakers(`Иван Петров: «Мы будем бороться»`, `Главный тренер соперников Олег Смирнов остался доволен.
«Победа заслуженная», — сказал он.`)
	if got["Победа заслуженная"] != "Олег Смирнов" {
		t.Errorf("the body's person must win over the headline's: %v", got)
	}
	got = speakers(`В Казани прошла встреча с Ивану Петрову`, `Совещание прошло в мэрии.
«Работы завершатся осенью», — сказал он.`)
	if sp := got["Работы завершатся осенью"]; sp == "Казани" || sp == "Ивану Петрову" {
		t.Errorf("a place or an oblique first name in the headline made a person: %v", got)
	}
}

// TestRuObliqueLastName checks that a name ending a Russian sentence with
// its first name in an oblique case («отметил игру Алексея Смирнова»),
// after the sentence's own subject, is not taken for the subject a later
// pronoun refers to, while a pronoun of that person's gender alone still
// finds him or her, and a name the sentence cites as its source still
// becomes the subject.
func TestRuObliqueLastName(t *testing.T) {
	got, _ := extractRu(t, `Команда выиграла
Главный тренер Иван Петров остался доволен матчем. Он отметил игру Алексея Смирнова.
«Мы заслужили эту победу», — сказал он.`)
	if sp := got["Мы заслужили эту победу"]; sp != "Иван Петров" {
		t.Errorf("pronoun after an oblique sentence-final name: %q, want Иван Петров (%v)", sp, got)
	}
	got, _ = extractRu(t, `Команда выиграла
Главный тренер Иван Петров остался доволен матчем. Он отметил игру Марии Смирновой.
«Я счастлива, что помогла команде», — сказала она.`)
	if sp := got["Я счастлива, что помогла команде"]; sp != "Мария Смирнова" {
		t.Errorf("a pronoun of the oblique name's gender only: %q, want Мария Смирнова (%v)", sp, got)
	}
}
