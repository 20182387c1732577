package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article"
)

// fixture is a named Article used by the tests.
type fixture struct {
	name string
	a    *article.Article
}

func mustDate(s string) article.Date {
	var d article.Date
	if err := d.UnmarshalText([]byte(s)); err != nil {
		panic(err)
	}
	return d
}

// handMade returns Articles built by hand, independent of the parser: a
// full Russian one, an English one with every field, a minimal one and
// hostile ones.
func handMade() []fixture {
	moscow := time.FixedZone("MSK", 3*3600)
	return []fixture{
		{"full_ru", &article.Article{
			URL:           "https://example.ru/news/2024/06/19/alliance?utm=1&x=2",
			Headline:      "Путин объявил о создании военного альянса с Северной Кореей",
			Section:       "ПОЛИТИКА",
			DatePublished: article.Date{Time: time.Date(2024, 6, 19, 17, 43, 0, 0, moscow), HasClock: true, HasZone: true},
			DateModified:  mustDate("2024-06-20"),
			Authors:       []article.Author{{Name: "Иван Петров", URL: "https://example.ru/authors/petrov"}, {Name: "Интерфакс"}},
			Publisher:     &article.Publisher{Name: "Пример.ру", URL: "https://example.ru/", Logo: "https://example.ru/logo.png"},
			Description:   "Россия и КНДР будут оказывать помощь друг другу в случае агрессии.",
			Body: []article.Block{
				{Type: article.Paragraph, Text: "Россия и КНДР будут оказывать помощь друг другу в случае агрессии."},
				{Type: article.Heading, Text: "Договор", Level: 2},
				{Type: article.Paragraph, Text: "«Большое внимание на переговорах заняли вопросы безопасности», — сказал Путин, передает «Интерфакс»."},
				{Type: article.List, Text: "безопасность\nэкономика\n2024. год"},
				{Type: article.Blockquote, Text: "Это фундаментальный документ."},
			},
			Quotes: []article.Quote{
				{Text: "Большое внимание на переговорах заняли вопросы безопасности", Speaker: "Владимир Путин", Block: 2},
				{Text: "Это фундаментальный документ.", Block: 4},
				{Text: "по данным агентства", Speaker: "Интерфакс", Block: 2, Partial: true},
			},
			Sources:   []string{"Интерфакс", "Bloomberg"},
			Keywords:  []string{"Россия", "КНДР, Пхеньян"},
			Images:    []article.Image{{URL: "https://example.ru/img/1.jpg", Caption: "Переговоры в Пхеньяне"}, {URL: "javascript:alert(1)"}, {URL: "/relative.jpg"}},
			Language:  "ru",
			WordCount: 42,
		}},
		{"full_en", &article.Article{
			URL:           "https://example.com/world/storm",
			Headline:      "Storm hits the coast",
			Section:       "World",
			DatePublished: mustDate("2024-06-19T17:43:00"),
			Authors:       []article.Author{{Name: "Jane Doe"}, {Name: "Reuters", URL: "javascript:alert(1)"}},
			Publisher:     &article.Publisher{Name: "Example News", Logo: "data:image/png;base64,AAAA"},
			Description:   "A storm hit the coast on Monday.",
			Body: []article.Block{
				{Type: article.Paragraph, Text: "A storm hit the coast on Monday, according to Reuters."},
				{Type: article.Paragraph, Text: "\"We have never seen anything like it,\" said John Smith, the mayor."},
			},
			Quotes:    []article.Quote{{Text: "We have never seen anything like it,", Speaker: "John Smith", Block: 1}},
			Sources:   []string{"Reuters"},
			Language:  "en",
			WordCount: 23,
		}},
		{"minimal", &article.Article{
			Headline: "Headline only",
			Body:     []article.Block{{Type: article.Paragraph, Text: "One paragraph."}},
		}},
		{"hostile", hostile()},
		{"structure", structure()},
		{"nested_lists", nestedLists()},
	}
}

// structure returns an Article with a table, code and figures whose text
// tries to break out of its Markdown construct (issue 17).
func structure() *article.Article {
	return &article.Article{
		URL:      "https://example.com/tech/release",
		Headline: "Release notes",
		Body: []article.Block{
			{Type: article.Paragraph, Text: "The results, then the code."},
			{Type: article.Table, Caption: "Scores | *all*", Header: true,
				Text: "Scores | *all*\nTeam\tPoints | net\nA <b>\t-1\n`x`\t",
				Rows: [][]string{{"Team", "Points | net"}, {"A <b>", "-1"}, {"`x`", ""}}},
			{Type: article.Table, Text: "1.\t<script>alert(1)</script>\nshort row", Rows: [][]string{{"1.", "<script>alert(1)</script>", "\\|"}, {"short row"}}},
			{Type: article.Code, Language: "go", Text: "func main() {\n\tfmt.Println(\"<b>*x*</b>\")\n\t// ``` inside\n}"},
			{Type: article.Code, Language: "py\"><script>", Text: "    indented\n</pre><script>alert(1)</script>"},
			{Type: article.Figure, Image: &article.Image{URL: "https://example.com/img/a (1).jpg?x=<y>", Alt: "A ] bracket *and* <b>", Caption: "The *team* at <b>work</b>", Credit: "Photo: A. Lee | Agency"}},
			{Type: article.Figure, Image: &article.Image{URL: "javascript:alert(1)", Alt: "gone"}},
			{Type: article.Figure, Image: &article.Image{URL: "https://example.com/img/b.png"}},
		},
		Images:   []article.Image{{URL: "https://example.com/img/b.png"}},
		Language: "en",
	}
}

// nestedLists returns an Article whose lists nest (Block.Level): an
// ordered list with a bulleted list in its second item and an ordered one
// counting from 3 inside that, the rest of the outer list after them, two
// sibling lists in one item, and lists whose levels skip or have no
// parent list before them (after a paragraph, after a picture).
func nestedLists() *article.Article {
	return &article.Article{
		Headline: "Nested lists",
		Body: []article.Block{
			{Type: article.Paragraph, Text: "Steps:"},
			{Type: article.List, Ordered: true, Text: "Gather\nMix"},
			{Type: article.List, Level: 1, Text: "flour\nwater *cold*"},
			{Type: article.List, Level: 2, Ordered: true, Start: 3, Text: "three\nfour"},
			{Type: article.List, Ordered: true, Start: 3, Text: "Bake"},
			{Type: article.List, Level: 1, Text: "first sibling", Spans: []article.Span{{Type: article.SpanLink, Start: 0, End: 5, URL: "https://example.com/a"}}},
			{Type: article.List, Level: 1, Text: "second sibling"},
			{Type: article.Paragraph, Text: "Then:"},
			{Type: article.List, Level: 2, Text: "no parent before"},
			{Type: article.List, Level: 5, Text: "one below it"},
			{Type: article.List, Ordered: true, Text: "an ordered list after them"},
			{Type: article.Figure, Image: &article.Image{URL: "https://example.com/step.png", Alt: "step"}},
			{Type: article.List, Level: 1, Text: "a nested list after a picture"},
		},
		Language: "en",
	}
}

// hostile returns an Article whose every text field tries to break out of
// its format.
func hostile() *article.Article {
	const evil = "</script><script>alert(1)</script> <!--<script> ]]> \u2028\u2029 & \"quoted\", 'single' =HYPERLINK(\"http://x\")"
	return &article.Article{
		URL:         "javascript:alert(document.cookie)",
		Headline:    "</script><script>alert(1)</script> *bold* _it_ # [link](http://x) `code` <b>tag</b> &amp; |a|b| ~~s~~ {#id}",
		Section:     "=cmd|' /C calc'!A0",
		Description: "<!--<script> " + evil,
		Authors:     []article.Author{{Name: "+1 Evil, \"Author\""}, {Name: "@mention"}},
		Publisher:   &article.Publisher{Name: "-Pub\nline", URL: "ftp://example.com/"},
		Body: []article.Block{
			{Type: article.Paragraph, Text: evil},
			{Type: article.Paragraph, Text: "# not a heading"},
			{Type: article.Paragraph, Text: "> not a quote"},
			{Type: article.Paragraph, Text: "1. not a list"},
			{Type: article.Paragraph, Text: "- not a list either"},
			{Type: article.Paragraph, Text: "+ nor this; 2) nor = this"},
			{Type: article.Paragraph, Text: "***"},
			{Type: article.Paragraph, Text: "<div>raw html</div> <http://autolink.example> &copy; &#169; \\*escaped\\* trailing backslash\\"},
			{Type: article.Paragraph, Text: "line one\n=====\n: definition\n    indented code?"},
			{Type: article.Heading, Text: "Heading # with ## hashes ##", Level: 1},
			{Type: article.List, Text: "[ ] task\n[x] done\n* star\n1) one"},
			{Type: article.List, Text: "a second list\n- dash item"},
			{Type: article.List, Ordered: true, Start: 9, Text: "nine\n1. ten\n* eleven"},
			{Type: article.List, Ordered: true, Text: "one again\n2) two"},
			{Type: article.List, Ordered: true, Text: "a third ordered list"},
			{Type: article.Blockquote, Text: "> nested\n```\nfence"},
			{Type: article.Paragraph, Text: "\tstarts with a tab"},
			{Type: article.Paragraph, Text: "=SUM(A1:A2)"},
		},
		Quotes:   []article.Quote{{Text: "</script>", Speaker: "<!--", Block: 0}},
		Sources:  []string{"]]>", "<Agency>"},
		Keywords: []string{"=1+1", "a,b", "line\nbreak"},
		Images:   []article.Image{{URL: "https://example.com/x.jpg?a=<b>&c=\"d\"", Caption: "</script>"}},
		Language: "en",
	}
}

// parsedInput is one testdata input and the Article parsed from it.
type parsedInput struct {
	name string // file name, e.g. "seed_ru.txt"
	path string
	a    *article.Article
}

// testdataInputs parses every input under ../testdata/text and
// ../testdata/html with article.Parse and no options.
func testdataInputs(t *testing.T) []parsedInput {
	t.Helper()
	var paths []string
	for _, pat := range []string{"../testdata/text/*.txt", "../testdata/html/*.html"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Fatal("no testdata inputs under ../testdata/text or ../testdata/html")
	}
	seen := map[string]string{}
	var out []parsedInput
	for _, p := range paths {
		name := filepath.Base(p)
		if prev, ok := seen[name]; ok {
			t.Fatalf("two testdata inputs named %s (%s, %s): their goldens would collide", name, prev, p)
		}
		seen[name] = p
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(f)
		f.Close()
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		out = append(out, parsedInput{name: name, path: p, a: a})
	}
	return out
}

// allArticles returns the hand-made fixtures and the parsed testdata inputs.
func allArticles(t *testing.T) []fixture {
	t.Helper()
	fs := handMade()
	for _, in := range testdataInputs(t) {
		fs = append(fs, fixture{name: in.name, a: in.a})
	}
	return fs
}

// render runs an exporter into a string.
func render(t *testing.T, f func(w *strings.Builder) error) string {
	t.Helper()
	var b strings.Builder
	if err := f(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
