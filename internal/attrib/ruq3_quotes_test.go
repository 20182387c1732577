package attrib

import (
	"slices"
	"testing"
)

// TestCutAtOwnName checks where Russian dash speech stops when a later
// sentence names its own speaker: by the surname in any case, or by the
// first name and patronymic together, never by a first name alone (a
// speaker speaks of namesakes).
func TestCutAtOwnName(t *testing.T) {
	cases := []struct {
		text string
		name []string
		want string
	}{
		{"Когда прибыл в полк, служил в роте. В составе группы мотался снайпер Мандышканов по всему Афганистану.",
			[]string{"Матвей", "Михайлович", "Мандышканов"}, "Когда прибыл в полк, служил в роте."},
		{"Процедура будет бесплатной. По словам Виталия Валерьевича, так найдут владельцев.",
			[]string{"Виталий", "Валерьевич", "Кичинеков"}, "Процедура будет бесплатной."},
		// A first name alone is a namesake's.
		{"Тренеров было много. Борис Манатов, Александр Тобошев и многие другие.",
			[]string{"Александр", "Егорович", "Телёсов"}, "Тренеров было много. Борис Манатов, Александр Тобошев и многие другие."},
		// The first sentence is the speech itself, whatever it holds.
		{"Мандышкановы всегда служили. Мы гордимся этим.",
			[]string{"Матвей", "Мандышканов"}, "Мандышкановы всегда служили. Мы гордимся этим."},
		// A one-word name gives nothing to go by.
		{"Мы готовы. Петров тоже готов.", []string{"Петров"}, "Мы готовы. Петров тоже готов."},
		{"", []string{"Иван", "Петров"}, ""},
	}
	for _, c := range cases {
		if got := cutAtOwnName(c.text, c.name); got != c.want {
			t.Errorf("cutAtOwnName(%q, %q) = %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// TestDashSpeechStopsAtOwnName checks the rule in Extract: a dash
// paragraph whose speech goes on after its attribution ends before the
// writer's sentence that names the speaker by his surname.
func TestDashSpeechStopsAtOwnName(t *testing.T) {
	text := "Снайпер Матвей Мандышканов служил в Афганистане.\n" +
		"— Когда прибыл в полк, — вспоминает Матвей Михайлович, — в каптерке гладил форму земляк. Другой земляк лежал в госпитале. В составе группы мотался снайпер Мандышканов по всему Афганистану."
	qs, _, err := Extract(paragraphs(text), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := "в каптерке гладил форму земляк. Другой земляк лежал в госпитале."
	found := false
	for _, q := range qs {
		if q.Text == want {
			found = true
		}
		if q.Text == want+" В составе группы мотался снайпер Мандышканов по всему Афганистану." {
			t.Errorf("the writer's sentence naming the speaker kept in his speech: %q", q.Text)
		}
	}
	if !found {
		t.Errorf("quotations %+v, want the second piece to end before the sentence naming Мандышканов", qs)
	}
}

// TestTwoStrayGuillemets checks that a paragraph that drops two closing
// marks (a title with a name inside it, an organisation's name with its
// short name inside it) still shows the quotations after both.
func TestTwoStrayGuillemets(t *testing.T) {
	s := "Суд рассмотрел статью «К вопросу о «гадюшниках», написанную в мае. " +
		"Председатель организации «Армянская община «Миаснутюн» Республики Алтай заявил суду: «Это подстрекательство». " +
		"Свидетель добавил: «Я ничего не понял»."
	var got []string
	for _, sp := range quoteSpans(s, true) {
		got = append(got, s[sp.start:sp.end])
	}
	for _, want := range []string{"Это подстрекательство", "Я ничего не понял"} {
		if !slices.Contains(got, want) {
			t.Errorf("spans %q lack %q", got, want)
		}
	}
	// One stray, as before: read past.
	one := "Как сообщила газета «Вести района, суд отклонил иск. «Мы обжалуем», — сказал адвокат."
	if sp := quoteSpans(one, true); len(sp) != 1 || one[sp[0].start:sp[0].end] != "Мы обжалуем" {
		t.Errorf("one stray: %d spans", len(sp))
	}
}
