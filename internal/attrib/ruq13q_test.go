package attrib

import (
	"slices"
	"testing"
)

// TestRuLeadAsHeadline checks that a lead sentence taken for the headline
// (a line of prose with its full stop) is read with the body: the outlet
// it cites is found, the partial quotation woven into it is found with the
// headline's block number, and the body's quotations keep their own
// block numbers; a headline with no full stop, and an English one, are
// left as headlines.
func TestRuLeadAsHeadline(t *testing.T) {
	lead := `Министр финансов Антон Силуанов назвал бюджет следующего года "сбалансированным", передает РИА Новости.`
	body := paragraphs(`«Мы сохраняем все социальные обязательства», — сказал министр.`)
	qs, src, err := ExtractWithHeadline(lead, body, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(src, "РИА Новости") {
		t.Errorf("sources %q: the lead's outlet is missing", src)
	}
	blocks := map[string]int{}
	for _, q := range qs {
		blocks[q.Text] = q.Block
	}
	if b, ok := blocks["сбалансированным"]; !ok || b != HeadlineBlock {
		t.Errorf("the lead's partial quotation: %v", qs)
	}
	if b, ok := blocks["Мы сохраняем все социальные обязательства"]; !ok || b != 0 {
		t.Errorf("the body's quotation: %v", qs)
	}
	for _, c := range []struct {
		h, tag string
		want   bool
	}{
		{lead, "ru", true},
		{`Министр финансов назвал бюджет следующего года сбалансированным, передает РИА Новости`, "ru", false}, // no full stop
		{`Силуанов назвал бюджет сбалансированным.`, "ru", false},                                              // too short to be told from a headline
		{`Министр сказал: «Бюджет следующего года будет сбалансированным, как и нынешний».`, "ru", false},      // the stop closes a quotation
		{`The finance minister called next year's budget balanced in a speech to the lower house.`, "en", false},
	} {
		if got := leadAsHeadline(c.h, c.tag); got != c.want {
			t.Errorf("leadAsHeadline(%q, %s) = %v, want %v", c.h, c.tag, got, c.want)
		}
	}
}

// TestRuDashSpeechClosingVerb checks that dash speech whose author's words
// close the paragraph, opened by a verb the table of verbs of speech does
// not hold («пишет»), is cut before them and given to the person the
// role names; and that a dash in the writer's own sentence, or words that
// do not end the paragraph, make no quotation of it.
func TestRuDashSpeechClosingVerb(t *testing.T) {
	got, _ := extractRu(t, `Стадион откроют осенью
Как сообщает глава районной администрации Юрий Матузов, на стадионе монтируют трибуны.
— Оценил масштабы работ и указал на отставание по графику, подрядчик рискует попасть в список недобросовестных, — пишет глава района.`)
	if sp, ok := got["Оценил масштабы работ и указал на отставание по графику, подрядчик рискует попасть в список недобросовестных"]; !ok || sp != "Юрий Матузов" {
		t.Errorf("dash speech closed by «пишет»: %v", got)
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{" пишет глава района.", true},
		{" пишет глава района. Подрядчик обязался устранить недочеты.", false}, // the paragraph goes on
		{" пишет «Коммерсантъ» со ссылкой на источники.", false},               // a quoted name: an outlet's report
	} {
		if got := closesParagraph(c.s); got != c.want {
			t.Errorf("closesParagraph(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
