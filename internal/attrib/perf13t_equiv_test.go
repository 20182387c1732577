package attrib

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// randomCases returns how many random cases an equivalence test runs: n,
// or a tenth of it under the race detector.
func randomCases(n int) int {
	if raceEnabled {
		return n / 10
	}
	return n
}

// perf13tTexts are the test texts (testdata/text/*.txt) and a few
// written here, the corpus the equivalence tests below read.
func perf13tTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		"А.И. Кучияк и В. Путин. Такое мнение высказал Дмитрий Песков. Эти слова принадлежат министру.",
		"Mr. Smith's dog, Dr. Jane O'Neil and Sen. John McCain said: \"We will.\" Former Gov. Jeb Bush. Joost de Wit spoke.",
		"ДЕПУТАТЫ ГОСДУМЫ, МИД России и ТАСС. Вот что рассказал Иван. Х. Ёлкин, глава аль-Каиды Абу Бакр аль-Багдади.",
	}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "text", "*.txt"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil && utf8.Valid(data) {
			texts = append(texts, string(data))
		}
	}
	if len(paths) == 0 {
		t.Log("no test texts under testdata/text: random inputs only")
	}
	return texts
}

// perf13tPieces are what the random texts are made of: words in both
// cases and scripts, particles, initials, possessives, punctuation,
// quote marks and cut UTF-8.
var perf13tPieces = []string{
	" ", " ", ". ", ", ", "-", "—", "«", "»", "\"", "'s", "’s", ".", "\xd0", "\xff", "1", "2024",
	"the", "said", "Said", "THE", "de", "van", "al", "аль-", "аль-Бадри", "ибн", "и", "в", "заявил",
	"Путин", "Путина", "Владимир", "Песков", "А.", "И.", "А.И.", "Mr.", "Dr.", "Smith", "John", "O'Neil",
	"президент", "Президент", "России", "МИД", "ТАСС", "Газпром", "Former", "former", "Gov.", "Jeb", "Bush",
	"éclair", "Éclair", "straße", "İstanbul", "Ǆ", "ǅ", "ßig", "x", "X", "я", "Я", "ё", "Ё", "über", "Über",
}

// perf13tRandom joins one to most pieces drawn at random.
func perf13tRandom(r *rand.Rand, most int) string {
	var b strings.Builder
	for k := r.Intn(most); k >= 0; k-- {
		b.WriteString(perf13tPieces[r.Intn(len(perf13tPieces))])
	}
	return b.String()
}

// noteLowerWordPlain is noteLowerWord before the recent-word cache.
func (m *reader) noteLowerWordPlain(w string) {
	if r := textutil.FirstRune(w); unicode.IsLower(r) && !m.lowerWords[w] {
		m.lowerWords[w] = true
	}
}

// TestPerf13tNoteLowerWordsCache checks that noteLowerWords with the
// recent-word cache records the same words as without it: text by text
// with a fresh reader, and all texts through one reader (the cache
// filled by the texts before), on the test texts and random ones.
func TestPerf13tNoteLowerWordsCache(t *testing.T) {
	texts := perf13tTexts(t)
	r := rand.New(rand.NewSource(13))
	for range randomCases(20000) {
		texts = append(texts, perf13tRandom(r, 30))
	}
	plain := func(s string, into map[string]bool) {
		m := &reader{lowerWords: into}
		m.noteLowerWords(s) // no cache: seenLower is nil
	}
	shared := &reader{lowerWords: map[string]bool{}, seenLower: new([seenSlots]string)}
	sharedWant := map[string]bool{}
	for _, s := range texts {
		want := map[string]bool{}
		plain(s, want)
		// The plain path is the old function word for word.
		old := &reader{lowerWords: map[string]bool{}}
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r != '-' && !isLetter(r) }) {
			old.noteLowerWordPlain(w)
		}
		if !mapsEqual(old.lowerWords, want) {
			t.Fatalf("%.60q: plain noteLowerWords differs from the word-by-word scan", s)
		}
		m := &reader{lowerWords: map[string]bool{}, seenLower: new([seenSlots]string)}
		m.noteLowerWords(s)
		if !mapsEqual(m.lowerWords, want) {
			t.Fatalf("%.60q: cached noteLowerWords records %d words, the plain one %d", s, len(m.lowerWords), len(want))
		}
		shared.noteLowerWords(s)
		plain(s, sharedWant)
	}
	if !mapsEqual(shared.lowerWords, sharedWant) {
		t.Fatalf("one reader over all texts: cached %d words, plain %d", len(shared.lowerWords), len(sharedWant))
	}
}

func mapsEqual(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// capRunOld is capRun as it was before capRunInto.
func capRunOld(toks []token, i int) []string {
	var run []string
	for ; i < len(toks) && toks[i].kind == tokWord; i++ {
		if !isNameTok(toks[i]) {
			if len(run) > 0 && nameParticles[toks[i].lower] && i+1 < len(toks) && toks[i+1].kind == tokWord && isNameTok(toks[i+1]) {
				run = append(run, toks[i].text)
				continue
			}
			break
		}
		if len(run) >= 2 && isCyrillicWord(toks[i].text) && knownOutlet(toks[i].text) {
			break // a known outlet ends a Russian name (a rule added after the rewrite)
		}
		run = append(run, strings.TrimSuffix(strings.TrimSuffix(toks[i].text, "’s"), "'s"))
		if strings.HasSuffix(toks[i].text, "’s") || strings.HasSuffix(toks[i].text, "'s") {
			break
		}
	}
	return run
}

// isNameTokOld is isNameTok before its ASCII shortcut for words that do
// not open with a capital.
func isNameTokOld(t token) bool {
	if t.kind != tokWord {
		return IsNameWord(t.text)
	}
	w := t.text
	if strings.HasSuffix(w, ".") && isInitials(strings.TrimSuffix(w, ".")) {
		return true
	}
	if r, n := utf8.DecodeRuneInString(w); n+1 == len(w) && w[n] == '.' && unicode.IsUpper(r) {
		return true
	}
	if !textutil.IsCap(w) {
		return ruArticleParticleName(w)
	}
	return !nonNameWords[strings.TrimSuffix(t.lower, ".")]
}

// TestPerf13tCapRunIntoAndIsNameTok checks capRunInto, handed back its
// own slice run after run as learn does, against the old capRun at every
// token of every sentence, and isNameTok against its old form at every
// token, on the test texts and random ones.
func TestPerf13tCapRunIntoAndIsNameTok(t *testing.T) {
	texts := perf13tTexts(t)
	r := rand.New(rand.NewSource(1313))
	for range randomCases(20000) {
		texts = append(texts, perf13tRandom(r, 30))
	}
	var buf []string
	lc := map[string]string{}
	runs, names := 0, 0
	for _, s := range texts {
		for _, ru := range []bool{true, false} {
			spans := quoteSpans(s, ru)
			for _, sn := range Sentences(s, spans) {
				toks := tokenizeLower(nil, s, sn, spans, lc)
				for i := range toks {
					if got, want := isNameTok(toks[i]), isNameTokOld(toks[i]); got != want {
						t.Fatalf("isNameTok(%q) = %v, the old one %v", toks[i].text, got, want)
					}
					want := capRunOld(toks, i)
					got := capRunInto(buf, toks, i)
					buf = got[:0]
					if !slices.Equal(got, want) {
						t.Fatalf("%.60q at %d: capRunInto %q, capRun %q", s, i, got, want)
					}
					if !slices.Equal(capRun(toks, i), want) {
						t.Fatalf("%.60q at %d: capRun changed", s, i)
					}
					runs++
					if len(want) > 0 {
						names++
					}
				}
			}
		}
	}
	if runs < 10000 || names < 1000 {
		t.Fatalf("only %d positions (%d runs of names) checked", runs, names)
	}
}

// fileUnderOld is fileUnder before the slab of one-person slices.
func (m *reader) fileUnderOld(p *person, key string) {
	for n := 0; n <= lang.MaxInflection; n++ {
		k := truncRunes(key, n)
		if k == "" {
			break
		}
		if slices.Contains(p.keys, k) {
			continue
		}
		if p.keys == nil {
			p.keys = make([]string, 0, lang.MaxInflection+1)
		}
		p.keys = append(p.keys, k)
		b := m.byKey[k]
		if len(b) == maxSameName {
			b = b[1:]
		}
		m.byKey[k] = append(b, p)
	}
}

// TestPerf13tFileUnderSlab files the same random people (names from the
// test texts' capitalised words and random ones, often sharing keys, more
// than maxSameName under some) with fileUnder and with the old version,
// and checks that every key lists the same people in the same order:
// slices carved from the slab are never written through by an append to
// their neighbour.
func TestPerf13tFileUnderSlab(t *testing.T) {
	var words []string
	for _, s := range perf13tTexts(t) {
		for _, w := range strings.Fields(s) {
			if textutil.IsCap(w) {
				words = append(words, w)
			}
		}
	}
	r := rand.New(rand.NewSource(7))
	for range 200 {
		words = append(words, perf13tRandom(r, 3))
	}
	for trial := range randomCases(200) {
		oldR := &reader{byKey: map[string][]*person{}}
		newR := &reader{byKey: map[string][]*person{}}
		n := 1 + r.Intn(400)
		pool := words
		if trial%2 == 0 && len(words) > 8 {
			pool = words[:8] // few names: long lists under each key
		}
		for k := range n {
			key := strings.ToLower(pool[r.Intn(len(pool))])
			po, pn := &person{seq: k}, &person{seq: k}
			oldR.fileUnderOld(po, key)
			newR.fileUnder(pn, key)
			if r.Intn(4) == 0 { // filed again, under a longer or other key
				key2 := strings.ToLower(pool[r.Intn(len(pool))])
				oldR.fileUnderOld(po, key2)
				newR.fileUnder(pn, key2)
			}
		}
		if len(oldR.byKey) != len(newR.byKey) {
			t.Fatalf("trial %d: %d keys, the old way %d", trial, len(newR.byKey), len(oldR.byKey))
		}
		for k, ob := range oldR.byKey {
			nb := newR.byKey[k]
			if len(nb) != len(ob) {
				t.Fatalf("trial %d, key %q: %d people, the old way %d", trial, k, len(nb), len(ob))
			}
			for i := range ob {
				if nb[i].seq != ob[i].seq || !slices.Equal(nb[i].keys, ob[i].keys) {
					t.Fatalf("trial %d, key %q, #%d: person %d, the old way %d", trial, k, i, nb[i].seq, ob[i].seq)
				}
			}
		}
	}
}
