package attrib

import (
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestHeadlineQuote checks the headline forms that give someone's words
// (a name or role, a colon and the quotation; a topic between name and
// colon; the quotation, a dash and a verb of speech with the speaker; a
// headline all in quote marks that a longer quotation of the body holds)
// and the headlines that hold a quotation-marked title or name only, or
// a speaker the body does not name.
func TestHeadlineQuote(t *testing.T) {
	body := `Наставник «Манчестер Юнайтед» Жозе Моуриньо оценил игру полузащитника Генриха Мхитаряна.
«Я очень рад, потому что сегодня он сыграл против команды АПЛ», — сказал Моуриньо.
«Мы будем бороться до конца, команда готова к любому сопернику», — заявил президент клуба Эд Вудворд.`
	cases := []struct {
		headline, text, speaker string
	}{
		{"Моуриньо: «Мхитарян наконец показал себя»", "Мхитарян наконец показал себя", "Жозе Моуриньо"},
		{"Моуриньо о Мхитаряне: «Он наконец показал себя»", "Он наконец показал себя", "Жозе Моуриньо"},
		{"Моуриньо — о победе: «Мы заслужили её»", "Мы заслужили её", "Жозе Моуриньо"},
		{"«Мхитарян наконец показал себя», — заявил Моуриньо", "Мхитарян наконец показал себя", "Жозе Моуриньо"},
		{"Президент: «Мы будем бороться до конца»", "Мы будем бороться до конца", "Эд Вудворд"},
		{"«Мы будем бороться до конца»", "Мы будем бороться до конца", "Эд Вудворд"},
		// Not a speaker's words: a title, a team, a name nobody in the
		// body bears, the body's own quotation in the same words.
		{"«Манчестер Юнайтед» обыграл «Челси»", "", ""},
		{"Манчестер: «Красные дьяволы» снова в игре", "", ""},
		{"Петров: «Мхитарян наконец показал себя»", "", ""},
		{"«Я очень рад, потому что сегодня он сыграл против команды АПЛ»", "", ""},
		{"Моуриньо: «Я очень рад, потому что сегодня он сыграл против команды АПЛ»", "", ""},
		{"Премьера фильма «Красные дьяволы»", "", ""},
	}
	for _, c := range cases {
		qs, _, err := ExtractWithHeadline(c.headline, paragraphs(body), "ru", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		var head []model.Quote
		for _, q := range qs {
			if q.Block == HeadlineBlock {
				head = append(head, q)
			}
		}
		if c.text == "" {
			if len(head) != 0 {
				t.Errorf("%q: headline quotations %+v, want none", c.headline, head)
			}
			continue
		}
		if len(head) != 1 || head[0].Text != c.text || head[0].Speaker != c.speaker || qs[0] != head[0] {
			t.Errorf("%q: headline quotations %+v, want first %q by %q", c.headline, head, c.text, c.speaker)
		}
		if body, _, _ := Extract(paragraphs(body), "ru", func() error { return nil }); len(body) != len(qs)-1 {
			t.Errorf("%q: %d quotations, want the body's %d and the headline's", c.headline, len(qs), len(body))
		}
	}
}

// TestHeadlineQuoteEnglish checks the colon form in English, and that a
// headline naming no one the body names gives nothing.
func TestHeadlineQuoteEnglish(t *testing.T) {
	body := `Chargers coach Anthony Lynn spoke after the game on Sunday.
"We needed to win this game, and the players knew it," Lynn said.`
	qs, _, err := ExtractWithHeadline("Lynn: “We had to win this one”", paragraphs(body), "en", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) == 0 || qs[0].Block != HeadlineBlock || qs[0].Text != "We had to win this one" || qs[0].Speaker != "Anthony Lynn" {
		t.Errorf("quotations %+v, want first the headline's by Anthony Lynn", qs)
	}
	qs, _, _ = ExtractWithHeadline("Breaking: “We had to win this one”", paragraphs(body), "en", func() error { return nil })
	for _, q := range qs {
		if q.Block == HeadlineBlock {
			t.Errorf("headline quotation %+v from a rubric", q)
		}
	}
}

// TestHeadlineQuoteOddInput checks that broken and degenerate headlines
// give no quotation and no panic.
func TestHeadlineQuoteOddInput(t *testing.T) {
	body := paragraphs("«Мы будем бороться до конца», — заявил Иван Петров.")
	for _, h := range []string{"«", "»:", ": «»", "«» — сказал", "Петров: «»", "—«»", "«»,", "Петров:«", "\u00a0Петров:\u00a0«Мы\u00a0готовы»", "«Мы будем» — ", "\xff: «\xfe»"} {
		qs, _, err := ExtractWithHeadline(h, body, "ru", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			if q.Block == HeadlineBlock && q.Text != "Мы готовы" {
				t.Errorf("%q: headline quotation %+v", h, q)
			}
		}
	}
}
