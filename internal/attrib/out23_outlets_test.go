package attrib

import "testing"

// TestOut23UnknownAbbrev checks an abbreviation in capitals the tables do
// not know after a verb only media take, or after «сообщает» ending its
// clause or with the outlet's own sources named; and that «передает»
// handing something over, a body's past announcement and a body's report
// cite nothing.
func TestOut23UnknownAbbrev(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Мост закрыт, передает КВН.", []string{"КВН"}},
		{"Как передает ВКМ-Медиа, мост закрыт.", []string{"ВКМ-Медиа"}},
		{"«Мост закроют», — цитирует КВН мэра.", []string{"КВН"}},
		{"В интервью КВН мэр сказал, что мост закроют.", []string{"КВН"}},
		{"Мост закрыт, сообщает КВН со ссылкой на мэрию.", []string{"КВН"}},
		{"Мост закрыт, сообщает КВН, ссылаясь на мэрию.", []string{"КВН"}},
		// The person quoted, then an outlet no table knows.
		{"«Мост закроют», — приводит слова Петровой КВН.", []string{"КВН"}},
		{"«Мост закроют», — приводит слова Мякинен Nordvest.", []string{"Nordvest"}},
		{"«Мост закроют», — приводит слова министра КВН.", nil},
		// Not outlets: a recipient, a body, a report's writer.
		{"Правительство передает КВН новые вертолеты.", nil},
		{"Об этом сообщает КВН.", []string{"КВН"}},
		{"Об этом сообщило КВН.", nil},
		{"Об этом сообщают СМИ.", nil},
		{"Об этом сообщают росСМИ.", nil},
		{"Как сообщает ЦИК, явка составила 60%.", nil},
		{"Об этом сообщает МЧС.", nil},
		{"Как передает ООН, гуманитарный груз доставлен.", nil},
		{"Об этом сообщает КВН в своем докладе.", nil},
		{"Об этом пишет ЦБ в своем докладе.", nil},
	})
}

// TestOut23ToldQuoted checks a name in quote marks in the dative next to
// a verb of speech, read as the outlet told and brought to the
// nominative; and a one-word reply that ends the sentence, which stays
// words said.
func TestOut23ToldQuoted(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Об этом «Северу» сообщили в пресс-службе МЧС.", []string{"Север"}},
		{"«Мы готовы», — сказал он «Северу».", []string{"Север"}},
		{"Об этом мэр сказал «Новому берегу» в пятницу.", []string{"Новый берег"}},
		{"Мэр заявил об этом в интервью «Новому берегу».", []string{"Новый берег"}},
		{"Он сказал «Помогу».", nil},
		{"Он ответил «Не знаю».", nil},
	})
}

// TestOut23Informant checks that an informant of a name in quote marks
// that no table knows cites no outlet: a company's insider is named so
// as often as an outlet's (review23).
func TestOut23Informant(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Об этом рассказали источники «Северного вестника».", nil},
		{"По словам собеседника «Севера», мост закроют.", nil},
		{"Об этом сообщил источник «Нефтегаза».", nil},
		{"Источники в «Севере» это отрицают.", nil},
	})
}

// TestOut23Review checks the frames review23 found taken for outlets the
// tables do not know: bodies and companies announcing, relative clauses
// of handing over, words promised or answered to a company.
func TestOut23Review(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Об этом сообщает ЦОДД.", nil},
		{"Как сообщает МТС, связь восстановят вечером.", nil},
		{"Оружие, которое Иран передает КНДР, прибыло в порт.", nil},
		{"Доклад, который пишет ВШЭ, выйдет в мае.", nil},
		{"Президент пообещал «Северу» помощь.", nil},
		{"Министр напомнил «Нефтегазу» о долге.", nil},
		{"Тренер ответил «Северу» в соцсетях.", nil},
		// the frames the rules serve stay
		{"Об этом сообщает КТК со ссылкой на полицию.", []string{"КТК"}},
		{"Об этом сообщает КТК.", []string{"КТК"}},
		{"Суд отложил заседание, передает КТК.", []string{"КТК"}},
		{"«Мы готовы», — рассказала она «Северу».", []string{"Север"}},
		// review24: verbs of telling beyond the first list, «что» of an
		// object clause, a reflexive verb that is no speech
		{"«Мы готовы», — отметил он «Северу».", []string{"Север"}},
		{"«Мы готовы», — говорит он «Северу».", []string{"Север"}},
		{"Отметим, что об этом также пишет КТК.", []string{"КТК"}},
		{"Усталость сказалась «Северу» во втором тайме.", nil},
	})
}

// TestOut23Forms checks the nominative of names the tables do not know
// and the merging of one outlet's case forms.
func TestOut23Forms(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Новому берегу", "Новый берег"},
		{"Русскому вестнику", "Русский вестник"},
		{"Известиям", "Известия"},
		{"Ведомостям", "Ведомости"},
		{"Медузе", "Медузе"}, // dative or prepositional: left as written
	} {
		if got := out23Nominative(c.in); got != c.want {
			t.Errorf("out23Nominative(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	got := out23MergeForms([]string{"Северу", "КВН", "Север"})
	if len(got) != 2 || got[0] != "Север" || got[1] != "КВН" {
		t.Errorf("out23MergeForms = %q, want [Север КВН]", got)
	}
}

// TestOut23AgencyAbbrev checks an information agency's abbreviation
// that belongs to its name before a title in quote marks.
func TestOut23AgencyAbbrev(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Мост закрыт, сообщает РИА «Воронеж».", []string{"РИА Воронеж"}},
		{"Как сообщили РИА «Воронеж» в мэрии, мост закроют.", []string{"РИА Воронеж"}},
	})
}
