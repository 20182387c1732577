package attrib

import "testing"

// TestRuCitedOutletForms checks Russian citing forms from federal online
// media: a day set between the verb and the outlet, an agency a report
// rests on («ссылается»), a site that publishes material, named by its
// address in quote marks, and a Latin title after a citing verb that is
// one name, not a person plus an outlet.
func TestRuCitedOutletForms(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Как пишет в четверг ProUA, об этом говорится в докладе ООН.", "ProUA"},
		{"Шихавцову предъявлено обвинение, передает накануне РИА Новости.", "РИА Новости"},
		{"По сведениям шведской газеты, на которую ссылается агентство France Presse, был заплачен выкуп.", "France Presse"},
		{"Кадры, снятые камерой видеонаблюдения, публикует «Вести.ру». На них видно здание.", "Вести.ру"},
	}
	for _, c := range cases {
		got := ruSourcesOf(t, c.text)
		found := false
		for _, s := range got {
			if s == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: sources %q, want %q among them", c.text, got, c.want)
		}
	}
}

// TestRuTimeAdverbialAt checks the day forms skipped between a verb of
// reporting and its outlet, and that other words are not skipped.
func TestRuTimeAdverbialAt(t *testing.T) {
	tok := func(ws ...string) []token {
		var out []token
		for _, w := range ws {
			out = append(out, token{kind: tokWord, text: w, lower: w})
		}
		return out
	}
	if n := ruTimeAdverbialAt(tok("в", "четверг", "ProUA"), 0); n != 2 {
		t.Errorf("«в четверг»: %d, want 2", n)
	}
	if n := ruTimeAdverbialAt(tok("накануне", "ТАСС"), 0); n != 1 {
		t.Errorf("«накануне»: %d, want 1", n)
	}
	if n := ruTimeAdverbialAt(tok("в", "интервью"), 0); n != 0 {
		t.Errorf("«в интервью»: %d, want 0", n)
	}
}

// ruSourcesOf returns the cited outlets Extract finds in a Russian text
// of one headline and one paragraph.
func ruSourcesOf(t *testing.T, text string) []string {
	t.Helper()
	_, srcs, err := Extract(paragraphs("Новости дня\n"+text), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	return srcs
}

// TestRuMoreOutlets checks that outlets of ruMoreOutlets are cited in an
// oblique case after a verb of speech and reported in the nominative, and
// that a paper in its Russian spelling is cited after «пишет».
func TestRuMoreOutlets(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Об этом тренер рассказал «Спорт-Экспрессу».", "Спорт-Экспресс"},
		{"Как заявил нападающий в интервью «Советскому спорту», он останется в клубе.", "Советский спорт"},
		{"Как пишет «Дейли телеграф», сделка сорвалась.", "Дейли телеграф"},
	}
	for _, c := range cases {
		got := ruSourcesOf(t, c.text)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: sources %q, want [%q]", c.text, got, c.want)
		}
	}
}

// TestRuJournalistAndConversation checks the outlet whose journalist was
// told something or talked with the speaker (dative, instrumental), the
// outlet one talks with named without quote marks, and «ИА» before a Latin
// name; a journalist's outlet in the nominative is an affiliation only.
func TestRuJournalistAndConversation(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Министр в беседе с корреспондентом «Известий» сказал, что сделка закрыта.", []string{"Известия"}},
		{"В разговоре с РБК Силуанов сказал, что бюджет будет исполнен.", []string{"РБК"}},
		{"Как передает ИА REGNUM, сделка закрыта.", []string{"REGNUM"}},
		{"Корреспондент Би-би-си Иван Петров сообщил, что сделка закрыта.", nil},
	}
	for _, c := range cases {
		got := ruSourcesOf(t, c.text)
		if len(got) != len(c.want) || len(got) > 0 && got[0] != c.want[0] {
			t.Errorf("%q: sources %q, want %q", c.text, got, c.want)
		}
	}
}
