package attrib

import "testing"

// TestQ26ReportingCue checks that words quoted in lower case in a clause
// of accusing, denying or a source's according-to are quotations, while a
// name after «по данным», a noun of the same stem and a capitalised name
// after an accusation are not.
func TestQ26ReportingCue(t *testing.T) {
	lead := "Директор музея Анна Смирнова позвонила в редакцию."
	for _, c := range []struct{ para, want string }{
		{"И отчитала нас, обвинив газету в «желтизне».", "желтизне"},
		{"По данным ведомства, «на месте работают пожарные расчёты».", "на месте работают пожарные расчёты"},
		{"В музее опровергают, что «экспонаты пропали».", "экспонаты пропали"},
	} {
		if qs := q26Quotes(t, lead, c.para); !q26HasQuote(qs, c.want) {
			t.Errorf("%q: %q not found: %+v", c.para, c.want, qs)
		}
	}
	// Near misses: an outlet or a name, no words of anyone's.
	for _, para := range []string{
		"По данным «Интерфакса», пожар потушен.",
		"Его обвинили в краже «Жигулей».",
	} {
		if qs := q26Quotes(t, lead, para); len(qs) != 0 {
			t.Errorf("%q: %+v", para, qs)
		}
	}
	for _, w := range []string{"обвинительный", "обвинение", "опровержение", "опровергнутый"} {
		if q26AccuseOrDeny(w) {
			t.Errorf("%q read as a verb of accusing or denying", w)
		}
	}
	for _, w := range []string{"обвинил", "обвинив", "обвиняют", "опровергла", "опровергают"} {
		if !q26AccuseOrDeny(w) {
			t.Errorf("%q not read as a verb of accusing or denying", w)
		}
	}
}

// TestQ26ReportingCueHostile gives sentences the rule could misread: a
// name in lower case after «по информации» and a noun, a noun of
// accusing with a narration dash, and a scare quote in a sentence whose
// verb of accusing governs something else.
func TestQ26ReportingCueHostile(t *testing.T) {
	lead := "Директор музея Анна Смирнова позвонила в редакцию."
	for _, para := range []string{
		"По информации сайта «открытые данные», бюджет вырос.",
		"Обвинение — «фейк» для читателей.",
		"Прокурор обвинил директора в растрате, а «дочку» фирмы закрыли.",
	} {
		if qs := q26Quotes(t, lead, para); len(qs) != 0 {
			t.Errorf("%q: %+v", para, qs)
		}
	}
}
