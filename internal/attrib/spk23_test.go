package attrib

import "testing"

// TestSpk23CitingClause checks that an outlet named by a citing clause
// opening with «как» («Как сообщает X, …») is cited and does not take the
// words of the person the main clause names, whom «он» then refers to;
// with no one else in the sentence the outlet still reports the words;
// and «как» inside a clause is no citing clause.
func TestSpk23CitingClause(t *testing.T) {
	q := "Мы плохо начали игру, но потом перестроились и забили дважды"
	for _, c := range []struct{ text, speaker string }{
		{"Итоги тура\nКак сообщает «Спорт-Экспресс», после игры главный тренер «Ротора» Игорь Сергеев заявил, что команда довольна.\n«" + q + "», — сказал он.", "Игорь Сергеев"},
		{"Итоги тура\nКак передает ТАСС, наставник клуба Павел Орлов признал, что соперник был сильнее.\n«" + q + "», — отметил он.", "Павел Орлов"},
		{"Итоги тура\nКак сообщает «Спорт-Экспресс», после игры в раздевалке звучали слова «" + q + "».", "Спорт-Экспресс"},
	} {
		got, src := extractRu(t, c.text)
		if sp := got[q]; sp != c.speaker {
			t.Errorf("%q: speaker %q, want %q (%v)", c.text, sp, c.speaker, got)
		}
		if len(src) == 0 {
			t.Errorf("%q: no outlet cited", c.text)
		}
	}
}

// TestSpk23Governed checks that a name governed by a preposition, alone
// or behind adjectives in lower case, is never an inverted subject at the
// sentence's end, while a name right after the verb is.
func TestSpk23Governed(t *testing.T) {
	m := newReader(tablesFor("ru"))
	for _, c := range []struct {
		sent string
		at   int
		want bool
	}{
		{"она отметила сложность трассы в словенской Поклюке", 6, true},
		{"он выступил в Казани", 3, true},
		{"он говорил о новых старых Героях", 5, true},
		{"отметила сложность трассы Ольга Медведцева", 3, false},
		{"сказал главный тренер Иван Петров", 3, false},
	} {
		toks := tokenize(nil, c.sent, sentence{Start: 0, End: len(c.sent)}, nil)
		if got := m.spk23Governed(toks, c.at); got != c.want {
			t.Errorf("%q at %d (%q): %v, want %v", c.sent, c.at, toks[c.at].text, got, c.want)
		}
	}
}
