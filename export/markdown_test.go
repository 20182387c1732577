package export

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/articlekit/article"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// splitFrontMatter splits Markdown output into its YAML front matter and
// the Markdown after it.
func splitFrontMatter(t *testing.T, name, md string) (string, string) {
	t.Helper()
	rest, ok := strings.CutPrefix(md, "---\n")
	if !ok {
		t.Fatalf("%s: output does not start with ---", name)
	}
	fm, body, ok := strings.Cut(rest, "\n---\n")
	if !ok {
		t.Fatalf("%s: front matter not closed", name)
	}
	return fm + "\n", body
}

// blockWant is what one rendered block must be: its element and text.
type blockWant struct {
	tag  string
	text string
}

// expectedBlocks lists the elements Markdown's output must render to, with
// their text, built from the Article directly.
func expectedBlocks(a *article.Article) []blockWant {
	lines := func(s string) []string {
		var out []string
		for l := range strings.SplitSeq(s, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
		return out
	}
	var want []blockWant
	if h := strings.Join(strings.Fields(a.Headline), " "); h != "" {
		want = append(want, blockWant{"h1", h})
	}
	oneLine := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	var nest wantNesting
	for _, b := range a.Body {
		before := len(want)
		func() {
			switch b.Type {
			case article.Table:
				width := 0
				for _, r := range b.Rows {
					width = max(width, len(r))
				}
				if width == 0 {
					break
				}
				if c := oneLine(b.Caption); c != "" {
					want = append(want, blockWant{"p", c})
				}
				var rows []string
				if !b.Header {
					rows = append(rows, strings.Repeat("\t", width-1))
				}
				for _, r := range b.Rows {
					cells := make([]string, width)
					for i := range r {
						cells[i] = oneLine(r[i])
					}
					rows = append(rows, strings.Join(cells, "\t"))
				}
				want = append(want, blockWant{"table", strings.Join(rows, "\n")})
				return
			case article.Code:
				if code := strings.TrimRight(strings.ReplaceAll(b.Text, "\r", ""), "\n"); strings.TrimSpace(code) != "" {
					// The language keeps the characters of language names.
					lang := strings.Map(func(r rune) rune {
						if strings.ContainsRune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#-_.", r) {
							return r
						}
						return -1
					}, b.Language)
					want = append(want, blockWant{"pre", lang + ":" + code})
				}
				return
			case article.Figure:
				if b.Image == nil || safeURL(b.Image.URL) == "" {
					return // a script or relative address is not written
				}
				want = append(want, blockWant{"img", b.Image.URL + " " + oneLine(b.Image.Alt)})
				c := oneLine(b.Image.Caption)
				if cr := oneLine(b.Image.Credit); cr != "" {
					c = strings.TrimSpace(c + " (" + cr + ")")
				}
				if c != "" {
					want = append(want, blockWant{"p", c})
				}
				return
			}
			ls := lines(b.Text)
			if len(ls) == 0 {
				return
			}
			if b.Type != article.List {
				nest.open = false
			}
			switch b.Type {
			case article.Heading:
				want = append(want, blockWant{fmt.Sprintf("h%d", min(max(b.Level, 2), 6)), strings.Join(strings.Fields(b.Text), " ")})
			case article.List:
				start := b.Start
				if start <= 0 {
					start = 1
				}
				level, joins := nest.place(b)
				if level == 0 && !joins {
					if b.Ordered {
						want = append(want, blockWant{"ol", fmt.Sprint(start, ":", strings.Join(ls, "\n"))})
					} else {
						want = append(want, blockWant{"ul", strings.Join(ls, "\n")})
					}
					nest.top = len(want) - 1
					break
				}
				// A nested list, or the rest of the list it stands in:
				// lines of the top-level list's element (listLines).
				mark := strings.Repeat(">", level)
				var sb strings.Builder
				if !joins {
					if b.Ordered {
						fmt.Fprintf(&sb, "\n%sol %d:", mark, start)
					} else {
						sb.WriteString("\n" + mark + "ul:")
					}
				}
				for _, l := range ls {
					sb.WriteString("\n" + mark + l)
				}
				want[nest.top].text += sb.String()
			case article.Blockquote:
				want = append(want, blockWant{"blockquote", strings.Join(ls, "\n")})
			default:
				want = append(want, blockWant{"p", strings.Join(ls, "\n")})
			}
		}()
		if b.Type != article.List && len(want) > before {
			// Any other block written ends the lists.
			nest.open = false
		}
	}
	return want
}

// wantNesting follows the list blocks of expectedBlocks as the Markdown
// writer places them (Block.Level, at most one level below the list
// before, and a list after a nested one going on with the list it stands
// in when it is of the same kind).
type wantNesting struct {
	open    bool // the last block with text was a list
	level   int
	ordered [8]bool
	top     int // index in want of the open top-level list
}

// place returns b's level and whether b goes on with a list already open
// at that level.
func (n *wantNesting) place(b article.Block) (level int, joins bool) {
	level = min(max(b.Level, 0), 6)
	if !n.open {
		level = 0
	} else {
		level = min(level, n.level+1)
		joins = level < n.level && n.ordered[level] == b.Ordered
	}
	n.open, n.level, n.ordered[level] = true, level, b.Ordered
	return level, joins
}

// renderedBlocks renders md with md and returns the top-level elements with
// their text, and the elements found inside them, each as its name, its
// text and, for a link, its address ("a <text> <href>").
func renderedBlocks(t *testing.T, gm goldmark.Markdown, md string) ([]blockWant, []string) {
	t.Helper()
	var out bytes.Buffer
	if err := gm.Convert([]byte(md), &out); err != nil {
		t.Fatal(err)
	}
	nodes, err := html.ParseFragment(strings.NewReader(out.String()), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		t.Fatal(err)
	}
	var got []blockWant
	var inner []string
	var text func(n *html.Node, sb *strings.Builder)
	text = func(n *html.Node, sb *strings.Builder) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sb.WriteString(c.Data)
			case html.ElementNode:
				var in strings.Builder
				text(c, &in)
				mark := c.Data + " " + in.String()
				if c.Data == "a" {
					mark += " " + attrOf(c, "href")
				}
				inner = append(inner, mark)
				sb.WriteString(in.String())
			}
		}
	}
	for _, n := range nodes {
		if n.Type != html.ElementNode {
			if n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" {
				continue
			}
			got = append(got, blockWant{"#text", n.Data})
			continue
		}
		var sb strings.Builder
		switch {
		case n.Data == "table":
			// One line a row, the cells separated by tabs.
			var rows []string
			var walk func(n *html.Node)
			walk = func(n *html.Node) {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type != html.ElementNode {
						continue
					}
					if c.Data != "tr" {
						walk(c)
						continue
					}
					var cells []string
					for d := c.FirstChild; d != nil; d = d.NextSibling {
						if d.Type == html.ElementNode {
							var s strings.Builder
							text(d, &s)
							cells = append(cells, strings.TrimSpace(s.String()))
						}
					}
					rows = append(rows, strings.Join(cells, "\t"))
				}
			}
			walk(n)
			got = append(got, blockWant{"table", strings.Join(rows, "\n")})
			continue
		case n.Data == "pre" && n.FirstChild != nil && n.FirstChild.Data == "code" && n.FirstChild.NextSibling == nil:
			code := n.FirstChild
			lang, _ := strings.CutPrefix(attrOf(code, "class"), "language-")
			var s strings.Builder
			for c := code.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					s.WriteString(c.Data)
				} else {
					inner = append(inner, c.Data)
				}
			}
			got = append(got, blockWant{"pre", lang + ":" + strings.TrimSuffix(s.String(), "\n")})
			continue
		case n.Data == "p" && n.FirstChild != nil && n.FirstChild.Data == "img" && n.FirstChild.NextSibling == nil:
			img := n.FirstChild
			src, err := url.PathUnescape(attrOf(img, "src"))
			if err != nil {
				t.Errorf("src %q: %v", attrOf(img, "src"), err)
			}
			got = append(got, blockWant{"img", src + " " + attrOf(img, "alt")})
			continue
		case n.Data == "ul" || n.Data == "ol":
			// Items, one per line, a nested list after its parent item
			// (listLines).
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.Data != "li" {
					inner = append(inner, c.Data)
				}
			}
			if n.Data == "ol" {
				sb.WriteString(olStart(n) + ":")
			}
			sb.WriteString(strings.Join(listLines(n, 0, text), "\n"))
		case n.Data == "blockquote":
			// Paragraphs (p), one per line.
			var parts []string
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				var s strings.Builder
				text(c, &s)
				// (A soft line break inside one item or paragraph
				// is a space: two lines of the block must be two
				// items or paragraphs.)
				parts = append(parts, strings.ReplaceAll(s.String(), "\n", " "))
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.Data != "p" {
					inner = append(inner, c.Data)
				}
			}
			sb.WriteString(strings.Join(parts, "\n"))
		default:
			text(n, &sb)
		}
		got = append(got, blockWant{n.Data, strings.TrimSpace(sb.String())})
	}
	return got, inner
}

// olStart is the number an ordered list starts at, as the renderer writes
// it (no start attribute: 1).
func olStart(n *html.Node) string {
	if start := attrOf(n, "start"); start != "" {
		return start
	}
	return "1"
}

// listLines returns the items of a rendered list, one per line, each after
// depth ">" marks: an item's own text (a soft line break in it is a space;
// a loose list's <p> adds nothing), then each list nested in it, as a
// line naming it ("ul:" or "ol N:") and its items one level deeper.
// Elements of an item's text go through text, which records them.
func listLines(list *html.Node, depth int, text func(*html.Node, *strings.Builder)) []string {
	var out []string
	mark := strings.Repeat(">", depth)
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode || li.Data != "li" {
			continue
		}
		var own strings.Builder
		var nested []*html.Node
		for c := li.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && (c.Data == "ul" || c.Data == "ol"):
				nested = append(nested, c)
			case c.Type == html.ElementNode && c.Data == "p":
				text(c, &own)
			default:
				// One child at a time: text reads the children of
				// the node it is given.
				wrap := &html.Node{Type: html.ElementNode, Data: "span"}
				wrap.FirstChild, wrap.LastChild = c, c
				next := c.NextSibling
				c.NextSibling = nil
				text(wrap, &own)
				c.NextSibling = next
			}
		}
		out = append(out, mark+strings.TrimSpace(strings.ReplaceAll(own.String(), "\n", " ")))
		for _, l := range nested {
			head := mark + ">ul:"
			if l.Data == "ol" {
				head = mark + ">ol " + olStart(l) + ":"
			}
			out = append(out, head)
			out = append(out, listLines(l, depth+1, text)...)
		}
	}
	return out
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// spanMarks lists the inline elements the article's spans may render to,
// in renderedBlocks' form.
func spanMarks(a *article.Article) []string {
	tag := map[article.SpanType]string{article.SpanLink: "a", article.SpanEmphasis: "em", article.SpanStrong: "strong", article.SpanCode: "code"}
	var out []string
	for _, b := range a.Body {
		for _, sp := range b.Spans {
			if sp.Start < 0 || sp.End > len(b.Text) || sp.Start >= sp.End {
				continue
			}
			m := tag[sp.Type] + " " + strings.TrimSpace(b.Text[sp.Start:sp.End])
			if sp.Type == article.SpanLink {
				m += " " + linkURL(sp.URL)
			}
			out = append(out, m)
		}
	}
	return out
}

// sameMarks reports whether every rendered inline element is one of the
// article's marks, used once each; with strict, also whether every mark
// was rendered.
func sameMarks(got, marks []string) bool {
	left := map[string]int{}
	for _, m := range marks {
		left[m]++
	}
	for _, g := range got {
		if left[g] == 0 {
			return false
		}
		left[g]--
	}
	return true
}

// TestMarkdownRendersSameText renders the Markdown of every article with
// goldmark (CommonMark plus the GitHub and Hugo extensions) and checks that
// each block renders as one element of the right kind holding exactly the
// Article's text, with no formatting, links or HTML inside.
func TestMarkdownRendersSameText(t *testing.T) {
	strict := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList, extension.DefinitionList, extension.Footnote))
	gfm := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList, extension.Footnote))
	for _, fx := range allArticles(t) {
		md := render(t, func(w *strings.Builder) error { return Markdown(w, fx.a) })
		_, body := splitFrontMatter(t, fx.name, md)
		want := expectedBlocks(fx.a)
		got, inner := renderedBlocks(t, strict, body)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: rendered blocks differ\n got: %q\nwant: %q\nmarkdown:\n%s", fx.name, got, want, body)
		}
		if marks := spanMarks(fx.a); !sameMarks(inner, marks) {
			t.Errorf("%s: inline elements in the rendered text are not the article's spans:\n got: %q\nwant: %q (or a part)\nmarkdown:\n%s", fx.name, inner, marks, body)
		}
		// With GFM's autolinks too, bare addresses stay text: the links
		// are the article's link spans only.
		got, inner = renderedBlocks(t, gfm, body)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: GFM rendering differs\n got: %q\nwant: %q", fx.name, got, want)
		}
		if marks := spanMarks(fx.a); !sameMarks(inner, marks) {
			t.Errorf("%s: GFM: inline elements in the rendered text are not the article's spans:\n got: %q\nwant: %q (or a part)\nmarkdown:\n%s", fx.name, inner, marks, body)
		}
	}
}

// TestMarkdownEscapes checks single hostile lines one by one, so that a
// failure names the construct.
func TestMarkdownEscapes(t *testing.T) {
	strict := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList, extension.DefinitionList, extension.Footnote))
	lines := []string{
		"*emphasis*", "**strong**", "_under_", "__strong__", "# heading", "###### six", "> quote", "1. list", "1) list",
		"- item", "+ item", "* item", "[link](http://x)", "![img](http://x.png)", "[ref]: http://x", "`code`", "```", "~~~",
		"<b>bold</b>", "<script>alert(1)</script>", "<!-- comment -->", "&amp; &copy; &#65;", "| a | b |", "~~strike~~",
		"---", "***", "___", "===", "text \\", "back\\slash", "a  b", "{#id .class}", "[^1]", ": definition", "<http://x>",
		"2024. Year", "12345678901. long number", "[x] task", "\\*", "trailing hashes ##",
		"see www.example.com today", "https://example.com/a?b=c", "(http://x.org)", "mail ann.lee+news@example.com now", "FTP://files.example.org",
	}
	gfm := goldmark.New(goldmark.WithExtensions(extension.GFM))
	for _, l := range lines {
		a := &article.Article{Headline: "H", Body: []article.Block{{Type: article.Paragraph, Text: l}, {Type: article.Heading, Level: 2, Text: l}, {Type: article.List, Text: l}}}
		md := render(t, func(w *strings.Builder) error { return Markdown(w, a) })
		_, body := splitFrontMatter(t, l, md)
		got, inner := renderedBlocks(t, strict, body)
		want := expectedBlocks(a)
		if !reflect.DeepEqual(got, want) || len(inner) != 0 {
			t.Errorf("%q: rendered %q (inner %v), want %q\nmarkdown:\n%s", l, got, inner, want, body)
		}
		if got, inner := renderedBlocks(t, gfm, body); !reflect.DeepEqual(got, want) || len(inner) != 0 {
			t.Errorf("%q: GFM rendered %q (inner %v), want %q\nmarkdown:\n%s", l, got, inner, want, body)
		}
	}
}

// TestMarkdownFrontMatter parses the front matter back with yaml.v3 and
// compares every key with the Article's fields.
func TestMarkdownFrontMatter(t *testing.T) {
	for _, fx := range allArticles(t) {
		a := fx.a
		md := render(t, func(w *strings.Builder) error { return Markdown(w, a) })
		fmText, _ := splitFrontMatter(t, fx.name, md)
		var fm FrontMatter
		dec := yaml.NewDecoder(strings.NewReader(fmText))
		dec.KnownFields(true)
		if err := dec.Decode(&fm); err != nil {
			t.Fatalf("%s: front matter does not decode: %v\n%s", fx.name, err, fmText)
		}
		var authors, images []string
		for _, au := range a.Authors {
			authors = append(authors, au.Name)
		}
		for _, im := range a.Images {
			if u := safeURL(im.URL); u != "" {
				images = append(images, u)
			}
		}
		var quotes []FrontMatterQuote
		for _, q := range a.Quotes {
			quotes = append(quotes, FrontMatterQuote{Text: q.Text, Speaker: q.Speaker, Partial: q.Partial})
		}
		var cats []string
		if a.Section != "" {
			cats = []string{a.Section}
		}
		pub := ""
		if a.Publisher != nil {
			pub = a.Publisher.Name
		}
		want := FrontMatter{
			Title: a.Headline, Date: a.DatePublished.String(), Lastmod: a.DateModified.String(),
			Description: a.Description, Author: strings.Join(authors, ", "), Authors: authors,
			Categories: cats, Tags: a.Keywords, Lang: a.Language, CanonicalURL: safeURL(a.URL),
			Images: images, Publisher: pub, Sources: a.Sources, Quotes: quotes,
		}
		if !reflect.DeepEqual(fm, want) {
			t.Errorf("%s: front matter\n got %+v\nwant %+v", fx.name, fm, want)
		}
		// Dates stay strings (not YAML timestamps a reader would put in UTC).
		var raw map[string]any
		if err := yaml.Unmarshal([]byte(fmText), &raw); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"date", "lastmod"} {
			if v, ok := raw[k]; ok {
				if _, isString := v.(string); !isString {
					t.Errorf("%s: %s decodes as %T, want a string", fx.name, k, v)
				}
			}
		}
	}
}

// TestMarkdownInlineMarks checks the inline marks on a page that has all
// of them: every span renders as its element with its text and address,
// and hand-made hard cases render as the rules in markdown_inline.go say.
func TestMarkdownInlineMarks(t *testing.T) {
	strict := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
	f, err := os.Open("../testdata/html/inline.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := article.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	marks := spanMarks(a)
	if len(marks) < 10 {
		t.Fatalf("the page gives %d spans, want its 12 marks: %q", len(marks), marks)
	}
	md := render(t, func(w *strings.Builder) error { return Markdown(w, a) })
	_, body := splitFrontMatter(t, "inline", md)
	_, inner := renderedBlocks(t, strict, body)
	if !sameMarks(inner, marks) || len(inner) != len(marks) {
		t.Errorf("rendered marks %q, want exactly %q\nmarkdown:\n%s", inner, marks, body)
	}

	link := func(s, e int, u string) article.Span {
		return article.Span{Type: article.SpanLink, Start: s, End: e, URL: u}
	}
	mark := func(typ article.SpanType, s, e int) article.Span { return article.Span{Type: typ, Start: s, End: e} }
	for _, c := range []struct {
		name, text string
		spans      []article.Span
		want       string
	}{
		{"inside a word: plain", "unbelievable", []article.Span{mark(article.SpanEmphasis, 2, 7)}, "unbelievable"},
		{"after a quote mark", `he said "no" twice`, []article.Span{mark(article.SpanStrong, 8, 12)}, `he said **"no"** twice`},
		{"overlap: the second dropped", "one two three", []article.Span{mark(article.SpanStrong, 0, 7), mark(article.SpanEmphasis, 4, 13)}, "**one two** three"},
		{"script link: text only", "click here", []article.Span{link(0, 10, "javascript:alert(1)")}, "click here"},
		{"link text escaped", "see [1] *now*", []article.Span{link(0, 13, "https://e.example/a b")}, `[see \[1\] \*now\*](<https://e.example/a%20b>)`},
		{"code with backticks", "run a`b now", []article.Span{mark(article.SpanCode, 4, 7)}, "run ``a`b`` now"},
		{"code starting with a backtick", "x `y z", []article.Span{mark(article.SpanCode, 2, 4)}, "x `` `y `` z"},
		{"line start marker inside a mark", "1. item", []article.Span{mark(article.SpanEmphasis, 3, 7)}, `1\. *item*`},
		{"out of range: ignored", "short", []article.Span{mark(article.SpanStrong, 2, 99)}, "short"},
		{"inside a character: ignored", "café au lait", []article.Span{mark(article.SpanStrong, 0, 4)}, "café au lait"},
	} {
		b := article.Block{Type: article.Paragraph, Text: c.text, Spans: c.spans}
		if got := markdownBlock(b, false); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
		got, _ := renderedBlocks(t, strict, markdownBlock(b, false))
		if len(got) != 1 || got[0].text != c.text {
			t.Errorf("%s: renders as %q, want the text %q", c.name, got, c.text)
		}
	}
}

// TestMarkdownCaptionOnce: a caption that the body also carries as the
// next paragraph is printed once; a caption of its own stays under its
// picture.
func TestMarkdownCaptionOnce(t *testing.T) {
	a := &article.Article{Headline: "Marches", Body: []article.Block{
		{Type: article.Figure, Image: &article.Image{URL: "https://example.com/a.jpg", Caption: "Thousands  marched on Saturday."}},
		{Type: article.Paragraph, Text: "Thousands marched on Saturday."},
		{Type: article.Figure, Image: &article.Image{URL: "https://example.com/b.jpg", Caption: "The mayor"}},
		{Type: article.Paragraph, Text: "The mayor spoke last."},
	}}
	md := render(t, func(w *strings.Builder) error { return Markdown(w, a) })
	if n := strings.Count(md, "Thousands"); n != 1 {
		t.Errorf("the repeated caption is printed %d times, want once:\n%s", n, md)
	}
	if !strings.Contains(md, "![](<https://example.com/b.jpg>)\n\nThe mayor\n") {
		t.Errorf("the caption of its own is lost:\n%s", md)
	}
}

// TestMarkdownYAML11Words checks that a headline or author that a YAML 1.1
// reader (Jekyll, PyYAML) would read as a boolean or a null is written
// quoted, and that other words stay plain.
func TestMarkdownYAML11Words(t *testing.T) {
	for _, w := range []string{"yes", "No", "ON", "off", "y", "~", "12:30", "12:30:00", "1:20.5", "=", "1_000", "0b101", "017", "0x1F", ".5", "1.0_0", "-.inf", ".NaN"} {
		fm := FrontMatter{Title: w, Author: w}
		var buf strings.Builder
		enc := yaml.NewEncoder(&buf)
		if err := enc.Encode(fm.node()); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "title: \""+w+"\"") || !strings.Contains(buf.String(), "author: \""+w+"\"") {
			t.Errorf("%q not quoted:\n%s", w, buf.String())
		}
	}
	for _, w := range []string{"Yesterday", "12 angry men", "9/11", "24:7 news", "1984: a review"} {
		fm := FrontMatter{Title: w}
		var buf strings.Builder
		if err := yaml.NewEncoder(&buf).Encode(fm.node()); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(buf.String(), "title: \""+w+"\"") {
			t.Errorf("%q was quoted:\n%s", w, buf.String())
		}
	}
}
