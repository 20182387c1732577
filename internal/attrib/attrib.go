package attrib

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"

	"github.com/articlekit/article/internal/textutil"
)

type tokKind uint8

const (
	tokWord tokKind = iota
	tokPunct
	tokQuote
)

// token is a word, a punctuation mark or a whole quotation in a sentence.
type token struct {
	text  string
	lower string
	kind  tokKind
	q     int // index of the quotation in the block's spans, for tokQuote
}

// tokenize splits the sentence s[sn.start:sn.end] into tokens, turning each
// quotation into one tokQuote token. It appends them to out[:0], so that a
// caller done with one sentence's tokens can hand their slice back.
func tokenize(out []token, s string, sn sentence, spans []qspan) []token {
	return tokenizeLower(out, s, sn, spans, nil)
}

// tokenizeLower is tokenize with a cache of the lower-case forms of the
// words that have upper-case letters, by word (nil for none): an article
// writes its names again and again, and each is lower-cased once.
func tokenizeLower(out []token, s string, sn sentence, spans []qspan, lc map[string]string) []token {
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
		if s[i] == ' ' {
			i++ // (the commonest byte between words, with no decoding)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isLetter(r) || unicode.IsDigit(r):
			// kept: every rune of the word so far is one toLower keeps
			// as it is (lower-case ASCII or basic Cyrillic), so that
			// toLower(w) is w, known with no second pass over the word
			// (an ASCII byte is read from a table, keptLower).
			kept := keptLower(r)
			j := i + size
			for j < sn.End {
				if c := s[j]; c < utf8.RuneSelf && asciiWordByte[c] {
					kept = kept && (c < 'A' || c > 'Z')
					j++
					continue
				}
				if r2, ok := cyrillicAt(s, j); ok {
					// (A letter of the basic Cyrillic block, two
					// bytes, decoded in place: cyrillicAt.)
					kept = kept && keptLower(r2)
					j += 2
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isLetter(r2) || unicode.IsDigit(r2) {
					kept = kept && keptLower(r2)
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '\'' || r2 == '’') && j+n2 < sn.End {
					if r3 := textutil.FirstRune(s[j+n2:]); isLetter(r3) {
						kept = kept && keptLower(r2)
						j += n2
						continue
					}
				}
				break
			}
			w := s[i:j]
			// Keep the period of an abbreviation or initial with its word.
			if j < sn.End && s[j] == '.' && (utf8.RuneCountInString(w) == 1 || hasLower(abbreviations, w)) {
				j++
				// Initials written without a space («А.И. Кучияк») stay
				// one word, as written.
				for utf8.RuneCountInString(w) == 1 && j < sn.End {
					r2, n2 := utf8.DecodeRuneInString(s[j:])
					if !unicode.IsUpper(r2) || j+n2 >= sn.End || s[j+n2] != '.' {
						break
					}
					j += n2 + 1
					kept = false // (a capital joined)
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
			} else if kept {
				lw = w
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

// hasStem reports whether w starts with one of stems, followed by at most
// three more letters.
func hasStem(w string, stems []string) (string, bool) {
	for _, s := range stems {
		if strings.HasPrefix(w, s) && utf8.RuneCountInString(w)-utf8.RuneCountInString(s) <= 3 {
			return s, true
		}
	}
	return "", false
}

// reader holds what has been learnt so far while reading an article: the
// people named, the roles they hold, who spoke last, the sources cited.
type reader struct {
	tables      []*lang.Table
	near        nearIndex // the block's speaking sentences, by sentence (near17.go)
	roles       map[string]*person
	lastSpeaker *person
	lastMention *person
	// salient lists, most recent last, the people who were last the
	// subject of a sentence or the speaker of a quotation: the candidates
	// a pronoun refers to.
	salient []*person
	// firstSalient is the first person who was ever salient.
	firstSalient *person
	// enPron is the sentence memo of English pronoun clauses
	// (enspk14c_clause.go).
	enPron     enPronounMemo
	sources    []string
	seenSource map[string]bool
	// srcGen counts the in-place replacements of sources, and srcRefs
	// indexes them for ruOutletReferent (ruspk16_outlets.go).
	srcGen  uint64
	srcRefs sourceRefs
	ocands  []outletCand // the outlet candidates (ruout19_cands.go)
	// The agency of the text's wire dateline, its mentions and those by
	// its staff (out20_wire.go).
	ownWire                 string
	wireMentions, wireStaff int
	// byKey files each person under the nameKey of the last word of
	// each name they were given, and under that key less its last one to
	// maxInflection letters: every word stemEq matches with the person's
	// last name word then shares a key with it, so finding the
	// candidates costs a few map lookups however many people the article
	// names. A bucket keeps the maxSameName most recent people.
	byKey map[string][]*person
	// keyFilter holds every key byKey was ever given (fileUnder), so
	// that candidates asks the map only for a key that may be there
	// (perf20_wordfilter.go).
	keyFilter wordFilter
	// ru and en are russian() and english(), set with the tables
	// (perf20Lang); the tables never change after.
	ru, en  bool
	persons int
	// byFirst maps a first name to the person of two or three name
	// words most recently filed with it (Russian only).
	byFirst map[string]*person
	// bodies are the people marked as bodies (lookupBody), the one
	// mentioned last first, at most maxRecentBodies of them (Russian
	// only): a generic noun («в ведомстве», «в компании») refers to one
	// named lately, so a lookup costs a bounded scan however many bodies
	// a long text names.
	bodies []*person
	// companyKind maps a company, party or club named after its noun
	// («компания «Северсталь»», «Корпорация Google») to that noun in the
	// nominative (ruspk13m.go).
	companyKind map[*person]string

	// sent counts the sentences read so far.
	sent int
	// named collects the people learn meets in the current sentence.
	named []*person
	// namedSlot holds, for each of named, how many quotations of the
	// sentence stand before it (candidatesFor's window, perf28).
	namedSlot []int
	// turnByInitials maps the initials of the labels of an interview's
	// turns written in full to the label (interview.go).
	turnByInitials map[string]string

	// lowerWords are the words the article writes in lower case.
	lowerWords map[string]bool
	// lowerOf caches the lower case of the words written with capitals
	// (tokenizeLower).
	lowerOf map[string]string
	// candBuf is the slice candidates returns, reused by each call.
	candBuf []*person
	// seenLower holds the lower-case words noteLowerWord recorded last,
	// by seenSlot: each is in lowerWords.
	seenLower *[seenSlots]string
	// runBuf is the slice of the run of name words learn reads, reused
	// by each run (capRunInto).
	runBuf []string
	// keySlab holds the one-person slices fileUnder starts byKey's
	// entries with, carved a chunk at a time (perf13t_slab.go).
	keySlab []*person

	// The word lists of the tables, joined once (shared, read only).
	*tableLists
}

// tableLists are the word lists of a set of tables, joined: the same for
// every article in a language, so built once per set (listsFor) and only
// read after.
type tableLists struct {
	roleStems                []string
	accordingTo, sourceVerbs [][]string
	// outletSubjectVerbs are the tables' OutletSubjectVerbs, split
	// (enout16_outlets.go).
	outletSubjectVerbs [][]string
	// outletSubjectBy holds, by its first word, the indices in
	// outletSubjectVerbs of the phrases that start with it, in order.
	outletSubjectBy map[string][]int
	// sourceVerbsBy holds, by its first word, the indices in sourceVerbs
	// of the phrases that start with it, in sourceVerbs' order: a phrase
	// matches only at a token that is its first word.
	sourceVerbsBy map[string][]int
	// phraseFirst filters the keys of sourceVerbsBy and outletSubjectBy
	// (perf20_wordfilter.go).
	phraseFirst wordFilter
	// outletNouns are the tables' OutletNouns, joined, with their filter;
	// speechStems holds, for each table in order, the filter of its
	// SpeechVerbs (isSpeechVerb).
	outletNouns  []string
	outletFilter prefixFilter
	roleFilter   prefixFilter // of roleStems
	speechStems  []prefixFilter
}

func newTableLists(tables []*lang.Table) *tableLists {
	m := &reader{tables: tables}
	m.ru, m.en = perf20Lang(tables)
	l := &tableLists{}
	l.roleStems = m.list(func(t *lang.Table) []string { return t.Roles })
	if len(tables) == 1 && tables[0].Tag == "ru" {
		l.roleStems = append(slices.Clip(l.roleStems), ruMoreRoles...)
	}
	if len(tables) == 1 && tables[0].Tag == "en" {
		l.roleStems = append(slices.Clip(l.roleStems), enMoreRoles...) // (enq15_titles.go)
	}
	l.accordingTo = splitPhrases(m.list(func(t *lang.Table) []string { return t.AccordingTo }))
	l.sourceVerbs = splitPhrases(m.list(func(t *lang.Table) []string { return t.SourceVerbs }))
	l.outletSubjectVerbs = splitPhrases(m.list(func(t *lang.Table) []string { return t.OutletSubjectVerbs }))
	for _, t := range tables {
		if t.Tag == "ru" {
			l.sourceVerbs = append(l.sourceVerbs, ruMoreSourceVerbs...)
		}
	}
	l.outletNouns = m.list(func(t *lang.Table) []string { return t.OutletNouns })
	l.outletFilter = newPrefixFilter(l.outletNouns)
	l.roleFilter = newPrefixFilter(l.roleStems)
	for _, t := range tables {
		l.speechStems = append(l.speechStems, newPrefixFilter(t.SpeechVerbs))
	}
	l.outletSubjectBy = map[string][]int{}
	for i, v := range l.outletSubjectVerbs {
		if len(v) > 0 {
			l.outletSubjectBy[v[0]] = append(l.outletSubjectBy[v[0]], i)
		}
	}
	l.sourceVerbsBy = map[string][]int{}
	for i, v := range l.sourceVerbs {
		if len(v) == 0 {
			// An empty phrase matches everywhere: no index then.
			l.sourceVerbsBy = nil
			break
		}
		l.sourceVerbsBy[v[0]] = append(l.sourceVerbsBy[v[0]], i)
	}
	addKeys(&l.phraseFirst, l.sourceVerbsBy)
	addKeys(&l.phraseFirst, l.outletSubjectBy)
	return l
}

// listsByTable caches the tableLists of one table (*lang.Table) and of all
// of lang.Languages (key nil), the two sets tablesFor returns.
var listsByTable sync.Map

// listsFor returns the joined word lists of tables, built on first use
// for one table or for lang.Languages, and anew for any other set.
func listsFor(tables []*lang.Table) *tableLists {
	var key *lang.Table
	switch {
	case len(tables) == 1:
		key = tables[0]
	case len(tables) == len(lang.Languages) && len(tables) > 0 && &tables[0] == &lang.Languages[0]:
		key = nil
	default:
		return newTableLists(tables)
	}
	if l, ok := listsByTable.Load(key); ok {
		return l.(*tableLists)
	}
	l, _ := listsByTable.LoadOrStore(key, newTableLists(tables))
	return l.(*tableLists)
}

func newReader(tables []*lang.Table) *reader {
	m := &reader{tables: tables, roles: map[string]*person{}, seenSource: map[string]bool{}, byKey: map[string][]*person{}, lowerWords: map[string]bool{}}
	m.ru, m.en = perf20Lang(tables)
	m.tableLists = listsFor(tables)
	return m
}

// ruMoreRoles are the stems of Russian roles the table lacks, by which
// news, sports news above all, names again someone it has named: «заявил
// функционер», «признался полузащитник», «отметил наставник», «Местный
// чиновник добавил».
var ruMoreRoles = []string{"чиновник", "наставник", "функционер", "полузащитник", "нападающ", "защитник", "вратар", "форвард", "хавбек",
	"капитан", "комментатор", "владел", "совладел", "основател", "создател", "игрок", "футболист", "хоккеист", "теннисист", "спортсмен", "боец",
	// the performing arts («оперной певицы леди Кири …», «заявление
	// певицы»)
	"певиц", "певец", "певц", "музыкант", "композитор", "пианист", "скрипач", "дирижер", "дирижёр", "балерин", "продюсер", "исполнительниц"}

// ruMoreSourceVerbs are the forms of the Russian verbs of reporting the
// table gives in the masculine and plural only, in the feminine («заявила
// «Новой газете»», «рассказала ТАСС»: a woman speaks to outlets as often
// as a man), «по сообщению» beside «по данным», and «стало известно»,
// whose dative is the outlet that learnt the news («как стало известно
// «Известиям»»).
//
// «приводит слова» takes the person quoted, then the outlet that quotes
// («приводит слова Семака «Спорт-Экспресс»», isCitingVerb).
var ruMoreSourceVerbs = splitPhrases([]string{"заявила", "сообщила", "сказала", "рассказала", "говорила", "по сообщению", "по сообщениям", "стало известно", "приводит слова", "приводят слова"})

func (m *reader) list(f func(*lang.Table) []string) []string {
	var out []string
	for _, t := range m.tables {
		out = append(out, f(t)...)
	}
	return out
}

func (m *reader) isPronoun(w string) bool {
	for _, t := range m.tables {
		for _, p := range t.Pronouns {
			if w == p {
				return true
			}
		}
	}
	return false
}

// role returns the role stem w is a form of ("президента" → "президент"),
// looking at the last part of a hyphenated word too ("вице-премьера").
func (m *reader) role(w string) (string, bool) {
	roles := m.roleStems
	// (roleFilter rules out most words before the scan of the stems;
	// it never rules out a word that starts with one.)
	if m.roleFilter.mayStart(w) {
		if stem, ok := hasStem(w, roles); ok {
			return stem, true
		}
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 && m.roleFilter.mayStart(w[i+1:]) {
		return hasStem(w[i+1:], roles)
	}
	if m.capitalNouns() {
		return compoundRole(w, roles) // (roles17.go)
	}
	return "", false
}

// noteRole records p as who holds the role the word w names, if it names
// one. A hyphenated role whose first part is a role too is filed under
// both («премьер-министр»: «министр», and «премьер», which Russian
// shortens it to: «заявил японский премьер»).
func (m *reader) noteRole(w string, p *person) bool {
	stem, ok := m.role(w)
	if !ok {
		return false
	}
	m.roles[stem] = p
	if i := strings.IndexByte(w, '-'); i > 0 {
		if s2, ok := hasStem(w[:i], m.roleStems); ok {
			m.roles[s2] = p
		}
	}
	return true
}

func (m *reader) isSpeechVerb(w string) bool {
	for ti, t := range m.tables {
		if !m.speechStems[ti].mayStart(w) {
			// No verb of the table starts w: w is none of them (the
			// set holds the same verbs) and no form of one.
			continue
		}
		if t.SpeechVerbSet()[w] {
			return true
		}
		if !t.RuStyle {
			continue
		}
		// Russian and Ukrainian verbs inflect for gender and number:
		// сказал, сказала, сказали; сказав, сказала, сказали.
		for _, v := range t.SpeechVerbs {
			if strings.HasPrefix(w, v) && utf8.RuneCountInString(w)-utf8.RuneCountInString(v) <= 2 {
				return true
			}
		}
		if t.Tag == "ru" && (ruSpeechGerund(w, t.SpeechVerbSet()) || ruSpeechParticiple(w, t.SpeechVerbSet())) {
			return true
		}
	}
	return false
}

// matchPhrase reports whether the words of phrase start at toks[i], and how
// many tokens they take.
func matchPhrase(toks []token, i int, phrase []string) (int, bool) {
	if i+len(phrase) > len(toks) {
		return 0, false
	}
	for k, w := range phrase {
		if toks[i+k].kind != tokWord || toks[i+k].lower != w {
			return 0, false
		}
	}
	return len(phrase), true
}

// splitPhrases splits each phrase into its words, once.
func splitPhrases(phrases []string) [][]string {
	out := make([][]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.Fields(p)
	}
	return out
}

// lookup finds the person a name refers to, or records a new one.
func (m *reader) lookup(name []string, nominal bool) *person {
	written := name
	name, gender := ruNominative(name)
	cands, last := m.candidates(name[len(name)-1])
	if p := m.enSurnameOf(name, cands, last); p != nil {
		m.mention(p) // (enq17_surname.go)
		return p
	}
	for k := len(cands) - 1; k >= 0; k-- {
		p := cands[k]
		if !nameStemEq(p.key, last) && !patronymicMatch(p, name) {
			continue
		}
		if g := ruSurnameGender(name); g != 0 && p.gender != 0 && p.gender != g {
			// «Ходорковский сказал» after «Марина Ходорковская»: a
			// surname whose ending tells a gender is not someone of
			// the other (ruspk3.go).
			continue
		}
		if len(name) > 1 && len(p.name) > 1 && !nameStemEq(m.nameKey(p.name[0]), m.nameKey(name[0])) && !hasSuffixName(p.name, name) {
			continue
		}
		if len(name) > len(p.name) || (len(name) == len(p.name) && nominal && !p.nominal) {
			p.name = append([]string(nil), name...)
			p.facts = 0 // the name changed: what the chooser knew of it too
			p.nominal = nominal
			m.file(p)
		}
		m.mention(p)
		return p
	}
	if m.russian() && (ruFirstNames[name[0]] != 0 && len(name) == 1 || len(name) == 2 && isPatronymicWord(name[1])) {
		// «— Спасибо вам, — сказал Николай Иванович», after «Николай
		// Чепоков»: a first name alone or with a patronymic is the
		// person named in full before with that first name, whose
		// fullest name gains the patronymic.
		pat := ""
		if len(name) == 2 {
			pat = name[1]
		}
		if p := m.byFirstName(name[0], pat); p != nil {
			if pat != "" && len(p.name) == 2 {
				p.name = []string{p.name[0], pat, p.name[1]}
				p.facts = 0
				m.file(p)
			}
			m.mention(p)
			return p
		}
	}
	if len(name) == 1 && !nominal {
		return nil
	}
	if p := m.byInitials(name); p != nil { // (people.go)
		m.mention(p)
		return p
	}
	if gender == 0 {
		gender = nameGender(name)
	}
	p := &person{name: append([]string(nil), name...), nominal: nominal, gender: gender}
	if gender == 'm' && len(written) > 1 && ruFirstNames[written[0]] == 'f' && ruFirstNames[name[0]] == 'm' && (ruFeminineSurname(written[len(written)-1]) || ruIndeclinableSurname(written[len(written)-1]) || ruCommonGenderSurname(written[len(written)-1])) {
		p.asWoman = append([]string(nil), written...)
	}
	m.addPerson(p)
	m.mention(p)
	return p
}

// mention counts one more mention of p, in the current sentence.
func (m *reader) mention(p *person) {
	p.mentions++
	p.lastSent = m.sent
	if p.body {
		m.touchBody(p)
	}
}

// maxRecentBodies bounds reader.bodies.
const maxRecentBodies = 32

// touchBody moves body p to the front of m.bodies (adding it when it is
// not there), dropping the one mentioned longest ago when the list is
// full.
func (m *reader) touchBody(p *person) {
	i := slices.Index(m.bodies, p)
	switch {
	case i < 0 && len(m.bodies) < maxRecentBodies:
		m.bodies = append(m.bodies, nil)
		i = len(m.bodies) - 1
	case i < 0:
		i = len(m.bodies) - 1
	}
	copy(m.bodies[1:i+1], m.bodies[:i])
	m.bodies[0] = p
}

// IsNameWord reports whether w can be part of a person's name: capitalised
// and not a function word, weekday or month.
func IsNameWord(w string) bool {
	if strings.HasSuffix(w, ".") && isInitials(strings.TrimSuffix(w, ".")) {
		return true // initials («А.И.»)
	}
	if r, n := utf8.DecodeRuneInString(w); n+1 == len(w) && w[n] == '.' && unicode.IsUpper(r) {
		return true // an initial, though «А.», «В.» are words too
	}
	if !textutil.IsCap(w) {
		return false
	}
	var buf [64]byte
	if lw, ok := appendLower(buf[:0], strings.TrimSuffix(w, ".")); ok {
		// (A map index by string(bytes) does not allocate.)
		return !nonNameFilter.may(string(lw)) || !nonNameWords[string(lw)]
	}
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	return !nonNameWords[lw]
}

// isNameTok is IsNameWord(t.text), with the lower case the tokenizer
// already made of a word (t.lower is strings.ToLower(t.text), and
// lower-casing keeps a final period, so the period trimmed after is the
// one trimmed before); a token that is no word is asked of IsNameWord.
func isNameTok(t token) bool {
	if t.kind != tokWord {
		return IsNameWord(t.text)
	}
	w := t.text
	if strings.HasSuffix(w, ".") && isInitials(strings.TrimSuffix(w, ".")) {
		return true // initials («А.И.»)
	}
	if r, n := utf8.DecodeRuneInString(w); n+1 == len(w) && w[n] == '.' && unicode.IsUpper(r) {
		return true // an initial, though «А.», «В.» are words too
	}
	if !textutil.IsCap(w) {
		// (A word opening with an ASCII byte opens with no Cyrillic
		// particle: no need to ask.)
		return w != "" && w[0] >= utf8.RuneSelf && ruArticleParticleName(w) // «аль-Бадри» (ruspk3.go)
	}
	// (nonNameFilter: most capitalised words are in no table of
	// non-names, perf20_wordfilter.go.)
	lw := strings.TrimSuffix(t.lower, ".")
	return !nonNameFilter.may(lw) || !nonNameWords[lw]
}

// nonNameWords holds the words of lang.NonNameSet and ruNonNameWords,
// so that IsNameWord asks one map, not two.
var nonNameWords = func() map[string]bool {
	m := make(map[string]bool, len(lang.NonNameSet)+len(ruNonNameWords))
	for _, set := range []map[string]bool{lang.NonNameSet, ruNonNameWords} {
		for w, ok := range set {
			if ok {
				m[w] = true
			}
		}
	}
	return m
}()

// appendLower appends w in lower case, as strings.ToLower writes it, to
// dst when it fits in dst's capacity, so that a lookup by the lower-case
// form of a word costs no allocation; ok is false when it does not fit.
func appendLower(dst []byte, w string) (out []byte, ok bool) {
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		if len(dst)+utf8.RuneLen(r) > cap(dst) {
			return dst, false
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst, true
}

// hasSuffixName reports whether name is the end of full ("De Wit" of
// "Joost de Wit").
func hasSuffixName(full, name []string) bool {
	if len(name) > len(full) {
		return false
	}
	off := len(full) - len(name)
	for k, w := range name {
		if !strings.EqualFold(full[off+k], w) {
			return false
		}
	}
	return true
}

// capRun returns the run of name words starting at toks[i].
func capRun(toks []token, i int) []string {
	return capRunInto(nil, toks, i)
}

// capRunInto is capRun appending the run to dst[:0], so that a caller
// done with one run can hand its slice back (learn does, sentence after
// sentence: the run it keeps, it copies).
func capRunInto(dst []string, toks []token, i int) []string {
	run := dst[:0]
	for ; i < len(toks) && toks[i].kind == tokWord; i++ {
		if !isNameTok(toks[i]) {
			if len(run) > 0 && nameParticles[toks[i].lower] && i+1 < len(toks) && toks[i+1].kind == tokWord && isNameTok(toks[i+1]) {
				run = append(run, toks[i].text)
				continue
			}
			break
		}
		if len(run) >= 2 && isCyrillicWord(toks[i].text) && knownOutlet(toks[i].text) {
			// «сказал Дмитрий Песков Интерфаксу»: the outlet the person
			// told, in whatever case, ends his name (Russian names the
			// outlet right after the full name of whom it quotes).
			break
		}
		run = append(run, strings.TrimSuffix(strings.TrimSuffix(toks[i].text, "’s"), "'s"))
		if strings.HasSuffix(toks[i].text, "’s") || strings.HasSuffix(toks[i].text, "'s") {
			break
		}
	}
	return run
}

var honorifics = map[string]bool{
	"capt.": true, "sgt.": true, "maj.": true, "cpl.": true, "adm.": true, "cmdr.": true, "rev.": true, "supt.": true, "det.": true,
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "sen.": true, "rep.": true, "gov.": true,
	"gen.": true, "prof.": true, "lt.": true, "col.": true, "sir": true, "dame": true, "judge": true,
	"господин": true, "госпожа": true,
}

// nameParticles may stand inside a name in lower case ("Joost de Wit").
var nameParticles = map[string]bool{
	"de": true, "van": true, "von": true, "der": true, "den": true, "da": true, "di": true, "du": true,
	"le": true, "la": true, "lo": true, "del": true, "della": true, "des": true, "bin": true, "al": true, "ibn": true,
	"el": true, "ter": true, "dos": true,
}

// stripTitles drops the roles and honorifics a name run starts with
// ("Police Chief Dana Morales" → "Dana Morales"), keeping at least one word,
// and returns the role stem it dropped, if any.
func (m *reader) stripTitles(run []string) ([]string, string) {
	role := ""
	cut := 0
	for k := 0; k < len(run)-1; k++ {
		w := m.lower(run[k]) // (strings.ToLower, remembered)
		if stem, ok := m.role(w); ok {
			role, cut = stem, k+1
		} else if honorifics[w] {
			cut = k + 1
		} else if k == cut && ruAbstractNoun(w) && !isPersonEvidence(run[k]) {
			// «Заявление Картера»: a Russian abstract noun opening the
			// sentence, never a name.
			cut = k + 1
		} else if k == cut && mediaPage(run[k]) {
			// «написал в Telegram-канале Собянин»: a platform and the
			// page on it, glued by a hyphen, is where the words were
			// written, not part of the name; so is a description
			// ("Texas-based Matt Mackowiak", "Co-anchor Norah
			// O'Donnell").
			cut = k + 1
		} else if k == cut && m.lowerWords[w] {
			// A word the article also writes in lower case opens the run
			// only because it opens a sentence ("Former", "Does", "Army").
			cut = k + 1
		}
	}
	if m.english() {
		cut = enTitleCut(run, cut, role) // (enq15_titles.go)
	}
	if m.french() {
		cut = frElidedCut(run, cut) // (attr19_french.go)
	}
	// «президент России Владимир Путин», «в Госдуме Сергей Неверов»: a
	// place or body in an oblique case, governed by the word before,
	// stands glued to the name; a person's name starts at the first name.
	// («Главы Республики Алтай Олег Хорохордин»: the place may be two
	// words, three or four: «Эл Курултая Республики Алтай».)
	// («председатель Верховного суда Республики Алтай Л.М. Мартиросян»:
	// the initials of the first name and patronymic open the name as
	// the first name does (ruspk13m.go).)
	for k := cut + 1; k < len(run)-1 && k <= cut+4; k++ {
		if isPersonEvidence(run[k]) || m.russian() && nameInitialsWord(run[k]) {
			glued := true
			for _, w := range run[cut:k] {
				glued = glued && !isPersonEvidence(w) && !nameInitialsWord(w) && unicode.Is(unicode.Cyrillic, textutil.FirstRune(w))
			}
			if glued {
				cut = k
			}
			break
		}
	}
	// «премьер-министр Японии Наото Кан», «госсекретарь США Джон Керри»:
	// a country in the genitive (-ии) or an abbreviation in capitals,
	// with a name of two words after it, is glued, whatever first name
	// follows.
	for cut < len(run)-2 && unicode.Is(unicode.Cyrillic, textutil.FirstRune(run[cut])) && (strings.HasSuffix(run[cut], "ии") || textutil.IsAllCaps(run[cut])) && !isPersonEvidence(run[cut]) {
		cut++
	}
	// (Not before a patronymic: «Чейнеш Николаевна» is a first name no
	// table knows and the patronymic after it.)
	// (The script's test, cheap, comes before the name tables'.)
	for cut < len(run)-1 && unicode.Is(unicode.Cyrillic, textutil.FirstRune(run[cut])) && !isPersonEvidence(run[cut]) && isPersonEvidence(run[cut+1]) && !isPatronymicWord(run[cut+1]) {
		cut++
	}
	// «мама Кирилла Ирина»: a first name in an oblique case, then one
	// in the nominative, are two people; the one in the nominative is
	// named, the other says whose relative she is.
	// («с Дмитрием Медведевым Сергей Собянин»: the one in the oblique
	// case may have a surname after the first name too.)
	if cut < len(run)-1 {
		if _, _, c, ok := ruFirstName(run[cut]); ok && c != caseNom {
			for k := cut + 1; k < len(run) && k <= cut+2; k++ {
				// (A form that is also a first name's nominative,
				// «Юрия Мирошниченко Валентина Кочура», opens the
				// second name: the genitive one is already before it.)
				if _, _, c2, ok2 := ruFirstName(run[k]); ok2 && (c2 == caseNom || ruFirstNames[run[k]] != 0) {
					cut = k
					break
				}
			}
		}
	}
	return run[cut:], role
}

// ruAbstractEndings end Russian abstract and collective nouns
// (заявление, сообщение, решение, позиция, сторона) in any case, never
// a name of a person.
var ruAbstractEndings = []string{"ение", "ения", "ению", "ением", "ании", "ание", "ания", "анию", "анием", "ость", "ости", "остью", "ство", "ства", "ству", "ством", "стве", "ция", "ции", "цию", "цией"}

// ruAbstractNoun reports whether w, lower-cased, has the ending of a
// Russian abstract noun.
func ruAbstractNoun(w string) bool {
	if utf8.RuneCountInString(w) < 6 {
		return false
	}
	for _, e := range ruAbstractEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// noteLowerWords records the words the text writes in lower case: the
// runs of letters and hyphens that start with a lower-case letter. It
// scans s in place (the keys are slices of s), with no slice of words.
func (m *reader) noteLowerWords(s string) {
	start := -1 // where the current run of letters and hyphens starts
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r < utf8.RuneSelf {
			// (An ASCII byte is read from a table: asciiLowerRun.)
			if asciiLowerRun[r] {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				m.noteLowerWord(s[start:i])
				start = -1
			}
			i++
			continue
		}
		if _, ok := cyrillicAt(s, i); ok {
			// (A Cyrillic letter: cyrillicAt.)
			if start < 0 {
				start = i
			}
			i += 2
			continue
		}
		r, size = utf8.DecodeRuneInString(s[i:])
		if r == '-' || isLetter(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			m.noteLowerWord(s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		m.noteLowerWord(s[start:])
	}
}

// noteLowerWord records w when it starts with a lower-case letter.
func (m *reader) noteLowerWord(w string) {
	// A word met again is most often one of the few an article writes
	// over and over («и», «в», "the", "said"): the recent-word cache
	// (perf13t_seen.go) answers for it with no hashing of the map's.
	if m.seenLower == nil {
		if r := textutil.FirstRune(w); unicode.IsLower(r) && !m.lowerWords[w] {
			m.lowerWords[w] = true
		}
		return
	}
	if w == "" {
		return
	}
	if c := w[0]; c < utf8.RuneSelf {
		if c < 'a' || c > 'z' {
			return // (the only ASCII lower-case letters)
		}
	} else if !unicode.IsLower(textutil.FirstRune(w)) {
		return
	}
	h := seenSlot(w)
	if m.seenLower[h] == w {
		return // recorded already
	}
	m.lowerWords[w] = true // (one hashing, where a test first took two for a new word)
	m.seenLower[h] = w
}

// hasPersonName reports whether the words toks begins with hold the name
// of a person: a first name or patronymic, a name of someone already
// named, or two capitalised words in a row. «глава МИД России», «спикер
// Госдумы»: a role with only the body it serves after it names no one.
func (m *reader) hasPersonName(toks []token) bool {
	prevCap := false
	for _, t := range toks {
		if t.kind == tokQuote {
			// «директора АНО «Диалог» Алексея Комиссарова»: the body's
			// name in quotation marks stands between.
			prevCap = false
			continue
		}
		if t.kind != tokWord {
			return false
		}
		if !isNameTok(t) {
			prevCap = false
			continue
		}
		if isPersonEvidence(t.text) || prevCap || m.known([]string{t.text}) {
			return true
		}
		prevCap = true
	}
	return false
}

// capitalNouns reports whether the text's language capitalises every noun
// (German), so that a quotation in title case may well be a sentence.
func (m *reader) capitalNouns() bool {
	for _, t := range m.tables {
		if !t.CapitalNouns {
			return false
		}
	}
	return len(m.tables) > 0
}

// russian reports whether the text is read in one language whose press
// writes as Russian's does (Russian, Ukrainian: lang.Table.RuStyle): the
// rules of Russian grammar and news writing apply.
func (m *reader) russian() bool { return m.ru }

// perf20Lang returns a reader's russian() and english(), known once
// from its tables (the rules ask them at every word).
func perf20Lang(tables []*lang.Table) (ru, en bool) {
	return len(tables) == 1 && tables[0].RuStyle, len(tables) == 1 && tables[0].Tag == "en"
}

// invertedSubject reports whether the text's language often puts the
// subject at the end of the sentence.
func (m *reader) invertedSubject() bool {
	for _, t := range m.tables {
		if !t.InvertedSubject {
			return false
		}
	}
	return len(m.tables) > 0
}

// endsSentence reports whether only punctuation follows toks[i:].
func endsSentence(toks []token, i int) bool {
	for ; i < len(toks); i++ {
		if toks[i].kind != tokPunct {
			return false
		}
	}
	return true
}

// maxSubjectOffset is how many tokens may stand before the name that is a
// sentence's subject ("But former Gov. Jeb Bush …").
const maxSubjectOffset = 4

// learn records the people named in a sentence (runs of two or more
// capitalised words) and the roles written before their names; a person
// named near the start of the sentence, before any quotation, is its
// subject and becomes the most salient referent of a pronoun.
func (m *reader) learn(toks []token) {
	subjectSeen := false
	var verbSubj *person // (enspk13o_salience.go)
	if len(toks) > 0 && pronounGender(toks[0].lower) != 0 {
		// "He said that …": the pronoun keeps its referent salient.
		m.makeSalient(m.pronounReferent(toks[0].lower))
		subjectSeen = true
	}
	quotesBefore, counted := 0, 0 // (namedSlot: quotations before toks[i], counted once)
	slot := func(i int) int {
		for ; counted < i && counted < len(toks); counted++ {
			if toks[counted].kind == tokQuote {
				quotesBefore++
			}
		}
		return quotesBefore
	}
	for i := 0; i < len(toks); i++ {
		if toks[i].kind == tokQuote && !(m.russian() && i > 0 && toks[i-1].kind == tokWord && textutil.IsCap(toks[i].text) && textutil.CountWords(toks[i].text) <= maxQuotedNameWords) {
			// (A company's name in marks after a role, «Глава
			// «Лукойла» Вагит Алекперов», is no quotation: the subject
			// may still follow.)
			subjectSeen = true
		}
		if m.russian() && toks[i].kind == tokWord {
			// «компания «Северсталь»», «Корпорация Google» (ruspk13m.go)
			m.noteCompany(toks, i)
		}
		if toks[i].kind != tokWord || !isNameTok(toks[i]) {
			continue
		}
		if m.russian() {
			if o, k := m.ruNamedBodyAt(toks, i); o != nil {
				// «жалобы Союза исламских организаций Франции» (ruspk4.go)
				m.named = append(m.named, m.lookupBody(o))
				m.namedSlot = append(m.namedSlot, slot(i))
				i = k - 1
				continue
			}
		}
		// (The run is the reader's buffer, reused by the next run: a
		// person made of it below keeps a copy.)
		run := capRunInto(m.runBuf, toks, i)
		m.runBuf = run[:0]
		n := len(run)
		if m.russian() {
			if words, ok := regnalNameBefore(toks, i+n+1); ok && len(words) == n+1 {
				// «Иоанна Павла II» → Иоанн Павел II (ruspk4.go)
				run, n = words, n+1
			}
		}
		if m.russian() && (ruAdjRunNoun(toks, i) || ruAdjNounAt(toks, i)) {
			// «глава Московской Хельсинкской группы», «Американские
			// власти»: adjectives of a noun phrase, no one's name.
			i += n - 1
			continue
		}
		// Strip leading roles and honorifics ("President Obama", "Police
		// Chief Dana Morales").
		run, _ = m.stripTitles(run)
		var p *person
		if len(run) >= 2 || n > len(run) {
			p = m.lookup(run, false)
			if p == nil && len(run) >= 1 && !(m.russian() && len(run) == 1 && !m.singleName(run[0])) {
				// («Депутаты Государственной думы»: a word in an oblique
				// case after a role is the body it serves, not a person.)
				p = &person{name: slices.Clone(run)}
				m.addPerson(p)
				m.mention(p)
			}
		} else {
			p = m.lookup(run, false) // a surname of someone already named
		}
		if p != nil {
			m.named = append(m.named, p)
			m.namedSlot = append(m.namedSlot, slot(i))
			m.lastMention = p
			if i > 0 && p.gender == 0 {
				switch toks[i-1].lower {
				case "mr.", "mr":
					p.gender = 'm'
				case "mrs.", "ms.", "mrs", "ms":
					p.gender = 'f'
				}
			}
			if subjectSeen && m.invertedSubject() && endsSentence(toks, i+n) && m.ruObliqueLastMention(toks, i, run, p) {
				// «Он отметил игру Алексея Батракова»: an object in an
				// oblique case, no subject (ruspk15_oblique.go).
				m.salientUnderTop(p)
			} else if (!subjectSeen && i <= maxSubjectOffset) || (m.invertedSubject() && endsSentence(toks, i+n)) {
				m.makeSalient(p)
			} else if m.russian() && i+n < len(toks) && ruImpersonal[toks[i+n].lower] && ruDativeName(run) {
				// «пресс-секретарю Дмитрию Пескову пришлось дать
				// комментарий»: a person in the dative before an
				// impersonal predicate is who acts, the sentence's
				// logical subject, whom a pronoun after points to («По
				// его словам, …»).
				m.makeSalient(p)
			}
			if verbSubj == nil && m.enSpeechSubject(toks, i, n, p) {
				verbSubj = p
			}
			subjectSeen = true
			// "The national transport minister, Grace Tuilagi, …"
			if i >= 2 && toks[i-1].kind == tokPunct && toks[i-1].text == "," && toks[i-2].kind == tokWord {
				m.noteRole(toks[i-2].lower, p)
			}
			if m.french() {
				m.frNoteAppositiveRole(toks, i, p) // «La ministre de l'Économie, Sophie Martin» (attr19_french.go)
			}
			if m.russian() {
				m.ruNoteRoleBefore(toks, i, p) // (ruspk13p_roles.go)
			} else {
				for k := i - 1; k >= 0 && k >= i-3 && toks[k].kind == tokWord; k-- {
					if m.noteRole(toks[k].lower, p) {
						break
					}
				}
			}
			if n > len(run) {
				m.noteRole(strings.ToLower(toks[i].text), p)
				m.enNoteTitleRole(toks[i:i+n-len(run)], p) // (enout16_roles.go)
			}
			// «Иван Петров, министр финансов региона, …», "Jane
			// Doe, spokeswoman for …": a role in apposition right
			// after the name is the person's.
			if k := i + n; k+1 < len(toks) && toks[k].kind == tokPunct && toks[k].text == "," && toks[k+1].kind == tokWord {
				m.noteRole(toks[k+1].lower, p)
			}
		}
		i += n - 1
	}
	m.makeSalient(verbSubj)
	m.enKeepSpeakerSalient()
	m.enAfterLearn(toks) // (enspk13q_pronoun.go)
}

// ruImpersonal are Russian impersonal predicates whose logical subject
// stands in the dative («ему пришлось», «министру удалось», «Иванову
// предстоит»).
var ruImpersonal = map[string]bool{
	"пришлось": true, "придется": true, "придётся": true, "приходится": true, "приходилось": true,
	"удалось": true, "удастся": true, "удается": true, "удаётся": true, "предстоит": true, "предстояло": true,
}

// ruDativeName reports whether a Russian name is in the dative: its first
// name is, or, with no first name known, its surname has a man's or a
// woman's dative ending.
func ruDativeName(run []string) bool {
	if len(run) == 0 {
		return false
	}
	if _, _, c, ok := ruFirstName(run[0]); ok {
		// (-е of a woman's name is the dative or the prepositional,
		// and no preposition stands before the name here.)
		return c == caseDat || c == caseObl
	}
	last := strings.ToLower(run[len(run)-1])
	for _, e := range []string{"ову", "еву", "ёву", "ину", "ыну", "скому", "цкому", "овой", "евой", "иной", "ской", "цкой"} {
		if strings.HasSuffix(last, e) {
			return true
		}
	}
	return false
}

// addSource records an outlet the article cites, once, under the name of
// the known outlet it is a form of («Интерфаксу» → Интерфакс); a social
// network or a lower-case word is no outlet (see canonicalSource).
//
// A name is the same outlet with or without a leading article ("The New
// York Times", "New York Times").
func (m *reader) addSource(s string) {
	raw := strings.Trim(s, " ,.:;«»“”\"")
	s = canonicalSource(s)
	if m.russian() && s != "" && s != raw && isLatin(raw) && !strings.ContainsRune(raw, ' ') && !knownOutlet(raw) {
		// «корреспондент The Times», read as «Times»: Russian does not
		// decline a name in Latin letters, so a Latin word the tables
		// do not know is no case form of an outlet they know (Time);
		// it is reported as written.
		s = raw
	}
	key := strings.ToLower(s)
	key = strings.TrimPrefix(key, "the ")
	if s == "" || m.seenSource[key] || utf8.RuneCountInString(s) == 1 || ratingAgencies[key] || nonMediaOrg(key) {
		// (One letter is a piece of a name, «S» of «S&P», never an
		// outlet; a rating agency rates, it does not report news.)
		return
	}
	if g := outletAliases[key]; g != "" {
		// «Associated Press» … «AP»: one outlet by its name and its
		// abbreviation (or its Russian spelling) is cited once, under
		// the name the text gave first.
		// (The group is marked seen under its first name, which is
		// the same outlet.)
		if g != key && m.seenSource[g] {
			return
		}
		m.seenSource[g] = true
	}
	// «Der Spiegel» and «Spiegel»: one outlet, named with its article or
	// without; the longer name is kept. (The name less its article is
	// marked seen too, so that this costs no scan of the sources but
	// once per such outlet.)
	if i := strings.IndexByte(key, ' '); i > 0 && titleArticles[key[:i]] {
		bare := key[i+1:]
		if m.seenSource[bare] {
			for k, o := range m.sources {
				if strings.ToLower(o) == bare {
					m.sources[k] = s
					m.srcGen++
					break
				}
			}
			m.seenSource[key] = true
			return
		}
		m.seenSource[bare] = true
	}
	m.seenSource[key] = true
	m.sources = append(m.sources, s)
}

// nonMediaOrgWords end the names of organisations that are not news
// outlets: a charity, a watchdog, a research body, a company («Amnesty
// International», «Human Rights Watch», «Pew Research Center»); and
// nonMediaOrgs are those named otherwise, as the press cites them for
// findings, not news (pollsters, campaigners).
var (
	nonMediaOrgWords = map[string]bool{"international": true, "watch": true, "foundation": true, "institute": true, "center": true,
		"centre": true, "fund": true, "bank": true, "group": true, "inc": true, "ltd": true, "corporation": true, "council": true,
		"party": true, "union": true, "association": true, "organization": true, "organisation": true, "university": true,
		"research": true, "consulting": true, "partners": true, "capital": true, "holdings": true, "technologies": true}
	nonMediaOrgs = map[string]bool{"greenpeace": true, "гринпис": true, "gallup": true, "ipsos": true, "yougov": true, "nielsen": true,
		"вциом": true, "фом": true, "левада-центр": true, "мвф": true, "imf": true, "oecd": true, "оэср": true, "wwf": true}
)

// nonMediaOrg reports whether the lower-cased name key is an
// organisation that is not a news outlet (nonMediaOrgWords, nonMediaOrgs).
func nonMediaOrg(key string) bool {
	if nonMediaOrgs[key] {
		return true
	}
	if i := strings.LastIndexByte(key, ' '); i > 0 {
		return nonMediaOrgWords[key[i+1:]]
	}
	return false
}

// titleArticles are the articles a foreign outlet's title may be written
// with or without («Der Spiegel», «Le Monde»).
var titleArticles = map[string]bool{"der": true, "die": true, "das": true, "le": true, "la": true, "les": true, "el": true, "il": true, "the": true}

// ratingAgencies are the credit rating agencies, lower-cased, as news in
// English and Russian names them: the subject of «сообщает», "said" like
// an outlet, but what they publish is a rating, not news, and news does
// not cite them as an outlet.
var ratingAgencies = map[string]bool{
	"s&p": true, "standard & poor's": true, "standard and poor's": true, "moody's": true, "moody’s": true, "moodys": true,
	"fitch": true, "fitch ratings": true, "акра": true, "эксперт ра": true, "рейтинговое агентство": true,
}

// mediaPage reports whether w is a hyphenated word whose last part is in
// lower case («Telegram-канале», «Instagram-аккаунт», «YouTube-блога»: a
// medium and a page on it; "Texas-based", "Co-anchor": a description).
// The parts of a hyphenated name are all capitalised («Римский-Корсаков»,
// «Касым-Жомарт»).
func mediaPage(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLower(r) && unicode.IsUpper(textutil.FirstRune(w))
}
