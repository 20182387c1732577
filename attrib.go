package article

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
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
	out = out[:0]
	i := sn.start
	// spans are in text order: find the first that may start in this
	// sentence, then move forward only.
	qi := sort.Search(len(spans), func(k int) bool { return spans[k].ostart >= sn.start })
	for i < sn.end {
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
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < sn.end {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '\'' || r2 == '’') && j+n2 < sn.end {
					if r3 := firstRune(s[j+n2:]); unicode.IsLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			w := s[i:j]
			// Keep the period of an abbreviation or initial with its word.
			if j < sn.end && s[j] == '.' && (abbreviations[strings.ToLower(w)] || utf8.RuneCountInString(w) == 1) {
				j++
				// Initials written without a space («А.И. Кучияк») stay
				// one word, as written.
				for utf8.RuneCountInString(w) == 1 && j < sn.end {
					r2, n2 := utf8.DecodeRuneInString(s[j:])
					if !unicode.IsUpper(r2) || j+n2 >= sn.end || s[j+n2] != '.' {
						break
					}
					j += n2 + 1
				}
				w = s[i:j]
			}
			out = append(out, token{text: w, lower: strings.ToLower(w), kind: tokWord})
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

// isCap reports whether w is a capitalised word (not all capitals, unless it
// is an initial like "J.").
func isCap(w string) bool {
	r := firstRune(w)
	if !unicode.IsUpper(r) {
		return false
	}
	if utf8.RuneCountInString(strings.TrimSuffix(w, ".")) == 1 {
		return true
	}
	for _, c := range w {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// isAllCaps reports whether w is an abbreviation in capitals ("ТАСС", "BBC").
func isAllCaps(w string) bool {
	n := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			if !unicode.IsUpper(c) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// stemEq reports whether two words are forms of one name: equal, or equal
// up to a short inflectional ending ("Путин", "Путина"; "Ын", "Ыном").
func stemEq(a, b string) bool { return stemEqKey(nameKey(a), nameKey(b)) }

// nameKey is a name word as stemEq compares it: lower-cased, without a
// possessive "'s".
func nameKey(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "’s"), "'s")
}

// maxInflection is the most letters an inflectional ending adds to a name
// word ("Ыном" over "Ын") for stemEq.
const maxInflection = 3

// stemEqKey is stemEq over two nameKeys.
func stemEqKey(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	// a must be a prefix of b, at least two letters long, shorter by at
	// most maxInflection letters.
	if !strings.HasPrefix(b, a) {
		return false
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if na < 2 || nb-na > maxInflection {
		return false
	}
	// Russian surnames inflect; English ones rarely do beyond a plural.
	first, _ := utf8.DecodeRuneInString(a)
	return unicode.Is(unicode.Cyrillic, first) || nb-na == 1
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

// person is someone the article names.
type person struct {
	name    []string
	nominal bool // name taken from an attribution, hence in the nominative
	gender  byte // 'm', 'f' or 0 when unknown

	seq  int      // order in which the reader first met the person
	key  string   // nameKey of the last word of name
	keys []string // the keys of reader.byKey the person is filed under
}

// String returns the person's fullest name.
func (p *person) String() string { return strings.Join(p.name, " ") }

// reader holds what has been learnt so far while reading an article: the
// people named, the roles they hold, who spoke last, the sources cited.
type reader struct {
	tables      []*langTable
	roles       map[string]*person
	lastSpeaker *person
	lastMention *person
	// salient lists, most recent last, the people who were last the
	// subject of a sentence or the speaker of a quotation: the candidates
	// a pronoun refers to.
	salient []*person
	// firstSalient is the first person who was ever salient.
	firstSalient *person
	sources      []string
	seenSource   map[string]bool
	// byKey files each person under the nameKey of the last word of
	// each name they were given, and under that key less its last one to
	// maxInflection letters: every word stemEq matches with the person's
	// last name word then shares a key with it, so finding the
	// candidates costs a few map lookups however many people the article
	// names. A bucket keeps the maxSameName most recent people.
	byKey   map[string][]*person
	persons int

	// lowerWords are the words the article writes in lower case.
	lowerWords map[string]bool

	// The word lists of the tables, joined once.
	roleStems                []string
	accordingTo, sourceVerbs [][]string
}

func newReader(tables []*langTable) *reader {
	m := &reader{tables: tables, roles: map[string]*person{}, seenSource: map[string]bool{}, byKey: map[string][]*person{}, lowerWords: map[string]bool{}}
	m.roleStems = m.list(func(t *langTable) []string { return t.roles })
	m.accordingTo = splitPhrases(m.list(func(t *langTable) []string { return t.accordingTo }))
	m.sourceVerbs = splitPhrases(m.list(func(t *langTable) []string { return t.sourceVerbs }))
	return m
}

func (m *reader) list(f func(*langTable) []string) []string {
	var out []string
	for _, t := range m.tables {
		out = append(out, f(t)...)
	}
	return out
}

// maxSameName bounds how many people filed under one name key a reader
// remembers. Far more than any article names with one surname: the bound
// keeps the cost of a name lookup constant on generated input that names
// thousands of different people with one surname.
const maxSameName = 64

// truncRunes returns s less its last n letters, or "" when that leaves
// nothing.
func truncRunes(s string, n int) string {
	for ; n > 0 && s != ""; n-- {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	return s
}

// addPerson records a new person.
func (m *reader) addPerson(p *person) {
	p.seq = m.persons
	m.persons++
	m.file(p)
}

// file files p under the keys of its current last name word it is not
// filed under yet.
func (m *reader) file(p *person) {
	p.key = nameKey(p.name[len(p.name)-1])
	for n := 0; n <= maxInflection; n++ {
		k := truncRunes(p.key, n)
		if k == "" {
			break
		}
		if slices.Contains(p.keys, k) {
			continue
		}
		p.keys = append(p.keys, k)
		b := m.byKey[k]
		if len(b) == maxSameName {
			b = b[1:]
		}
		m.byKey[k] = append(b, p)
	}
}

// candidates returns the people whose last name word may be a form of w
// (a superset of those stemEq matches), in the order they were first
// named, and the nameKey of w.
func (m *reader) candidates(w string) ([]*person, string) {
	k := nameKey(w)
	var out []*person
	for n := 0; n <= maxInflection; n++ {
		t := truncRunes(k, n)
		if t == "" {
			break
		}
		out = append(out, m.byKey[t]...)
	}
	slices.SortFunc(out, func(a, b *person) int { return a.seq - b.seq })
	return slices.CompactFunc(out, func(a, b *person) bool { return a == b }), k
}

func (m *reader) isPronoun(w string) bool {
	for _, t := range m.tables {
		for _, p := range t.pronouns {
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
	if stem, ok := hasStem(w, roles); ok {
		return stem, true
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		return hasStem(w[i+1:], roles)
	}
	return "", false
}

func (m *reader) isSpeechVerb(w string) bool {
	for _, t := range m.tables {
		if t.speechVerbSet()[w] {
			return true
		}
		if t.tag != "ru" {
			continue
		}
		// Russian verbs inflect for gender and number: сказал, сказала, сказали.
		for _, v := range t.speechVerbs {
			if strings.HasPrefix(w, v) && utf8.RuneCountInString(w)-utf8.RuneCountInString(v) <= 2 {
				return true
			}
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
	name, gender := ruNominative(name)
	cands, last := m.candidates(name[len(name)-1])
	for k := len(cands) - 1; k >= 0; k-- {
		p := cands[k]
		if !stemEqKey(p.key, last) {
			continue
		}
		if len(name) > 1 && len(p.name) > 1 && !stemEq(p.name[0], name[0]) && !hasSuffixName(p.name, name) {
			continue
		}
		if len(name) > len(p.name) || (len(name) == len(p.name) && nominal && !p.nominal) {
			p.name = append([]string(nil), name...)
			p.nominal = nominal
			m.file(p)
		}
		return p
	}
	if len(name) == 1 && !nominal {
		return nil
	}
	if gender == 0 {
		gender = nameGender(name)
	}
	p := &person{name: append([]string(nil), name...), nominal: nominal, gender: gender}
	m.addPerson(p)
	return p
}

// nameGender guesses a gender from a Russian first name and surname that
// both end in a consonant («Олег Сапрыкин»): only the masculine nominative
// does, whereas a name ending in a vowel may be feminine or an inflected
// masculine («Олега Сапрыкина»).
func nameGender(name []string) byte {
	if len(name) < 2 {
		return 0
	}
	for _, w := range name[len(name)-2:] {
		r := []rune(strings.ToLower(w))
		last := r[len(r)-1]
		if !unicode.Is(unicode.Cyrillic, last) || strings.ContainsRune("аеёиоуыэюяь", last) {
			return 0
		}
	}
	return 'm'
}

// isNameWord reports whether w can be part of a person's name: capitalised
// and not a function word, weekday or month.
func isNameWord(w string) bool {
	if strings.HasSuffix(w, ".") && isInitials(strings.TrimSuffix(w, ".")) {
		return true // initials («А.И.»)
	}
	if r, n := utf8.DecodeRuneInString(w); n+1 == len(w) && w[n] == '.' && unicode.IsUpper(r) {
		return true // an initial, though «А.», «В.» are words too
	}
	return isCap(w) && !nonNameSet[strings.ToLower(strings.TrimSuffix(w, "."))]
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
	var run []string
	for ; i < len(toks) && toks[i].kind == tokWord; i++ {
		if !isNameWord(toks[i].text) {
			if len(run) > 0 && nameParticles[toks[i].lower] && i+1 < len(toks) && toks[i+1].kind == tokWord && isNameWord(toks[i+1].text) {
				run = append(run, toks[i].text)
				continue
			}
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
		w := strings.ToLower(run[k])
		if stem, ok := m.role(w); ok {
			role, cut = stem, k+1
		} else if honorifics[w] {
			cut = k + 1
		} else if k == cut && ruAbstractNoun(w) && !isPersonEvidence(run[k]) {
			// «Заявление Картера»: a Russian abstract noun opening the
			// sentence, never a name.
			cut = k + 1
		} else if k == cut && m.lowerWords[w] {
			// A word the article also writes in lower case opens the run
			// only because it opens a sentence ("Former", "Does", "Army").
			cut = k + 1
		}
	}
	// «президент России Владимир Путин», «в Госдуме Сергей Неверов»: a
	// place or body in an oblique case, governed by the word before,
	// stands glued to the name; a person's name starts at the first name.
	for cut < len(run)-1 && !isPersonEvidence(run[cut]) && isPersonEvidence(run[cut+1]) && unicode.Is(unicode.Cyrillic, firstRune(run[cut])) {
		cut++
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

// noteLowerWords records the words the text writes in lower case.
func (m *reader) noteLowerWords(s string) {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if unicode.IsLower(firstRune(w)) {
			m.lowerWords[w] = true
		}
	}
}

// resolve turns a noun phrase next to a reporting verb into a speaker, or
// into a cited source. It prefers a pronoun in first place, then a name of
// two or more words or of someone already named, then any single
// capitalised word, then a role held by someone named before.
func (m *reader) resolve(toks []token, lang string) (p *person, source string) {
	if len(toks) == 0 {
		return nil, ""
	}
	if toks[0].kind == tokQuote {
		if isOutletLike(toks[0].text, lang, true) {
			return nil, toks[0].text
		}
		return nil, ""
	}
	if m.isPronoun(toks[0].lower) {
		return m.pronounReferent(toks[0].lower), ""
	}
	if len(toks) > 1 && toks[0].lower == "and" && m.isPronoun(toks[1].lower) {
		return m.pronounReferent(toks[1].lower), ""
	}
	var single, org []string
	first := true
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if org == nil && m.russian() {
			// «Пресс-служба МВД сообщила», «сообщили в пресс-службе
			// суда»: a body speaks, when no person does.
			if o, ok := m.ruOrgAt(toks, i); ok {
				org = o
				i += len(o) - 1
				continue
			}
		}
		if t.kind == tokQuote && isOutletLike(t.text, lang, true) && m.citesQuoted(toks, i) {
			// «отметил в беседе с «Известиями» политолог Иван Петров»
			if source == "" {
				source = t.text
			}
			first = false
			continue
		}
		if t.kind == tokQuote && m.russian() && i > 0 && toks[i-1].kind == tokWord {
			// «директора АНО «Диалог» Алексея Комиссарова»: the name
			// of the body the role serves; the person may follow.
			first = false
			continue
		}
		if t.kind != tokWord {
			break
		}
		if i > 0 && m.russian() && ruPrepositions[toks[i-1].lower] && (isNameWord(t.text) || isAllCaps(t.text)) {
			// «сообщили о сбросе отходов в Славянку»: a noun after a
			// preposition is never the verb's subject.
			if run := capRun(toks, i); len(run) > 0 {
				i += len(run) - 1
			}
			continue
		}
		if !isNameWord(t.text) && !isAllCaps(t.text) {
			if stem, ok := m.role(t.lower); ok && (i+1 >= len(toks) || !isNameWord(toks[i+1].text)) && !(m.russian() && m.hasPersonName(toks[i+1:])) {
				// (In Russian the role's body may stand between the
				// role and the name: «глава ведомства Джон Керри».)
				if p := m.roles[stem]; p != nil && single == nil {
					return p, ""
				}
				// «добавил ученый», "the official said": a definite role
				// no one was introduced with refers back like a pronoun.
				// (Russian may put the verb's object before the subject:
				// «обратил внимание режиссер», «сказал журналистам министр».)
				if (i == 0 || (i == 1 && toks[0].lower == "the") || m.russian() && first && single == nil && source == "" && !ruPrepositions[toks[i-1].lower]) && (!hasNameWord(toks[i+1:]) || m.russian() && !m.hasPersonName(toks[i+1:])) {
					return m.pronounReferent(""), ""
				}
			}
			continue
		}
		if o, n := outletRun(toks, i); isOutletLike(o, lang, false) || knownOutlet(o) {
			// «заявил РИА Новости директор завода Петр Смирнов»: the
			// outlet the words were said to, then who said them.
			if first {
				source = o
			}
			first = false
			i += n - 1
			continue
		}
		run := capRun(toks, i)
		if len(run) == 1 && m.russian() && first && single == nil && source == "" && !m.known(run) {
			// «Глава государства заявил», «Министр добавил»: a role
			// that opens the sentence, with no name after it, refers
			// to who holds it, as the role in lower case does.
			if stem, ok := m.role(t.lower); ok && !m.hasPersonName(toks[i+1:]) {
				if p := m.roles[stem]; p != nil {
					return p, ""
				}
				if p := m.pronounReferent(""); p != nil {
					return p, ""
				}
			}
		}
		if len(run) == 0 { // an abbreviation in capitals
			run = []string{t.text}
		}
		i += len(run) - 1
		first = false
		name, role := m.stripTitles(run)
		if role != "" && len(name) == 1 && m.russian() && !m.known(name) && !m.singleName(name[0]) {
			// «Спикер Госдумы выразил»: a role and the body it serves,
			// no name; the role refers to who holds it.
			if p := m.roles[role]; p != nil {
				return p, source
			}
			if p := m.pronounReferent(""); p != nil && single == nil {
				return p, source
			}
			continue
		}
		if !m.known(name) && !m.plausibleName(name) {
			// A German noun phrase ("Qualität des Teilnehmerfeldes"),
			// not a person.
			first = false
			continue
		}
		if len(name) >= 2 || m.known(name) {
			p := m.lookup(name, true)
			if role != "" {
				m.roles[role] = p
			}
			return p, source
		}
		if single == nil && source == "" {
			single = name // after an outlet, only a full or known name
		}
	}
	if source != "" {
		return nil, source
	}
	if org != nil && single == nil {
		return m.lookup(org, true), ""
	}
	if single != nil && !honorifics[strings.ToLower(single[0])] && !m.capitalNouns() && m.singleName(single[0]) {
		// (In German any noun is capitalised: one unknown capitalised
		// word is no sign of a person.)
		return m.lookup(single, true), ""
	}
	return nil, ""
}

// ruPrepositions govern an oblique case: the noun after one is not a
// subject.
var ruPrepositions = map[string]bool{
	"в": true, "во": true, "на": true, "о": true, "об": true, "обо": true, "с": true, "со": true, "к": true, "ко": true,
	"по": true, "из": true, "от": true, "у": true, "для": true, "до": true, "за": true, "под": true, "над": true,
	"при": true, "про": true, "без": true, "через": true, "между": true, "перед": true, "после": true, "среди": true,
}

// obliqueEndings end Russian nouns in a case other than the nominative
// singular (Годом, Германии, Славянку, Германией), or in the plural
// (Экологи, Члены): a word with one, alone next to a reporting verb, is
// not one person who speaks.
var obliqueEndings = []string{"ом", "ем", "ии", "ию", "ией", "ую", "юю", "ью", "ой", "ей", "ы", "и"}

// singleName reports whether one capitalised word, not known as anyone's
// name, can be taken for a new person: in Russian, not a word the article
// also writes in lower case (a sentence opener: «Об», «Вместе», «Глава»),
// not a role, and not in an oblique case.
func (m *reader) singleName(w string) bool {
	if !m.russian() || isPersonEvidence(w) {
		return true
	}
	lw := strings.ToLower(w)
	if m.lowerWords[lw] {
		return false
	}
	if _, ok := m.role(lw); ok {
		return false
	}
	for _, e := range obliqueEndings {
		if strings.HasSuffix(lw, e) {
			return false
		}
	}
	return true
}

// isOutletName reports whether a run of capitalised words names an
// outlet, not a person: a known outlet, or a Latin-script name in a
// Russian text.
func (m *reader) isOutletName(name []string) bool {
	s := strings.Join(name, " ")
	if knownOutlet(s) {
		return true
	}
	return m.russian() && len(name) > 0 && isLatin(name[0]) && isOutletLike(s, "ru", false)
}

// germanNounEndings end German abstract and collective nouns, never a
// person's name.
var germanNounEndings = []string{
	"ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tät", "täten", "ion", "ionen",
	"nis", "nisse", "nissen", "tum", "tums", "ismus", "ment", "ments", "ungs", "heits", "keits", "schafts",
}

// plausibleName reports whether a run of capitalised words can be a
// person's name. In languages that capitalise every noun (German) it
// rejects runs with a typical noun ending or an article inside ("der",
// "des" not after "von"/"van").
func (m *reader) plausibleName(name []string) bool {
	if !m.capitalNouns() || len(name) == 0 {
		return true
	}
	for i, w := range name {
		lw := strings.ToLower(w)
		if nameParticles[lw] {
			prev := ""
			if i > 0 {
				prev = strings.ToLower(name[i-1])
			}
			if lw != "von" && lw != "van" && lw != "zu" && lw != "de" && prev != "von" && prev != "van" {
				return false
			}
			continue
		}
		for _, e := range germanNounEndings {
			if strings.HasSuffix(lw, e) && len(lw) > len(e)+2 {
				return false
			}
		}
	}
	return true
}

// hasNameWord reports whether a name word stands among the words toks
// begins with.
func hasNameWord(toks []token) bool {
	for _, t := range toks {
		if t.kind != tokWord {
			return false
		}
		if isNameWord(t.text) {
			return true
		}
	}
	return false
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
		if !isNameWord(t.text) {
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

// known reports whether name refers to someone already named.
func (m *reader) known(name []string) bool {
	cands, last := m.candidates(name[len(name)-1])
	for _, p := range cands {
		if stemEqKey(p.key, last) {
			return true
		}
	}
	return false
}

// pronounGender tells the gender a personal pronoun refers to, 0 for
// none ("they", "они").
func pronounGender(w string) byte {
	switch w {
	case "he", "him", "his", "он", "его", "ему", "него":
		return 'm'
	case "she", "her", "она", "её", "ее", "ей", "неё", "нее":
		return 'f'
	}
	return 0
}

// pronounReferent is who the pronoun w ("he", "she", "он") most likely
// refers to: the most recent subject or speaker whose gender, when known,
// agrees with it; the last person named when there is none. A referent of
// unknown gender learns the pronoun's.
func (m *reader) pronounReferent(w string) *person {
	g := pronounGender(w)
	for k := len(m.salient) - 1; k >= 0; k-- {
		p := m.salient[k]
		if g != 0 && p.gender != 0 && p.gender != g {
			continue
		}
		if p.gender == 0 {
			p.gender = g
		}
		return p
	}
	if m.lastSpeaker != nil {
		return m.lastSpeaker
	}
	return m.lastMention
}

// maxSalient bounds the list of pronoun candidates.
const maxSalient = 8

// makeSalient records p as the most recent subject or speaker.
func (m *reader) makeSalient(p *person) {
	if p == nil {
		return
	}
	for k, q := range m.salient {
		if q == p {
			m.salient = append(m.salient[:k], m.salient[k+1:]...)
			break
		}
	}
	if len(m.salient) == maxSalient {
		m.salient = m.salient[1:]
	}
	if m.firstSalient == nil {
		m.firstSalient = p
	}
	m.salient = append(m.salient, p)
}

// capitalNouns reports whether the text's language capitalises every noun
// (German), so that a quotation in title case may well be a sentence.
func (m *reader) capitalNouns() bool {
	for _, t := range m.tables {
		if !t.capitalNouns {
			return false
		}
	}
	return len(m.tables) > 0
}

// russian reports whether the text is read as Russian only: the rules of
// Russian grammar and news writing apply.
func (m *reader) russian() bool { return len(m.tables) == 1 && m.tables[0].tag == "ru" }

// invertedSubject reports whether the text's language often puts the
// subject at the end of the sentence.
func (m *reader) invertedSubject() bool {
	for _, t := range m.tables {
		if !t.invertedSubject {
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
	if len(toks) > 0 && pronounGender(toks[0].lower) != 0 {
		// "He said that …": the pronoun keeps its referent salient.
		m.makeSalient(m.pronounReferent(toks[0].lower))
		subjectSeen = true
	}
	for i := 0; i < len(toks); i++ {
		if toks[i].kind == tokQuote {
			subjectSeen = true
		}
		if toks[i].kind != tokWord || !isNameWord(toks[i].text) {
			continue
		}
		run := capRun(toks, i)
		n := len(run)
		// Strip leading roles and honorifics ("President Obama", "Police
		// Chief Dana Morales").
		run, _ = m.stripTitles(run)
		var p *person
		if len(run) >= 2 || n > len(run) {
			p = m.lookup(run, false)
			if p == nil && len(run) >= 1 && !(m.russian() && len(run) == 1 && !m.singleName(run[0])) {
				// («Депутаты Государственной думы»: a word in an oblique
				// case after a role is the body it serves, not a person.)
				p = &person{name: run}
				m.addPerson(p)
			}
		} else {
			p = m.lookup(run, false) // a surname of someone already named
		}
		if p != nil {
			m.lastMention = p
			if i > 0 && p.gender == 0 {
				switch toks[i-1].lower {
				case "mr.", "mr":
					p.gender = 'm'
				case "mrs.", "ms.", "mrs", "ms":
					p.gender = 'f'
				}
			}
			if (!subjectSeen && i <= maxSubjectOffset) || (m.invertedSubject() && endsSentence(toks, i+n)) {
				m.makeSalient(p)
			}
			subjectSeen = true
			// "The national transport minister, Grace Tuilagi, …"
			if i >= 2 && toks[i-1].kind == tokPunct && toks[i-1].text == "," && toks[i-2].kind == tokWord {
				if stem, ok := m.role(toks[i-2].lower); ok {
					m.roles[stem] = p
				}
			}
			for k := i - 1; k >= 0 && k >= i-3 && toks[k].kind == tokWord; k-- {
				if stem, ok := m.role(toks[k].lower); ok {
					m.roles[stem] = p
					break
				}
			}
			if n > len(run) {
				if stem, ok := m.role(strings.ToLower(toks[i].text)); ok {
					m.roles[stem] = p
				}
			}
		}
		i += n - 1
	}
}

// addSource records an outlet the article cites, once, under the name of
// the known outlet it is a form of («Интерфаксу» → Интерфакс); a social
// network or a lower-case word is no outlet (see canonicalSource).
func (m *reader) addSource(s string) {
	s = canonicalSource(s)
	if s == "" || m.seenSource[strings.ToLower(s)] {
		return
	}
	m.seenSource[strings.ToLower(s)] = true
	m.sources = append(m.sources, s)
}
