package eval

import (
	"reflect"
	"testing"
)

func TestRuNorm(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"«Мы победим!» ", "Мы победим"},
		{"„Это  «важно»“…", "Это важно"},
		{"''Hello'' world.'", "Hello world"},
		{"'цитата', ", "цитата"},
	} {
		if got := RuNormQuote(c.in); got != c.want {
			t.Errorf("RuNormQuote(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := RuNormSource(" РИА  «Новости»"); got != "риа новости" {
		t.Errorf("RuNormSource = %q", got)
	}
	for _, c := range []struct {
		pred  string
		names []string
		want  bool
	}{
		{"Путин", []string{"Владимир Путин"}, true},
		{"министр обороны США Эштон Картер", []string{"Эштон Картер"}, true},
		{"ВЛАДИМИР  ПУТИН", []string{"Владимир Путин"}, true},
		{"Иванов", []string{"Петров", ""}, false},
		{"", []string{"Петров"}, false},
	} {
		if got := RuSpeakerOK(c.pred, c.names); got != c.want {
			t.Errorf("RuSpeakerOK(%q, %q) = %v", c.pred, c.names, got)
		}
	}
}

// TestScoreRuArticle is one hand-made article exercising every rule of
// the corpus's matching; the expected figures were also checked with the
// corpus's score.py functions on the same input.
func TestScoreRuArticle(t *testing.T) {
	rec := RuRecord{
		File: "x01.txt",
		Quotes: []RuQuote{
			{Text: "Мы победим", Speaker: "Иван Петров", SpeakerAlt: []string{"Петров"}},
			{Text: "Первая часть. Вторая часть", Segments: []string{"Первая часть", "Вторая часть"}, Speaker: "Анна Сидорова"},
			{Text: "Вложенная", Nested: true},
			{Text: "Никто не пришёл"}, // no speaker named
			{Text: "Пропущенная", Speaker: "Олег"},
		},
		NamesInQuotes: []string{"Газпром"},
		Sources:       []RuSource{{Name: "РИА Новости", Alts: []string{"РИА «Новости»"}}, {Name: "Интерфакс", Alts: []string{"«Интерфаксу»"}}},
	}
	preds := []RuPred{
		{"«Мы победим!»", "Петров"},     // quotation 0, speaker by an alternative
		{"Первая часть", "Иван Петров"}, // with the next, quotation 1 by segments; wrong speaker
		{"Вторая часть", ""},            //
		{"Вложенная", ""},               // nested: ignored
		{"Газпром", ""},                 // a name in guillemets: extra
		{"Никто не пришёл.", "Кто-то"},  // quotation 3, no speaker to judge
		{"Мы победим", ""},              // quotation 0 already taken: extra
	}
	c, m := ScoreRuArticle(rec, preds, []string{"РИА Новости", "риа  новости", "ТАСС", ""})
	want := RuCounts{Preds: 6, Used: 4, True: 4, TP: 3, NamesFP: 1, SpeakerN: 2, SpeakerOK: 1, SrcPred: 2, SrcTrue: 2, SrcTP: 1}
	if c != want {
		t.Errorf("counts = %+v\nwant     %+v", c, want)
	}
	wantMiss := RuMisses{
		Missed:        []string{"Пропущенная"},
		Extra:         []string{"Газпром", "Мы победим"},
		WrongSpeaker:  [][3]string{{"Первая часть. Вторая часть", "Анна Сидорова", "Иван Петров"}},
		SourcesMissed: []string{"Интерфакс"},
		SourcesExtra:  []string{"тасс"},
	}
	if !reflect.DeepEqual(m, wantMiss) {
		t.Errorf("misses = %+v\nwant     %+v", m, wantMiss)
	}
	if sum := want.Add(want); sum.TP != 6 || sum.SrcPred != 4 || sum.NamesFP != 2 {
		t.Errorf("Add = %+v", sum)
	}
	// Nothing predicted: every true quotation and outlet missed.
	c, _ = ScoreRuArticle(rec, nil, nil)
	if want := (RuCounts{True: 4, SrcTrue: 2}); c != want {
		t.Errorf("empty prediction: %+v, want %+v", c, want)
	}
}
