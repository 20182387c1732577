package attrib

import (
	"fmt"
	"strings"
	"testing"
)

// enq15Quotes returns the quotations Extract finds in text, one paragraph
// a line, as "text|speaker".
func enq15Quotes(t *testing.T, text, tag string) []string {
	t.Helper()
	qs, _, err := Extract(paragraphs(text), tag, func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, q := range qs {
		out = append(out, q.Text+"|"+q.Speaker)
	}
	return out
}

// TestEnSingleQuoted checks the quotations in single marks British and
// Australian copy prints (enq15_single.go): found with a reporting clause
// after them or before them, straight or curly, with the nested double
// quotation inside kept in it; and apostrophes never taken for marks.
func TestEnSingleQuoted(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Rates held.\n'It is a cautious move,' said Diane Swonk, chief economist at KPMG.",
			[]string{"It is a cautious move|Diane Swonk"}},
		{"Talks fail.\nThe minister was in London. ‘We will not back down,’ the minister told the BBC.",
			[]string{"We will not back down|"}},
		{"Talks fail.\nGovernor Paula Hart spoke on Monday. ‘We will not back down’, she said.",
			[]string{"We will not back down|Paula Hart"}},
		{"Talks fail.\nGovernor Paula Hart told reporters: 'The deal is dead and everyone in this room knows it.'",
			[]string{"The deal is dead and everyone in this room knows it.|Paula Hart"}},
		{"Talks fail.\nGovernor Paula Hart told reporters: ‘We went to the Lees’ house and it was locked.’",
			[]string{"We went to the Lees’ house and it was locked.|Paula Hart"}},
		{"Talks fail.\nSenator Oscar Mendel was angry. 'He told me \"never\" twice,' Mendel said.",
			[]string{"He told me \"never\" twice|Oscar Mendel"}},
		{"Talks fail.\n\"He told me 'no' twice and I believed him,\" said Senator Oscar Mendel.",
			[]string{"He told me 'no' twice and I believed him|Oscar Mendel"}},
		// Apostrophes: elisions, possessives, a year, rock 'n' roll.
		{"Music.\nIt's the '90s again at the Lees' house, where rock 'n' roll plays till 5 o'clock and the workers' union meets.",
			nil},
		{"Music.\nThe 'fair deal' offer was rejected, and the teachers' union said it would strike in the summer of '69 style.",
			nil},
		// A phrase in single marks with no reporting clause is a term.
		{"Music.\nThe so-called 'green wall' was built in 2019 by the council.", nil},
		// Scare quotes before a quotation: each opening pairs with the
		// next closing mark or with nothing (review).
		{"Plan.\nCritics called the plan 'reckless' and 'unworkable'. 'It will fail,' said John Smith.",
			[]string{"It will fail|John Smith"}},
		{"Plan.\nThey told 'em to leave. 'No comment,' said John Smith.",
			[]string{"No comment|John Smith"}},
		{"Plan.\n'Tis the season, and 'No comment,' said John Smith.",
			[]string{"No comment|John Smith"}},
	} {
		got := enq15Quotes(t, tc.text, "en")
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// BenchmarkEnSingleQuotes measures the scan of single marks on a
// paragraph of openings that never close and closings that never open, at
// two sizes: the cost per byte should be the same (linear), which
// ns/op against the size shows (no timing is asserted in a test).
func BenchmarkEnSingleQuotes(b *testing.B) {
	unit := "'word said 'x' it's the Lees' house, ‘a’ b "
	for _, n := range []int{2000, 8000} {
		s := strings.Repeat(unit, n)
		b.Run(fmt.Sprintf("units=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				enSingleQuotes(s, nil, func(w string) bool { return w == "said" })
			}
		})
	}
}

// TestEnTitlesDropped checks that a speaker is reported by the person's
// name without the title before it, whatever the title (enq15_titles.go).
func TestEnTitlesDropped(t *testing.T) {
	text := "Rates.\n\"We are watching,\" said Fed Chair Jerome Powell. \"We will act,\" said Treasury Secretary Janet Yellen. \"Not now,\" said House Speaker Mike Johnson. \"It is law,\" said Chief Justice John Roberts. \"No,\" said John Paul Jones."
	text += " \"Thank you,\" said Lady Gaga. \"Fired,\" said Lord Sugar. \"Welcome,\" said Lady Jane Grey."
	want := []string{"We are watching|Jerome Powell", "We will act|Janet Yellen", "Not now|Mike Johnson", "It is law|John Roberts", "No|John Paul Jones", "Thank you|Lady Gaga", "Fired|Lord Sugar", "Welcome|Jane Grey"}
	if got := enq15Quotes(t, text, "en"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestRuAnonymousSource checks that the words of an unnamed source have no
// speaker (enq15_anon.go): not the body the phrase places the source in,
// nor the person the text named before; and that a named speaker who
// cites a source, or «собеседник» for someone named, keeps the name.
func TestRuAnonymousSource(t *testing.T) {
	lead := "Заголовок\nМинистр финансов Антон Силуанов выступил в Думе.\n"
	for _, tc := range []struct{ text, want string }{
		{"«Все под контролем», — уверен источник в правительстве.", "Все под контролем|"},
		{"«Решение примут в ближайшие дни», — сообщили источники «Интерфакса».", "Решение примут в ближайшие дни|"},
		{"«Решение примут в ближайшие дни», — рассказал собеседник агентства в правительстве.", "Решение примут в ближайшие дни|"},
		{"«Решение примут в ближайшие дни», — сказал представитель ведомства, пожелавший остаться неназванным.", "Решение примут в ближайшие дни|"},
		{"Источник в Минфине сообщил: «Решение примут в ближайшие дни».", "Решение примут в ближайшие дни|"},
		{"«Решение примут в ближайшие дни», — сказал Силуанов, сославшись на источник в правительстве.", "Решение примут в ближайшие дни|Антон Силуанов"},
		{"«Решение примут в ближайшие дни», — отметил собеседник.", "Решение примут в ближайшие дни|Антон Силуанов"},
		// Cited in passing, while the sentence names its speaker (review).
		{"«Это ложь», — сказал Силуанов, комментируя слова источника Bloomberg.", "Это ложь|Антон Силуанов"},
		{"«Это ложь», — сказал Силуанов о публикации анонимного канала.", "Это ложь|Антон Силуанов"},
	} {
		got := enq15Quotes(t, lead+tc.text, "ru")
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestEnSingleQuotedRunOn checks the convention for a quotation in single
// marks over several paragraphs (enSingleRunOn): every paragraph opens
// with a mark, the last closes it; the paragraphs go on with the speaker
// of the quotation before them. A paragraph that opens with an elision
// ('Tis), or whose mark may be closed inside it, is not one.
func TestEnSingleQuotedRunOn(t *testing.T) {
	text := "Trust.\n" +
		"'This is the virtuous circle I always hoped would be achieved,' Governor Paula Hart said.\n" +
		"'Over all these years since the Trust was launched, there has never been an easy time.\n" +
		"'The task ahead is unquestionably vast, but it is not insurmountable.'\n" +
		"The governor said it was 'humbling' and 'hugely encouraging' to see them.\n" +
		"'Tis the season, and the town was full."
	want := []string{
		"This is the virtuous circle I always hoped would be achieved|Paula Hart",
		"Over all these years since the Trust was launched, there has never been an easy time.|Paula Hart",
		"The task ahead is unquestionably vast, but it is not insurmountable.|Paula Hart",
	}
	if got := enq15Quotes(t, text, "en"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// Opened after a reporting clause, left open, reopened.
	text = "Letter.\nGovernor Paula Hart wrote to the council: 'If we don't get this right, progress could be wiped out.\n'Let's not enter a race to the bottom.'"
	want = []string{"If we don't get this right, progress could be wiped out.|Paula Hart", "Let's not enter a race to the bottom.|Paula Hart"}
	if got := enq15Quotes(t, text, "en"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// A subheading of a few words in single marks is not read on.
	if got := enq15Quotes(t, "Trust.\n\"We will win,\" Governor Paula Hart said.\n'We're vetting candidates!'\nThe vetting is long.", "en"); strings.Join(got, "\n") != "We will win|Paula Hart" {
		t.Errorf("got %q, want the first quotation only", got)
	}
	// Nor one after a paragraph whose quotation gave way to narration.
	if got := enq15Quotes(t, "Trust.\n\"We will win,\" Governor Paula Hart said. But the count was long, and the night was longer.\n'A fight from start to the finish, and a long one.'\nThe vetting is long.", "en"); strings.Join(got, "\n") != "We will win|Paula Hart" {
		t.Errorf("got %q, want the first quotation only", got)
	}
	// With no quotation before, a paragraph in single marks is not read on.
	if got := enq15Quotes(t, "Music.\nThe band played on.\n'The best of the '60s,' the sign read on the door, in gold.", "en"); len(got) != 0 {
		t.Errorf("got %q, want none", got)
	}
}
