package article

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// caseLetters are letters whose lower or upper case is written in another
// number of UTF-8 bytes (Ⱥ U+023A → ⱥ U+2C65, İ U+0130 → i̇, ẞ U+1E9E → ß,
// the Kelvin sign U+212A → k): code that finds a place in a lowered copy
// of a text and cuts the text there cuts in the wrong place, or past its
// end, when such a letter comes before.
var caseLetters = []string{"Ⱥ", "ⱥ", "İ", "ẞ", "\u212a", "Ω"}

// TestLengthChangingCaseLetters runs both paths over pages and texts whose
// every field (title, meta author, byline, caption with a credit, body
// with a quotation and a dateline) carries runs of caseLetters before the
// words the rules look for ("by", "for", "Photo:", "said", a month): no
// panic, and every output string valid UTF-8. (A byline "ȺȺ… for X" and a
// caption "ȺȺ… Photo: A" panicked before.)
func TestLengthChangingCaseLetters(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 20))
	// A run repeats one letter (mixed letters that lengthen and shorten
	// would cancel out) or mixes them.
	run := func() string {
		if r.IntN(3) > 0 {
			return strings.Repeat(caseLetters[r.IntN(len(caseLetters))], r.IntN(40))
		}
		var b strings.Builder
		for range 1 + r.IntN(30) {
			b.WriteString(caseLetters[r.IntN(len(caseLetters))])
		}
		return b.String()
	}
	n := 300
	if raceEnabled {
		n = 30
	}
	for range n {
		x := run
		page := `<html><head><title>` + x() + ` Council | ` + x() + `</title>` +
			`<meta name="author" content="` + x() + ` for The Daily ` + x() + `">` +
			`<meta property="article:section" content="` + x() + `"></head><body>` +
			`<article><h1>` + x() + ` Council ` + x() + `</h1>` +
			`<p class="byline">Posted 8:11 AM ` + x() + ` by ` + x() + ` Jane Doe</p>` +
			`<figure><img src="/a.jpg" alt="` + x() + `"><figcaption>` + x() + ` Photo: ` + x() + ` Ann Lee/AFP</figcaption></figure>` +
			`<p>LONDON, March 5 (Reuters) - ` + x() + ` «` + x() + ` we will build it», said ` + x() + ` Mayor John Smith on 5 March 2024.</p>` +
			`<p>"` + x() + ` It is done," ` + x() + ` told the BBC. ` + x() + `</p></article></body></html>`
		text := x() + " Council\n\n" + x() + " By " + x() + " Jane Doe\n\nМОСКВА, 5 марта. /ТАСС/. «" + x() + " Мы построим», — сказал " + x() + " мэр Иван Петров.\n"
		for _, in := range []struct {
			name string
			do   func() (*Article, error)
		}{
			{"html", func() (*Article, error) { return ParseHTML(strings.NewReader(page)) }},
			{"text", func() (*Article, error) { return ParseText(strings.NewReader(text)) }},
		} {
			a, _ := in.do()
			if a == nil {
				continue
			}
			out, err := json.Marshal(a)
			if err != nil {
				t.Fatalf("%s: %v", in.name, err)
			}
			var v any
			if err := json.Unmarshal(out, &v); err != nil || !validStrings(v) {
				t.Fatalf("%s: output holds broken UTF-8 for input\n%s\n%s", in.name, page, out)
			}
		}
	}
}

// validStrings reports whether every string in a decoded JSON value is
// valid UTF-8 without U+FFFD (json.Marshal writes a broken byte as it).
func validStrings(v any) bool {
	switch t := v.(type) {
	case string:
		return utf8.ValidString(t) && !strings.ContainsRune(t, utf8.RuneError)
	case []any:
		for _, e := range t {
			if !validStrings(e) {
				return false
			}
		}
	case map[string]any:
		for _, e := range t {
			if !validStrings(e) {
				return false
			}
		}
	}
	return true
}
