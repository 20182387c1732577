package htmlx

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/articlekit/article/internal/textutil"
)

// TestScriptDatesOnePass checks the one-scan scriptDates against the
// key-by-key search it replaces, on scripts built from keys, values and
// noise, with more keys than are read and keys that touch.
func TestScriptDatesOnePass(t *testing.T) {
	parts := []string{`"date"`, `"datePublished"`, `"createdAt"`, `"pubDate"`, `:"2021-03-04T05:06:07Z"`, `: "2020-01-02"`,
		`"date"date"`, `"x":1,`, ` `, `"`, `"d`, `"publish_date":"2019-05-06 10:00"`, `"first_published_at":"2018-01-01T00:00:00"`}
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 3000 {
		var b strings.Builder
		for range r.IntN(200) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		got, want := ScriptDates(s, nil), scriptDatesByKey(s, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("case %d: scriptDates(%q) = %q, want %q", n, s, got, want)
		}
	}
}

// TestFieldHelpers checks lowerJoin, nextField and nextPart against the
// strings functions they stand in for, on strings mixing ASCII, unicode
// spaces, letters whose lower case is ASCII (İ, K) and invalid UTF-8.
func TestFieldHelpers(t *testing.T) {
	alphabet := []string{"a", "B", "-", "_", " ", "\t", "\u00a0", "\u0085", "\u3000", "İ", "K", "é", "\xff", "x"}
	r := rand.New(rand.NewPCG(3, 4))
	gen := func() string {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		return b.String()
	}
	for range 20000 {
		a, b := gen(), gen()
		var buf [4]byte
		if got, want := textutil.LowerJoin(buf[:], a, b), strings.ToLower(a+" "+b); got != want {
			t.Fatalf("lowerJoin(%q, %q) = %q, want %q", a, b, got, want)
		}
		var fields []string
		for i := 0; ; {
			var f string
			if f, i = textutil.NextField(a, i); f == "" {
				break
			}
			fields = append(fields, f)
		}
		if want := strings.Fields(a); !slices.Equal(fields, want) {
			t.Fatalf("nextField over %q gives %q, want %q", a, fields, want)
		}
		var parts []string
		for i := 0; ; {
			var p string
			if p, i = textutil.NextPart(a, i, " -_"); p == "" {
				break
			}
			parts = append(parts, p)
		}
		want := strings.FieldsFunc(a, func(r rune) bool { return r == ' ' || r == '-' || r == '_' })
		if !slices.Equal(parts, want) {
			t.Fatalf("nextPart over %q gives %q, want %q", a, parts, want)
		}
	}
}

// TestAliases checks the test flush relies on to copy a text that shares
// the reused buffer.
func TestAliases(t *testing.T) {
	b := make([]byte, 8, 16)
	copy(b, "abcdefgh")
	view := unsafe.String(&b[2], 3)
	if !textutil.Aliases(view, b) || !textutil.Aliases(unsafe.String(&b[0], 1), b[:0]) {
		t.Error("a view into the buffer is not seen as sharing it")
	}
	if textutil.Aliases(strings.Clone(view), b) || textutil.Aliases("", b) || textutil.Aliases("abc", nil) {
		t.Error("a separate string is seen as sharing the buffer")
	}
}

// TestWordSet checks wordSet.in against a loop of strings.Contains.
func TestWordSet(t *testing.T) {
	set := textutil.NewWordSet(append([]string{"q"}, boilerWords...))
	alphabet := []string{"comment", "share", "s", "a", "q", "-", " ", "so", "cial", "é", "nav", "bar", "x", "\xff"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		want := slices.ContainsFunc(append([]string{"q"}, boilerWords...), func(w string) bool { return strings.Contains(s, w) })
		if got := set.In(s); got != want {
			t.Fatalf("wordSet.in(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHasBylineLabel checks that the prefilter admits every text
// reLabelledByline matches in.
func TestHasBylineLabel(t *testing.T) {
	parts := []string{"Text", "Von", "Autor", "Autorin", "Author", "Written by", "By", ":", " ", "\n", "\t", "\v", "Anna", "Muster",
		"x", "é", "Ö", "von ", "by"}
	r := rand.New(rand.NewPCG(7, 8))
	matched := 0
	for range 50000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if reLabelledByline.MatchString(s) {
			matched++
			if !hasBylineLabel(s) {
				t.Fatalf("hasBylineLabel(%q) = false, but reLabelledByline matches", s)
			}
		}
	}
	if matched == 0 {
		t.Fatal("no generated text matched: the test tests nothing")
	}
	if hasBylineLabel("no label here: Anna Muster") || !hasBylineLabel("Text:\n Anna Muster") {
		t.Error("hasBylineLabel misreads the plain cases")
	}
}

// TestIsNoiseLineBound checks the length bound isNoiseLine relies on: no
// rune's lower case is less than a third of its length in bytes.
func TestIsNoiseLineBound(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if l := len(strings.ToLower(s)); 3*l < len(s) {
			t.Fatalf("strings.ToLower(%q) is %d bytes, under a third of %d", s, l, len(s))
		}
	}
	if !isNoiseLine("Share This Article") || isNoiseLine(strings.Repeat("share ", 40)) {
		t.Error("isNoiseLine misreads the plain cases")
	}
}
