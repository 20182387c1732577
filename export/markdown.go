package export

import (
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/articlekit/article"
	"go.yaml.in/yaml/v3"
)

// FrontMatter is the YAML front matter Markdown writes, in key order. The
// keys are the ones Hugo and Jekyll read (title, date, lastmod, description,
// author/authors, categories, tags, lang, images); the rest are this
// package's own and are ignored by both unless a theme uses them. Decode a
// written front matter into it with go.yaml.in/yaml/v3.
type FrontMatter struct {
	// Title is the headline.
	Title string `yaml:"title"`
	// Date is the publication date, always a double-quoted YAML string, in
	// RFC 3339 form at the source's precision: "2024-06-19T17:43:00+03:00" when the offset is known,
	// "2024-06-19T17:43:00" when the source gave none (no zone is invented;
	// Hugo then applies the site's timeZone), "2024-06-19" for a day alone.
	Date string `yaml:"date,omitempty"`
	// Lastmod is the modification date, in the same form as Date.
	Lastmod string `yaml:"lastmod,omitempty"`
	// Description is the lead.
	Description string `yaml:"description,omitempty"`
	// Author is the author names joined by ", ", for themes (and Jekyll)
	// that show a single author string.
	Author string `yaml:"author,omitempty"`
	// Authors lists the author names, one per author.
	Authors []string `yaml:"authors,omitempty"`
	// Contributors lists the people credited in another part than
	// author (an editor, a photographer, a translator), each as
	// "Name (role)".
	Contributors []string `yaml:"contributors,omitempty"`
	// Categories holds the section, when there is one.
	Categories []string `yaml:"categories,omitempty"`
	// Tags are the keywords.
	Tags []string `yaml:"tags,omitempty"`
	// Lang is the BCP 47 language tag.
	Lang string `yaml:"lang,omitempty"`
	// CanonicalURL is the article's original address (the key
	// jekyll-seo-tag reads). The front matter key "url" is deliberately not
	// used: Hugo and Jekyll both take it as the path of the generated page.
	// Only an absolute http(s) URL is written.
	CanonicalURL string `yaml:"canonical_url,omitempty"`
	// Images are the image URLs (Hugo's images key, used for Open Graph).
	// Like CanonicalURL, only absolute http(s) URLs are kept.
	Images []string `yaml:"images,omitempty"`
	// Publisher is the publisher's name.
	Publisher string `yaml:"publisher,omitempty"`
	// Sources are the outlets the article cites.
	Sources []string `yaml:"sources,omitempty"`
	// Quotes are the article's direct quotations with their speakers, the
	// headline's (Block -1) among them.
	Quotes []FrontMatterQuote `yaml:"quotes,omitempty"`
}

// FrontMatterQuote is one direct quotation in FrontMatter.
type FrontMatterQuote struct {
	// Text is the quoted words.
	Text string `yaml:"text"`
	// Speaker is who said them, when the article says.
	Speaker string `yaml:"speaker,omitempty"`
	// Partial is true for a fragment woven into the writer's own sentence
	// rather than a statement quoted on its own.
	Partial bool `yaml:"partial,omitempty"`
}

// validUTF8 replaces invalid UTF-8 in s with U+FFFD (yaml.v3 would
// otherwise write such a string as !!binary).
func validUTF8(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// validList applies validUTF8 to every element of ss in place and returns it.
func validList(ss []string) []string {
	for i, s := range ss {
		ss[i] = validUTF8(s)
	}
	return ss
}

// frontMatter maps a to its front matter, with invalid UTF-8 replaced.
func frontMatter(a *article.Article) FrontMatter {
	fm := FrontMatter{
		Title:        a.Headline,
		Date:         a.DatePublished.String(),
		Lastmod:      a.DateModified.String(),
		Description:  a.Description,
		Tags:         nonEmpty(a.Keywords),
		Lang:         a.Language,
		CanonicalURL: safeURL(a.URL),
		Sources:      nonEmpty(a.Sources),
	}
	for _, au := range a.Authors {
		switch {
		case au.Name == "":
		case au.Role == "" || au.Role == article.RoleAuthor:
			fm.Authors = append(fm.Authors, au.Name)
		default:
			fm.Contributors = append(fm.Contributors, au.Name+" ("+au.Role+")")
		}
	}
	fm.Author = strings.Join(fm.Authors, ", ")
	if a.Section != "" {
		fm.Categories = []string{a.Section}
	}
	for _, im := range a.Images {
		if u := safeURL(im.URL); u != "" {
			fm.Images = append(fm.Images, u)
		}
	}
	if a.Publisher != nil {
		fm.Publisher = a.Publisher.Name
	}
	for _, q := range a.Quotes {
		if q.Text != "" {
			fm.Quotes = append(fm.Quotes, FrontMatterQuote{Text: validUTF8(q.Text), Speaker: validUTF8(q.Speaker), Partial: q.Partial})
		}
	}
	fm.Title, fm.Description, fm.Author = validUTF8(fm.Title), validUTF8(fm.Description), validUTF8(fm.Author)
	fm.Lang, fm.Publisher = validUTF8(fm.Lang), validUTF8(fm.Publisher)
	validList(fm.Authors)
	validList(fm.Contributors)
	validList(fm.Categories)
	validList(fm.Tags)
	validList(fm.Sources)
	return fm
}

// Markdown writes a as a Markdown document for static site generators: YAML
// front matter between "---" lines (see FrontMatter), then the headline as a
// level-1 heading, then the body blocks separated by blank lines: headings
// as ATX headings (levels below 2 are written as 2, since the headline is the
// only level-1 heading), lists as "- " items or numbered items (one per
// line of the block's text; a nested list, Level above the list before
// it, follows its parent's last item on the next line, indented to its
// text, and the rest of the parent follows it with the same marker; a
// nested list counting from another number than 1 gets a blank line
// before it, which makes the parent a loose list), block quotations as
// "> " lines, paragraphs as text, tables as
// GitHub Flavored Markdown tables (see markdownTable), code as fenced code
// blocks with the language, figures as an image with its alt text followed
// by the caption as a paragraph. The inline marks of a block (Block.Spans)
// are written as links, *emphasis*, **strong emphasis** and `code` where
// CommonMark reads them back as the same marks (see markdownInline).
//
// Text is escaped so that it renders as the same text under CommonMark and
// GitHub Flavored Markdown: characters that could start emphasis, links,
// code, raw HTML, entities, tables or strikethrough (\ ` * _ [ ] < > & | ~ #
// { }) are backslash-escaped everywhere, and characters that start a block
// at the beginning of a line (- + = : and the "." or ")" after leading digits)
// are escaped there. Spaces at the ends of lines are dropped.
func Markdown(w io.Writer, a *article.Article) error {
	if a == nil {
		return errNilArticle
	}
	var buf bytes.Buffer
	buf.WriteString("---\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(frontMatter(a).node()); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	buf.WriteString("---\n")
	if h := escapeMarkdownLine(oneLine(a.Headline)); h != "" {
		buf.WriteString("\n# ")
		buf.WriteString(h)
		buf.WriteString("\n")
	}
	var lists listNesting
	for i, b := range a.Body {
		if b.Type == article.Figure && b.Image != nil && i+1 < len(a.Body) && captionRepeated(b.Image.Caption, a.Body[i+1]) {
			// The caption is the next paragraph too (pages that
			// print a picture's caption as a sentence of the story
			// keep it in the text): print it once, as the paragraph.
			im := *b.Image
			im.Caption = ""
			b.Image = &im
		}
		level, alt, tight := lists.place(b)
		block := markdownBlock(b, alt)
		if block == "" {
			continue
		}
		lists.written(b, level, alt, block)
		if !tight {
			buf.WriteString("\n")
		}
		if pad := lists.indent[level]; pad > 0 {
			block = indentLines(block, pad)
		}
		buf.WriteString(block)
		buf.WriteString("\n")
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// node builds the YAML mapping of fm, field by field in the order of the
// struct, leaving out empty optional fields. Building the node directly,
// rather than with yaml.Node.Encode, keeps yaml.v3 from writing a string
// that starts with a line break as a literal block it cannot read back:
// every string with a line break is written double-quoted ("\n" escapes).
// Date and lastmod are double-quoted too: a YAML reader would take some
// unquoted forms ("2024-06-19", "2024-06-19 17:43:00") for timestamps and
// give a zone-less time UTC; quoted, they stay strings that Hugo and Jekyll
// parse themselves (Hugo in the site's time zone).
func (fm FrontMatter) node() *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	scalar := func(v string, quoted bool) *yaml.Node {
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}
		if quoted || strings.ContainsAny(v, "\n\r") || yaml11Special(v) {
			n.Style = yaml.DoubleQuotedStyle
		}
		return n
	}
	add := func(key string, v *yaml.Node) {
		m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, v)
	}
	str := func(key, v string, always, quoted bool) {
		if v != "" || always {
			add(key, scalar(v, quoted))
		}
	}
	list := func(key string, vs []string) {
		if len(vs) == 0 {
			return
		}
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, v := range vs {
			seq.Content = append(seq.Content, scalar(v, false))
		}
		add(key, seq)
	}
	str("title", fm.Title, true, false)
	str("date", fm.Date, false, true)
	str("lastmod", fm.Lastmod, false, true)
	str("description", fm.Description, false, false)
	str("author", fm.Author, false, false)
	list("authors", fm.Authors)
	list("contributors", fm.Contributors)
	list("categories", fm.Categories)
	list("tags", fm.Tags)
	str("lang", fm.Lang, false, false)
	str("canonical_url", fm.CanonicalURL, false, false)
	list("images", fm.Images)
	str("publisher", fm.Publisher, false, false)
	list("sources", fm.Sources)
	if len(fm.Quotes) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, q := range fm.Quotes {
			qm := &yaml.Node{Kind: yaml.MappingNode}
			qm.Content = append(qm.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "text"}, scalar(q.Text, false))
			if q.Speaker != "" {
				qm.Content = append(qm.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "speaker"}, scalar(q.Speaker, false))
			}
			if q.Partial {
				qm.Content = append(qm.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "partial"}, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
			}
			seq.Content = append(seq.Content, qm)
		}
		add("quotes", seq)
	}
	return m
}

// markdownBlock renders one body block, or "" for a block with no text.
// With alt a list is written with the other marker ("*" for "-", ")" for
// "."), so that it does not join the list before it.
func markdownBlock(b article.Block, alt bool) string {
	switch b.Type {
	case article.Heading:
		t := escapeMarkdownLine(oneLine(b.Text))
		if len(b.Spans) > 0 && oneLine(b.Text) == strings.TrimSpace(b.Text) {
			t = markdownInline(b.Text, lineSpans(b.Text, b.Spans, 0, len(b.Text)), true)
		}
		if t == "" {
			return ""
		}
		level := min(max(b.Level, 2), 6)
		return strings.Repeat("#", level) + " " + t
	case article.List:
		if b.Ordered {
			return numberLines(b, alt)
		}
		if alt {
			return prefixLines(b.Text, b.Spans, "* ")
		}
		return prefixLines(b.Text, b.Spans, "- ")
	case article.Blockquote:
		// The quotation's paragraphs, with an empty quoted line
		// between them: "> a\n> b" would be one paragraph (a lazy
		// continuation line).
		return strings.Join(markLines(b.Text, b.Spans, func() string { return "> " }), "\n>\n")
	case article.Table:
		if t := markdownTable(b); t != "" {
			return t
		}
		return prefixLines(b.Text, nil, "")
	case article.Code:
		return markdownCode(b)
	case article.Figure:
		return markdownFigure(b)
	default:
		return prefixLines(b.Text, b.Spans, "")
	}
}

// markdownTable renders a table as a GitHub Flavored Markdown table: the
// caption as a paragraph before it, then the rows, every row as wide as
// the widest. GFM needs a header row: a table without one gets an empty
// header. Cells are escaped like any text (a "|" becomes "\|", which
// GFM's table parser reads as a pipe inside the cell). "" when the table
// has no cell.
func markdownTable(b article.Block) string {
	width := 0
	for _, r := range b.Rows {
		width = max(width, len(r))
	}
	if width == 0 {
		return ""
	}
	var sb strings.Builder
	if c := escapeMarkdownLine(oneLine(b.Caption)); c != "" {
		sb.WriteString(c)
		sb.WriteString("\n\n")
	}
	row := func(cells []string) {
		sb.WriteByte('|')
		for i := range width {
			c := ""
			if i < len(cells) {
				c = escapeMarkdownCell(cells[i])
			}
			sb.WriteByte(' ')
			sb.WriteString(c)
			sb.WriteString(" |")
		}
		sb.WriteByte('\n')
	}
	rows := b.Rows
	if b.Header {
		row(rows[0])
		rows = rows[1:]
	} else {
		row(nil)
	}
	sb.WriteByte('|')
	for range width {
		sb.WriteString(" --- |")
	}
	sb.WriteByte('\n')
	for _, r := range rows {
		row(r)
	}
	return strings.TrimSuffix(sb.String(), "\n")
}

// markdownCode renders a code block as a fenced code block: a fence of
// backticks longer than any run of backticks in the code, the language as
// its info string (letters, digits and + # - _ . only). The code is
// written verbatim, which is safe: nothing in a fenced block is Markdown
// or HTML.
func markdownCode(b article.Block) string {
	code := strings.ReplaceAll(validUTF8(b.Text), "\r", "")
	code = strings.TrimRight(code, "\n")
	if strings.TrimSpace(code) == "" {
		return ""
	}
	run, longest := 0, 0
	for i := 0; i < len(code); i++ {
		if code[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	lang := strings.Map(func(r rune) rune {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune("+#-_.", r) {
			return r
		}
		return -1
	}, b.Language)
	return fence + lang + "\n" + code + "\n" + fence
}

// captionRepeated reports whether a figure's caption is also the text of
// the block after it, a paragraph.
func captionRepeated(caption string, next article.Block) bool {
	return caption != "" && next.Type == article.Paragraph && oneLine(caption) == oneLine(next.Text)
}

// markdownFigure renders a figure as an image, its alt text escaped and
// its address (http or https only) in angle brackets, then the caption,
// with the credit in parentheses, as a paragraph. "" when the address is
// not a web address.
func markdownFigure(b article.Block) string {
	if b.Image == nil {
		return ""
	}
	u := safeURL(b.Image.URL)
	if u == "" {
		return ""
	}
	u = strings.NewReplacer(" ", "%20", "<", "%3C", ">", "%3E", "\\", "%5C", "\n", "", "\r", "").Replace(u)
	out := "![" + escapeMarkdownLine(oneLine(b.Image.Alt)) + "](<" + u + ">)"
	caption := oneLine(b.Image.Caption)
	if cr := oneLine(b.Image.Credit); cr != "" {
		caption = strings.TrimSpace(caption + " (" + cr + ")")
	}
	if c := escapeMarkdownLine(caption); c != "" {
		out += "\n\n" + c
	}
	return out
}

// prefixLines escapes every non-blank line of s, with the spans that lie
// inside it (see markdownInline), and writes it after prefix, one per
// line.
func prefixLines(s string, spans []article.Span, prefix string) string {
	return strings.Join(markLines(s, spans, func() string { return prefix }), "\n")
}

// numberLines renders an ordered list's items numbered from its Start (1
// when it has none; CommonMark numbers run from 0 to 999999999, so a list
// starting outside them counts from 1), with "." or, with alt, ")" after
// the number.
func numberLines(b article.Block, alt bool) string {
	n := b.Start
	if n <= 0 || n > 999999999-strings.Count(b.Text, "\n") {
		n = 1
	}
	delim := ". "
	if alt {
		delim = ") "
	}
	n--
	return strings.Join(markLines(b.Text, b.Spans, func() string {
		n++
		return strconv.Itoa(n) + delim
	}), "\n")
}

// markLines renders the non-blank lines of s as prefixLines does, each
// after the marker mark returns for it.
func markLines(s string, spans []article.Span, mark func() string) []string {
	var out []string
	at := 0
	for line := range strings.SplitSeq(s, "\n") {
		var l string
		if len(spans) > 0 {
			l = markdownInline(line, lineSpans(s, spans, at, at+len(line)), true)
		} else {
			l = escapeMarkdownLine(line)
		}
		if l != "" {
			out = append(out, mark()+l)
		}
		at += len(line) + 1
	}
	return out
}

// oneLine joins the lines of s with spaces (headings are one line).
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

// escapeMarkdownLine escapes one line of text so that Markdown renders it as
// the same text; see Markdown for the rules. The result has no leading or
// trailing white space.
func escapeMarkdownLine(s string) string { return escapeMarkdown(s, true) }

// escapeMarkdownCell escapes the text of a GFM table cell: inline
// constructs only, since no block starts inside a cell ("1.5" and "-3"
// stay as they are).
func escapeMarkdownCell(s string) string { return escapeMarkdown(oneLine(s), false) }

// escapeMarkdown escapes inline constructs, and with lineStart the block
// markers a line may begin with.
func escapeMarkdown(s string, lineStart bool) string {
	s = strings.Trim(validUTF8(s), " \t\r\f\v")
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	// Block markers at the start of the line.
	digits := 0
	if !lineStart {
		digits = -1
	}
	for digits >= 0 && digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	start := 0
	switch {
	case !lineStart:
	case digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')'):
		b.WriteString(s[:digits])
		b.WriteByte('\\')
		start = digits
	case s[0] == '-' || s[0] == '+' || s[0] == '=' || s[0] == ':':
		b.WriteByte('\\')
	}
	writeEscaped(&b, s[start:], false)
	return b.String()
}

// writeEscaped writes s to b with a backslash before every character that
// would start an inline construct: emphasis, code, links, HTML, tables,
// strikethrough, and the autolinks GFM finds in bare text ("www.",
// "https://", "name@host"), so that text stays text; "\r", and with breaks
// "\n", become spaces.
func writeEscaped(b *strings.Builder, s string, breaks bool) {
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '#', '{', '}':
			b.WriteByte('\\')
		case '\r':
			r = ' '
		case '\n':
			if breaks {
				r = ' '
			}
		case ':', '.', '@':
			if autolinkAt(s, i) {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
}

// autolinkAt reports whether the byte s[i] (':', '.' or '@') makes the
// text around it a GFM autolink: the ':' of "http://", "https://" or
// "ftp://", the '.' of a "www." that starts a word, the '@' of an e-mail
// address. A backslash before it keeps the text plain.
func autolinkAt(s string, i int) bool {
	wordChar := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	switch s[i] {
	case ':':
		if !strings.HasPrefix(s[i:], "://") {
			return false
		}
		for _, scheme := range []string{"http", "https", "ftp"} {
			if j := i - len(scheme); j >= 0 && strings.EqualFold(s[j:i], scheme) && (j == 0 || !wordChar(s[j-1])) {
				return true
			}
		}
	case '.':
		return i >= 3 && strings.EqualFold(s[i-3:i], "www") && (i == 3 || !wordChar(s[i-4]))
	case '@':
		return i > 0 && i+1 < len(s) && (wordChar(s[i-1]) || strings.IndexByte("._+-", s[i-1]) >= 0) && wordChar(s[i+1])
	}
	return false
}

// yaml11Special reports whether v, written plain, is no string to a YAML
// 1.1 reader (Jekyll's and PyYAML's) though yaml.v3, a YAML 1.2 writer,
// leaves it unquoted: a boolean or a null ("yes", "No", "on", "OFF", "y",
// "~"), a number in a form only YAML 1.1 has (base 60 "12:30", which reads
// back as 750; "1_000", "0b101", "017"), or the value and merge keys "="
// and "<<".
func yaml11Special(v string) bool {
	switch strings.ToLower(v) {
	case "y", "n", "yes", "no", "on", "off", "~", "=", "<<":
		return true
	}
	if v == "" || !strings.ContainsAny(v[:1], "+-.0123456789") {
		return false
	}
	return yaml11Number.MatchString(v)
}

// yaml11Number is the YAML 1.1 int and float types' forms (yaml.org's
// type repository: binary, octal, decimal and hexadecimal with
// underscores, base 60, infinity and not-a-number).
var yaml11Number = regexp.MustCompile(`^(?:[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:[0-9][0-9_]*)?\.[0-9_.]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$`)

// listNesting follows the lists Markdown writes, so that a nested
// list (a list block whose Level is above the one before it) is written
// inside the last item of its parent, indented to that item's text, and a
// list block that goes on with a list after a nested one joins it.
type listNesting struct {
	// open is true when the block just written is a list, at level.
	open  bool
	level int
	// alt and ordered are the marker and kind of the list last written
	// at each level; indent is the column the items of a list at each
	// level start at (the text column of the parent's last item).
	alt     [article.MaxListLevel + 1]bool
	ordered [article.MaxListLevel + 1]bool
	indent  [article.MaxListLevel + 1]int
}

// place returns where b is written: its list level (0 for a list at the
// top level and for every other block), whether a list is written with
// the other marker, and whether it follows the block before with no
// blank line (a nested list and the rest of its parent).
//
// Two lists in a row at one level would render as one list: CommonMark
// starts a new list when the bullet or the number's delimiter changes,
// so the second is written with the other one. A list nested deeper than
// one level below the list just written, or nested with no list before
// it, is written one level below it, or at the top.
func (ln *listNesting) place(b article.Block) (level int, alt, tight bool) {
	if b.Type != article.List {
		return 0, false, false
	}
	level = min(max(b.Level, 0), article.MaxListLevel)
	if !ln.open {
		return 0, false, false
	}
	level = min(level, ln.level+1)
	switch {
	case level > ln.level:
		// A nested ordered list counting from another number than 1
		// cannot open on the line after its parent's item (CommonMark
		// lets only a list from 1 interrupt a paragraph): a blank line
		// goes before it.
		return level, false, !b.Ordered || b.Start <= 1
	case level < ln.level:
		// The rest of the list the nested one stands in: the same
		// marker, so that it goes on. A list of the other kind is a
		// new list, after a blank line.
		same := ln.ordered[level] == b.Ordered
		return level, ln.alt[level] && same, same
	}
	return level, ln.ordered[level] == b.Ordered && !ln.alt[level], false
}

// written records a block written at level, as block.
func (ln *listNesting) written(b article.Block, level int, alt bool, block string) {
	ln.open = b.Type == article.List
	if !ln.open {
		return
	}
	ln.level = level
	ln.alt[level], ln.ordered[level] = alt, b.Ordered
	if level < article.MaxListLevel {
		// The text of the last item starts after its marker ("- ",
		// "12. ").
		last := block[strings.LastIndexByte(block, '\n')+1:]
		ln.indent[level+1] = ln.indent[level] + strings.IndexByte(last, ' ') + 1
	}
}

// indentLines puts n spaces before every line of s.
func indentLines(s string, n int) string {
	pad := strings.Repeat(" ", n)
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}
