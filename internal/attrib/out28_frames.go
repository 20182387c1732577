package attrib

import (
	"strings"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// out28 (issue 13): Russian cited outlets the tables do not know, found by
// the frame of a type word and the shape of the name after it
// (out28_NOTES.md). Each frame is Russian grammar shared by all news
// writing, not any site's wording:
//
//   - a news agency named after the verb that reports its news, in the
//     nominative («сообщает агентство Kestrel», «передает агенство AFP»,
//     «на которую ссылается агентство France Presse»), or in the genitive
//     after «по данным»-like phrases («по данным агентства «Зарница»»);
//   - a type word in the dative, the one told the words, with a verb of
//     telling earlier in its clause or «в интервью» right before it
//     («заявил представитель министерства интернет-изданию «…»», «в
//     интервью телекомпании CBS»);
//   - a Latin-script title after a verb only media take and an adjective
//     of origin («пишет британская The Guardian»).

// out28AgencyNominative are the nominative forms of «агентство» (and its
// common misspelling «агенство», and the one-word «информагентство»):
// the subject of a verb of reporting that stands before it.
var out28AgencyNominative = map[string]bool{
	"агентство": true, "агенство": true, "информагентство": true,
}

// out28AgencyGenitive are the genitive forms of «агентство»: the source
// after «по данным», «по сведениям», «по информации».
var out28AgencyGenitive = map[string]bool{
	"агентства": true, "агенства": true, "информагентства": true,
}

// out28ReportVerbs are the Russian verbs (present and past, every gender
// and number) whose subject, standing after them, is the outlet that
// reports («сообщает агентство …», «передало агентство …», «ссылается
// агентство …»).
var out28ReportVerbs = map[string]bool{
	"сообщает": true, "сообщают": true, "сообщил": true, "сообщила": true, "сообщило": true, "сообщили": true,
	"передает": true, "передаёт": true, "передают": true, "передало": true, "передал": true, "передала": true,
	"пишет": true, "пишут": true, "написало": true, "написал": true, "написала": true,
	"цитирует": true, "цитируют": true, "уточняет": true, "уточнило": true, "отмечает": true, "отметило": true,
	"ссылается": true, "ссылаются": true, "приводит": true, "распространило": true, "распространил": true,
}

// out28SourcePhrases are the phrases that open the source of a report,
// whose noun after them is in the genitive («по данным агентства …»).
var out28SourcePhrases = [][]string{
	{"по", "данным"}, {"по", "сведениям"}, {"по", "информации"}, {"согласно", "данным"},
}

// out28DativeTypes are the type words of news media in the dative (and,
// for the feminine ones, the prepositional that shares the form): the
// outlet words are told to («рассказал изданию …», «заявил телекомпании
// …»).
var out28DativeTypes = map[string]bool{
	"изданию": true, "интернет-изданию": true, "онлайн-изданию": true, "агентству": true, "агенству": true,
	"информагентству": true, "телеканалу": true, "газете": true, "журналу": true, "порталу": true,
	"интернет-порталу": true, "радиостанции": true, "телекомпании": true, "радио": true, "телерадиокомпании": true,
}

// out28TellWindow bounds how many words before a dative type word the
// verb of telling may stand in its clause («заявил представитель
// Минфина России интернет-изданию»).
const out28TellWindow = 6

// out28Frames reads, at the word toks[i], the frames of this file, and
// cites the outlet they name. Constant work per token.
func (m *reader) out28Frames(toks []token, i int, notQuote map[int]bool, langTag string) {
	t := toks[i]
	if t.kind == tokQuote || t.text == "РИА" {
		m.out28RIA(toks, i, notQuote)
		return
	}
	switch {
	case out28AgencyNominative[t.lower] || out28TypeNominative[t.lower]:
		m.out28AgencyAfterVerb(toks, i, notQuote, langTag)
	case out28AgencyGenitive[t.lower]:
		m.out28AgencyOfSource(toks, i, notQuote, langTag)
	case out28DativeTypes[t.lower]:
		m.out28Told(toks, i, notQuote, langTag)
	case out28ReportVerbs[t.lower] || out28NeuterMediaVerbs[t.lower] || out28PublishedVerbs[t.lower]:
		m.out28OriginAdjective(toks, i, langTag)
		m.out28SubjectBefore(toks, i, notQuote)
	case out28Interlocutors[t.lower], ruPronounSubjects[t.lower]:
		m.out28AbbrevTold(toks, i)
	}
}

// out28Interlocutors are the forms of «собеседник», the one who talked
// with an outlet («по словам собеседника ТАСС»): Russian news writes it
// of an outlet's informant, and names a company's or a body's insider by
// a preposition («собеседник в правительстве»).
var out28Interlocutors = map[string]bool{
	"собеседник": true, "собеседника": true, "собеседники": true, "собеседников": true, "собеседнику": true, "собеседникам": true,
}

// out28AbbrevTold cites an abbreviation in capitals that the tables do
// not know in two frames of the dative or genitive of an outlet: after a
// form of «собеседник» («по словам собеседника ТАСС»), and after a verb
// of telling and its pronoun subject, ending the clause («сказал он
// ТАСС.»): the pronoun is the subject, so the abbreviation, which Russian
// does not decline, is the recipient, and people tell their words to
// outlets. The abbreviations of bodies and the largest companies are
// left out (out23Abbrev).
func (m *reader) out28AbbrevTold(toks []token, i int) {
	j := i + 1
	if j >= len(toks) || toks[j].kind != tokWord || knownOutlet(toks[j].text) || !out23Abbrev(toks[j].text) || isSocialNetwork(toks[j].text) {
		return
	}
	if ruPronounSubjects[toks[i].lower] {
		if i == 0 || toks[i-1].kind != tokWord || !m.out23Telling(toks[i-1].lower) || !endsClause(toks, j+1) {
			return
		}
	}
	m.addSource(toks[j].text)
}

// out28AgencyName returns the name after the agency noun at toks[i] when
// it has an agency's shape: a short title in quote marks, a run in Latin
// letters, an abbreviation in capitals, or a run of one or two
// capitalised Cyrillic words («Рейтер», «Франс Пресс»); and the index of
// the token after it.
func (m *reader) out28AgencyName(toks []token, i int, langTag string, cyrillic bool) (string, int, int, bool) {
	j := i + 1
	if j >= len(toks) {
		return "", -1, 0, false
	}
	u := toks[j]
	if u.kind == tokQuote {
		if ruShortTitle(u.text) || isSiteAddress(u.text) {
			return u.text, u.q, j + 1, true
		}
		return "", -1, 0, false
	}
	if u.kind != tokWord {
		return "", -1, 0, false
	}
	if site, ok := siteAt(toks, j); ok {
		return site, -1, j + 1, true
	}
	name, n := outletRun(toks, j)
	if name == "" || n == 0 || n > 3 {
		return "", -1, 0, false
	}
	switch {
	case isLatin(name):
		if !lang.IsOutletLike(name, langTag, false) {
			return "", -1, 0, false
		}
	case out23Abbrev(name):
	case cyrillic && n <= 2 && isCyrillicWord(strings.ToLower(strings.Fields(name)[0])):
		if out23BodyAbbrevs[name] || out28StateAgencyName(name) {
			return "", -1, 0, false
		}
	default:
		return "", -1, 0, false
	}
	return name, -1, j + n, true
}

// out28AgencyAfterVerb cites «сообщает агентство X»: the agency noun in
// the nominative right after a verb of reporting (one adjective of
// origin or kind may stand between, «передает британское агентство
// Reuters»), the name after it ending the clause or followed by the
// agency's own sources («со ссылкой на», «ссылаясь на»). A subject after
// its verb, at the clause's end, is what Russian news writes of the
// outlet it reports from; a state agency is named by its own word, not
// «агентство» after a verb («сообщает Росавиация»).
func (m *reader) out28AgencyAfterVerb(toks []token, i int, notQuote map[int]bool, langTag string) {
	k := i - 1
	if k >= 0 && toks[k].kind == tokWord && out28AdjectiveOfOrigin(toks[k].lower) {
		k--
	}
	if k < 0 || toks[k].kind != tokWord {
		return
	}
	if w := toks[k].lower; !out28ReportVerbs[w] && !out28NeuterMediaVerbs[w] && !out28FoundVerbs[w] && !out28CitingBefore(toks, k) {
		return
	}
	if out20OtherAgency(toks, i) || out23RelativeClause(toks, k-1) && !strings.HasPrefix(toks[k].lower, "ссыла") {
		return
	}
	name, q, end, ok := m.out28AgencyName(toks, i, langTag, out28AgencyNominative[toks[i].lower])
	if !ok || !(endsClause(toks, end) || out23CitingOn(toks, end)) {
		return
	}
	if q >= 0 {
		notQuote[q] = true
	}
	m.addSource(name)
}

// out28AgencyOfSource cites «по данным агентства X»: the agency in the
// genitive after a phrase that opens a report's source, with a name in
// quote marks or in Latin letters (a Cyrillic run there may be a state
// agency's name, «по данным агентства Росстат»).
func (m *reader) out28AgencyOfSource(toks []token, i int, notQuote map[int]bool, langTag string) {
	k := i - 1
	if k >= 0 && toks[k].kind == tokWord && out28AdjectiveOfOrigin(toks[k].lower) {
		k--
	}
	found := false
	for _, p := range out28SourcePhrases {
		if s := k - len(p) + 1; s >= 0 {
			if _, ok := matchPhrase(toks, s, p); ok {
				found = true
				break
			}
		}
	}
	if !found {
		// (Only the phrase or an adjective of origin before the noun:
		// «по данным Федерального агентства …» names a state body.)
		return
	}
	name, q, _, ok := m.out28AgencyName(toks, i, langTag, false)
	if !ok {
		return
	}
	if q >= 0 {
		notQuote[q] = true
	}
	m.addSource(name)
}

// out28Told cites the outlet named after a type word in the dative that
// is the one told the words: «в интервью» (or «в комментарии») right
// before it, or a verb of telling among the few words before it in its
// clause («заявил представитель Минфина России интернет-изданию «…»»).
// The name must have an outlet's shape: a short title in quote marks, a
// Latin-script name, an abbreviation in capitals or a site address.
func (m *reader) out28Told(toks []token, i int, notQuote map[int]bool, langTag string) {
	if i == 0 || toks[i-1].kind != tokWord {
		return
	}
	told := false
	if w := toks[i-1].lower; w == "интервью" || strings.HasPrefix(w, "коммента") {
		told = true
	} else if citePrepositions[w] {
		// («в газете», «на телеканале»: other frames read a
		// preposition's outlet.)
		return
	}
	if !told && strings.HasSuffix(toks[i].lower, "ии") {
		// («телекомпании», «радиостанции» are the genitive too: «заявил
		// глава телекомпании KXYZ» names the speaker's employer. Only
		// «в интервью» makes them the dative.)
		return
	}
	for k := i - 1; !told && k >= 0 && k >= i-out28TellWindow && toks[k].kind == tokWord; k-- {
		if m.out23Telling(toks[k].lower) {
			told = true
		}
	}
	if !told || out27StaffBefore(toks, i) {
		return
	}
	name, q, _, ok := m.out28AgencyName(toks, i, langTag, false)
	if !ok {
		return
	}
	if q >= 0 {
		notQuote[q] = true
		name = out23DativeForm(name)
	}
	m.addSource(name)
}

// out28OriginAdjective cites «пишет британская The Guardian»: a verb only
// media take, an adjective of origin, then a name in Latin letters that
// ends the clause (the adjective agrees with the outlet's unnamed type
// word: газета, издание). Only Latin names are taken: a Cyrillic run there
// is as often a company or a body.
func (m *reader) out28OriginAdjective(toks []token, i int, langTag string) {
	if !ruMediaVerbs[toks[i].lower] || i+2 >= len(toks) {
		return
	}
	a := toks[i+1]
	if a.kind != tokWord || !out28AdjectiveOfOrigin(a.lower) {
		return
	}
	j := i + 2
	if toks[j].kind != tokWord || !isLatin(toks[j].text) {
		return
	}
	name, n := outletRun(toks, j)
	if name == "" || n == 0 || !endsClause(toks, j+n) || !lang.IsOutletLike(name, langTag, false) {
		return
	}
	m.addSource(name)
}

// out28AdjectiveOfOrigin reports whether w is a Russian adjective of a
// country, a city or a region in the nominative or genitive (британская,
// американское, немецкого, местного, петербургское): the stem ends in
// -ск-/-цк- and an adjective ending follows. It may stand before an
// outlet or its type word.
func out28AdjectiveOfOrigin(w string) bool {
	for _, e := range []string{"ская", "ское", "ский", "ского", "ской", "цкая", "цкое", "цкий", "цкого", "цкой", "ные", "ное", "ная", "ного", "ной"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+4 {
			if strings.HasSuffix(e, "ные") || strings.HasPrefix(e, "н") {
				// («местное», «местного», «региональное»: of
				// place, not of kind.)
				return strings.HasPrefix(w, "местн") || strings.HasPrefix(w, "региональн") || strings.HasPrefix(w, "информационн") || strings.HasPrefix(w, "зарубежн") || strings.HasPrefix(w, "иностранн")
			}
			return true
		}
	}
	return false
}

// out28NeuterMediaVerbs are the neuter past forms of the verbs of
// reporting. A name in Latin letters or in quote marks right before one
// is an outlet: the verb agrees with the type word the name stands for,
// «агентство» or «издание» («Ранее Reuters сообщило», «Bloomberg
// написало»), as a company's agrees with «компания» (feminine) and a
// state body's abbreviation with «министерство», «ведомство» (left out
// by out23BodyAbbrevs and out28LatinBodies).
var out28NeuterMediaVerbs = map[string]bool{
	"сообщило": true, "написало": true, "передало": true, "уточнило": true, "выяснило": true, "узнало": true,
	"сообщало": true, "писало": true, "передавало": true,
}

// out28PublishedVerbs are the past forms of «опубликовать»: a name right
// before one, with a piece only media publish after it («Ранее
// «Коммерсантъ» опубликовал материал», «… опубликовала статью»), is an
// outlet; companies and bodies publish reports and statements.
var out28PublishedVerbs = map[string]bool{
	"опубликовал": true, "опубликовала": true, "опубликовало": true, "опубликовали": true,
}

// out28LatinBodies are abbreviations in Latin letters of bodies and
// agencies that are no news outlets but take a neuter verb in Russian
// (агентство, бюро, управление): facts about the bodies.
var out28LatinBodies = map[string]bool{
	"WADA": true, "FBI": true, "CIA": true, "NSA": true, "FDA": true, "EMA": true, "CDC": true, "EPA": true,
	"NASA": true, "ESA": true, "IAEA": true, "IOC": true, "UEFA": true, "FIFA": true, "IMF": true, "WTO": true,
}

// out28SubjectBefore cites the name right before the verb at toks[i]
// (one adverb may stand between, «Bloomberg снова написало») when the
// verb's form or object says an outlet is its subject: a neuter verb of
// reporting (out28NeuterMediaVerbs), or «опубликовал» with a piece after
// it (isPieceNoun). The name is a short title in quote marks or a site
// address in them, or a run of Latin words the tables do not know.
func (m *reader) out28SubjectBefore(toks []token, i int, notQuote map[int]bool) {
	w := toks[i].lower
	if out28PublishedVerbs[w] {
		if i+1 >= len(toks) || toks[i+1].kind != tokWord || !isPieceNoun(toks[i+1].lower) || strings.HasPrefix(toks[i+1].lower, "материалы") {
			// («опубликовал материалы»: a company's or a body's
			// documents, not a piece.)
			return
		}
	} else if !out28NeuterMediaVerbs[w] {
		return
	}
	k := i - 1
	if k >= 0 && toks[k].kind == tokWord && out20AdverbBeforeVerb[toks[k].lower] {
		k--
	}
	if k < 0 {
		return
	}
	if t := toks[k]; t.kind == tokQuote {
		if (ruShortTitle(t.text) || isSiteAddress(t.text)) && out28OpensClause(toks, k) {
			// (Not a title after a noun, «ПАО «X» сообщило»: the
			// noun is the subject.)
			notQuote[t.q] = true
			m.addSource(t.text)
		}
		return
	}
	start := k
	for start > 0 && k-start < 3 && toks[start-1].kind == tokWord && isLatin(toks[start-1].text) && (textutil.IsCap(toks[start-1].text) || textutil.IsAllCaps(toks[start-1].text)) {
		start--
	}
	if toks[k].kind != tokWord || !isLatin(toks[k].text) || !(textutil.IsCap(toks[start].text) || textutil.IsAllCaps(toks[start].text)) {
		return
	}
	name := joinTexts(toks[start : k+1])
	if out28LatinBodies[name] || out23BodyAbbrevs[name] || isSocialNetwork(name) || !out28OpensClause(toks, start) {
		return
	}
	m.addSource(name)
}

// out28OpensClause reports whether the name at toks[k] may be the
// subject that opens its clause: nothing but punctuation before it, a
// clause opener (out28ClauseOpener), or a phrase of time after a
// preposition («В феврале «…» передавало»); not a noun whose title it is
// («ПАО «…» сообщило», «компания Kestrel сообщила»).
func out28OpensClause(toks []token, k int) bool {
	if k == 0 || toks[k-1].kind != tokWord {
		return true
	}
	if out28ClauseOpener(toks[k-1]) {
		return true
	}
	return k >= 2 && toks[k-2].kind == tokWord && citePrepositions[toks[k-2].lower] && out28TimeNouns[toks[k-1].lower]
}

// out28TimeNouns are the Russian nouns of a time phrase after в/на that
// may open a clause before its subject («В феврале «…» передавало», «во
// вторник», «на днях»): months, weekdays, parts of the day and of the
// year. A closed class: any other noun there may be the name's own type
// («на сайте «…»»).
var out28TimeNouns = map[string]bool{
	"январе": true, "феврале": true, "марте": true, "апреле": true, "мае": true, "июне": true, "июле": true,
	"августе": true, "сентябре": true, "октябре": true, "ноябре": true, "декабре": true,
	"понедельник": true, "вторник": true, "среду": true, "четверг": true, "пятницу": true, "субботу": true, "воскресенье": true,
	"днях": true, "году": true, "прошлом": true, "минувшем": true, "этом": true, "начале": true, "конце": true, "середине": true,
}

// out28ClauseOpener reports whether the word t may stand before a
// clause's subject: an adverb of time or sequence (ранее, также, вчера),
// a conjunction (и, а, но, что, как), or a word in capitals of a
// dateline; not a noun the name would be the title of.
func out28ClauseOpener(t token) bool {
	return out20AdverbBeforeVerb[t.lower] || out28Conjunctions[t.lower]
}

// out28Conjunctions are the Russian conjunctions that may open a clause
// whose subject follows them.
var out28Conjunctions = map[string]bool{
	"и": true, "а": true, "но": true, "что": true, "как": true, "когда": true, "однако": true, "затем": true, "потом": true,
}

// out28FeminineDative returns a quoted name the frame puts in the dative
// in the nominative when it reads as a feminine noun in -а in the dative
// («Зарнице» → «Зарница», «Северной звезде» → «Северная звезда»), or "".
// Only a stem ending in a velar, a hushing letter or ц is taken: after
// those Russian spells the nominative -а, never -я, so the ending says
// the form for sure; an adjective before it in -ой is feminine, -ая.
func out28FeminineDative(text string) string {
	if !ruShortTitle(text) {
		return ""
	}
	ws := strings.Fields(text)
	if len(ws) > 3 {
		return ""
	}
	last := ws[len(ws)-1]
	lw := strings.ToLower(last)
	stem, ok := strings.CutSuffix(lw, "е")
	if !ok || !isCyrillicWord(lw) || len([]rune(stem)) < 3 || !strings.ContainsRune("кгхжшчщц", []rune(stem)[len([]rune(stem))-1]) || strings.HasSuffix(stem, "ьк") {
		// («-ське», «-цьке»: a Ukrainian neuter adjective in the
		// nominative, «Громадське», which Russian text leaves as it is.)
		return ""
	}
	out := make([]string, len(ws))
	for i, w := range ws[:len(ws)-1] {
		a, ok := strings.CutSuffix(w, "ой")
		if !ok || !isCyrillicWord(strings.ToLower(w)) || len([]rune(a)) < 2 {
			return ""
		}
		out[i] = a + "ая"
	}
	out[len(ws)-1] = strings.TrimSuffix(last, "е") + "а"
	return strings.Join(out, " ")
}

// out28StateAgencyName reports whether a Cyrillic name the tables do not
// know is built as the names of Russian federal agencies and services
// are, «Рос» and a lower-case stem in one word (Росавиация, Росимущество,
// Роснедра): such an «агентство» is a state body, not a news agency.
func out28StateAgencyName(name string) bool {
	rest, ok := strings.CutPrefix(name, "Рос")
	if !ok || knownOutlet(name) || strings.ContainsRune(name, ' ') || rest == "" {
		return false
	}
	r := []rune(rest)[0]
	return r >= 'а' && r <= 'я'
}

// out28RIA cites a regional or Russian information agency named «РИА»
// and its title, in quote marks or not («сказал он «РИА Новости»»,
// «объявил РИА Новости», «РИА Воронеж»): Russian names information
// agencies so, and a verb of telling (its pronoun subject may stand
// between) or of reporting right before the name, ending its clause,
// makes it the outlet told or reporting.
func (m *reader) out28RIA(toks []token, i int, notQuote map[int]bool) {
	t := toks[i]
	var name string
	end := i + 1
	if t.kind == tokQuote {
		rest, ok := strings.CutPrefix(t.text, "РИА ")
		if !ok || !ruShortTitle(rest) {
			return
		}
		name = t.text
	} else {
		if i+1 >= len(toks) {
			return
		}
		u := toks[i+1]
		if u.kind == tokQuote {
			return // «РИА «Новости»»: outletAt reads it (out23AgencyName)
		}
		run, n := outletRun(toks, i)
		if n < 2 || n > 3 || !isCyrillicWord(strings.ToLower(u.text)) {
			return
		}
		name, end = run, i+n
	}
	if !endsClause(toks, end) || i == 0 || toks[i-1].kind != tokWord {
		return
	}
	k := i - 1
	if ruPronounSubjects[toks[k].lower] && k > 0 && toks[k-1].kind == tokWord {
		k--
	}
	if w := toks[k].lower; !m.out23Telling(w) && !ruMediaVerbs[w] && !out28ReportVerbs[w] && !strings.HasPrefix(w, "объявил") {
		// («объявил» tells its dative too: «объявил РИА Новости, что
		// …».)
		return
	}
	if t.kind == tokQuote {
		notQuote[t.q] = true
	}
	m.addSource(name)
}

// out28CitingAgency reports whether name, read at toks[k] after a verb
// only media take and its object («цитирует заявление министра РИА
// «Зарница»»), is an information agency by its shape, «РИА» and a title
// in quote marks (out23AgencyName), ending the clause.
func out28CitingAgency(toks []token, k int, name string) bool {
	return toks[k].kind == tokWord && out23AgencyName(name) && endsClause(toks, k+2)
}

// out28TypeNominative are the nominative forms of the other type words of
// news media: after a verb of reporting they are its subject as
// «агентство» is («как выяснило издание …», «как ранее писала газета
// …»). Only a name in quote marks, in Latin letters or an abbreviation is
// taken after them.
var out28TypeNominative = map[string]bool{
	"издание": true, "интернет-издание": true, "онлайн-издание": true, "газета": true, "телеканал": true,
	"журнал": true, "портал": true, "интернет-портал": true, "радиостанция": true, "телекомпания": true,
}

// out28FoundVerbs are the past forms of the verbs of finding out and of
// earlier reports whose subject after them is an outlet with its type
// word («как выяснило издание …», «как писала газета …»).
var out28FoundVerbs = map[string]bool{
	"выяснило": true, "выяснила": true, "выяснил": true, "узнало": true, "узнала": true, "узнал": true,
	"писала": true, "писал": true, "сообщала": true, "сообщал": true, "передавала": true, "передавал": true,
}

// out28CitingBefore reports whether a verb only media take whose object is
// the person quoted stands a few words before toks[k], with no
// punctuation between («цитирует Ивана Петрова агентство …», «приводит
// слова министра издание …»): the type word after the object is the
// verb's subject.
func out28CitingBefore(toks []token, k int) bool {
	for j := k; j >= 0 && j > k-maxObjectWords-1 && toks[j].kind == tokWord; j-- {
		switch toks[j].lower {
		case "цитирует", "цитируют", "приводит", "приводят":
			return j < k
		}
	}
	return false
}
