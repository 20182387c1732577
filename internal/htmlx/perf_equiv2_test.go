package htmlx

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

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
