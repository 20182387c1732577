package article

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestNormalizeSpaceJoiners(t *testing.T) {
	cases := []struct{ in, want string }{
		// Bengali spells words with the zero-width joiner and non-joiner:
		// they stay.
		{"কুষ্টিয়া-১ আসনের র\u200d্যাব", "কুষ্টিয়া-১ আসনের র\u200d্যাব"},
		{"می\u200cخواهم", "می\u200cخواهم"},
		// An emoji sequence is joined by ZWJ.
		{"family 👨\u200d👩\u200d👧 photo", "family 👨\u200d👩\u200d👧 photo"},
		// After ASCII, or alone between spaces, joiners are noise.
		{"The\u200d mayor\u200c said", "The mayor said"},
		{"a \u200d b", "a b"},
		// Zero-width spaces, BOMs, soft hyphens and bidi controls go.
		{"bri\u00addge\u200b will\ufeff \u202areopen\u202c", "bridge will reopen"},
		{"  tabs\tand\u00a0nbsp  ", "tabs and nbsp"},
	}
	for _, c := range cases {
		if got := normalizeSpace(c.in); got != c.want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", c.in, got, c.want)
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
		if !strings.Contains(a.Body[q.Block].Text, q.Text) {
			t.Errorf("quote %q is not in its block %q", q.Text, a.Body[q.Block].Text)
		}
	}
	if len(a.Quotes) == 0 {
		t.Error("no quote found")
	}
}

// TestNormalizeASCIISpace checks the ASCII fast path against the general
// loop on random strings of spaces, controls and letters.
func TestNormalizeASCIISpace(t *testing.T) {
	alphabet := []byte(" \t\n\r\v\f\x00\x01\x1c\x1f\x7fab.")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		// The general loop, reached with a non-ASCII marker that it
		// drops (a zero-width space) appended.
		want := normalizeSpace(s + "\u200b")
		if got := normalizeASCIISpace(s); got != want {
			t.Fatalf("normalizeASCIISpace(%q) = %q, want %q", s, got, want)
		}
	}
}
