package article

import (
	"strings"
	"testing"

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
			a, err := extractHTML(b, &config{})
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
	a, err := extractHTML([]byte(page), &config{})
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
