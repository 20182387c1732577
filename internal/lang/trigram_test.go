package lang

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
	"golang.org/x/net/html"

	"github.com/articlekit/article/internal/eval"
)

// sameAsWhatlanggo fails t unless detectTrigrams(s) gives whatlanggo's
// answer: the same confidence, and the same language wherever the
// confidence is above 0 (at 0, two profiles may tie at the top and
// whatlanggo's pick between them changes from run to run).
func sameAsWhatlanggo(t *testing.T, s string) bool {
	t.Helper()
	want := whatlanggo.Detect(s)
	l, conf := detectTrigrams(s)
	if conf != want.Confidence || (conf > 0 && l != want.Lang) || (want.Lang < 0) != (l < 0) {
		t.Errorf("detectTrigrams(%q) = %v %v, whatlanggo %v %v", s, l, conf, want.Lang, want.Confidence)
		return false
	}
	return true
}

// pageTexts returns the text of the repository's test pages and texts,
// and of 150 pages of the trafilatura corpus's development half when
// ../shared is there.
func pageTexts(t *testing.T) []string {
	t.Helper()
	var docs []string
	for _, pat := range []string{"../../testdata/html/*.html", "../../testdata/kinds/*.html", "../../testdata/text/*.txt"} {
		paths, _ := filepath.Glob(pat)
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil {
				docs = append(docs, string(b))
			}
		}
	}
	if paths, _ := filepath.Glob("../../../shared/bench/trafilatura-dev/html/*.html.gz"); len(paths) > 0 {
		for _, p := range paths[:min(len(paths), 150)] {
			if b, err := eval.ReadGzip(p); err == nil {
				docs = append(docs, string(b))
			}
		}
	}
	var out []string
	for _, d := range docs {
		var sb strings.Builder
		z := html.NewTokenizer(strings.NewReader(d))
		skip := false
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			switch tt {
			case html.StartTagToken, html.EndTagToken:
				name, _ := z.TagName()
				if s := string(name); s == "script" || s == "style" {
					skip = tt == html.StartTagToken
				}
			case html.TextToken:
				if !skip {
					sb.Write(z.Text())
					sb.WriteByte('\n')
				}
			}
		}
		out = append(out, sb.String())
	}
	if len(out) < 20 {
		t.Fatalf("only %d texts", len(out))
	}
	return out
}

// TestDetectTrigramsSameAsWhatlanggo checks the inverted index against
// whatlanggo.Detect on windows of the test pages' text (at every 1,000th
// byte, 500, 120 and 25 characters long), random texts of profile
// trigrams, spaces, digits, punctuation and capitals in one or several
// scripts, invalid UTF-8 and empty or blank texts.
func TestDetectTrigramsSameAsWhatlanggo(t *testing.T) {
	n, bad, sure := 0, 0, 0
	check := func(s string) {
		n++
		if _, conf := detectTrigrams(s); conf >= MinConfidence {
			sure++
		}
		if !sameAsWhatlanggo(t, s) {
			bad++
			if bad > 20 {
				t.FailNow()
			}
		}
	}
	for _, s := range []string{"", " ", "\n\t", "123 456", "!!!", "a", "ab", "abc", " abc ", "\xff\xfe", "日本語のテキスト", "Ελληνικά κείμενα", "中文文本"} {
		check(s)
	}
	for _, text := range pageTexts(t) {
		for i := 0; i < len(text); i += 1000 {
			for !utf8.RuneStart(text[i]) && i < len(text)-1 {
				i++
			}
			for _, k := range []int{MaxDetectRunes, 120, 25} {
				check(Cut(text[i:], k))
			}
		}
	}
	rng := rand.New(rand.NewSource(12))
	var grams [numTrigramScripts][]string
	for _, p := range trigramProfiles {
		rs := []rune(p.trigrams)
		for i := 0; i+3 <= len(rs); i += 3 {
			grams[p.script] = append(grams[p.script], string(rs[i:i+3]))
		}
	}
	extra := []string{" ", "  ", ".", ", ", "7", "\n", "A", "É", "Ж", "\xc3", "’", "«", "-", "İ", "ẞ"}
	for range 4000 {
		var sb strings.Builder
		base, other := rng.Intn(int(numTrigramScripts)), rng.Intn(int(numTrigramScripts))
		for range 1 + rng.Intn(120) {
			if rng.Intn(4) == 0 {
				sb.WriteString(extra[rng.Intn(len(extra))])
				continue
			}
			g := grams[base]
			if rng.Intn(5) == 0 {
				g = grams[other]
			}
			sb.WriteString(g[rng.Intn(len(g))])
		}
		check(sb.String())
	}
	t.Logf("%d texts (%d answered at MinConfidence or more), %d differ", n, sure, bad)
	if sure < n/3 {
		t.Errorf("only %d of %d texts answered", sure, n)
	}
}

// TestTrigramIndexCoversProfiles checks that every script's index was
// built (no script has more languages than maxScriptLangs) and holds
// every profile's trigrams.
func TestTrigramIndexCoversProfiles(t *testing.T) {
	ixs := trigramIndexes()
	total := 0
	for s, ix := range ixs {
		if ix == nil {
			t.Fatalf("script %d: no index", s)
		}
		total += len(ix.post)
	}
	want := 0
	for _, p := range trigramProfiles {
		want += utf8.RuneCountInString(p.trigrams) / 3
	}
	if total != want || want < 20000 {
		t.Errorf("%d postings, want %d (the profiles' trigrams)", total, want)
	}
}

// TestTopStopwordsSameAsEachTable checks the one-lookup topStopwords
// against the lookup in every table (topStopwordsEach) on windows of the
// test pages' text, Latin or not, and random texts of function words of
// every table in any case, with letters of other scripts, digits,
// punctuation and invalid UTF-8 between them.
func TestTopStopwordsSameAsEachTable(t *testing.T) {
	n, hit := 0, 0
	check := func(s string) {
		n++
		for _, latin := range []bool{false, true} {
			tag, share := topStopwords(s, latin)
			wtag, wshare := topStopwordsEach(s, latin)
			if tag != wtag || share != wshare {
				t.Fatalf("topStopwords(%q, %v) = %q %v, each table %q %v", s, latin, tag, share, wtag, wshare)
			}
			if tag != "" {
				hit++
			}
		}
	}
	for _, s := range []string{"", " ", "the", "THE", "Der", "и", "И", "ÀÉ", "\xffthe\xff", "the\u00a0of", "straße", "İstanbul the"} {
		check(s)
	}
	for _, text := range pageTexts(t) {
		for i := 0; i < len(text); i += 600 {
			for !utf8.RuneStart(text[i]) && i < len(text)-1 {
				i++
			}
			check(Cut(text[i:], MaxDetectRunes))
		}
	}
	var words []string
	for _, tb := range Languages {
		words = append(words, tb.Stopwords...)
	}
	seps := []string{" ", "  ", ", ", "7", "\n", "\xc3", "’", "—", "_", "ǅ", "Ж", "ß", "\u0301"}
	rng := rand.New(rand.NewSource(12))
	for range 20000 {
		var sb strings.Builder
		for range 1 + rng.Intn(40) {
			w := words[rng.Intn(len(words))]
			switch rng.Intn(4) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			sb.WriteString(w)
			sb.WriteString(seps[rng.Intn(len(seps))])
		}
		check(sb.String())
	}
	if hit < n/2 {
		t.Errorf("only %d of %d answers name a table", hit, 2*n)
	}
}
