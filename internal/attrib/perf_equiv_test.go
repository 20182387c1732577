package attrib

import (
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// TestHasOddSpaceMatchesContainsAny checks the byte test of hasOddSpace
// against strings.ContainsAny(s, oddSpaces), which it replaces: on texts
// with and without each odd space, at the start, the end and inside, next
// to the other characters that share its lead byte (guillemets, dashes,
// quotes) and on cut UTF-8.
func TestHasOddSpaceMatchesContainsAny(t *testing.T) {
	pieces := []string{"", "a", "«", "»", "—", "–", "…", "“", "”", "\u2008", "\u200a", "\u202e", "\u2028",
		"\u00a0", "\u2009", "\u202f", "\u00a1", "\u00bf", "Р", "р", "щ", "é", " ", "\xc2", "\xe2", "\xe2\x80", "\xa0", "\x89", "\xaf"}
	check := func(s string) {
		t.Helper()
		if got, want := hasOddSpace(s), strings.ContainsAny(s, oddSpaces); got != want {
			t.Fatalf("hasOddSpace(%q) = %v, strings.ContainsAny says %v", s, got, want)
		}
	}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				check(a + b + c)
			}
		}
	}
	for _, s := range []string{
		"«Мы готовы»,\u00a0— сказал он.", "«Мы готовы», — сказал он.", "10\u202f000 рублей", "a\u2009b",
		"Премьер-министр Японии Наото Кан заявил", "plain ASCII text only",
	} {
		check(s)
	}
}

// TestPrefixFilterNeverDropsAStem checks that prefixFilter.mayStart says
// yes to every word that starts with a stem of the tables' speech verbs
// and outlet nouns (and to the stems themselves with endings), so that the
// filter in front of isSpeechVerb and isOutletNoun drops no match.
func TestPrefixFilterNeverDropsAStem(t *testing.T) {
	for _, tabs := range [][]*lang.Table{lang.Languages, tablesFor("ru"), tablesFor("en"), tablesFor("uk")} {
		l := newTableLists(tabs)
		for ti, tb := range tabs {
			for _, v := range tb.SpeechVerbs {
				for _, w := range []string{v, v + "а", v + "ли", v + "x"} {
					if strings.HasPrefix(w, v) && !l.speechStems[ti].mayStart(w) {
						t.Fatalf("%s: speech filter drops %q (stem %q)", tb.Tag, w, v)
					}
				}
			}
		}
		for _, n := range l.outletNouns {
			for _, w := range []string{n, n + "а", n + "ы"} {
				if !l.outletFilter.mayStart(w) {
					t.Fatalf("outlet filter drops %q", w)
				}
			}
		}
	}
	var f prefixFilter
	if !f.mayStart("") || !f.mayStart("a") {
		t.Fatal("a filter that is off must let every word through")
	}
	if g := newPrefixFilter([]string{"a", "abcdef"}); !g.mayStart("b") {
		t.Fatal("a list with a stem of one byte must have no filter")
	}
}

// TestFilteredLookupsMatchScans checks isSpeechVerb, isOutletNoun and
// the first-word index of the verbs of reporting against the plain scans
// they replace, on the words of the tables and of sample sentences.
func TestFilteredLookupsMatchScans(t *testing.T) {
	words := []string{"", "a", "газета", "газете", "газетами", "агентства", "сказал", "сказала", "заявили", "передает", "сообщил",
		"told", "said", "newspaper", "newspapers", "agency", "по", "данным", "according", "to", "Zeitung", "журнал", "журналист", "рек", "реклама"}
	for _, tb := range lang.Languages {
		words = append(words, tb.SpeechVerbs...)
		words = append(words, tb.OutletNouns...)
		words = append(words, tb.SourceVerbs...)
		for _, w := range tb.SpeechVerbs {
			words = append(words, w+"а", w+"и", w+"ла", w+"ли", w+"ся", w+"xyz")
		}
	}
	for _, tabs := range [][]*lang.Table{lang.Languages, tablesFor("ru"), tablesFor("en"), tablesFor("uk"), tablesFor("de")} {
		m := newReader(tabs)
		for _, w := range words {
			if got, want := m.isSpeechVerb(w), scanSpeechVerb(tabs, w); got != want {
				t.Fatalf("isSpeechVerb(%q) = %v, the scan says %v", w, got, want)
			}
			if got, want := m.isOutletNoun(w), scanOutletNoun(tabs, w); got != want {
				t.Fatalf("isOutletNoun(%q) = %v, the scan says %v", w, got, want)
			}
			// The index lists, for a first word, exactly the phrases the
			// scan would try with success, in order.
			var want []int
			for i, v := range m.sourceVerbs {
				if len(v) > 0 && v[0] == w {
					want = append(want, i)
				}
			}
			if got := m.sourceVerbsBy[w]; !slices.Equal(got, want) {
				t.Fatalf("sourceVerbsBy[%q] = %v, want %v", w, got, want)
			}
		}
	}
}

func scanSpeechVerb(tables []*lang.Table, w string) bool {
	for _, t := range tables {
		if t.SpeechVerbSet()[w] {
			return true
		}
		if !t.RuStyle {
			continue
		}
		for _, v := range t.SpeechVerbs {
			if strings.HasPrefix(w, v) && utf8.RuneCountInString(w)-utf8.RuneCountInString(v) <= 2 {
				return true
			}
			// (and the Russian gerund of a verb in -л: «заявив»)
			if t.Tag == "ru" && strings.HasSuffix(v, "л") && (w == strings.TrimSuffix(v, "л")+"в" || w == strings.TrimSuffix(v, "л")+"вши") {
				return true
			}
		}
	}
	return false
}

func scanOutletNoun(tables []*lang.Table, w string) bool {
	for _, t := range tables {
		for _, n := range t.OutletNouns {
			if strings.HasPrefix(w, n) && utf8.RuneCountInString(w)-utf8.RuneCountInString(n) <= 2 {
				return true
			}
		}
	}
	return false
}

// TestRoleFilterMatchesScan checks role, behind its filter, against the
// plain scan of the role stems, on the stems with endings, hyphenated
// roles and other words; and reports whether the filter is on.
func TestRoleFilterMatchesScan(t *testing.T) {
	for _, tabs := range [][]*lang.Table{lang.Languages, tablesFor("ru"), tablesFor("en"), tablesFor("uk"), tablesFor("de")} {
		m := newReader(tabs)
		t.Logf("%d tables: role filter on: %v", len(tabs), m.roleFilter.n > 0)
		words := []string{"", "a", "министр", "премьер-министр", "вице-премьер", "глава", "spokeswoman", "President", "said", "сказал", "x-министра"}
		for _, s := range m.roleStems {
			words = append(words, s, s+"а", s+"ами", s+"ского", "экс-"+s, s+"-"+s)
		}
		for _, w := range words {
			gs, gok := m.role(w)
			ws, wok := hasStem(w, m.roleStems)
			if !wok {
				if i := strings.LastIndexByte(w, '-'); i >= 0 {
					ws, wok = hasStem(w[i+1:], m.roleStems)
				}
			}
			if gs != ws || gok != wok {
				t.Fatalf("role(%q) = %q, %v; the scan says %q, %v", w, gs, gok, ws, wok)
			}
		}
	}
}

// TestPrefixFilterShortStems checks the filter of stems of two and three
// bytes: every word that starts with a stem passes; words shorter than
// the shortest stem or starting otherwise may not.
func TestPrefixFilterShortStems(t *testing.T) {
	stems := []string{"mp", "mayor", "мэр", "aide"}
	f := newPrefixFilter(stems)
	if f.n != 2 {
		t.Fatalf("n = %d, want 2", f.n)
	}
	for _, s := range stems {
		for _, w := range []string{s, s + "s", s + "ом"} {
			if !f.mayStart(w) {
				t.Fatalf("filter drops %q (stem %q)", w, s)
			}
		}
	}
	if f.mayStart("m") {
		t.Fatal("a word shorter than every stem passes")
	}
}

// TestQuoteFeaturesWordsInPlace checks quoteFeatures, which reads the
// words of a quotation in place, against the features computed from
// strings.FieldsFunc's words as before, on quotations in Russian and
// English with hyphens, digits, capitals, cut UTF-8 and no words.
func TestQuoteFeaturesWordsInPlace(t *testing.T) {
	texts := []string{
		"«Мы готовы к диалогу», — сказал он.",
		"Он назвал это «Южный поток» — большой проект.",
		"\"We will not back down,\" said Jane Doe-Smith, 42.",
		"«…»", "« »", "«Ёлки-палки, 2024-й год!»", "«\xff\xfeбит»", "«Новости Дня Сегодня»", "«А»",
		"«Я считаю, что мы справимся», — заявила министр.",
	}
	for _, s := range texts {
		for _, sp := range quoteSpans(s, true) {
			for _, flags := range [][4]bool{{}, {true, false, true, false}, {false, true, false, true}} {
				got := quoteFeatures(s, sp, flags[0], flags[1], flags[2], flags[3])
				want := quoteFeaturesFields(s, sp, flags[0], flags[1], flags[2], flags[3])
				if got != want {
					t.Fatalf("%q: features %v, by FieldsFunc %v", s[sp.start:sp.end], got, want)
				}
			}
		}
		// Also the whole text as one span.
		sp := qspan{start: 0, end: len(s), ostart: 0, oend: len(s)}
		if got, want := quoteFeatures(s, sp, true, true, true, true), quoteFeaturesFields(s, sp, true, true, true, true); got != want {
			t.Fatalf("%q: features %v, by FieldsFunc %v", s, got, want)
		}
	}
}

// quoteFeaturesFields is quoteFeatures as it was, with its words from
// strings.FieldsFunc.
func quoteFeaturesFields(s string, q qspan, cue, own, partial, rule bool) [NQuoteFeatures]float64 {
	var x [NQuoteFeatures]float64
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	text := strings.TrimSpace(s[q.start:q.end])
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
	x[QFBias] = 1
	x[QFLogWords] = math.Log1p(float64(len(words)))
	x[QFOneWord] = b(len(words) == 1)
	x[QFUpper] = b(unicode.IsUpper(textutil.FirstRune(strings.TrimLeft(text, " .…-—"))))
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, " »\"”"))
	x[QFEndPunct] = b(strings.ContainsRune(".!?…", last))
	before := strings.TrimRight(s[:q.ostart], " ")
	prev, _ := utf8.DecodeLastRuneInString(before)
	x[QFAfterWord] = b(unicode.IsLetter(prev) || unicode.IsDigit(prev))
	x[QFAfterColon] = b(prev == ':')
	x[QFOpensBlock] = b(before == "" || prev == '—' || prev == '–')
	after := strings.TrimLeft(s[q.oend:], " ,.!?")
	x[QFDashAfter] = b(strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "- "))
	x[QFCue] = b(cue)
	x[QFOwnSpeaker] = b(own)
	x[QFPartial] = b(partial)
	x[QFRule] = b(rule)
	long, capped := 0, 0
	for _, w := range words {
		lw := strings.ToLower(w)
		if ruFirstPerson[lw] {
			x[QFFirstPerson] = 1
		}
		if utf8.RuneCountInString(lw) > 4 && unicode.IsLower(textutil.FirstRune(w)) {
			for _, e := range ruVerbEndings {
				if strings.HasSuffix(lw, e) {
					x[QFVerb] = 1
					break
				}
			}
		}
		if utf8.RuneCountInString(w) >= 4 {
			long++
			if unicode.IsUpper(textutil.FirstRune(w)) {
				capped++
			}
		}
	}
	x[QFTitle] = b(long >= 2 && capped == long)
	return x
}

// TestIsLetterMatchesUnicode checks isLetter against unicode.IsLetter on
// every rune, and on a few values that are no rune.
func TestIsLetterMatchesUnicode(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("isLetter(%U) = %v, unicode.IsLetter says %v", r, isLetter(r), unicode.IsLetter(r))
		}
	}
}

// TestNonNameWordsIsTheUnion checks that the one map IsNameWord asks
// says what the two it replaces said, on every word of both.
func TestNonNameWordsIsTheUnion(t *testing.T) {
	words := []string{"", "john", "путин"}
	for w := range lang.NonNameSet {
		words = append(words, w)
	}
	for w := range ruNonNameWords {
		words = append(words, w)
	}
	for _, w := range words {
		if got, want := nonNameWords[w], lang.NonNameSet[w] || ruNonNameWords[w]; got != want {
			t.Fatalf("nonNameWords[%q] = %v, want %v", w, got, want)
		}
	}
}

// TestIsNameTokMatchesIsNameWord checks isNameTok, which reads the lower
// case the tokenizer made, against IsNameWord on every token of the test
// texts (testdata/text) and of a few made-up sentences with initials,
// abbreviations, possessives and words of the non-name tables.
func TestIsNameTokMatchesIsNameWord(t *testing.T) {
	texts := []string{
		"А.И. Кучияк и В. Путин. Такое мнение высказал Дмитрий Песков. Эти слова принадлежат министру.",
		"Mr. Smith's dog, Dr. Jane O'Neil and Sen. John McCain said: \"We will.\" Former Gov. Jeb Bush.",
		"ДЕПУТАТЫ ГОСДУМЫ, МИД России и ТАСС. Вот что рассказал Иван. Х. Ёлкин.",
	}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "text", "*.txt"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil && utf8.Valid(data) {
			texts = append(texts, string(data))
		}
	}
	lc := map[string]string{}
	n := 0
	for _, s := range texts {
		spans := quoteSpans(s, true)
		for _, sn := range Sentences(s, spans) {
			for _, tk := range tokenizeLower(nil, s, sn, spans, lc) {
				n++
				if got, want := isNameTok(tk), IsNameWord(tk.text); got != want {
					t.Fatalf("isNameTok(%q) = %v, IsNameWord says %v", tk.text, got, want)
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d tokens checked", n)
	}
}

// TestToLowerMatchesStrings checks toLower against strings.ToLower on
// every rune up to U+0500 alone and between letters, on cut UTF-8 and on
// the words of the test texts.
func TestToLowerMatchesStrings(t *testing.T) {
	check := func(w string) {
		t.Helper()
		if got, want := toLower(w), strings.ToLower(w); got != want {
			t.Fatalf("toLower(%q) = %q, strings.ToLower says %q", w, got, want)
		}
	}
	for r := rune(0); r <= 0x500; r++ {
		s := string(r)
		check(s)
		check("ab" + s + "cd")
		check("при" + s + "вет")
		check(s + "Ж")
	}
	for _, w := range []string{"", "\xd0", "\xd1", "при\xd0", "\xd0\xd0", "\xd1\x80\xd1", "ёлка", "Ёлка", "iPhone", "ПРИВЕТ", "ça", "straße", "İstanbul"} {
		check(w)
	}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "text", "*.txt"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(string(data)) {
			check(w)
		}
	}
}

// TestOutletKeyMatchesFields checks outletKey, which reads a name's
// words in place, against the strings.FieldsFunc and strings.Join version
// it replaces, on every outlet of the tables, with quote marks and type
// words around, and on names with odd spaces and cut UTF-8.
func TestOutletKeyMatchesFields(t *testing.T) {
	names := []string{"", " ", "«»", "Лента.ру", "ИТАР-ТАСС", "Первом канале", "газета «Труд»", "ИА „Регнум“", "\"New York Times\"",
		"Нью-Йорк\u00a0таймс", "a\tb", "«Эхо Москвы»", "x\xc2", "x\xe2\x80", "“Der Spiegel”", "  двойной   пробел  "}
	for _, tb := range lang.Languages {
		for _, o := range tb.Outlets {
			names = append(names, o, "«"+o+"»", "газета «"+o+"»", strings.ToUpper(o))
		}
	}
	for _, n := range names {
		if got, want := outletKey(n), outletKeyFields(n); got != want {
			t.Fatalf("outletKey(%q) = %q, by FieldsFunc %q", n, got, want)
		}
		if got, want := hasOutletKeySep(n), strings.ContainsAny(n, " «»„“”\""); got != want {
			t.Fatalf("hasOutletKeySep(%q) = %v, strings.ContainsAny says %v", n, got, want)
		}
	}
}

func outletKeyFields(name string) string {
	if !strings.ContainsAny(name, " «»„“”\"") {
		return ruStem(name)
	}
	words := strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("«»„“”\"", r)
	})
	for i, w := range words {
		words[i] = ruStem(w)
	}
	return strings.Join(words, " ")
}

// TestNameKeyMatchesLang checks the reader's cached nameKey against
// lang.NameKey on names with capitals, possessives and Cyrillic, asked
// twice (the second answer comes from the cache), with and without a
// cache.
func TestNameKeyMatchesLang(t *testing.T) {
	words := []string{"", "Smith", "Smith's", "Smith’s", "SMITH'S", "Путина", "ПУТИН", "О'Нил", "McCain", "van", "İstanbul", "x\xd0"}
	for _, withCache := range []bool{false, true} {
		m := newReader(tablesFor("ru"))
		if withCache {
			m.lowerOf = map[string]string{}
		}
		for k := 0; k < 2; k++ {
			for _, w := range words {
				if got, want := m.nameKey(w), lang.NameKey(w); got != want {
					t.Fatalf("nameKey(%q) = %q, lang.NameKey says %q", w, got, want)
				}
			}
		}
	}
}

// TestExtractConcurrentSameOutput runs Extract on the test texts from
// several goroutines at once (the word lists of a language are shared
// between readers, the token slices and maps pooled) and checks that
// each gets what a lone run gets; run with -race.
func TestExtractConcurrentSameOutput(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "text", "*.txt"))
	var docs [][]model.Block
	var names []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil || !utf8.Valid(data) {
			continue
		}
		var blocks []model.Block
		for _, para := range strings.Split(string(data), "\n\n") {
			if para = strings.TrimSpace(para); para != "" {
				blocks = append(blocks, model.Block{Type: model.Paragraph, Text: para})
			}
		}
		docs = append(docs, blocks)
		names = append(names, p)
	}
	if len(docs) == 0 {
		t.Skip("no test texts")
	}
	none := func() error { return nil }
	type result struct {
		q   []model.Quote
		src []string
	}
	want := make([]result, len(docs))
	quotes := 0
	for i, d := range docs {
		q, src, err := Extract(d, "ru", none)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = result{q, src}
		quotes += len(q)
	}
	if quotes == 0 {
		t.Fatal("no quotation found in the test texts: nothing compared")
	}
	errs := make(chan string, 4*len(docs))
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range docs {
				i := (k + g) % len(docs)
				q, src, _ := Extract(docs[i], "ru", none)
				if !reflect.DeepEqual(q, want[i].q) || !slices.Equal(src, want[i].src) {
					errs <- names[i]
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for p := range errs {
		t.Errorf("%s: concurrent Extract differs from a lone run", p)
	}
}
