package attrib

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestRuStraightRunOverParagraphs checks a quotation set in straight marks
// over more than two paragraphs, opened in the first, reopened in none and
// closed in the last before its author's words: each paragraph is a
// quotation of the speaker the last one names. A paragraph of dialogue or
// one holding guillemets in between ends the run unread.
func TestRuStraightRunOverParagraphs(t *testing.T) {
	ps := []string{
		"\"Игра получилась очень тяжелой, соперник давил весь первый тайм.",
		"После перерыва мы перестроились и стали чаще владеть мячом.",
		"Я рад, что ребята выдержали до конца и не сломались.",
		"Теперь думаем о следующем матче\", — сказал полузащитник команды Илья Сорокин.",
	}
	got, _ := extractRu(t, strings.Join(ps, "\n"))
	for _, text := range []string{
		"Игра получилась очень тяжелой, соперник давил весь первый тайм.",
		"После перерыва мы перестроились и стали чаще владеть мячом.",
		"Я рад, что ребята выдержали до конца и не сломались.",
		"Теперь думаем о следующем матче",
	} {
		if sp, ok := got[text]; !ok || sp != "Илья Сорокин" {
			t.Errorf("%q: got %v", text, got)
		}
	}
	for _, middle := range []string{
		"— А что с составом? Состав будет прежним.",
		"Об этом клуб сообщил в «Телеграме» в понедельник.",
	} {
		ps := []string{ps[0], middle, ps[3]}
		got, _ := extractRu(t, strings.Join(ps, "\n"))
		for text := range got {
			if strings.HasPrefix(text, "Игра получилась") && strings.Contains(text, "Теперь") || strings.HasPrefix(text, "Об этом клуб") {
				t.Errorf("%q: a run was read: %v", middle, got)
			}
		}
	}
}

// TestRuSurnameBeforeOutlet checks that a surname alone right after the
// verb of speech stays the speaker when an outlet the words were said on
// or to follows it («сказал Максименко в эфире «Матч Премьер»»), and the
// outlet is cited; with the outlet first, a surname alone after it is
// still no speaker.
func TestRuSurnameBeforeOutlet(t *testing.T) {
	for _, c := range []struct{ clause, speaker, outlet string }{
		{"— сказал Максименко в эфире «Матч Премьер».", "Максименко", "Матч Премьер"},
		{"— заявил Петров в интервью «Известиям».", "Петров", "Известия"},
		{"— сказал «Известиям» Петров.", "", "Известия"},
	} {
		got, src := extractRu(t, "Заголовок новости\n«Мы сыграли хорошо и заслуженно победили в этом матче», "+c.clause)
		if sp := got["Мы сыграли хорошо и заслуженно победили в этом матче"]; sp != c.speaker {
			t.Errorf("%s: speaker %q, want %q (%v)", c.clause, sp, c.speaker, got)
		}
		if len(src) == 0 || src[0] != c.outlet {
			t.Errorf("%s: sources %v, want %q", c.clause, src, c.outlet)
		}
	}
}

// TestRuHeadlineContainedQuote checks that words a headline sets in quote
// marks, which a body quotation holds as a run of its words, are a
// headline quotation of that quotation's speaker, whatever frame the
// headline gives them; a short phrase or a title in marks is not taken.
func TestRuHeadlineContainedQuote(t *testing.T) {
	body := paragraphs("Главный редактор газеты Евгений Горчаков прокомментировал возбуждение уголовного дела.\n«После потери рекламы мы власти ничем не обязаны. Газета будет выходить и дальше», — сказал Горчаков.")
	for _, c := range []struct{ headline, want string }{
		{"Редактор «Красного знамени»: «Мы власти ничем не обязаны»", "Мы власти ничем не обязаны"},
		{"Горчаков пообещал, что газета «будет выходить и дальше»", "будет выходить и дальше"},
		{"Газета «Красное знамя» будет выходить", ""},
		{"Редактор: газета «будет выходить»", ""},
	} {
		got := headlineQuoteOf(t, c.headline, body)
		switch {
		case c.want == "" && got != nil:
			t.Errorf("%s: headline quotation %q", c.headline, got.Text)
		case c.want != "" && (got == nil || got.Text != c.want || got.Speaker != "Евгений Горчаков"):
			t.Errorf("%s: got %+v, want %q by Евгений Горчаков", c.headline, got, c.want)
		}
	}
}

// TestRuPronounNotOutlet checks that «он» in the author's words after a
// paragraph closed by «Об этом сообщает ТАСС» means the person the
// paragraph reported on, not the agency cited at its end.
func TestRuPronounNotOutlet(t *testing.T) {
	for _, outlet := range []string{"ТАСС", "РИА «Новости»"} {
		got, src := extractRu(t, "Мэр Москвы Сергей Собянин заявил, что развитие столицы не остановится. Об этом сообщает "+outlet+".\n«Скажу вам, что не остановит, этому не бывать», — сказал он.")
		if sp := got["Скажу вам, что не остановит, этому не бывать"]; sp != "Сергей Собянин" {
			t.Errorf("%s: speaker %q (%v)", outlet, sp, got)
		}
		if len(src) != 1 {
			t.Errorf("%s: sources %v", outlet, src)
		}
	}
}

// headlineQuoteOf returns the quotation Russian extraction reads from the
// headline h over the body, or nil.
func headlineQuoteOf(t *testing.T, h string, body []model.Block) *model.Quote {
	t.Helper()
	qs, _, err := ExtractWithHeadline(h, body, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	for i := range qs {
		if qs[i].Block == HeadlineBlock {
			return &qs[i]
		}
	}
	return nil
}
