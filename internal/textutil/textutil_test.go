package textutil

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
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
		if got := NormalizeSpace(c.in); got != c.want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", c.in, got, c.want)
		}
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
		want := NormalizeSpace(s + "\u200b")
		if got := NormalizeASCIISpace(s); got != want {
			t.Fatalf("normalizeASCIISpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestHasDigitRun(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want bool
	}{
		{"", 1, false}, {"", 0, true}, {"a1b2", 2, false}, {"a12b", 2, true}, {"19 June 2024", 4, true},
		{"19 June 202", 4, false}, {"٢٠٢٤ 1", 2, false}, {"x2024", 4, true},
	} {
		if got := HasDigitRun(c.s, c.n); got != c.want {
			t.Errorf("HasDigitRun(%q, %d) = %v, want %v", c.s, c.n, got, c.want)
		}
	}
}

// countWordsByRune is CountWords as first written, rune by rune: the
// reference the table-driven CountWords is checked against.
func countWordsByRune(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		if w {
			in = true
		} else if !(in && (r == '-' || r == '\'' || r == '’')) {
			in = false
		}
	}
	return n
}

func TestCountWordsTable(t *testing.T) {
	alphabet := []string{"a", "Z", "0", "-", "'", "’", " ", "\t", ".", "é", "Ж", "٣", "中", "\xff", "\u00a0", "_", "--", "x",
		"ß", "ё", "\u0300", "\u00b2", "\u0660", "\u07ff", "\u0080", "\xc2", "\xc0\x80", "\xdf", "\xe2\x80", "\U0001d400", "ǅ"}
	r := rand.New(rand.NewPCG(11, 12))
	for c := range 200000 {
		var b strings.Builder
		for range r.IntN(16) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := CountWords(s), countWordsByRune(s); got != want {
			t.Fatalf("case %d: CountWords(%q) = %d, want %d", c, s, got, want)
		}
	}
}

func BenchmarkCountWords(b *testing.B) {
	s := strings.Repeat("The quick brown fox — it's a well-known test; Жили-были 123. ", 50)
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			CountWords(s)
		}
	})
	b.Run("byRune", func(b *testing.B) {
		for b.Loop() {
			countWordsByRune(s)
		}
	})
}
