package attrib

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestRuMixedClosingMark checks that a quotation opened with « and closed
// with a straight quote before its author's words is read, on one
// paragraph and over two; and that a straight quote that pairs with
// another, or that no verb of speech follows, closes nothing.
func TestRuMixedClosingMark(t *testing.T) {
	got, _ := extractRu(t, `Вратарь доволен
Вратарь «Факела» Олег Сомов оценил игру защиты.
«Мы держали оборону весь матч и не дали сопернику ударить по воротам" — сказал Сомов после игры.`)
	if sp, ok := got["Мы держали оборону весь матч и не дали сопернику ударить по воротам"]; !ok || sp != "Олег Сомов" {
		t.Errorf("one paragraph: %v", got)
	}
	got, _ = extractRu(t, `Вратарь доволен
Вратарь «Факела» Олег Сомов оценил игру защиты.
«Первый тайм дался тяжело, соперник много бил издали.
Во втором мы перестроились и закрыли фланги" — рассказал Сомов в эфире телеканала «Спорт 24».`)
	for _, piece := range []string{"Первый тайм дался тяжело, соперник много бил издали.", "Во втором мы перестроились и закрыли фланги"} {
		if sp, ok := got[piece]; !ok || sp != "Олег Сомов" {
			t.Errorf("two paragraphs, piece %q: %v", piece, got)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{`«Мы выиграем" — сказал он.`, true},
		{`«Мы выиграем", — заявила она.`, true},
		{`«Мы купили "Ниву" — сказал он.`, false},       // the straight quotes pair up
		{`«Мы выиграем" — и ушел в раздевалку.`, false}, // no verb of speech after the dash
		{`«Мы выиграем » — сказал он.`, false},          // closed by its own mark
	} {
		if got := straightCloseIn(c.s) >= 0; got != c.want {
			t.Errorf("straightCloseIn(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestRuStraightSharedOpening checks that a quotation in straight quotes
// that opens with a name in straight quotes, sharing its opening mark, is
// read whole when it closes before the author's words or at the end of
// the paragraph, and that a name in mid-sentence shares nothing.
func TestRuStraightSharedOpening(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{`Тренер: "Сокол" сыграл лучше нас, это надо признать".`, `"Сокол" сыграл лучше нас, это надо признать`},
		{`"Сокол" сыграл лучше нас, это надо признать", - сказал тренер.`, `"Сокол" сыграл лучше нас, это надо признать`},
	} {
		spans := quoteSpans(c.s, true)
		if len(spans) != 1 || c.s[spans[0].start:spans[0].end] != c.want {
			var got []string
			for _, q := range spans {
				got = append(got, c.s[q.start:q.end])
			}
			t.Errorf("%q: spans %q, want %q", c.s, got, c.want)
		}
	}
	s := `Тренер клуба "Сокол" сыграл в защите".`
	for _, q := range quoteSpans(s, true) {
		if got := s[q.start:q.end]; got != "Сокол" {
			t.Errorf("%q: span %q, want only the name", s, got)
		}
	}
}

// TestRuHeadlineLeadQuote checks the headline whose quotation comes first:
// before a colon and the words with a verb of speech it is the quotation
// of whom the body quotes in the words it condenses, or of whom the
// headline names, or whose passage holds its words; a name in quote marks before a colon, or a quotation
// before words with no verb of speech, gives none.
func TestRuHeadlineLeadQuote(t *testing.T) {
	body := paragraphs(`Глава города Иван Крылов выступил на совещании в мэрии.
«Ситуация в городе спокойная и полностью под контролем. Все службы работают штатно», — заявил Иван Крылов.`)
	cases := []struct{ h, text, speaker string }{
		{"«Ситуация в Твери спокойная и под контролем»: мэрия рассказала об обстановке", "Ситуация в Твери спокойная и под контролем", "Иван Крылов"},
		{"«Все службы работают штатно»: мэр оценил обстановку", "Все службы работают штатно", "Иван Крылов"}, // the body's words
		{"«Все службы города работают в штатном режиме»: мэр оценил обстановку", "", ""},                     // no verb of speech after the colon
		{"«Городская Дума Твери»: депутаты заявили о бюджете", "", ""},                                       // a name, not words
		{"«Ситуация в Твери спокойная»: мэрия рассказала об обстановке", "", ""},                             // shares too few words
	}
	for _, c := range cases {
		qs, _, err := ExtractWithHeadline(c.h, body, "ru", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		var found bool
		for _, q := range qs {
			if q.Block == HeadlineBlock {
				found = true
				if q.Text != c.text || q.Speaker != c.speaker {
					t.Errorf("%q: headline quotation %q by %q, want %q by %q", c.h, q.Text, q.Speaker, c.text, c.speaker)
				}
			}
		}
		if found != (c.text != "") {
			t.Errorf("%q: headline quotation found %v, want %v", c.h, found, c.text != "")
		}
	}
}

// TestRuParenthesisedName checks that a party or club in quote marks that
// fills a parenthesis after a name is no quotation, while the speaker's
// words in the same paragraph are.
func TestRuParenthesisedName(t *testing.T) {
	got, _ := extractRu(t, `Депутат оценил решение
Принятие закона — большой успех, заявил член комитета по бюджету депутат Олег Ветров («Справедливая Россия»). «Мы будем голосовать за этот закон», — сказал Ветров.`)
	if _, ok := got["Справедливая Россия"]; ok {
		t.Errorf("the party is taken for a quotation: %v", got)
	}
	if sp := got["Мы будем голосовать за этот закон"]; sp != "Олег Ветров" {
		t.Errorf("quotation: %v", got)
	}
}

// TestRuOutletsRuq13l checks a known outlet before a past-tense verb only
// media take, a site address in quote marks in an oblique case reported
// in the nominative, a day of the week or a date between the verb and the
// outlet, and a known outlet or a site address that publishes what the
// item retells, after the verb or before it (a ministry or a press
// service that publishes is no outlet).
func TestRuOutletsRuq13l(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Ранее «Утро.ру» передавало, что завод закроют.", []string{"Утро.ру"}},
		{"Ранее «Ведомости» писали, что завод закроют.", []string{"Ведомости"}},
		{"«Мы закроем завод», — сказал министр в интервью «Газете.ru».", []string{"Газета.Ru"}},
		{"Как пишет в четверг ProUA, завод закроют.", []string{"ProUA"}},
		{"Как сообщает 4 февраля ТАСС, завод закроют.", []string{"ТАСС"}},
		{"Ранее директор завода писал, что его закроют.", nil},
		// publishing: a known outlet or a site address, not a ministry
		{"Видео с места аварии публикует «Вести.ру».", []string{"Вести.ру"}},
		{"Снимки с места пожара публикует РИА Новости.", []string{"РИА Новости"}},
		{"«Ведомости» опубликовали письмо министра.", []string{"Ведомости"}},
		{"Доклад о ценах опубликовало Министерство экономики.", nil},
		{"Текст решения публикует пресс-служба суда.", nil},
	})
	if got := ruSiteNominative("Газете.ru"); got != "Газета.Ru" {
		t.Errorf("ruSiteNominative(Газете.ru) = %q", got)
	}
	if got := ruSiteNominative("Новостям.ru"); got != "" {
		t.Errorf("ruSiteNominative(Новостям.ru) = %q, want none (not in the tables)", got)
	}
}

// TestStraightMarksCloseAfter: the paragraph-wide reading of
// straightMarks answers as unmatchedClose does on the rest of the
// paragraph, at every straight quote of paragraphs made of random marks.
func TestStraightMarksCloseAfter(t *testing.T) {
	alphabet := []string{"«", "»", "\"", "а", " "}
	rng := rand.New(rand.NewPCG(13, 13))
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		var m straightMarks
		for i := 0; i < len(s); i++ {
			if s[i] != '"' {
				continue
			}
			k, _ := unmatchedClose(s[i:])
			if got, want := m.closeAfter(s, i), k >= 0; got != want {
				t.Fatalf("closeAfter(%q, %d) = %t, want %t", s, i, got, want)
			}
			if got, want := m.oddStraight(s), strings.Count(s, "\"")%2 == 1; got != want {
				t.Fatalf("oddStraight(%q) = %t, want %t", s, got, want)
			}
		}
	}
}
