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
