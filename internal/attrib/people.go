package attrib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// person is someone the article names.
type person struct {
	name    []string
	nominal bool // name taken from an attribution, hence in the nominative
	gender  byte // 'm', 'f' or 0 when unknown

	mentions int // how many times the reader met the name
	lastSent int // the reader's sentence count when it last met the name
	// facts caches what the chooser asks of the name (chooser.go),
	// 0 when not yet known.
	facts nameFacts

	// asWoman is the name read as a woman's in the nominative, when its
	// first name was read as a man's in the genitive («Евгения Козлова»:
	// Евгений Козлов's genitive, or Евгения Козлова); a verb in the
	// feminine it is the subject of settles it (verbGender).
	asWoman []string
	// speaksAsOutlet marks an outlet that is the subject of a verb of
	// reporting whose sentence quotes (outletSubject): a speaker the
	// chooser may pick though it is an outlet.
	speaksAsOutlet bool
	// body marks a state body, company or organisation read by its head
	// noun or type (пресс-служба МВД, Генеральная прокуратура, Газпром):
	// the common nouns of its name are no sign that it is not a name.
	body bool

	seq  int      // order in which the reader first met the person
	key  string   // nameKey of the last word of name
	keys []string // the keys of reader.byKey the person is filed under
}

// String returns the person's fullest name.
func (p *person) String() string { return strings.Join(p.name, " ") }

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
	if p.gender == 0 && m.english() {
		// "Susan Collins … she said": the first name tells which
		// pronoun fits (enspk13o_names.go).
		p.gender = enFirstNameGender(p.name)
	}
	p.seq = m.persons
	m.persons++
	m.file(p)
}

// file files p under the keys of its current last name word it is not
// filed under yet.
func (m *reader) file(p *person) {
	p.key = m.nameKey(p.name[len(p.name)-1])
	m.fileUnder(p, p.key)
	if len(p.name) == 3 && isPatronymicWord(p.name[1]) {
		// «Анна Сергеевна Кузнецова», later «Анна Сергеевна»: Russian
		// names a person by first name and patronymic alone, politely.
		m.fileUnder(p, m.nameKey(p.name[1]))
	}
	if len(p.name) >= 2 && m.russian() && len(p.name) <= 3 && unicode.Is(unicode.Cyrillic, textutil.FirstRune(p.name[0])) {
		// «Николай Чепоков», later «Николай Иванович» or «Николай»: by
		// the first name, with the patronymic or alone; the most
		// recent person of a first name is kept.
		if m.byFirst == nil {
			m.byFirst = map[string]*person{}
		}
		m.byFirst[p.name[0]] = p
	}
	if len(p.name) == 2 && m.russian() && isPatronymicWord(p.name[1]) && unicode.Is(unicode.Cyrillic, textutil.FirstRune(p.name[0])) {
		// «Надежда Чанкышевна», later «Н.Ч. Манзырова»: filed under
		// the initials (byInitials).
		if m.byFirst == nil {
			m.byFirst = map[string]*person{}
		}
		m.byFirst[nameInitials(p.name[0], p.name[1])] = p
	}
	if k := initialsKey(p.name); k != "" && m.russian() {
		// «Н.Ч. Манзырова», later «Надежда Чанкышевна»: filed under
		// the initials too (byFirstName).
		if m.byFirst == nil {
			m.byFirst = map[string]*person{}
		}
		m.byFirst[k] = p
	}
}

// nameInitials returns the initials of a first name and patronymic,
// «Н.Ч.» of «Надежда Чанкышевна».
func nameInitials(first, patronymic string) string {
	var buf [16]byte
	k := utf8.AppendRune(buf[:0], textutil.FirstRune(first))
	k = append(k, '.')
	k = utf8.AppendRune(k, textutil.FirstRune(patronymic))
	k = append(k, '.')
	return string(k)
}

// byInitials returns the person named before by first name and
// patronymic alone whose initials name gives with a surname («Надежда
// Чанкышевна», then «Н.Ч. Манзырова»), now named in full («Надежда
// Чанкышевна Манзырова»); nil when there is none.
func (m *reader) byInitials(name []string) *person {
	k := initialsKey(name)
	if k == "" {
		return nil
	}
	q := m.byFirst[k]
	if q == nil || len(q.name) != 2 || !isPatronymicWord(q.name[1]) {
		return nil
	}
	q.name = []string{q.name[0], q.name[1], name[len(name)-1]}
	q.facts = 0
	m.file(q)
	return q
}

// initialsKey returns the initials of a name written as initials of the
// first name and patronymic and a surname («Н.Ч. Манзырова», «Н. Ч.
// Манзырова»), as «Н.Ч.»; "" for any other name.
func initialsKey(name []string) string {
	switch {
	case len(name) == 2 && strings.HasSuffix(name[0], ".") && isInitials(strings.TrimSuffix(name[0], ".")) && utf8.RuneCountInString(name[0]) == 4:
		return name[0]
	case len(name) == 3 && utf8.RuneCountInString(name[0]) == 2 && utf8.RuneCountInString(name[1]) == 2 &&
		strings.HasSuffix(name[0], ".") && strings.HasSuffix(name[1], ".") && unicode.IsUpper(textutil.FirstRune(name[0])) && unicode.IsUpper(textutil.FirstRune(name[1])):
		return name[0] + name[1]
	}
	return ""
}

// byFirstName returns the person most recently named in full whose first
// name is first (in the nominative), for a name that gives the first name
// alone or with a patronymic: nil when there is none, or when that
// person's own patronymic is another.
func (m *reader) byFirstName(first, patronymic string) *person {
	p := m.byFirst[first]
	if p == nil && patronymic != "" {
		// «Н.Ч. Манзырова», then «Надежда Чанкышевна»: the first name
		// and patronymic whose initials another name gave with its
		// surname are that person, named in full as «Надежда
		// Чанкышевна Манзырова» (the caller adds the patronymic).
		if q := m.byFirst[nameInitials(first, patronymic)]; q != nil && initialsKey(q.name) != "" {
			q.name = []string{first, q.name[len(q.name)-1]}
			q.facts = 0
			return q
		}
		return nil
	}
	if p == nil || len(p.name) < 2 || p.name[0] != first {
		return nil
	}
	if patronymic != "" && len(p.name) == 3 && isPatronymicWord(p.name[1]) && p.name[1] != patronymic {
		return nil
	}
	return p
}

// isPatronymicWord reports whether w is a patronymic in any case.
func isPatronymicWord(w string) bool {
	_, _, _, ok := ruPatronymic(w)
	return ok
}

// patronymicMatch reports whether name is a first name and patronymic
// («Анна Сергеевна») of p's full name of three words.
func patronymicMatch(p *person, name []string) bool {
	return len(name) == 2 && len(p.name) == 3 && isPatronymicWord(name[1]) &&
		nameStemEq(lang.NameKey(p.name[1]), lang.NameKey(name[1])) && nameStemEq(lang.NameKey(p.name[0]), lang.NameKey(name[0]))
}

// fileUnder files p under the prefixes of key it is not filed under yet.
func (m *reader) fileUnder(p *person, key string) {
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
		m.keyFilter.add(k)
		b := m.byKey[k]
		if b == nil {
			// Most keys file one person: its slice of one is carved
			// from the reader's slab (a second person appends as
			// before, to a new array).
			m.byKey[k] = m.onePerson(p)
			continue
		}
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
	k := m.nameKey(w)
	// (The slice is the reader's, reused: lookup and known are done
	// with it before they ask again.)
	out := m.candBuf[:0]
	for n := 0; n <= lang.MaxInflection; n++ {
		t := truncRunes(k, n)
		if t == "" {
			break
		}
		if m.keyFilter.may(t) {
			out = append(out, m.byKey[t]...)
		}
	}
	slices.SortFunc(out, func(a, b *person) int { return a.seq - b.seq })
	out = slices.CompactFunc(out, func(a, b *person) bool { return a == b })
	m.candBuf = out[:0]
	return out, k
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

// known reports whether name refers to someone already named.
func (m *reader) known(name []string) bool {
	cands, last := m.candidates(name[len(name)-1])
	for _, p := range cands {
		if nameStemEq(p.key, last) || patronymicMatch(p, name) {
			return true
		}
	}
	return false
}

// pronounGender tells the gender a personal pronoun refers to, 0 for
// none ("they", "они").
func pronounGender(w string) byte {
	switch w {
	case "he", "him", "his", "он", "его", "ему", "него", "він", "його", "йому", "нього", "il":
		return 'm'
	case "she", "her", "она", "её", "ее", "ей", "неё", "нее", "вона", "її", "їй", "неї", "elle":
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
	if g != 0 && m.english() {
		return m.enPronounReferent(g) // (enspk13q_pronoun.go)
	}
	for k := len(m.salient) - 1; k >= 0; k-- {
		p := m.salient[k]
		if g != 0 && p.gender != 0 && p.gender != g {
			continue
		}
		if m.russian() && m.ruOutletReferent(p) {
			continue // «Об этом сообщает ТАСС. «…», — сказал он» (ruspk16_outlets.go)
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

// ruEndingLetters are the letters a Russian or Ukrainian case ending of a
// name is made of (-а, -у, -ой, -ым, -ому, -ей, -ою, -ові …).
const ruEndingLetters = "аеёиоуыэюяйьмхві"

// nameStemEq reports whether two name keys are forms of one name word:
// lang.StemEqKey (one is the other and an ending), or, for Cyrillic, both
// the same stem of three letters or more, each with an ending of at most
// lang.MaxInflection letters made of case-ending letters: «Кыдыевой» and
// «Кыдыева», «Петрову» and «Петрова», «Гульнары» and «Гульнара», which
// the prefix test alone does not join (Russian names decline by
// replacing their ending, not only by adding one).
func nameStemEq(a, b string) bool {
	if lang.StemEqKey(a, b) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(a)
	if !unicode.Is(unicode.Cyrillic, first) {
		return false
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	// Back to a letter boundary in both (a key may end inside a
	// broken UTF-8 sequence, or be the other's prefix).
	for n > 0 && (n < len(a) && !utf8.RuneStart(a[n]) || n < len(b) && !utf8.RuneStart(b[n])) {
		n--
	}
	if utf8.RuneCountInString(a[:n]) < 3 {
		return false
	}
	for _, rest := range []string{a[n:], b[n:]} {
		if utf8.RuneCountInString(rest) > lang.MaxInflection {
			return false
		}
		for _, r := range rest {
			if !strings.ContainsRune(ruEndingLetters, r) {
				return false
			}
		}
	}
	return true
}

// nameKey is lang.NameKey(w) (lower-cased, without a possessive "'s"),
// with the lower case taken from the reader's cache of lower-case forms
// (lowerOf): the rules key the same names again and again.
func (m *reader) nameKey(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(m.lower(w), "’s"), "'s")
}

// lower is strings.ToLower(w), remembered in lowerOf when the reader
// has one.
func (m *reader) lower(w string) string {
	if m.lowerOf == nil {
		return strings.ToLower(w)
	}
	if lw, ok := m.lowerOf[w]; ok {
		return lw
	}
	lw := toLower(w)
	m.lowerOf[w] = lw
	return lw
}
