package textutil

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestNFCInertOnlyForNFC checks that NFCInert answers true only for
// texts that are their own NFC form: every inert character alone and
// after or before every combining mark of U+0300..U+036F, random texts of
// inert characters, combining marks, Hangul and other characters, and
// that Latin-1, Cyrillic and general punctuation letters are mostly
// inert (the test is worth its time).
func TestNFCInertOnlyForNFC(t *testing.T) {
	var inert []rune
	for r := rune(0); r < nfcInertLimit; r++ {
		if NFCInert(string(r)) && utf8.ValidRune(r) {
			inert = append(inert, r)
		}
	}
	if len(inert) < 4000 {
		t.Fatalf("only %d inert characters", len(inert))
	}
	for _, r := range []rune{'é', 'ж', 'ё', '—', '“', '«', 'ß', 'ł'} {
		if !NFCInert(string(r)) {
			t.Errorf("%q not inert", r)
		}
	}
	check := func(s string) {
		if NFCInert(s) && norm.NFC.String(s) != s {
			t.Fatalf("NFCInert(%q) but NFC is %q", s, norm.NFC.String(s))
		}
	}
	for _, r := range inert {
		for m := rune(0x300); m < 0x370; m++ {
			check(string(r) + string(m))
			check(string(m) + string(r))
		}
	}
	for _, s := range []string{"", "e\u0301", "\u1100\u1161", "A\u030a", "\u2000", "\u212b", "\xff", "\xc3", "Å"} {
		check(s)
	}
	others := []rune{0x301, 0x308, 0x327, 0x1161, 0x11a8, 0xac00, 0x2000, 0x2001, 0x212b, 0x0958, 0x0f73, 0x3099, 0xfffd}
	rng := rand.New(rand.NewSource(12))
	for range 100000 {
		var sb strings.Builder
		for range 1 + rng.Intn(24) {
			switch rng.Intn(4) {
			case 0:
				sb.WriteRune(others[rng.Intn(len(others))])
			case 1:
				sb.WriteByte(byte('a' + rng.Intn(26)))
			default:
				sb.WriteRune(inert[rng.Intn(len(inert))])
			}
		}
		check(sb.String())
	}
}

// TestSpaceNormalAsFields checks SpaceNormal against strings.Fields on
// every string of up to five characters over spaces, other white space,
// letters and a byte that is not UTF-8, and on random longer strings.
func TestSpaceNormalAsFields(t *testing.T) {
	alphabet := []string{" ", "\t", "\n", "\v", "\f", "\r", "a", "\u00a0", "\u0085", "\u2009", "\u3000", "\u1680", "é", "\xe2\x80", "\x1c", "—"}
	want := func(s string) bool { return s != "" && strings.Join(strings.Fields(s), " ") == s }
	var gen func(prefix string, depth int)
	gen = func(prefix string, depth int) {
		if got := SpaceNormal(prefix); got != want(prefix) {
			t.Fatalf("SpaceNormal(%q) = %v", prefix, got)
		}
		if depth == 0 {
			return
		}
		for _, a := range alphabet {
			gen(prefix+a, depth-1)
		}
	}
	gen("", 4)
	rng := rand.New(rand.NewSource(12))
	for range 50000 {
		var sb strings.Builder
		for range rng.Intn(30) {
			if rng.Intn(3) == 0 {
				sb.WriteString(alphabet[rng.Intn(len(alphabet))])
			} else {
				sb.WriteRune(rune(rng.Intn(0x3100)))
			}
		}
		if s := sb.String(); SpaceNormal(s) != want(s) {
			t.Fatalf("SpaceNormal(%q) = %v", s, SpaceNormal(s))
		}
	}
	n := 0
	for r := rune(0); r < 0x3100; r++ {
		if unicode.IsSpace(r) {
			n++
			if s := "a" + string(r) + "b"; r != ' ' && SpaceNormal(s) {
				t.Errorf("SpaceNormal(%q)", s)
			}
		}
	}
	if n < 20 {
		t.Errorf("%d space characters", n)
	}
}
