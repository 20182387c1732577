package htmlx

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
)

// statsOfRunes is statsOf as it was before its ASCII fast path: every
// character decoded as a rune, lowered and encoded again.
func statsOfRunes(s string) textStats {
	var st textStats
	stops, filter := allStopwords(), stopFilter()
	var buf [16]byte
	n, inWord, long := 0, false, false
	end := func() {
		if inWord {
			st.words++
			if !long && (n == 0 || filter[stopKey(n, buf[0], buf[n-1])/64]&(1<<(stopKey(n, buf[0], buf[n-1])%64)) != 0) && stops[string(buf[:n])] {
				st.stops++
			}
		}
		n, inWord, long = 0, false, false
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && isLetterRune(r):
			st.letters++
			if r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && r != toLowerRune(r) {
				st.upper++
			}
			inWord = true
			lr := toLowerRune(r)
			if n+utf8.RuneLen(lr) <= len(buf) {
				n += utf8.EncodeRune(buf[n:], lr)
			} else {
				long = true
			}
		case r >= '0' && r <= '9':
			st.digits++
			inWord = true
			long = true
		default:
			end()
			switch r {
			case '.', '!', '?', '。':
				st.punct++
			case ',':
				st.commas++
			}
		}
	}
	end()
	return st
}

// TestStatsOfASCII checks statsOf against the rune-by-rune form on texts
// of stopwords, long words, digits, punctuation, capitals, non-ASCII
// letters (whose lower case changes their length: İ, K) and invalid
// UTF-8.
func TestStatsOfASCII(t *testing.T) {
	parts := []string{"the", "The", "THE", "und", "Die", "и", "В", "de", "la", "é", "É", "İ", "K", "ß", "x", "Q",
		"abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnoé", "1", "42", " ", "  ", ".", "!", "?", "。", ",",
		"\xff", "\t", "\n", "-", "'", "ü", "über", "что", "это", "日本"}
	r := rand.New(rand.NewPCG(5, 6))
	for n := range 30000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(parts[r.IntN(len(parts))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if got, want := statsOf(s), statsOfRunes(s); got != want {
			t.Fatalf("case %d: statsOf(%q) = %+v, want %+v", n, s, got, want)
		}
	}
}

// TestFeaturesReuse checks that features written into a used buffer (as
// choose does with a pooled one) are those of a fresh slice.
func TestFeaturesReuse(t *testing.T) {
	pages := []string{
		`<html><body><article><h1>A headline here</h1><p>The first paragraph of the story, with words and a full stop.</p>
<p>Another paragraph, longer than the first one, says more. It has 2 sentences!</p><ul><li><a href="/a">Link one</a></li>
<li><a href="/b">Link two</a></li></ul><h2>Related</h2><p>More from the site.</p></article></body></html>`,
		`<html><body><div class="menu"><a href="/">Home</a> <a href="/n">News</a></div><main><p>Short.</p><p>Ein Absatz mit
Wörtern und der Artikel, die und das.</p><h3>3 comments</h3><p>Great post, thanks for writing it.</p></main></body></html>`,
	}
	for _, page := range pages {
		w := walkPage(t, page)
		hand := w.HandWeights()
		want := w.Features(hand)
		if len(want) < 4 {
			t.Fatalf("%d blocks: the page should make several", len(want))
		}
		dirty := make(BlockFeats, len(want)+3)
		for i := range dirty {
			for k := range dirty[i] {
				dirty[i][k] = float64(i*k) + 0.5
			}
		}
		got := w.featuresInto(dirty, hand)
		if len(got) != len(want) {
			t.Fatalf("%d features, want %d", len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("block %d: features %v, want %v", i, got[i], want[i])
			}
		}
	}
}

// walkPage walks a page as extractContent does, without its headline.
func walkPage(t *testing.T, page string) *ContentWalker {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	w := &ContentWalker{UseHints: true}
	w.Walk(root, WalkState{Owner: root}, 0)
	w.Flush()
	w.MarkCards("")
	return w
}

// TestTailTestsFiltered checks isCommentCount and isTailStart, which skip
// texts by a word list and a first byte, against the full tests on texts
// built from the expressions' words, the tail starts and noise.
func TestTailTestsFiltered(t *testing.T) {
	parts := []string{"3", "12", " ", "  ", "Comments", "comment", "COMMENTS", "Reader", "readers'", "user", "responses", "Response",
		"replies", "Leave a Reply", "leave a comment", "post a comment", "Join the discussion", "Kommentare", "Kommentar",
		"Leserkommentare", "commentaires", "comentarios", "commenti", "komentarze", "komentarzy", "Комментарии", "thoughts on",
		"thought on", "(4)", ":", ".", "Related", "More from", "you may also like", "Читайте также", "À lire aussi", "x", "the",
		"İ", "K", "\xff", "Über den Autor", "lesen sie auch", "newsletter", "?", "…"}
	oldComment := func(b *textBlock) bool {
		if b.Runes > 120 {
			return false
		}
		if t := b.Text; t != "" && '0' <= t[0] && t[0] <= '9' {
			low := strings.ToLower(t)
			return reCommentCount.MatchString(low) || b.kind == kindHeading && reCommentHeading.MatchString(low)
		}
		return b.kind == kindHeading && reCommentHeading.MatchString(strings.ToLower(b.Text))
	}
	oldTail := func(b *textBlock) bool {
		if b.Runes > 60 || (b.kind != kindHeading && b.kind != kindPara) {
			return false
		}
		low := strings.TrimRight(strings.ToLower(b.Text), ":.!?… ")
		if b.kind == kindHeading && strings.HasSuffix(low, "newsletter") {
			return true
		}
		for _, p := range tailStarts {
			if low == p || (strings.HasPrefix(low, p) && textutil.FieldCount(low) <= 6) {
				return true
			}
		}
		return false
	}
	r := rand.New(rand.NewPCG(7, 8))
	kinds := []blockKind{kindPara, kindHeading, kindItem, kindCaption}
	hits := 0
	for n := range 40000 {
		var sb strings.Builder
		for range r.IntN(6) {
			sb.WriteString(parts[r.IntN(len(parts))])
			if r.IntN(4) > 0 {
				sb.WriteByte(' ')
			}
		}
		b := &textBlock{Text: sb.String(), kind: kinds[r.IntN(len(kinds))]}
		b.Runes = utf8.RuneCountInString(b.Text)
		if got, want := isCommentCount(b), oldComment(b); got != want {
			t.Fatalf("case %d: isCommentCount(%q, kind %d) = %v, want %v", n, b.Text, b.kind, got, want)
		} else if got {
			hits++
		}
		if got, want := isTailStart(b), oldTail(b); got != want {
			t.Fatalf("case %d: isTailStart(%q, kind %d) = %v, want %v", n, b.Text, b.kind, got, want)
		}
	}
	if hits < 100 {
		t.Fatalf("only %d comment headings among the cases", hits)
	}
}

// TestMayHoldWords checks that mayHoldWords never turns down a text in
// which the case-insensitive words match, on texts and headlines of
// letters in both cases, the Kelvin sign and long s (which fold to k and
// s), dotted and dotless i, punctuation and invalid UTF-8.
func TestMayHoldWords(t *testing.T) {
	alphabet := []string{"a", "B", "c", "K", "k", "\u212a", "s", "S", "\u017f", "i", "I", "İ", "ı", "e", "E", "-", ".", " ", "\n", "é", "\xff", "t", "T", "r"}
	r := rand.New(rand.NewPCG(9, 10))
	gen := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		return b.String()
	}
	found, refused := 0, 0
	for n := range 100000 {
		words := strings.Fields(gen(1 + r.IntN(8)))
		if len(words) == 0 {
			continue
		}
		text := gen(r.IntN(60))
		if r.IntN(2) == 0 {
			// Plant the words, their case changed at random.
			var b strings.Builder
			for _, w := range words {
				for _, c := range w {
					if r.IntN(2) == 0 {
						c = unicode.SimpleFold(c)
					}
					b.WriteRune(c)
				}
				b.WriteByte(' ')
			}
			text = gen(r.IntN(10)) + b.String() + gen(r.IntN(10))
		}
		q := make([]string, len(words))
		for i, w := range words {
			q[i] = regexp.QuoteMeta(w)
		}
		re, err := regexp.Compile(`(?i)` + strings.Join(q, `\s+`))
		if err != nil {
			continue // locateText gives up on such a headline either way
		}
		match := re.MatchString(text)
		may := mayHoldWords(text, words)
		if match && !may {
			t.Fatalf("case %d: mayHoldWords(%q, %q) = false, but the words match", n, text, words)
		}
		if match {
			found++
		}
		if !may {
			refused++
		}
	}
	if found < 1000 || refused < 1000 {
		t.Fatalf("%d matches and %d texts turned down: the cases should hold many of both", found, refused)
	}
}

// TestHeadlineReach checks the remembered reach against BackVisible and
// ForwardVisible for spans asked in turn, repeated, and after the text
// changes.
func TestHeadlineReach(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	m := &PageMeta{}
	for n := range 2000 {
		if n%50 == 0 {
			var b strings.Builder
			for range 200 + r.IntN(4000) {
				b.WriteString([]string{"word ", "\n", "  ", "é", "x"}[r.IntN(5)])
			}
			m.text = b.String()
		}
		start := r.IntN(len(m.text) + 1)
		end := start + r.IntN(len(m.text)-start+1)
		for range 1 + r.IntN(3) {
			before, after := m.headlineReach(start, end)
			if wb, wa := BackVisible(m.text, start, bylineBeforeH1), ForwardVisible(m.text, end, dateAfterH1); before != wb || after != wa {
				t.Fatalf("case %d: headlineReach(%d, %d) = %d, %d, want %d, %d", n, start, end, before, after, wb, wa)
			}
		}
	}
}

// TestJunkLineFirstByte checks that reShortcode, reCountLine and
// reReadTime match no text that does not open as isJunkLine now requires
// before trying them.
func TestJunkLineFirstByte(t *testing.T) {
	parts := []string{"[", "]", "/", "caption", "12", "3.5", ",", "k", "K", " ", "shares", "Comments", "likes", "min", "Minuten",
		"read", "Lesezeit", "lesezeit:", "LESEZEIT", "de lecture", "x", "é", "\u212a", "\u017f", "=", "_"}
	r := rand.New(rand.NewPCG(13, 14))
	matched := 0
	for n := range 50000 {
		var b strings.Builder
		for range 1 + r.IntN(5) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		low := strings.ToLower(s)
		digit := low != "" && isDigit(low[0])
		if reShortcode.MatchString(s) && !strings.HasPrefix(s, "[") {
			t.Fatalf("case %d: reShortcode matches %q", n, s)
		}
		if reCountLine.MatchString(low) {
			matched++
			if !digit {
				t.Fatalf("case %d: reCountLine matches %q", n, low)
			}
		}
		if reReadTime.MatchString(low) {
			matched++
			if !digit && low[0] != 'l' && low[0] != 'L' {
				t.Fatalf("case %d: reReadTime matches %q", n, low)
			}
		}
	}
	if matched < 100 {
		t.Fatalf("only %d matches among the cases", matched)
	}
}
