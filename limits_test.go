package article_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/articlekit/article"
)

// entryPoints are the three public parsers, by name.
var entryPoints = []struct {
	name  string
	parse parseFunc
}{
	{"Parse", article.Parse},
	{"ParseText", article.ParseText},
	{"ParseHTML", article.ParseHTML},
}

// endlessReader never reports EOF: it yields an endless article-like text
// and counts the bytes it has handed out.
type endlessReader struct{ n int64 }

func (r *endlessReader) Read(p []byte) (int, error) {
	const chunk = "Endless paragraph of words that never stops. "
	for i := range p {
		p[i] = chunk[(r.n+int64(i))%int64(len(chunk))]
	}
	r.n += int64(len(p))
	return len(p), nil
}

// TestMaxBytesStopsReading checks that input longer than WithMaxBytes fails
// with ErrTooLarge after reading about the limit, not the whole stream (the
// stream here never ends, so reading it all would hang).
func TestMaxBytesStopsReading(t *testing.T) {
	const limit = 4096
	for _, e := range entryPoints {
		r := &endlessReader{}
		a, err := e.parse(r, article.WithMaxBytes(limit))
		if !errors.Is(err, article.ErrTooLarge) {
			t.Errorf("%s: err = %v, want ErrTooLarge", e.name, err)
		}
		if a != nil {
			t.Errorf("%s: got an Article with ErrTooLarge", e.name)
		}
		// Some read-ahead is fine; reading megabytes is not.
		if r.n > limit+64<<10 {
			t.Errorf("%s: read %d bytes for a limit of %d", e.name, r.n, limit)
		}
	}
}

// TestMaxBytesBoundary checks that input of exactly the limit is parsed and
// one byte more is refused.
func TestMaxBytesBoundary(t *testing.T) {
	b, err := os.ReadFile("testdata/text/seed_ru.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := int64(len(b))
	for _, e := range entryPoints {
		if _, err := e.parse(bytes.NewReader(b), article.WithMaxBytes(n)); errors.Is(err, article.ErrTooLarge) {
			t.Errorf("%s: input of exactly the limit refused: %v", e.name, err)
		}
		if _, err := e.parse(bytes.NewReader(b), article.WithMaxBytes(n-1)); !errors.Is(err, article.ErrTooLarge) {
			t.Errorf("%s: input one byte over the limit: err = %v, want ErrTooLarge", e.name, err)
		}
	}
}

// checkSane fails t unless err is nil or wraps one of allowed, and, when err
// is nil, a is a sane Article: it validates, every string is valid UTF-8
// free of NUL, other C0 controls (except newline and tab) and bidi controls,
// and every quote lies inside the text of the block it points to.
func checkSane(t *testing.T, what string, a *article.Article, err error, allowed ...error) {
	t.Helper()
	if err != nil {
		for _, want := range allowed {
			if errors.Is(err, want) {
				return
			}
		}
		t.Errorf("%s: err = %v, want nil or one of %v", what, err, allowed)
		return
	}
	if a == nil {
		t.Errorf("%s: nil Article with nil error", what)
		return
	}
	if verr := a.Validate(); verr != nil {
		t.Errorf("%s: Article does not validate: %v", what, verr)
	}
	if bad := invalidUTF8(reflect.ValueOf(a), "article"); bad != "" {
		t.Errorf("%s: invalid UTF-8 in %s", what, bad)
	}
	if bad := badRunes(reflect.ValueOf(a), "article"); bad != "" {
		t.Errorf("%s: control or bidi character in %s", what, bad)
	}
	for i, q := range a.Quotes {
		if q.Block == -1 {
			// A quotation of the headline.
			if !strings.Contains(a.Headline, q.Text) {
				t.Errorf("%s: headline quote %d %q is not in the headline %q", what, i, q.Text, a.Headline)
			}
			continue
		}
		if q.Block < 0 || q.Block >= len(a.Body) {
			t.Errorf("%s: quote %d points to block %d of %d", what, i, q.Block, len(a.Body))
			continue
		}
		if !strings.Contains(a.Body[q.Block].Text, q.Text) {
			t.Errorf("%s: quote %d %q is not in block %d %q", what, i, q.Text, q.Block, a.Body[q.Block].Text)
		}
	}
}

// isBadRune reports whether r should never reach an Article: NUL and other
// C0/C1 controls except newline and tab, and the bidi embedding, override
// and isolate controls that can reorder the text around them on a page.
func isBadRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// badRunes walks v and returns the path of the first string holding a rune
// isBadRune rejects, or "".
func badRunes(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.String:
		if i := strings.IndexFunc(v.String(), isBadRune); i >= 0 {
			return fmt.Sprintf("%s = %.80q (at byte %d)", path, v.String(), i)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return badRunes(v.Elem(), path)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if s := badRunes(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); s != "" {
				return s
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				if s := badRunes(v.Field(i), path+"."+v.Type().Field(i).Name); s != "" {
					return s
				}
			}
		}
	}
	return ""
}

// TestSaneOnTestdata checks the sanity properties on every testdata input,
// so that a failure on a hostile input below is not a false alarm of the
// checker.
func TestSaneOnTestdata(t *testing.T) {
	for i, b := range testdataInputs(t) {
		a, err := article.Parse(bytes.NewReader(b))
		checkSane(t, fmt.Sprintf("testdata input %d", i), a, err, article.ErrNotArticle, article.ErrEncoding)
	}
}

// TestBadRunesChecker checks the checker itself.
func TestBadRunesChecker(t *testing.T) {
	for _, s := range []string{"a\x00b", "a\u202eb", "a\u2067b", "a\x1bb", "a\u0085b"} {
		if badRunes(reflect.ValueOf(&article.Article{Headline: s}), "a") == "" {
			t.Errorf("%q not rejected", s)
		}
	}
	if s := badRunes(reflect.ValueOf(&article.Article{Headline: "Всё «хорошо»\n\tok — “yes”"}), "a"); s != "" {
		t.Errorf("clean text rejected: %s", s)
	}
}

// TestEmptyInput checks that empty and blank input, and an empty page, is
// "not an article".
func TestEmptyInput(t *testing.T) {
	for _, in := range []string{"", " ", "\n\n\t\r\n", "\xef\xbb\xbf"} {
		for _, e := range entryPoints {
			if _, err := e.parse(strings.NewReader(in)); !errors.Is(err, article.ErrNotArticle) {
				t.Errorf("%s(%q): err = %v, want ErrNotArticle", e.name, in, err)
			}
		}
	}
	// As text, "<html></html>" is a one-line headline; as HTML, nothing.
	for _, in := range []string{"<html></html>", "<!DOCTYPE html><html><head></head><body>  \n </body></html>"} {
		for _, e := range []int{0, 2} {
			if _, err := entryPoints[e].parse(strings.NewReader(in)); !errors.Is(err, article.ErrNotArticle) {
				t.Errorf("%s(%q): err = %v, want ErrNotArticle", entryPoints[e].name, in, err)
			}
		}
	}
}

// binaryInput returns a deterministic 64 KiB of noise behind a PNG header.
func binaryInput() []byte {
	rng := rand.New(rand.NewPCG(1, 2))
	b := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	for len(b) < 64<<10 {
		b = append(b, byte(rng.Uint32()))
	}
	return b
}

// TestBinaryInput checks that a binary file (a PNG header and noise) is
// refused with a typed error by every entry point, rather than decoded into
// an Article of mojibake.
func TestBinaryInput(t *testing.T) {
	b := binaryInput()
	for _, e := range entryPoints {
		a, err := e.parse(bytes.NewReader(b))
		if !errors.Is(err, article.ErrEncoding) && !errors.Is(err, article.ErrNotArticle) {
			var text string
			if a != nil && len(a.Body) > 0 {
				text = a.Body[0].Text
			}
			t.Errorf("%s(binary): err = %v, want ErrEncoding or ErrNotArticle; body starts %.60q", e.name, err, text)
		}
	}
	if _, err := article.ParseText(bytes.NewReader(b)); !errors.Is(err, article.ErrEncoding) {
		t.Errorf("ParseText(binary): err = %v, want ErrEncoding", err)
	}
}

// TestNULBytes checks that a few stray NULs in an article are dropped and
// that input made mostly of NULs is refused.
func TestNULBytes(t *testing.T) {
	in := "Headline with\x00 a NUL\n\nThe first paragraph\x00 has one too, and more words.\n\nSecond paragraph.\n"
	for _, e := range entryPoints[:2] {
		a, err := e.parse(strings.NewReader(in))
		checkSane(t, e.name, a, err)
		if err == nil && !strings.Contains(a.Body[0].Text, "more words") {
			t.Errorf("%s: text after the NUL lost: %q", e.name, a.Body[0].Text)
		}
	}
	html := "<html><head><title>Headline\x00 here</title></head><body><article><h1>Headline\x00 here</h1><p>Paragraph\x00 one with enough words to count as the body of an article.</p><p>Paragraph two, also long enough to be kept as text.</p></article></body></html>"
	for _, e := range []int{0, 2} {
		a, err := entryPoints[e].parse(strings.NewReader(html))
		checkSane(t, entryPoints[e].name+"(html)", a, err, article.ErrNotArticle)
	}
	mostlyNUL := strings.Repeat("a\x00\x00\x00", 1000)
	for _, e := range entryPoints[:2] {
		if _, err := e.parse(strings.NewReader(mostlyNUL)); !errors.Is(err, article.ErrEncoding) {
			t.Errorf("%s(mostly NUL): err = %v, want ErrEncoding", e.name, err)
		}
	}
}

// TestInvalidUTF8 checks input that is almost UTF-8: it is refused with
// ErrEncoding or read without mojibake, and the output is valid UTF-8.
func TestInvalidUTF8(t *testing.T) {
	const ruHead = "Мэрия объявила о ремонте моста"
	cases := []struct {
		name, in string
		head     string // the headline a successful parse must give; "" to skip
	}{
		{"stray 0xFF in English", "Council approves new bridge\n\nThe council voted \xff on Tuesday to build a new bridge.\n", "Council approves new bridge"},
		{"truncated rune at end", ruHead + "\n\nРемонт начнётся в мае и продлится до осени.\xd0", ruHead},
		{"overlong encoding", "Headline here\n\nBody \xc0\xaf text with an overlong slash.\n", "Headline here"},
		{"surrogate half", "Headline here\n\nBody \xed\xa0\x80 text with a surrogate.\n", "Headline here"},
		{"only continuation bytes", strings.Repeat("\x80\x81\xbf", 100), ""},
	}
	for _, c := range cases {
		for _, e := range entryPoints[:2] {
			a, err := e.parse(strings.NewReader(c.in))
			checkSane(t, e.name+"("+c.name+")", a, err, article.ErrEncoding, article.ErrNotArticle)
			if err == nil && c.head != "" && a.Headline != c.head {
				t.Errorf("%s(%s): headline = %q, want %q (mojibake?)", e.name, c.name, a.Headline, c.head)
			}
		}
	}
}

// TestLongSingleLine parses a 500 kB article on one line. The 20 MB line of
// the issue is BenchmarkParseSingleLine20MB: it takes far longer than a
// test may.
func TestLongSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("slow in -short mode")
	}
	in := "Headline\n\n" + strings.Repeat("word ", 100_000)
	for _, e := range entryPoints[:2] {
		a, err := e.parse(strings.NewReader(in))
		checkSane(t, e.name, a, err)
		if err == nil && a.WordCount < 100_000 {
			t.Errorf("%s: WordCount = %d, want at least 100000", e.name, a.WordCount)
		}
	}
}

// TestDeepNesting parses 100 000 nested <div>s around a paragraph.
func TestDeepNesting(t *testing.T) {
	const depth = 100_000
	in := "<html><head><title>Deep page</title></head><body>" + strings.Repeat("<div>", depth) +
		"<p>The one paragraph of this page, deep inside the divs, with enough words.</p>" +
		strings.Repeat("</div>", depth) + "</body></html>"
	for _, e := range []int{0, 2} {
		a, err := entryPoints[e].parse(strings.NewReader(in))
		checkSane(t, entryPoints[e].name, a, err, article.ErrNotArticle, article.ErrEncoding)
	}
}

// TestManyAttributes parses an element with a million attributes.
func TestManyAttributes(t *testing.T) {
	if testing.Short() {
		t.Skip("slow in -short mode")
	}
	in := "<html><head><title>Attributes</title></head><body><article><h1>Attributes</h1><p " +
		strings.Repeat(`a="b" `, 1_000_000) + ">A paragraph with a million attributes and enough words to be text.</p></article></body></html>"
	for _, e := range []int{0, 2} {
		a, err := entryPoints[e].parse(strings.NewReader(in))
		checkSane(t, entryPoints[e].name, a, err, article.ErrNotArticle)
	}
}

// TestOnlyScript checks that a page holding nothing but scripts is not an
// article, and that script text never becomes body text.
func TestOnlyScript(t *testing.T) {
	in := "<html><head><script>var headline = 'Fake headline';</script></head><body><script>" +
		strings.Repeat("document.write('<p>injected paragraph text here</p>');\n", 100) + "</script></body></html>"
	for _, e := range []int{0, 2} {
		a, err := entryPoints[e].parse(strings.NewReader(in))
		if !errors.Is(err, article.ErrNotArticle) {
			t.Errorf("%s: err = %v, want ErrNotArticle", entryPoints[e].name, err)
		}
		if a != nil && (len(a.Body) > 0 || a.Headline != "") {
			t.Errorf("%s: script text became content: %+v", entryPoints[e].name, a)
		}
	}
}

// TestManyQuotationMarks feeds 100 000 quotation marks of several kinds,
// balanced, unbalanced and attributed (quotation finding is linear in the
// paragraph: this takes seconds, not minutes).
func TestManyQuotationMarks(t *testing.T) {
	if testing.Short() {
		t.Skip("slow in -short mode")
	}
	n := 100_000
	if article.RaceEnabled {
		n = 20_000 // the same shapes; the race detector makes 100,000 take half a minute
	}
	cases := map[string]string{
		"straight":        strings.Repeat(`"`, n),
		"guillemet pairs": strings.Repeat("«a» ", n/2),
		"open guillemets": strings.Repeat("«", n),
		"curly pairs":     strings.Repeat("“word” ", n/2),
		"said pairs":      strings.Repeat("«Слово», — сказал Иван Петров. ", n/2),
	}
	for name, body := range cases {
		in := "Headline of the page\n\n" + body + "\n"
		for _, e := range entryPoints[:2] {
			a, err := e.parse(strings.NewReader(in))
			checkSane(t, e.name+"("+name+")", a, err, article.ErrNotArticle)
		}
	}
}

// TestUnbalancedGuillemets checks that an unclosed « or a stray » does not
// swallow the following paragraphs or make quotes reach across blocks.
func TestUnbalancedGuillemets(t *testing.T) {
	cases := []string{
		"Мэрия объявила о ремонте моста\n\nМэр сказал: «Мы начнём в мае и закончим к осени.\n\nВторой абзац, в котором нет кавычек.\n\nТретий абзац: «Это важно», — сказал он.\n",
		"Мэрия объявила о ремонте моста\n\nЛишняя закрывающая » кавычка в начале.\n\n«Мы начнём в мае», — сказал мэр Иван Петров.\n",
		"Мэрия объявила о ремонте моста\n\n«««Тройное открытие без закрытия\n\n»»» и три закрытия.\n",
		"Bridge repairs announced\n\nThe mayor said: \"We will start in May.\n\nA second paragraph without quotes.\n",
	}
	for i, in := range cases {
		for _, e := range entryPoints[:2] {
			a, err := e.parse(strings.NewReader(in))
			checkSane(t, fmt.Sprintf("%s(case %d)", e.name, i), a, err)
			if err == nil && len(a.Body) < 2 {
				t.Errorf("%s(case %d): %d body blocks, want at least 2: %+v", e.name, i, len(a.Body), a.Body)
			}
		}
	}
}

// TestZeroWidthAndBidi checks that zero-width and bidi control characters
// do not survive into the Article and do not eat the text around them.
func TestZeroWidthAndBidi(t *testing.T) {
	in := "Mayor\u202e announces\u200b bridge\u2066 repairs\u2069\n\n" +
		"The\u200d mayor\u200c said\u202a the\u202c bridge\ufeff will\u2067 reopen\u2068 in\u2069 May.\n\n" +
		"Second paragraph with \u200e marks \u200f in it.\n"
	for _, e := range entryPoints[:2] {
		a, err := e.parse(strings.NewReader(in))
		checkSane(t, e.name, a, err)
		if err != nil {
			continue
		}
		for _, w := range []string{"Mayor", "announces", "bridge", "repairs"} {
			if !strings.Contains(a.Headline, w) {
				t.Errorf("%s: headline %q lost %q", e.name, a.Headline, w)
			}
		}
		if len(a.Body) == 0 || !strings.Contains(a.Body[0].Text, "reopen") || !strings.Contains(a.Body[0].Text, "May.") {
			t.Errorf("%s: first paragraph lost words: %+v", e.name, a.Body)
		}
		if strings.ContainsRune(a.Headline, '\u200b') || strings.ContainsRune(a.Headline, '\ufeff') {
			t.Errorf("%s: zero-width space or BOM kept in headline %q", e.name, a.Headline)
		}
	}
}

// scalingText returns a plain-text article of about n bytes: a headline and
// paragraphs with quotations, datelines and names, repeated.
func scalingText(n int) []byte {
	const para = "«Мы продолжим работу», — сказал мэр города Иван Петров журналистам в понедельник. " +
		"По данным «Интерфакса», ремонт моста начнётся 12 мая 2024 года и продлится до осени.\n\n" +
		"The mayor said \"we will keep working\" on Monday, according to Reuters.\n\n"
	var b bytes.Buffer
	b.WriteString("Мэрия объявила о ремонте моста\n\n")
	for b.Len() < n {
		b.WriteString(para)
	}
	return b.Bytes()
}

// BenchmarkParseTextScaling parses plain-text articles of growing size, so
// that the time per byte (ns/op divided by bytes, or MB/s) shows whether the
// parser is linear: MB/s should stay flat across sizes.
func BenchmarkParseTextScaling(b *testing.B) {
	for _, size := range []int{64 << 10, 256 << 10, 1 << 20, 4 << 20} {
		in := scalingText(size)
		if !utf8.Valid(in) {
			b.Fatal("scaling input is not UTF-8")
		}
		b.Run(fmt.Sprintf("%dK", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				if _, err := article.ParseText(bytes.NewReader(in)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseSingleLine20MB parses a 20 MB article body that is one
// line, the size the issue names.
func BenchmarkParseSingleLine20MB(b *testing.B) {
	in := []byte("Headline\n\n" + strings.Repeat("word ", 4<<20))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := article.ParseText(bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseTextParagraphScaling parses one paragraph of growing length
// made of attributed quotations. BenchmarkParseTextScaling grows the number
// of paragraphs; this grows a single block, where work done per quotation
// over the whole block shows up as MB/s falling with size.
func BenchmarkParseTextParagraphScaling(b *testing.B) {
	const unit = "«Слово», — сказал Иван Петров. "
	for _, size := range []int{64 << 10, 128 << 10, 256 << 10, 512 << 10} {
		in := []byte("Заголовок статьи\n\n" + strings.Repeat(unit, size/len(unit)) + "\n")
		b.Run(fmt.Sprintf("%dK", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				if _, err := article.ParseText(bytes.NewReader(in)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
