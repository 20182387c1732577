package lang

import (
	"bufio"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/RadhiFadlillah/whatlanggo"
)

// identifyOld is Identify as it was, on whatlanggo.Detect itself.
func identifyOld(s string) (string, float64) {
	info := whatlanggo.Detect(s)
	if info.Lang < 0 || info.Confidence < MinConfidence {
		return "", 0
	}
	tag := info.Lang.Iso6391()
	if tag == "" {
		return "", 0
	}
	return tag, info.Confidence
}

// TestIdentifyMatchesWhatlanggo checks identify, through Identify, against
// whatlanggo.Detect on the texts of the language table (17 languages, in
// Latin, Cyrillic, Arabic, Bengali, CJK and Hangul scripts) cut at several
// lengths, on random mixes of their words with digits, punctuation and
// symbols, on samples of every profile's own trigrams (every language of
// the six profiled scripts) and on edge cases.
func TestIdentifyMatchesWhatlanggo(t *testing.T) {
	var texts []string
	if f, err := os.Open("../../testdata/languages.tsv"); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if cols := strings.Split(sc.Text(), "\t"); len(cols) >= 5 {
				texts = append(texts, cols[4])
			}
		}
		f.Close()
	}
	if len(texts) < 1000 {
		t.Fatalf("read %d texts of testdata/languages.tsv, want 1,000 or more", len(texts))
	}
	cases := []string{"", " ", "a", "ab", "abc", "1234", "...", "\xff\xfe", "the", "The THE tHe", "Ünïcödé", "İstanbul",
		"ёлка", "日本語", "한국어", "ab\xffcd ef", strings.Repeat("a", 1000), strings.Repeat("the ", 200)}
	for _, s := range texts {
		for _, n := range []int{10, 40, 100, 500} {
			cases = append(cases, Cut(s, n))
		}
	}
	r := rand.New(rand.NewPCG(7, 8))
	var words []string
	for _, s := range texts {
		words = append(words, strings.Fields(s)...)
	}
	seps := []string{" ", "  ", ", ", ". ", " 42 ", " – ", "\n", " $ ", "! ", " (", ") ", "'"}
	for range 1500 {
		var b strings.Builder
		for k := r.IntN(60) + 1; k > 0; k-- {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString(seps[r.IntN(len(seps))])
		}
		cases = append(cases, b.String())
	}
	indexOnce.Do(buildIndexes)
	for _, p := range []map[whatlanggo.Lang][]string{wlLatin, wlCyrillic, wlArabic, wlDevanagari, wlEthiopic, wlHebrew} {
		if len(p) == 0 {
			t.Fatal("a whatlanggo profile list is empty: the go:linkname names no longer match the package")
		}
		for _, trigrams := range p {
			for range 5 {
				var b strings.Builder
				for k := r.IntN(80) + 1; k > 0; k-- {
					b.WriteString(trigrams[r.IntN(min(len(trigrams), 1+r.IntN(300)))])
				}
				cases = append(cases, b.String())
			}
		}
	}
	differ := 0
	for _, s := range cases {
		gt, gc := Identify(s)
		wt, wc := identifyOld(s)
		// Below the threshold too, wherever whatlanggo is sure of
		// something, the raw answers agree.
		gl, gcr := identify(s)
		info := whatlanggo.Detect(s)
		if gt != wt || gc != wc || info.Confidence > 0 && (gl != info.Lang || gcr != info.Confidence) {
			differ++
			if differ <= 10 {
				t.Errorf("Identify(%.60q) = %q, %v; whatlanggo gives %q, %v", s, gt, gc, wt, wc)
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d of %d texts differ", differ, len(cases))
	}
	t.Logf("%d texts, all alike", len(cases))
}
