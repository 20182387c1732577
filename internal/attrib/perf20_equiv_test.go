package attrib

import (
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// ruStemPerf20Old is ruStem before perf20.
func ruStemPerf20Old(w string) string {
	w = strings.ToLower(w)
	if !unicode.Is(unicode.Cyrillic, textutil.FirstRune(w)) {
		return w
	}
	n := utf8.RuneCountInString(w)
	for _, e := range ruCaseEndings {
		if strings.HasSuffix(w, e) && n-utf8.RuneCountInString(e) >= 3 {
			return strings.TrimSuffix(w, e)
		}
	}
	return w
}

// perf20Words are the words of the test texts and of random texts (the
// tokens tokenizeLower makes of them, text and lower case), with every
// case ending and the tables' words.
func perf20Words(t *testing.T) []string {
	t.Helper()
	texts := perf13tTexts(t)
	r := rand.New(rand.NewSource(2020))
	for range randomCases(20000) {
		texts = append(texts, perf13tRandom(r, 30))
	}
	words := append([]string{"", "а", "ая", "мая", "сама", "АМИ", "Газетами", "газетой", "Ёлкой", "ОНО", "\xd0", "\xd0ами"}, ruCaseEndings...)
	for _, s := range texts {
		for _, sn := range Sentences(s, nil) {
			for _, tk := range tokenizeLower(nil, s, sn, nil, nil) {
				words = append(words, tk.text, tk.lower)
			}
		}
	}
	return words
}

// TestPerf20RuStem checks ruStem against its form before perf20 on every
// word of the test texts and of random texts.
func TestPerf20RuStem(t *testing.T) {
	for _, w := range perf20Words(t) {
		if got, want := ruStem(w), ruStemPerf20Old(w); got != want {
			t.Fatalf("ruStem(%q) = %q, before %q", w, got, want)
		}
	}
}

// TestPerf20WordFilters checks that the word filters let every word of
// the sets they stand before through (so that no lookup they skip could
// have found anything), for every table set, and that they do rule out
// most other words (else they cost for nothing).
func TestPerf20WordFilters(t *testing.T) {
	for _, tabs := range [][]*lang.Table{lang.Languages, tablesFor("ru"), tablesFor("en"), tablesFor("uk"), tablesFor("de"), tablesFor("fr")} {
		l := newTableLists(tabs)
		for w := range l.sourceVerbsBy {
			if !l.phraseFirst.may(w) {
				t.Fatalf("phraseFirst drops %q (sourceVerbsBy)", w)
			}
		}
		for w := range l.outletSubjectBy {
			if !l.phraseFirst.may(w) {
				t.Fatalf("phraseFirst drops %q (outletSubjectBy)", w)
			}
		}
	}
	for _, set := range []map[string]bool{ruPastMediaVerbs, ruPublishVerbs, ruInformantNouns, ruJournalistObliques} {
		for w := range set {
			if !ruSourceWords.may(w) {
				t.Fatalf("ruSourceWords drops %q", w)
			}
		}
	}
	for w := range nonNameWords {
		if !nonNameFilter.may(w) {
			t.Fatalf("nonNameFilter drops %q", w)
		}
	}
	words := perf20Words(t)
	kept := 0
	for _, w := range words {
		if ruSourceWords.may(w) {
			kept++
		}
	}
	if kept*4 > len(words) {
		t.Errorf("ruSourceWords lets %d of %d words through", kept, len(words))
	}
	var f wordFilter
	if !f.may("") {
		t.Fatal("the empty word must pass")
	}
}

// noteCompanyPerf20Old is noteCompany before perf20 (the next token's
// test after the stem's lookup).
func (m *reader) noteCompanyPerf20Old(toks []token, i int) {
	if i+1 >= len(toks) {
		return
	}
	kind := ruCompanyStems[ruStemPerf20Old(toks[i].text)]
	if kind == "" {
		return
	}
	var name []string
	switch t := toks[i+1]; {
	case t.kind == tokQuote:
		n := strings.TrimSpace(t.text)
		if n == "" || !textutil.IsCap(n) && !isLatin(n) || textutil.CountWords(n) > maxQuotedNameWords || knownOutlet(n) {
			return
		}
		name = []string{n}
	case t.kind == tokWord && isLatin(t.text) && textutil.IsCap(t.text) && !knownOutlet(t.text):
		name = []string{t.text}
	default:
		return
	}
	p := m.lookupBody(name)
	if p == nil {
		return
	}
	if m.companyKind == nil {
		m.companyKind = map[*person]string{}
	}
	m.companyKind[p] = kind
}

// TestPerf20NoteCompany runs noteCompany and its form before perf20 on
// two readers, token by token, over the test texts and random ones (with
// company nouns before quoted and Latin names), and compares the
// companies they file.
func TestPerf20NoteCompany(t *testing.T) {
	texts := perf13tTexts(t)
	r := rand.New(rand.NewSource(2021))
	pieces := []string{" ", " компания ", " Компании ", " корпорация ", " партии ", " клуба ", "«Газпром»", "«ТАСС»", "Google", "Apple", "«»", "« лукойл »", "iPhone", ". ", "«Наши деньги»", "Сбер"}
	for range randomCases(20000) {
		var b strings.Builder
		for k := r.Intn(12); k >= 0; k-- {
			if r.Intn(2) == 0 {
				b.WriteString(pieces[r.Intn(len(pieces))])
			} else {
				b.WriteString(perf13tPieces[r.Intn(len(perf13tPieces))])
			}
		}
		texts = append(texts, b.String())
	}
	filed := 0
	for _, s := range texts {
		a, b := newReader(tablesFor("ru")), newReader(tablesFor("ru"))
		spans := quoteSpans(s, true)
		for _, sn := range Sentences(s, spans) {
			toks := tokenizeLower(nil, s, sn, spans, nil)
			for i := range toks {
				if toks[i].kind == tokWord {
					a.noteCompany(toks, i)
					b.noteCompanyPerf20Old(toks, i)
				}
			}
		}
		got, want := map[string]string{}, map[string]string{}
		for p, k := range a.companyKind {
			got[strings.Join(p.name, " ")] = k
		}
		for p, k := range b.companyKind {
			want[strings.Join(p.name, " ")] = k
		}
		if len(got) != len(want) {
			t.Fatalf("%q: noteCompany files %v, before %v", s, got, want)
		}
		for n, k := range want {
			if got[n] != k {
				t.Fatalf("%q: noteCompany files %v, before %v", s, got, want)
			}
		}
		filed += len(got)
	}
	if filed == 0 {
		t.Fatal("no company filed: the test tests nothing")
	}
}

// TestPerf20HasSingleMark checks hasSingleMark against
// strings.ContainsAny(s, "'‘’") on strings made of the marks, their
// bytes cut and mixed with the runes that share their lead byte, and on
// the test texts.
func TestPerf20HasSingleMark(t *testing.T) {
	pieces := []string{"", "a", "'", "‘", "’", "“", "”", "—", "…", "\xe2", "\x80", "\x98", "\x99", "\xe2\x80", "\xf0", "я", "\u2018x"}
	check := func(s string) {
		t.Helper()
		if got, want := hasSingleMark(s), strings.ContainsAny(s, "'‘’"); got != want {
			t.Fatalf("hasSingleMark(%q) = %v, strings.ContainsAny says %v", s, got, want)
		}
	}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				check(a + b + c)
			}
		}
	}
	r := rand.New(rand.NewSource(2022))
	for range randomCases(20000) {
		var b strings.Builder
		for k := r.Intn(8); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		check(b.String())
	}
	for _, s := range perf13tTexts(t) {
		check(s)
	}
}

// TestPerf20HasLower checks hasLower(set, w) against set[strings.ToLower(w)]
// for the sets it is asked of (abbreviations, enPlaceHeads, the lower-case
// words of a text) and toLower against strings.ToLower, on every word of
// the test texts and random ones, long words and cut UTF-8 among them.
func TestPerf20HasLower(t *testing.T) {
	words := perf20Words(t)
	words = append(words, strings.Repeat("Я", 40), strings.Repeat("a", 70)+".", "ST", "St", "U.S", "İstanbul", "\xd0Я", "ẞ")
	m := &reader{lowerWords: map[string]bool{}}
	for _, w := range words {
		m.noteLowerWord(w)
	}
	found := 0
	for _, set := range []map[string]bool{abbreviations, enPlaceHeads, m.lowerWords} {
		for _, w := range words {
			got, want := hasLower(set, w), set[strings.ToLower(w)]
			if got != want {
				t.Fatalf("hasLower(%q) = %v, the map says %v", w, got, want)
			}
			if got {
				found++
			}
		}
	}
	for _, w := range words {
		if got, want := toLower(w), strings.ToLower(w); got != want {
			t.Fatalf("toLower(%q) = %q, strings.ToLower %q", w, got, want)
		}
	}
	if found == 0 {
		t.Fatal("no word found in any set: the test tests nothing")
	}
}

// tokenizeLowerPerf20Old is tokenizeLower before perf20.
func tokenizeLowerPerf20Old(out []token, s string, sn sentence, spans []qspan, lc map[string]string) []token {
	out = out[:0]
	i := sn.Start
	// spans are in text order: find the first that may start in this
	// sentence, then move forward only.
	qi := sort.Search(len(spans), func(k int) bool { return spans[k].ostart >= sn.Start })
	for i < sn.End {
		for qi < len(spans) && spans[qi].ostart < i {
			qi++
		}
		if qi < len(spans) && spans[qi].ostart == i {
			out = append(out, token{text: s[spans[qi].start:spans[qi].end], kind: tokQuote, q: qi})
			i = spans[qi].oend
			qi++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < sn.End {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '\'' || r2 == '’') && j+n2 < sn.End {
					if r3 := textutil.FirstRune(s[j+n2:]); isLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			w := s[i:j]
			// Keep the period of an abbreviation or initial with its word.
			if j < sn.End && s[j] == '.' && (abbreviations[strings.ToLower(w)] || utf8.RuneCountInString(w) == 1) {
				j++
				// Initials written without a space («А.И. Кучияк») stay
				// one word, as written.
				for utf8.RuneCountInString(w) == 1 && j < sn.End {
					r2, n2 := utf8.DecodeRuneInString(s[j:])
					if !unicode.IsUpper(r2) || j+n2 >= sn.End || s[j+n2] != '.' {
						break
					}
					j += n2 + 1
				}
				w = s[i:j]
			}
			var lw string
			if lc != nil && unicode.IsUpper(r) {
				// (Only a word that opens with a capital is looked up:
				// a word in lower case lower-cases to itself, with no
				// allocation.)
				var ok bool
				if lw, ok = lc[w]; !ok {
					lw = strings.ToLower(w)
					lc[w] = lw
				}
			} else {
				lw = toLower(w)
			}
			if len(out) > 0 && unicode.IsUpper(r) {
				// «Александр ВИЛИСОВ»: a surname in capitals (names_caps.go).
				if t, ok := capsSurname(out[len(out)-1], w); ok {
					w = t
				}
			}
			out = append(out, token{text: w, lower: lw, kind: tokWord})
			i = j
		case unicode.IsSpace(r):
			i += size
		default:
			out = append(out, token{text: s[i : i+size], kind: tokPunct})
			i += size
		}
	}
	return out
}

// TestPerf20TokenizeLower checks tokenizeLower against its form before
// perf20 (which lower-cased each word in a second pass), with and without
// the cache of capitalised words, sentence by sentence, on the test texts
// and random ones (both quote-mark conventions).
func TestPerf20TokenizeLower(t *testing.T) {
	texts := perf13tTexts(t)
	r := rand.New(rand.NewSource(2023))
	extra := []string{"ПРИВЕТ", "Ёж", "ёж", "ѐ", "Ѐ", "é", "É", "İ", "ß", "rock’n’roll", "O’Neil", "а.Б.", "т.е.", "St.", "iPhone", "١٢", "\xd1\x9f", "\xd1\xa0", "\xd0\xaf"}
	for range randomCases(20000) {
		var b strings.Builder
		for k := r.Intn(30); k >= 0; k-- {
			if r.Intn(3) == 0 {
				b.WriteString(extra[r.Intn(len(extra))])
			} else {
				b.WriteString(perf13tPieces[r.Intn(len(perf13tPieces))])
			}
		}
		texts = append(texts, b.String())
	}
	lc1, lc2 := map[string]string{}, map[string]string{}
	toks := 0
	for _, s := range texts {
		for _, ru := range []bool{true, false} {
			spans := quoteSpans(s, ru)
			for _, sn := range Sentences(s, spans) {
				for _, cache := range []bool{false, true} {
					var a, b map[string]string
					if cache {
						a, b = lc1, lc2
					}
					got := tokenizeLower(nil, s, sn, spans, a)
					want := tokenizeLowerPerf20Old(nil, s, sn, spans, b)
					if !slices.Equal(got, want) {
						t.Fatalf("%q: tokenizeLower gives %+v, before %+v", s[sn.Start:sn.End], got, want)
					}
					toks += len(got)
				}
			}
		}
	}
	if toks == 0 {
		t.Fatal("no token: the test tests nothing")
	}
}

// sentencesPerf20Old is Sentences before perf20 (rune by rune).
func sentencesPerf20Old(s string, spans []qspan) []sentence {
	var out []sentence
	start := 0
	// i only grows, and spans are in text order: move forward only.
	qi := 0
	inQuote := func(i int) bool {
		for qi < len(spans) && spans[qi].oend <= i {
			qi++
		}
		return qi < len(spans) && i >= spans[qi].ostart
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == '.' || r == '!' || r == '?' || r == '…') && !inQuote(i) {
			j := i + size
			for j < len(s) && strings.ContainsRune(".!?…»”\")", textutil.FirstRune(s[j:])) {
				j += utf8.RuneLen(textutil.FirstRune(s[j:]))
			}
			if j < len(s) && s[j] == ' ' {
				next := textutil.FirstRune(s[j+1:])
				if (unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("«“\"—–-„", next) || opensSpanAt(spans, j+1)) && !(r == '.' && isAbbrevBefore(s[start:i])) {
					out = append(out, sentence{start, j})
					start = j + 1
				}
			}
			i = j
			continue
		}
		i += size
	}
	if start < len(s) {
		out = append(out, sentence{start, len(s)})
	}
	return out
}

// TestPerf20Sentences checks Sentences against its form before perf20 on
// the test texts and random ones with the sentence marks, the ellipsis,
// its cut bytes and the runes that share its lead byte, both quote-mark
// conventions.
func TestPerf20Sentences(t *testing.T) {
	texts := perf13tTexts(t)
	r := rand.New(rand.NewSource(2024))
	extra := []string{"…", "\xe2\x80", "\xe2", "\xe2\x80\xa6\xa6", "—", "“", "”", "‘", "’", "! ", "? ", ". ", "… ", "…» ", ".\" ", "т.е. ", "St. ", "А. ", "?!", "..."}
	for range randomCases(20000) {
		var b strings.Builder
		for k := r.Intn(30); k >= 0; k-- {
			if r.Intn(2) == 0 {
				b.WriteString(extra[r.Intn(len(extra))])
			} else {
				b.WriteString(perf13tPieces[r.Intn(len(perf13tPieces))])
			}
		}
		texts = append(texts, b.String())
	}
	n := 0
	for _, s := range texts {
		for _, ru := range []bool{true, false} {
			spans := quoteSpans(s, ru)
			got, want := Sentences(s, spans), sentencesPerf20Old(s, spans)
			if !slices.Equal(got, want) {
				t.Fatalf("%q: Sentences gives %v, before %v", s, got, want)
			}
			n += len(got)
		}
	}
	if n == 0 {
		t.Fatal("no sentence: the test tests nothing")
	}
}

// TestPerf20HasQuoteMark checks hasQuoteMark against
// strings.ContainsAny(s, "«»„“”\"") on strings of the marks, their cut
// bytes and the runes that share their lead bytes, and that
// scanQuoteSpans, which returns at once when it finds none, finds no span
// in such a string when the fast path is bypassed (from = -1 skips it).
func TestPerf20HasQuoteMark(t *testing.T) {
	pieces := []string{"", "a", "\"", "«", "»", "„", "“", "”", "‘", "’", "—", "…", "¡", "©", "\xc2", "\xe2\x80", "\xab", "\xbb", "\x9c", "я", "\u201f"}
	n := 0
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				s := a + b + c
				got, want := hasQuoteMark(s), strings.ContainsAny(s, "«»„“”\"")
				if got != want {
					t.Fatalf("hasQuoteMark(%q) = %v, strings.ContainsAny says %v", s, got, want)
				}
				if !got {
					for _, ns := range []bool{false, true} {
						if out, open := scanQuoteSpans(s, -1, ns, nil, -1); out != nil || open != -1 {
							t.Fatalf("scanQuoteSpans(%q) = %v, %d", s, out, open)
						}
					}
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no string without marks: the test tests nothing")
	}
}

// candidatesPerf20Old is candidates before perf20 (every truncated key
// asked of the map).
func (m *reader) candidatesPerf20Old(w string) ([]*person, string) {
	k := m.nameKey(w)
	var out []*person
	for n := 0; n <= lang.MaxInflection; n++ {
		t := truncRunes(k, n)
		if t == "" {
			break
		}
		out = append(out, m.byKey[t]...)
	}
	slices.SortFunc(out, func(a, b *person) int { return a.seq - b.seq })
	out = slices.CompactFunc(out, func(a, b *person) bool { return a == b })
	return out, k
}

// TestPerf20Candidates files people named by the words of the test texts
// and random ones (fileUnder, as addPerson does), and checks candidates,
// which asks the map only for keys its filter may hold, against its form
// before perf20 for every word, filed or not.
func TestPerf20Candidates(t *testing.T) {
	words := perf20Words(t)
	r := rand.New(rand.NewSource(2025))
	found := 0
	for trial := range randomCases(200) {
		m := &reader{byKey: map[string][]*person{}}
		for k := range 1 + r.Intn(300) {
			w := words[r.Intn(len(words))]
			m.fileUnder(&person{seq: k, name: []string{w}}, m.nameKey(w))
		}
		for _, w := range words[:min(len(words), 3000+trial)] {
			got, gk := m.candidates(w)
			got = slices.Clone(got)
			want, wk := m.candidatesPerf20Old(w)
			if gk != wk || !slices.Equal(got, want) {
				t.Fatalf("candidates(%q) = %v %q, before %v %q", w, got, gk, want, wk)
			}
			found += len(got)
		}
	}
	if found == 0 {
		t.Fatal("no candidate found: the test tests nothing")
	}
}

// TestPerf20LanguageFlags checks that russian() and english(), read from
// fields set with the tables, say what they said when they asked the
// tables, for every language's tables and for all of them together.
func TestPerf20LanguageFlags(t *testing.T) {
	sets := [][]*lang.Table{lang.Languages, nil}
	for _, tb := range lang.Languages {
		sets = append(sets, tablesFor(tb.Tag))
	}
	for _, tabs := range sets {
		m := newReader(tabs)
		ru := len(tabs) == 1 && tabs[0].RuStyle
		en := len(tabs) == 1 && tabs[0].Tag == "en"
		if m.russian() != ru || m.english() != en {
			t.Fatalf("%d tables: russian %v english %v, the tables say %v %v", len(tabs), m.russian(), m.english(), ru, en)
		}
	}
}

// TestPerf20CyrillicAt checks cyrillicAt against utf8.DecodeRuneInString
// and isLetter on every pair of bytes after D0 and D1 (and cut ones).
func TestPerf20CyrillicAt(t *testing.T) {
	for _, lead := range []byte{0xD0, 0xD1, 0xD2, 0xCF, 'a'} {
		for c := range 256 {
			for _, s := range []string{string([]byte{lead, byte(c)}), string([]byte{lead}), string([]byte{'x', lead, byte(c), 'y'})} {
				for i := range len(s) {
					r, ok := cyrillicAt(s, i)
					dr, n := utf8.DecodeRuneInString(s[i:])
					want := n == 2 && 0x400 <= dr && dr <= 0x47F
					if ok != want || ok && (r != dr || !isLetter(r)) {
						t.Fatalf("cyrillicAt(%q, %d) = %U %v, decoding gives %U (%d bytes)", s, i, r, ok, dr, n)
					}
				}
			}
		}
	}
}
