package article

import (
	"errors"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/charset"

	"golang.org/x/text/encoding/charmap"
)

func TestTextLayouts(t *testing.T) {
	tests := []struct {
		name, in                               string
		headline, section, published, modified string
		authors                                string // names joined by "|"
		description                            string
		blocks                                 string // block types, first letter each
	}{
		{
			name:     "seed layout",
			in:       "Заголовок новости\nПОЛИТИКА\n19.06.2024 | 17:43Первый абзац новости.\nВторой абзац.\n",
			headline: "Заголовок новости", section: "ПОЛИТИКА", published: "2024-06-19T17:43:00",
			description: "Первый абзац новости.", blocks: "pp",
		},
		{
			name:     "place and date line de",
			in:       "Stadt schließt Brücke\n\nHamm, 5. März 2024\n\nDie Stadt will die Brücke schließen.\n",
			headline: "Stadt schließt Brücke", published: "2024-03-05", description: "Die Stadt will die Brücke schließen.", blocks: "p",
		},
		{
			name:     "place and date line en, accented month fr",
			in:       "Le maire ferme le pont\nLYON – 3 décembre 2023\nLa ville fermera le pont.\n",
			headline: "Le maire ferme le pont", published: "2023-12-03", description: "La ville fermera le pont.", blocks: "p",
		},
		{
			// A sentence that ends with a date is not a date line.
			name:     "sentence ending in a date",
			in:       "Bridge to close\n\nThe council said the bridge closes on June 5, 2024\n\nMore text.\n",
			headline: "Bridge to close", description: "The council said the bridge closes on June 5, 2024", blocks: "pp",
		},
		{
			name:     "headline blank paragraphs",
			in:       "A headline\n\nFirst paragraph runs\nover two lines.\n\nSecond paragraph.\n",
			headline: "A headline", description: "First paragraph runs over two lines.", blocks: "pp",
		},
		{
			name:     "wire dateline ru",
			in:       "Заголовок\n19 июня 2024 г., 17:43\nМОСКВА, 19 июня — РИА Новости. В Москве прошел дождь.\nЕще абзац.",
			headline: "Заголовок", published: "2024-06-19T17:43:00", description: "В Москве прошел дождь.", blocks: "pp",
		},
		{
			name:     "wire dateline reuters",
			in:       "Headline here\nJune 19, 2024 5:43 PM\nWASHINGTON (Reuters) - The Senate voted on Wednesday.\nMore text.",
			headline: "Headline here", published: "2024-06-19T17:43:00", description: "The Senate voted on Wednesday.", blocks: "pp",
		},
		{
			name:     "wire dateline ap",
			in:       "Headline here\n\nLONDON, June 19 (AP) — A museum said Wednesday it would return silver.\n\nMore text.",
			headline: "Headline here", description: "A museum said Wednesday it would return silver.", blocks: "pp",
		},
		{
			name:     "bylines and updated",
			in:       "Headline\nBy Jane Doe and John Roe\nJun 19, 2024\nUpdated: June 20, 2024 9:00 AM\n\nLead text.\n\nBody text.",
			headline: "Headline", published: "2024-06-19", modified: "2024-06-20T09:00:00",
			authors: "Jane Doe|John Roe", description: "Lead text.", blocks: "pp",
		},
		{
			name:     "author ru",
			in:       "Заголовок\nАвтор: Иван Петров\nОбновлено: 20.06.2024 10:15\nТекст новости.",
			headline: "Заголовок", modified: "2024-06-20T10:15:00", authors: "Иван Петров", description: "Текст новости.", blocks: "p",
		},
		{
			name:     "iso date, heading, list, blockquote",
			in:       "Headline\n2024-06-19T17:43:00+03:00\n\nLead.\n\nA subheading\n\nText under it.\n\n- one\n- two\n\n> Quoted block.",
			headline: "Headline", published: "2024-06-19T17:43:00+03:00", description: "Lead.", blocks: "phplb",
		},
		{
			name:        "prose with no headline line",
			in:          "The council met on Tuesday. " + strings.Repeat("It talked about the budget for a long time. ", 12) + "\n\nSecond paragraph.",
			headline:    "The council met on Tuesday.",
			description: strings.TrimSpace("The council met on Tuesday. " + strings.Repeat("It talked about the budget for a long time. ", 12)),
			blocks:      "pp",
		},
		{
			name:     "crlf bom nbsp shy tabs",
			in:       "\ufeffHead\u00a0line\r\n\r\n\tLe\u00adad  text.\r\n\r\nMore.",
			headline: "Head line", description: "Lead text.", blocks: "pp",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var names, kinds []string
			for _, au := range a.Authors {
				names = append(names, au.Name)
			}
			for _, b := range a.Body {
				kinds = append(kinds, string(b.Type[0]))
			}
			got := []string{a.Headline, a.Section, a.DatePublished.String(), a.DateModified.String(), strings.Join(names, "|"), a.Description, strings.Join(kinds, "")}
			want := []string{tt.headline, tt.section, tt.published, tt.modified, tt.authors, tt.description, tt.blocks}
			fields := []string{"headline", "section", "datePublished", "dateModified", "authors", "description", "blocks"}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%s = %q, want %q", fields[i], got[i], want[i])
				}
			}
		})
	}
}

func TestDecodeText(t *testing.T) {
	ru := "Президент заявил, что это не так, и он уверен в этом. Также он сказал, что все будет хорошо."
	for _, enc := range []*charmap.Charmap{charmap.Windows1251, charmap.KOI8R} {
		b, err := enc.NewEncoder().Bytes([]byte(ru))
		if err != nil {
			t.Fatal(err)
		}
		got, err := charset.DecodeText(b)
		if err != nil || got != ru {
			t.Errorf("%v: decodeText = %q, %v; want the original text", enc, got, err)
		}
	}
	// Text in no declared encoding is never refused: Latin-1 is read as
	// windows-1252 (the WHATWG fallback), and UTF-8 with a stray Latin-1
	// byte stays UTF-8.
	for _, tc := range []struct{ in, want string }{
		// windows-1252 bytes: é ç è, curly quotes, ©.
		{"Caf\xe9 au lait, gar\xe7on. Tr\xe8s bien. \x93Quoted\x94 \xa9 2008", "Café au lait, garçon. Très bien. “Quoted” © 2008"},
		{"Привет, мир — «ёлка» \xa9 2008, и ещё раз привет.", "Привет, мир — «ёлка» © 2008, и ещё раз привет."},
	} {
		if got, err := charset.DecodeText([]byte(tc.in)); err != nil || got != tc.want {
			t.Errorf("decodeText(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	if _, err := charset.DecodeText([]byte("\x00\x01\x02\x00\x00\x00\x7f\x00")); !errors.Is(err, ErrEncoding) {
		t.Errorf("binary: err = %v, want ErrEncoding", err)
	}
}

func TestParseErrors(t *testing.T) {
	if _, err := ParseText(strings.NewReader(strings.Repeat("x", 100)), WithMaxBytes(10)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("over the limit: err = %v, want ErrTooLarge", err)
	}
	if _, err := ParseText(strings.NewReader("   \n\n")); !errors.Is(err, ErrNotArticle) {
		t.Errorf("blank input: err = %v, want ErrNotArticle", err)
	}
}

func TestSniff(t *testing.T) {
	for _, tt := range []struct {
		in   string
		html bool
	}{
		{"<!DOCTYPE html><html><body><p>x</p></body></html>", true},
		{"\ufeff  <html lang=en>", true},
		{"<p>Fragment</p>", true},
		{"Headline\n\nThe <b> tag is HTML.", false},
		{"Заголовок\nТекст", false},
		{"<table width=100%><tr><td>Menu</td></tr></table>", true},
		{"<a href=/>Home</a> <b>News</b>", true},
		{"? <html><head><title>T</title></head>", true},
		{"\u00ef\u00bb\u00bf<!DOCTYPE html>", true},
		{"var x = 1;</script><div>Story</div><p>Text</p>", true},
		{"<bold claim> in a headline\n\nBody text.", false},
		{"Headline\n\nA text that quotes one tag, </p>, in passing.", false},
	} {
		if got := looksLikeHTML([]byte(tt.in)); got != tt.html {
			t.Errorf("looksLikeHTML(%q) = %v, want %v", tt.in, got, tt.html)
		}
	}
}

func TestParseComposesText(t *testing.T) {
	// A page that spells "é" as e + combining accent, and Bengali with the
	// precomposed U+09DC, which NFC decomposes: the Article holds NFC,
	// and the quote found in the body is a substring of it.
	in := "Cafe\u0301 owner says \u201cwe stay\u201d\n\nThe owner of the cafe\u0301 said: \u201cWe stay open, whatever the rent.\u201d Her bakery sells bread.\n\nবা\u09dcি বিক্রি হয়েছে, the agent said.\n"
	a, err := ParseText(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "Café owner says \u201cwe stay\u201d" {
		t.Errorf("Headline = %q, want it in NFC", a.Headline)
	}
	if len(a.Body) < 2 || !strings.Contains(a.Body[0].Text, "café said") || !strings.Contains(a.Body[1].Text, "বা\u09a1\u09bcি") {
		t.Errorf("Body not in NFC: %+v", a.Body)
	}
	for _, q := range a.Quotes {
		if q.Block < 0 {
			if q.Block != -1 || !strings.Contains(a.Headline, q.Text) {
				t.Errorf("quote %q at block %d is not in the headline %q", q.Text, q.Block, a.Headline)
			}
			continue
		}
		if !strings.Contains(a.Body[q.Block].Text, q.Text) {
			t.Errorf("quote %q is not in its block %q", q.Text, a.Body[q.Block].Text)
		}
	}
	if len(a.Quotes) == 0 {
		t.Error("no quote found")
	}
}

// TestComposeStructure: table cells are in NFC like the table's text; a
// code block is left byte for byte as written.
func TestComposeStructure(t *testing.T) {
	in := "Cafe\u0301 prices\n\nThe cafe\u0301 published its prices on Monday, and they rose again.\n\n" +
		"| Item | Price |\n|---|---|\n| cafe\u0301 au lait | 3 |\n| tea | 2 |\n\n" +
		"```py\nname = \"cafe\u0301\"\n```\n"
	a, err := ParseText(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var table, code *Block
	for i := range a.Body {
		switch a.Body[i].Type {
		case Table:
			table = &a.Body[i]
		case Code:
			code = &a.Body[i]
		}
	}
	if table == nil || code == nil {
		t.Fatalf("no table or no code: %+v", a.Body)
	}
	if table.Rows[1][0] != "café au lait" || !strings.Contains(table.Text, "café au lait\t3") {
		t.Errorf("table not in NFC: %+v", *table)
	}
	if code.Text != "name = \"cafe\u0301\"" || code.Language != "py" {
		t.Errorf("code = %+v, want it byte for byte", *code)
	}
	if err := a.Validate(); err != nil {
		t.Error(err)
	}
}
