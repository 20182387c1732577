package attrib

import "testing"

// TestRuOutletsRound4 checks this round's outlet rules on self-composed
// Russian sentences: a broadcaster named by figures and a plus, a site
// named by its address reported as the site, not as the broadcaster or
// paper whose name it starts with, and a time word between the verb and
// the outlet.
func TestRuOutletsRound4(t *testing.T) {
	cases := []ruOutletCase{
		{"Музыканты записали для украинского телеканала 1+1 видеообращение.", []string{"1+1"}},
		{"Об этом сообщил телеканал 1+1.", []string{"1+1"}},
		{"Сделка закрыта, сообщает Вести.ру.", []string{"Вести.ру"}},
		{"Сделка закрыта, сообщает «Вести».", []string{"Вести"}},
		{"Сделка закрыта, пишет в четверг «Коммерсантъ».", []string{"Коммерсантъ"}},
		{"Как сообщил во вторник Интерфакс, сделка закрыта.", []string{"Интерфакс"}},
	}
	checkRuOutlets(t, cases)
	for _, s := range []string{"Вести.ру", "Вести.Ru", "Газета.Ru", "Лента.ру"} {
		if got := canonicalSource(s); got != s {
			t.Errorf("canonicalSource(%q) = %q, want it as written", s, got)
		}
	}
}

// TestRuOrgNameHeads checks that a body whose capitalised name opens with
// a head noun of ruOrgNameHeads speaks under its whole name, in the
// nominative, and that the same nouns in lower case or a verb of the same
// stem are no body.
func TestRuOrgNameHeads(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Союз исламских организаций Франции заявил: «Мы осуждаем это нападение».", "Союз исламских организаций Франции"},
		{"«Мы осуждаем это нападение», — заявил Союз исламских организаций Франции.", "Союз исламских организаций Франции"},
		{"«Переговоры продолжатся завтра», — говорится в заявлении Секретариата ООН.", "Секретариат ООН"},
		{"Секретариат ООН сообщил: «Переговоры продолжатся завтра».", "Секретариат ООН"},
		{"Фонд защиты дикой природы заявил: «Популяция тигров растет».", "Фонд защиты дикой природы"},
		{"Партия регионов заявила: «Мы не согласны с решением суда».", "Партия регионов"},
		{"Центр защиты прав СМИ заявил: «Мы не согласны с решением».", "Центр защиты прав СМИ"},
	}
	for _, c := range cases {
		qs, _, err := Extract(paragraphs("Заголовок\n"+c.text), "ru", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(qs) != 1 || qs[0].Speaker != c.want {
			t.Errorf("%q: quotes %+v, want one by %q", c.text, qs, c.want)
		}
	}
	for _, w := range []string{"Советую", "Центральный", "Советов", "союз", "партии"} {
		if h := ruOrgNameHead(token{text: w, lower: toLower(w), kind: tokWord}); h != "" {
			t.Errorf("ruOrgNameHead(%q) = %q, want none", w, h)
		}
	}
}
