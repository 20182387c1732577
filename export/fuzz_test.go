package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/articlekit/article"
	"github.com/articlekit/article/export"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fuzzArticle builds an Article with every text field taken from the fuzzer.
func fuzzArticle(head, text, name, u string, level uint8, unix int64) *article.Article {
	d := article.Date{Time: time.Unix(unix%(1<<34), 0).UTC(), HasClock: unix%2 == 0, HasZone: unix%3 == 0}
	// Spans anywhere in the text, in range or not, on character
	// boundaries or not, nested, overlapping or apart.
	spans := func(s string) []article.Span {
		types := []article.SpanType{article.SpanLink, article.SpanEmphasis, article.SpanStrong, article.SpanCode}
		start := int(uint64(unix) % uint64(len(s)+1))
		end := start + int(level%16) + 1
		return []article.Span{
			{Type: types[level%4], Start: start, End: end, URL: u},
			{Type: types[(level/4)%4], Start: start / 2, End: end - 1, URL: u},
			{Type: types[(level/16)%4], Start: 0, End: len(s), URL: u},
		}
	}
	return &article.Article{
		URL:           u,
		Headline:      head,
		Section:       name,
		DatePublished: d,
		DateModified:  d,
		Authors:       []article.Author{{Name: name, URL: u}},
		Publisher:     &article.Publisher{Name: name, URL: u, Logo: u},
		Description:   text,
		Body: []article.Block{
			{Type: article.Paragraph, Text: text, Spans: spans(text)},
			{Type: article.Heading, Text: head, Level: int(level%6) + 1, Spans: spans(head)},
			{Type: article.List, Text: text + "\n" + head, Spans: spans(text + "\n" + head)},
			{Type: article.List, Ordered: true, Start: int(level) - 1, Text: head + "\n" + text},
			{Type: article.Blockquote, Text: text, Spans: spans(text)},
			{Type: article.Table, Text: text, Rows: [][]string{{head, text}, {name, ""}}, Header: level%2 == 0, Caption: name},
			{Type: article.Code, Text: text, Language: name},
			{Type: article.Figure, Image: &article.Image{URL: u, Alt: head, Caption: text, Credit: name}},
		},
		Quotes:    []article.Quote{{Text: text, Speaker: name, Block: 0}, {Text: head, Block: 3, Partial: true}},
		Sources:   []string{name},
		Keywords:  []string{head, name},
		Images:    []article.Image{{URL: u, Caption: text}},
		Language:  "ru",
		WordCount: len(text),
	}
}

// FuzzExporters feeds Articles with fuzzed strings in every field to each
// exporter and checks that nothing panics and that each output is valid
// UTF-8 and well-formed: JSON-LD parses as JSON, the <script> element parses
// as exactly one script element holding the same JSON, the CSV reads back
// as a header and one record, and the Markdown's YAML front matter parses
// and its body renders to no markup beyond the blocks it wrote.
func FuzzExporters(f *testing.F) {
	f.Add("Заголовок «новости»", "Текст </script><script>alert(1)</script> абзаца", "Иван Петров", "https://example.com/a?b=1&c=2", uint8(1), int64(1718808180))
	f.Add("=HYPERLINK(\"http://x\")", "<!-- *emph* [link](javascript:alert(1)) `code` <img src=x onerror=alert(1)>", "+cmd|' /C calc'!A0", "javascript:alert(1)", uint8(2), int64(0))
	f.Add("---\nkey: value\n...", "# not a heading\n> not a quote\n- not a list\n1. nor this", "@SUM(1)", "data:text/html,<b>x</b>", uint8(3), int64(-1))
	f.Add("\u2028\u2029\x00\x7f", "a\xffb", "\ufeff", "//example.com/x", uint8(4), int64(42))
	f.Fuzz(func(t *testing.T, head, text, name, u string, level uint8, unix int64) {
		a := fuzzArticle(head, text, name, u, level, unix)
		validInput := utf8.ValidString(head + text + name + u)

		var ld bytes.Buffer
		err := export.JSONLD(&ld, a)
		checkOutput(t, "JSONLD", ld.Bytes(), err, validInput)
		if err == nil && !json.Valid(ld.Bytes()) {
			t.Fatalf("JSONLD output is not JSON: %q", ld.Bytes())
		}

		var sc bytes.Buffer
		err = export.Script(&sc, a)
		checkOutput(t, "Script", sc.Bytes(), err, validInput)
		if err == nil {
			checkScript(t, sc.Bytes(), ld.Bytes())
		}

		var cb bytes.Buffer
		w := export.NewCSVWriter(&cb, export.CSVOptions{})
		err = w.Write(a)
		if err == nil {
			err = w.Flush()
		}
		checkOutput(t, "CSV", cb.Bytes(), err, validInput)
		if err == nil {
			recs, rerr := csv.NewReader(bytes.NewReader(cb.Bytes())).ReadAll()
			if rerr != nil {
				t.Fatalf("CSV output does not read back: %v\n%q", rerr, cb.Bytes())
			}
			if len(recs) != 2 || len(recs[1]) != len(export.CSVColumns()) {
				t.Fatalf("CSV output has %d records (want header + 1) of %d fields", len(recs), len(recs[len(recs)-1]))
			}
		}

		var md bytes.Buffer
		err = export.Markdown(&md, a)
		checkOutput(t, "Markdown", md.Bytes(), err, validInput)
		if err == nil {
			checkMarkdown(t, md.Bytes())
		}
	})
}

// checkOutput checks the properties every exporter shares: an Article whose
// strings are valid UTF-8 is exported without error, and output is valid
// UTF-8.
func checkOutput(t *testing.T, name string, out []byte, err error, validInput bool) {
	t.Helper()
	if err != nil {
		if validInput {
			t.Fatalf("%s failed on a valid-UTF-8 Article: %v", name, err)
		}
		return
	}
	if !utf8.Valid(out) {
		t.Fatalf("%s output is not valid UTF-8: %q", name, out)
	}
}

// checkScript parses out as an HTML fragment in a body and checks that it is
// exactly one script element of type application/ld+json whose text is the
// same JSON as the JSONLD output.
func checkScript(t *testing.T, out, ld []byte) {
	t.Helper()
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(bytes.NewReader(out), ctx)
	if err != nil {
		t.Fatalf("Script output does not parse as HTML: %v", err)
	}
	var scripts []*html.Node
	var others []string
	for _, n := range nodes {
		switch {
		case n.Type == html.ElementNode && n.Data == "script":
			scripts = append(scripts, n)
		case n.Type == html.TextNode && strings.TrimSpace(n.Data) == "":
		default:
			others = append(others, n.Data)
		}
	}
	if len(scripts) != 1 || len(others) != 0 {
		t.Fatalf("Script output parses to %d script elements and other nodes %q:\n%s", len(scripts), others, out)
	}
	s := scripts[0]
	typ := ""
	for _, at := range s.Attr {
		if at.Key == "type" {
			typ = at.Val
		}
	}
	if typ != "application/ld+json" {
		t.Fatalf("script type = %q", typ)
	}
	if s.FirstChild == nil || s.FirstChild != s.LastChild || s.FirstChild.Type != html.TextNode {
		t.Fatalf("script element does not hold one text node:\n%s", out)
	}
	var fromScript, fromLD any
	if err := json.Unmarshal([]byte(s.FirstChild.Data), &fromScript); err != nil {
		t.Fatalf("script text is not JSON: %v\n%s", err, s.FirstChild.Data)
	}
	if err := json.Unmarshal(ld, &fromLD); err != nil {
		t.Fatalf("JSONLD output is not JSON: %v", err)
	}
	a, _ := json.Marshal(fromScript)
	b, _ := json.Marshal(fromLD)
	if !bytes.Equal(a, b) {
		t.Fatalf("script JSON differs from JSONLD:\n%s\n%s", a, b)
	}
}

// allowedMarkdownElements are the elements the Markdown body may render to:
// the headline and headings, paragraphs, lists, block quotations and GFM
// tables; and at most as many of the counted ones as the fuzzed article has
// ordered lists (ol), code blocks (pre, code) and figures (img).
var allowedMarkdownElements = map[string]bool{
	"html": true, "head": true, "body": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"p": true, "ul": true, "li": true, "blockquote": true,
	"table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
}

// The inline marks: at most one of each per span of the fuzzed article
// (4 blocks of 3 spans), and code once more for the code block.
var countedMarkdownElements = map[string]int{"ol": 1, "pre": 1, "code": 13, "img": 1, "a": 12, "em": 12, "strong": 12}

// checkMarkdown checks that out starts with YAML front matter that parses,
// and that its body, rendered by a CommonMark renderer that lets raw HTML
// through, holds no element beyond the block structure and the article's
// own marks: no raw HTML, and no links (other than to web addresses),
// images, emphasis or code made from the article's text.
func checkMarkdown(t *testing.T, out []byte) {
	t.Helper()
	rest, ok := bytes.CutPrefix(out, []byte("---\n"))
	if !ok {
		t.Fatalf("Markdown does not start with front matter:\n%s", out)
	}
	front, body, ok := bytes.Cut(rest, []byte("\n---\n"))
	if !ok {
		t.Fatalf("Markdown front matter is not closed:\n%s", out)
	}
	var fm map[string]any
	if err := yaml.Unmarshal(front, &fm); err != nil {
		t.Fatalf("front matter is not YAML: %v\n%s", err, front)
	}
	var rendered bytes.Buffer
	md := goldmark.New(goldmark.WithExtensions(extension.Table), goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	if err := md.Convert(body, &rendered); err != nil {
		t.Fatalf("Markdown body does not render: %v", err)
	}
	doc, err := html.Parse(bytes.NewReader(rendered.Bytes()))
	if err != nil {
		t.Fatalf("rendered Markdown does not parse: %v", err)
	}
	counted := map[string]int{}
	for n := range doc.Descendants() {
		if most, ok := countedMarkdownElements[n.Data]; ok && n.Type == html.ElementNode {
			if counted[n.Data]++; counted[n.Data] <= most {
				continue
			}
		}
		if n.Type == html.ElementNode && n.Data == "a" {
			for _, at := range n.Attr {
				if at.Key == "href" && !strings.HasPrefix(at.Val, "https://") && !strings.HasPrefix(at.Val, "http://") {
					t.Fatalf("Markdown body renders a link to %q:\n%s", at.Val, body)
				}
			}
		}
		if n.Type == html.ElementNode && !allowedMarkdownElements[n.Data] {
			t.Fatalf("Markdown body renders a <%s> element:\nmarkdown:\n%s\nhtml:\n%s", n.Data, body, rendered.Bytes())
		}
		if n.Type == html.CommentNode {
			t.Fatalf("Markdown body renders an HTML comment:\n%s", rendered.Bytes())
		}
	}
}
