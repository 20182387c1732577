package attrib

import "testing"

// TestSpk28OutletNoReferent checks that a pronoun or role in Russian does
// not refer to the outlet the article cites as its source: the first word
// of an agency's name cut by its quotation mark («РИА «Регион»») is no
// candidate speaker of the chooser (notOutlets, by ruOutletReferent), and
// an outlet that reported a person's words is no fallback referent of
// «сказал он».
func TestSpk28OutletNoReferent(t *testing.T) {
	// The chooser's candidates: the first word of a cited agency's name
	// is dropped, a person and a body are kept.
	m := newReader(tablesFor("ru"))
	m.sources = []string{"РИА Регион"}
	cut := &person{name: []string{"РИА"}}
	man := &person{name: []string{"Илья", "Шубин"}}
	press := &person{name: []string{"пресс-служба", "РИА"}, body: true}
	kept := m.notOutlets([]cand{{p: cut}, {p: man}, {p: press}})
	if len(kept) != 2 || kept[0].p != man || kept[1].p != press {
		t.Errorf("notOutlets kept %v, want Илья Шубин and the body", kept)
	}
	got, _ := extractRu(t, `Как сообщает "Спортивный вестник", после игры главный тренер "Урала" Иван Лобов заявил, что команда сыграла плохо.
"Мы потеряли мяч в середине поля и не смогли отыграться", - сказал он.`)
	if sp := got["Мы потеряли мяч в середине поля и не смогли отыграться"]; sp != "Иван Лобов" {
		t.Errorf("pronoun after «Как сообщает …»: speaker %q, want Иван Лобов (%v)", sp, got)
	}
}
