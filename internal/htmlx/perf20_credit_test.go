package htmlx

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCreditLabelsInFindsEveryForm checks the one-pass filter of
// splitCredit: creditLabelsIn may answer "no form" only when no form of
// creditLabelForms stands in the lowered caption, and when it answers
// with the forms it also gives the lowered caption. Captions are built
// from the forms themselves (in capitals, title case and as printed),
// halves of them, Cyrillic and accented letters, no-break spaces and
// ordinary words; every caption is also checked with a form added at its
// start, in its middle and at its end.
func TestCreditLabelsInFindsEveryForm(t *testing.T) {
	r := rand.New(rand.NewPCG(20, 1))
	pieces := []string{"Ⱥ", "İzmir", "STRAẞE", "\xff", "K", "Ω", "Ann Lee", " ", "\u00a0", "\u202f", ".", "(", ")", "/", "Reuters", "Фото", "ÉTÉ", "photo", "Photo", "PHOTO", "credit", "İstanbul", "ß", "a", ":"}
	for _, f := range creditLabelForms {
		pieces = append(pieces, f, strings.ToUpper(f), f[:len(f)/2], f[len(f)/2:])
		if f != "" {
			pieces = append(pieces, strings.ToUpper(f[:1])+f[1:])
		}
	}
	check := func(caption string) {
		lower := lowerSameLength(caption)
		want := false
		for _, f := range creditLabelForms {
			if strings.Contains(lower, f) {
				want = true
				break
			}
		}
		gotLower, forms := creditLabelsIn(caption)
		if want && forms == nil {
			t.Fatalf("creditLabelsIn(%q) found no form; strings.Contains finds one", caption)
		}
		if len(lower) != len(caption) {
			t.Fatalf("lowerSameLength(%q) = %q: not the caption's length", caption, lower)
		}
		if forms != nil && gotLower != lower {
			t.Fatalf("creditLabelsIn(%q) lowered it to %q, want %q", caption, gotLower, lower)
		}
	}
	for range randomCases(20000) {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		c := b.String()
		check(c)
		f := creditLabelForms[r.IntN(len(creditLabelForms))]
		if r.IntN(2) == 0 {
			f = strings.ToUpper(f)
		}
		check(f + c)
		check(c[:len(c)/2] + f + c[len(c)/2:])
		check(c + f)
	}
	// And a caption with no form is not searched form by form.
	if _, forms := creditLabelsIn("A crowd in the square on Sunday"); forms != nil {
		t.Errorf("creditLabelsIn found a form in a caption that holds none")
	}
}

// TestSplitCreditCaseLength: captions whose letters change length when
// lowered (Ⱥ, İ, ẞ, the Kelvin sign) or that hold bytes that are no UTF-8
// are cut where their label stands, never panic, and give valid pieces
// of the caption.
func TestSplitCreditCaseLength(t *testing.T) {
	for _, tc := range []struct{ caption, rest, credit string }{
		{"İzmir'de yangın: havadan görüntü. Foto: Ali Yılmaz", "İzmir'de yangın: havadan görüntü.", "Foto: Ali Yılmaz"},
		{"Bauarbeiten in der GROẞEN STRAẞE. Foto: Max Müller/dpa", "Bauarbeiten in der GROẞEN STRAẞE.", "Foto: Max Müller/dpa"},
		{strings.Repeat("Ⱥ", 20) + " Photo: A", strings.Repeat("Ⱥ", 20), "Photo: A"},
	} {
		rest, credit := splitCredit(tc.caption)
		if rest != tc.rest || credit != tc.credit {
			t.Errorf("splitCredit(%q) = %q, %q; want %q, %q", tc.caption, rest, credit, tc.rest, tc.credit)
		}
	}
	r := rand.New(rand.NewPCG(20, 2))
	pieces := []string{"Ⱥ", "İ", "ẞ", "K", "\xff", "\xe2\x82", " ", "Photo: ", "FOTO: ", "© ", "Ann Lee", "/AFP", "(", ")", ". "}
	for range randomCases(5000) {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		c := b.String()
		rest, credit := splitCredit(c) // must not panic
		if utf8.ValidString(c) && (!utf8.ValidString(rest) || !utf8.ValidString(credit)) {
			t.Fatalf("splitCredit(%q) = %q, %q: broken UTF-8", c, rest, credit)
		}
	}
}
