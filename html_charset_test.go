package article

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/htmlx"

	"github.com/articlekit/article/internal/charset"

	"github.com/articlekit/article/internal/model"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// encodePage writes a small page in enc. head goes into <head>; the
// headline and paragraph are the text to find after decoding.
func encodePage(t *testing.T, enc encoding.Encoding, head, headline, body string) []byte {
	t.Helper()
	page := "<!DOCTYPE html><html><head>" + head + "<title>" + headline + "</title></head><body><h1>" + headline +
		"</h1><p>" + body + "</p><p>" + body + "</p></body></html>"
	b, err := enc.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatalf("encoding the test page: %v", err)
	}
	return b
}

func TestHTMLCharsets(t *testing.T) {
	const (
		ruHead = "Совет принял бюджет"
		ruBody = "Депутаты городского совета во вторник утвердили бюджет на следующий год, сообщает пресс-служба. Расходы на школы и дороги выросли."
		frHead = "Le conseil adopte le budget"
		frBody = "Les élus ont approuvé mardi le budget de l'année prochaine, après un débat animé sur les écoles, les routes et la bibliothèque municipale."
		jaHead = "市議会が予算を可決"
		jaBody = "市議会は火曜日、来年度の予算を可決した。学校と道路の予算が増えた。図書館の改修も含まれている。"
	)
	cases := []struct {
		name           string
		enc            encoding.Encoding
		head           string
		headline, body string
		bom            []byte
	}{
		{"windows-1251 meta charset", charmap.Windows1251, `<meta charset="windows-1251">`, ruHead, ruBody, nil},
		{"KOI8-R http-equiv", charmap.KOI8R, `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`, ruHead, ruBody, nil},
		{"ISO-8859-1 meta charset", charmap.ISO8859_1, `<meta charset="iso-8859-1">`, frHead, frBody, nil},
		{"Shift_JIS meta charset", japanese.ShiftJIS, `<meta http-equiv="content-type" content="text/html;charset=Shift_JIS">`, jaHead, jaBody, nil},
		{"windows-1251 undeclared (sniffed)", charmap.Windows1251, "", ruHead, ruBody, nil},
		{"KOI8-R undeclared (sniffed)", charmap.KOI8R, "", ruHead, ruBody, nil},
		{"Shift_JIS undeclared (sniffed)", japanese.ShiftJIS, "", jaHead, jaBody, nil},
		{"windows-1252 undeclared (sniffed)", charmap.Windows1252, "", frHead, frBody, nil},
		{"UTF-8 with BOM", unicode.UTF8, "", ruHead, ruBody, []byte("\xef\xbb\xbf")},
		{"UTF-16LE with BOM", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "", frHead, frBody, nil},
		{"UTF-8 declared as windows-1251", unicode.UTF8, `<meta charset="windows-1251">`, ruHead, ruBody, nil},
		{"late declaration after a long head", charmap.Windows1251, strings.Repeat("<!-- padding -->", 200) + `<meta charset="windows-1251">`, ruHead, ruBody, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := append(append([]byte(nil), tc.bom...), encodePage(t, tc.enc, tc.head, tc.headline, tc.body)...)
			a, err := htmlx.Extract(b, &model.Config{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Headline != tc.headline {
				t.Errorf("Headline = %q, want %q", a.Headline, tc.headline)
			}
			if len(a.Body) == 0 || a.Body[0].Text != tc.body {
				t.Errorf("Body = %#v, want the paragraph %q", a.Body, tc.body)
			}
		})
	}
}

func TestHTMLEntitiesAndSpaces(t *testing.T) {
	page := "<html><head><title>Caf&eacute; &amp; bar</title></head><body><h1>Caf&eacute; &amp; bar</h1>" +
		"<p>The&nbsp;caf&#233; opened\u00a0on Monday &mdash; to long queues, good reviews, and a great deal of noise from the street outside.</p></body></html>"
	a, err := htmlx.Extract([]byte(page), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "Café & bar" {
		t.Errorf("Headline = %q", a.Headline)
	}
	want := "The café opened on Monday — to long queues, good reviews, and a great deal of noise from the street outside."
	if len(a.Body) != 1 || a.Body[0].Text != want {
		t.Errorf("Body = %#v, want %q", a.Body, want)
	}
}

// TestUndeclaredCharsets checks that pages whose bytes do not match their
// declaration, or that declare nothing, are decoded as a browser would and
// never refused.
func TestUndeclaredCharsets(t *testing.T) {
	const (
		head = "Council approves the new bridge"
		body = "The council voted on Tuesday to build a new bridge across the river, after a debate that lasted most of the evening."
	)
	page := func(meta, headline, text string) []byte {
		return []byte("<html><head>" + meta + "<title>" + headline + "</title></head><body><h1>" + headline +
			"</h1><p>" + text + "</p><p>" + body + "</p></body></html>")
	}
	cases := []struct {
		name      string
		in        []byte
		headline  string
		firstPara string
	}{
		// One windows-1252 byte (©) in an English page that says nothing
		// of its encoding: the WHATWG fallback.
		{"undeclared, one © in windows-1252", page("", head, "Text \xa9 2008 The Daily News, all rights reserved, and more words."),
			head, "Text © 2008 The Daily News, all rights reserved, and more words."},
		{"undeclared windows-1252 with curly quotes and non-breaking spaces", page("", "Caf\xe9 owners \x93relieved\x94", "Prices rose\xa0\xa0\xa0by 5 % \x96 the owners said on Monday, after a year of losses at the caf\xe9."),
			"Café owners “relieved”", "Prices rose by 5 % – the owners said on Monday, after a year of losses at the café."},
		{"declared UTF-8, bytes windows-1252", page(`<meta charset="utf-8">`, "Caf\xe9 owners relieved", "Na\xefve prices at the caf\xe9, the owners said."),
			"Café owners relieved", "Naïve prices at the café, the owners said."},
		// A UTF-8 page with a stray Latin-1 byte: its many UTF-8 curly quotes
		// come in runs of three high bytes, which must not read as Cyrillic.
		{"UTF-8 with one stray byte, undeclared", page("", "Owners \u201crelieved\u201d", "\u201cPrices\u201d rose \u2014 \u201cby far\u201d \xa9 2008, the \u201cowners\u201d said."),
			"Owners “relieved”", "“Prices” rose — “by far” © 2008, the “owners” said."},
		{"UTF-8 with one stray byte, declared Latin-1", page(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, "Café owners relieved", "Prices at the café — “by far” \xa9 2008, the owners said."),
			"Café owners relieved", "Prices at the café — “by far” © 2008, the owners said."},
		// A label WHATWG maps to the "replacement" encoding would turn the
		// page into one U+FFFD; the bytes are read instead.
		{"replacement label", page(`<meta charset="iso-2022-kr">`, "Caf\xe9 owners relieved", "Prices rose at the caf\xe9, the owners said."),
			"Café owners relieved", "Prices rose at the café, the owners said."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := htmlx.Extract(tc.in, &model.Config{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Headline != tc.headline {
				t.Errorf("Headline = %q, want %q", a.Headline, tc.headline)
			}
			if len(a.Body) == 0 || a.Body[0].Text != tc.firstPara {
				t.Errorf("Body = %#v, want first paragraph %q", a.Body, tc.firstPara)
			}
		})
	}
	if _, err := charset.DecodeHTML([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00")); !errors.Is(err, ErrEncoding) {
		t.Errorf("binary: err = %v, want ErrEncoding", err)
	}
}

// TestSniffCyrillicOnlyWhenWordsSaySo checks the Cyrillic sniffing against
// Latin-1 text that has runs of high bytes which are not letters.
func TestSniffCyrillicOnlyWhenWordsSaySo(t *testing.T) {
	latin := []byte("Prices\xa0\xa0\xa0rose \xab\xbb\xb0\xb1 by 5 % at the caf\xe9 \x96 na\xefve \x93owners\x94 said.")
	if e := charset.SniffCharset(latin); e != charmap.Windows1252 {
		t.Errorf("Latin-1 text sniffed as %v", e)
	}
	ru, _ := charmap.Windows1251.NewEncoder().Bytes([]byte("Депутаты городского совета утвердили бюджет"))
	if e := charset.SniffCharset(ru); e != charmap.Windows1251 {
		t.Errorf("windows-1251 text sniffed as %v", e)
	}
}

// TestOldPageFragments checks that pages stored without their head, as
// some corpora and old sites keep them (starting with <table>, <a name>,
// <font>, or stray bytes before <html>), are read as HTML, not as text.
func TestOldPageFragments(t *testing.T) {
	const rest = `<p>The council voted on Tuesday to build a new bridge across the river, after a long debate.</p>
<p>Work starts in spring and should take two years, the council said in a statement.</p></td></tr></table>`
	for _, start := range []string{
		"\r\n<table width=\"600\"><tr><td><h1>Council backs bridge</h1>",
		"<a name=\"top\"></a>\r\n<table><tr><td><h1>Council backs bridge</h1>",
		"<b><font size=\"4\">Council backs bridge</font></b><table><tr><td>",
		"\xc3\xaf\xc2\xbb\xc2\xbf<html><head><title>Council backs bridge</title></head><body><table><tr><td>",
		"<cms:include file=\"top\"/>\n<html><head><title>Council backs bridge</title></head><body><table><tr><td>",
	} {
		in := start + rest
		if !looksLikeHTML([]byte(in)) {
			t.Errorf("looksLikeHTML(%.40q) = false", in)
			continue
		}
		a, err := Parse(strings.NewReader(in))
		if err != nil {
			t.Errorf("Parse(%.40q): %v", in, err)
			continue
		}
		for _, b := range a.Body {
			if strings.Contains(b.Text, "<") {
				t.Errorf("Parse(%.40q): markup in the body: %q", in, b.Text)
			}
		}
	}
	for _, text := range []string{"Headline\n\nThe <b> tag is HTML.", "<abbr> is a tag\n\nText about tags.", "A <html> tag is shown here\n\nText."} {
		if looksLikeHTML([]byte(text)) {
			t.Errorf("looksLikeHTML(%q) = true, want false", text)
		}
	}
}

// TestRunawayTitle checks that a page whose <title> is never closed (the
// whole page would be the title's text) is read with the title ended at
// its line.
func TestRunawayTitle(t *testing.T) {
	page := "<html><head><title>Gaza crossings closed - News\nvar x = 1;</script>\n<div class=\"story\"><h1>Israel closes Gaza crossings</h1>" +
		"<p>Israel closed the crossings on Friday after a week of rocket attacks, officials said, and aid groups warned of shortages.</p>" +
		"<p>The crossings would stay closed until further notice, a spokesman said on Friday evening.</p></div></body></html>"
	a, err := htmlx.Extract([]byte(page), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	// The story's two paragraphs make the body. (The text the unclosed
	// title swallowed, "var x = 1;", is loose text beside the story once
	// the title is closed; the content scorer may keep it.)
	var story int
	for _, b := range a.Body {
		if strings.Contains(b.Text, "crossings") || strings.Contains(b.Text, "spokesman") {
			story++
		}
	}
	if a.Headline != "Israel closes Gaza crossings" || story != 2 || len(a.Body) > 3 {
		t.Errorf("headline %q, body %#v", a.Headline, a.Body)
	}
	closed := "<html><head><title>A\nB</title></head><body><p>x</p></body></html>"
	if got := string(charset.CloseRunawayTitle([]byte(closed))); got != closed {
		t.Errorf("closed title changed: %q", got)
	}
}

// TestFragmentAndUTF16Sniff checks that Parse reads as HTML a fragment
// opening with an element articles are exported in (<main>, <figure>,
// <blockquote>…), and a page saved as UTF-16 with a byte order mark.
func TestFragmentAndUTF16Sniff(t *testing.T) {
	const paras = "<p>The council voted on Tuesday to build a new bridge across the river, after a long debate.</p>\n<p>Work starts in spring and should take two years, the council said in a statement.</p>"
	for _, open := range []string{"<main>", "<figure><img src=\"a.jpg\"></figure>", "<blockquote>Quoted.</blockquote>", "<ol><li>one</li></ol>", "<h4>Council backs bridge</h4>", "<aside>Related</aside>", "<em>Update:</em>", "<strong>Council</strong>", "<i>Note</i>", "<pre>x</pre>", "<footer>f</footer>", "<picture></picture>"} {
		in := open + "\n" + paras
		a, err := Parse(strings.NewReader(in))
		if err != nil && !errors.Is(err, ErrNotArticle) {
			t.Errorf("Parse(%.30q): %v", in, err)
			continue
		}
		if !looksLikeHTML([]byte(in)) || strings.Contains(a.Headline, "<") {
			t.Errorf("Parse(%.30q): read as text (headline %q)", in, a.Headline)
		}
	}
	page := "<!DOCTYPE html><html><head><title>Council backs bridge</title></head><body><h1>Council backs bridge</h1>" + paras + "</body></html>"
	for _, order := range []string{"be", "le"} {
		b := []byte{0xfe, 0xff}
		if order == "le" {
			b = []byte{0xff, 0xfe}
		}
		for _, r := range page {
			hi, lo := byte(r>>8), byte(r)
			if order == "le" {
				hi, lo = lo, hi
			}
			b = append(b, hi, lo)
		}
		a, err := Parse(bytes.NewReader(b))
		if err != nil {
			t.Errorf("UTF-16%s page: %v", order, err)
			continue
		}
		if a.Headline != "Council backs bridge" || len(a.Body) != 2 {
			t.Errorf("UTF-16%s page: headline %q, %d blocks; want the page read as HTML", order, a.Headline, len(a.Body))
		}
	}
}
