package attrib

import "testing"

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

// TestRuInformantOutlet checks that an outlet's informant («источник
// РБК», «собеседник «Ведомостей»») cites the outlet, and that an informant
// of a body is no outlet.
func TestRuInformantOutlet(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Собеседник РБК в правительстве подтвердил, что сделка закрыта.", []string{"РБК"}},
		{"Источник «Интерфакса» подтвердил, что сделка закрыта.", []string{"Интерфакс"}},
		{"Источник в правительстве подтвердил, что сделка закрыта.", nil},
	}
	for _, c := range cases {
		got := ruSourcesOf(t, c.text)
		if len(got) != len(c.want) || len(got) > 0 && got[0] != c.want[0] {
			t.Errorf("%q: sources %q, want %q", c.text, got, c.want)
		}
	}
}
