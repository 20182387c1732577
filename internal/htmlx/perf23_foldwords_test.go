package htmlx

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// The former searches are kept as printsLineRE, locateLinesRE and
// locateIndexRE, which the callers still use for words too long for
// foldWords: the expressions compiled for each search before perf23.

// perf23CheckWords compares foldWords with the former expressions on one
// text and one list of words.
func perf23CheckWords(t *testing.T, text string, words []string) (matched bool) {
	t.Helper()
	if len(words) == 0 {
		return false
	}
	fw, ok, fits := newFoldWords(words)
	if !fits {
		t.Fatalf("words %q do not fit", words)
	}
	wantLine := printsLineRE(text, words)
	locs, compiled := locateLinesRE(text, words, maxHeadlineLines)
	var wantLines [][2]int
	for _, l := range locs {
		wantLines = append(wantLines, [2]int{l[2], l[3]})
	}
	wantAt, wantEnd := locateIndexRE(text, words)
	if ok != compiled {
		t.Fatalf("words %q: ok %v, the expression compiled: %v", words, ok, compiled)
	}
	if !ok {
		return false
	}
	if got := fw.hasLine(text); got != wantLine {
		t.Fatalf("words %q in %q: hasLine %v, want %v", words, perf23Cut(text), got, wantLine)
	}
	if got := fw.lines(text, maxHeadlineLines); !slices.Equal(got, wantLines) {
		t.Fatalf("words %q in %q: lines %v, want %v", words, perf23Cut(text), got, wantLines)
	}
	if at, end := fw.index(text); at != wantAt || end != wantEnd {
		t.Fatalf("words %q in %q: index %d %d, want %d %d", words, perf23Cut(text), at, end, wantAt, wantEnd)
	}
	return wantAt >= 0
}

func perf23Cut(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// perf23Mangle changes the case of some letters of s (to letters of their
// folding orbit outside ASCII too) and, now and then, a space to another
// kind of white space.
func perf23Mangle(r *rand.Rand, s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case r.IntN(6) == 0 && (c == 'k' || c == 'K'):
			b.WriteRune('\u212a') // Kelvin sign
		case r.IntN(6) == 0 && (c == 's' || c == 'S'):
			b.WriteRune('\u017f') // long s
		case r.IntN(4) == 0:
			b.WriteString(strings.ToUpper(string(c)))
		case r.IntN(4) == 0:
			b.WriteString(strings.ToLower(string(c)))
		case c == ' ' && r.IntN(5) == 0:
			b.WriteString([]string{"\n", "\t ", "\u00a0", "\f", "\v", "  \r\n"}[r.IntN(6)])
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// TestFoldWordsSame checks foldWords against the expressions it replaces:
// on the page text of the test pages (and the trafilatura corpus's
// tuning pages when ../shared is there), with the words of their titles,
// headings and lines, as printed and with their case changed; and on
// random texts of the characters the expressions treat apart (white
// space of every kind, no-break spaces, the Kelvin sign and the long s,
// U+FFFD and bytes that are not UTF-8).
func TestFoldWordsSame(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 5))
	found := 0
	for _, root := range equivPages(t) {
		m := collectMeta(root, 0)
		text := m.text
		var cands []string
		cands = append(cands, m.title)
		cands = append(cands, titleParts(m.title)...)
		cands = append(cands, m.h1s...)
		cands = append(cands, m.subheads...)
		lines := strings.Split(text, "\n")
		for range 6 {
			if l := lines[r.IntN(len(lines))]; strings.TrimSpace(l) != "" {
				cands = append(cands, l)
				if w := strings.Fields(l); len(w) > 2 {
					i := r.IntN(len(w) - 1)
					cands = append(cands, strings.Join(w[i:i+2], " "))
				}
			}
		}
		for _, c := range cands {
			for _, s := range []string{c, perf23Mangle(r, c)} {
				if w := strings.Fields(s); len(w) > 0 && len(w) <= 40 && perf23CheckWords(t, text, w) {
					found++
				}
			}
		}
		m.release()
	}
	if found == 0 {
		t.Fatal("no words found in any page text")
	}
	alphabet := []string{"a", "A", "b", "k", "K", "\u212a", "s", "S", "\u017f", "ß", "ẞ", " ", " ", "\n", "\n", "\t", "\r", "\f", "\v",
		"\u00a0", "\ufffd", "\xff", "\xe2\x82", "é", "É", "Σ", "σ", "ς", "i", "I", "İ", "ı", ".", "*", "("}
	pick := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		return b.String()
	}
	nrand := randomCases(20000)
	hits := 0
	for range nrand {
		text := pick(r.IntN(40))
		var words []string
		for range 1 + r.IntN(3) {
			w := strings.Fields(pick(1 + r.IntN(3)))
			words = append(words, w...)
		}
		if r.IntN(2) == 0 && len(text) > 4 {
			// Words the text holds, their case changed.
			i := r.IntN(len(text) - 2)
			words = strings.Fields(perf23Mangle(r, text[i:i+1+r.IntN(len(text)-i-1)]))
		}
		if len(words) > 0 && perf23CheckWords(t, text, words) {
			hits++
		}
	}
	if nrand > 0 && hits == 0 {
		t.Fatal("no random words found in their text")
	}
	t.Logf("%d page words found, %d of %d random cases", found, hits, nrand)
}

// TestFoldWordsTooLong checks that words past foldWordsMaxBytes are left
// to the expressions, and that printsLine and locateText still answer.
func TestFoldWordsTooLong(t *testing.T) {
	long := strings.Repeat("x", foldWordsMaxBytes+1)
	if _, ok, fits := newFoldWords([]string{long}); !ok || fits {
		t.Fatalf("words of %d bytes: ok %v fits %v, want true false", len(long), ok, fits)
	}
	m := &PageMeta{text: "a\n" + long + "\n"}
	if !m.printsLine(long) {
		t.Fatal("printsLine missed the long line")
	}
	if at, end := m.locateText(long); at != 2 || end != 2+len(long) {
		t.Fatalf("locateText: %d %d, want 2 %d", at, end, 2+len(long))
	}
	if _, ok, _ := newFoldWords([]string{"ok", "\xff"}); ok {
		t.Fatal("a word that is not UTF-8 was taken")
	}
}
