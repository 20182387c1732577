package attrib

import (
	"strings"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// hasPersonEvidence reports whether a word of toks is a first name or a
// patronymic.
func hasPersonEvidence(toks []token) bool {
	for _, t := range toks {
		if t.kind == tokWord && isPersonEvidence(t.text) {
			return true
		}
	}
	return false
}

// resolve turns a noun phrase next to a reporting verb into a speaker, or
// into a cited source. It prefers a pronoun in first place, then a name of
// two or more words or of someone already named, then any single
// capitalised word, then a role held by someone named before.
func (m *reader) resolve(toks []token, langTag string) (p *person, source string) {
	if len(toks) == 0 {
		return nil, ""
	}
	if toks[0].kind == tokQuote {
		outlet := lang.IsOutletLike(toks[0].text, langTag, true)
		if m.russian() && len(toks) > 1 && toks[1].kind == tokWord && m.hasPersonName(toks[1:]) && hasPersonEvidence(toks[1:]) &&
			(outlet || knownOutlet(toks[0].text) || textutil.IsCap(toks[0].text) && textutil.CountWords(toks[0].text) <= maxQuotedNameWords) {
			// «…», — заявил «Росбалту» экономист Павел Кудрин:
			// Russian puts the outlet the words were said to, in the
			// dative, between the verb and its subject; the person
			// after it said them.
			p, _ := m.resolve(toks[1:], langTag)
			if outlet {
				return p, toks[0].text
			}
			return p, ""
		}
		if outlet {
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
			if o := m.uk19BodyAt(toks, i); o != nil {
				org = o // «у повідомленні Генеральної прокуратури» (uk19_bodies.go)
				i += len(o) - 1
				continue
			}
			if o, ok := m.ruOrgAt(toks, i); ok {
				org = o
				i += len(o) - 1
				continue
			}
		}
		if org == nil && single == nil && first {
			// «Верховный суд России заявил»: adjectives in the
			// nominative and a body's head noun name the body, not a
			// person called «Верховный» (ruspk3.go).
			if o := m.ruAdjOrgAt(toks, i); o != nil {
				org = o
				i += len(o) - 1
				first = false
				continue
			}
		}
		if t.kind == tokQuote && lang.IsOutletLike(t.text, langTag, true) && m.citesQuoted(toks, i) {
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
		if i > 0 && m.russian() && ruPrepositions[toks[i-1].lower] && (isNameTok(t) || textutil.IsAllCaps(t.text)) {
			// «сообщили о сбросе отходов в Славянку»: a noun after a
			// preposition is never the verb's subject.
			if run := capRun(toks, i); len(run) > 0 {
				i += len(run) - 1
			}
			continue
		}
		if p := m.ruRoleOfBody(toks, i); p != nil && single == nil {
			// «отметил представитель Кремля» (ruspk13s_roles.go)
			return p, ""
		}
		if !isNameTok(t) && !textutil.IsAllCaps(t.text) {
			if stem, ok := m.role(t.lower); ok && (i+1 >= len(toks) || !isNameTok(toks[i+1])) && !(m.russian() && m.hasPersonName(toks[i+1:])) {
				if p := m.rolePeriphrasis(toks, i); p != nil && single == nil {
					// «сказал глава государства»: the president (ruspk3.go).
					return p, ""
				}
				if p := m.headPeriphrasis(toks, i); p != nil && single == nil {
					// «отметил глава ведомства»: the minister (ruspk13m.go).
					return p, ""
				}
				// (In Russian the role's body may stand between the
				// role and the name: «глава ведомства Джон Керри».)
				if p := m.roleHolder(stem); p != nil && single == nil {
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
		if o, n := outletRun(toks, i); lang.IsOutletLike(o, langTag, false) || knownOutlet(o) {
			if m.servedBody(toks, i, o) {
				// («представитель Heritage Auctions»: the body the role
				// serves; who holds the role is read as the role is.)
				i += n - 1
				continue
			}
			// «заявил РИА Новости директор завода Петр Смирнов»: the
			// outlet the words were said to, then who said them.
			if first {
				source = o
			}
			first = false
			i += n - 1
			continue
		}
		if stem, ok := m.adjRole(toks, i); ok && first && single == nil && source == "" && !m.hasPersonName(toks[i+2:]) {
			// «Португальский специалист добавил», «Испанский наставник
			// заявил»: an adjective of nationality or place opening the
			// sentence, then a role and no name: the role refers to who
			// holds it («Российский лидер Владимир Путин» is read on).
			if p := m.roleHolder(stem); p != nil {
				return p, ""
			}
			if p := m.pronounReferent(""); p != nil {
				return p, ""
			}
			i++
			first = false
			continue
		}
		if m.russian() && (ruAdjNounAt(toks, i) || ruQuotedWords[t.lower] || ruAdjRunNoun(toks, i)) {
			// «Американская сторона уверена»: an adjective and the noun
			// it agrees with, no name; «Слова Рогова подтвердил
			// Арбатов»: the words of someone, the verb's object, whose
			// subject follows it (ruspk3.go).
			run := capRun(toks, i)
			i += max(len(run), 1) - 1
			first = false
			continue
		}
		run := capRun(toks, i)
		if e := m.parenGlued(toks, i, run); e > 0 {
			// «министр Республики Саха (Якутия) Сергей Иванов»
			// (ruspk13m.go)
			i = e
			continue
		}
		if m.russian() && obliqueName(run) {
			// «сказал Алексею Смирнову губернатор Иван Белов»: a name
			// whose first name or patronymic is in an oblique case is
			// the verb's object or a noun's complement, never its
			// subject.
			i += len(run) - 1
			continue
		}
		if len(run) == 1 && m.russian() && first && single == nil && source == "" && !m.known(run) {
			// «Глава государства заявил», «Министр добавил»: a role
			// that opens the sentence, with no name after it, refers
			// to who holds it, as the role in lower case does.
			if stem, ok := m.role(t.lower); ok && !m.hasPersonName(toks[i+1:]) {
				if p := m.headPeriphrasis(toks, i); p != nil {
					// «Глава ведомства отметил» (ruspk13m.go)
					return p, ""
				}
				if p := m.roleHolder(stem); p != nil {
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
			if p := m.roleHolder(role); p != nil {
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
		if m.russian() && single != nil && !honorifics[strings.ToLower(single[0])] && m.singleName(single[0]) {
			// «…», — сказал Максименко в эфире «Матч Премьер»: Russian
			// puts the verb's subject right after it and where or to
			// whom the words were said (в эфире, в интервью, an outlet
			// in the dative) after the subject; a one-word name read
			// before the outlet is who spoke, the outlet is cited.
			// (single is only taken before an outlet.)
			return m.lookup(single, true), source
		}
		return nil, source
	}
	if org != nil && single == nil {
		return m.lookupBody(org), ""
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
	// the Ukrainian ones Russian does not share
	"з": true, "із": true, "зі": true, "від": true, "під": true, "між": true, "після": true, "серед": true, "біля": true, "щодо": true,
}

// obliqueEndings end Russian nouns in a case other than the nominative
// singular (Годом, Германии, Славянку, Германией), or in the plural
// (Экологи, Члены): a word with one, alone next to a reporting verb, is
// not one person who speaks.
var obliqueEndings = []string{"ом", "ем", "ии", "ию", "ией", "ую", "юю", "ью", "ой", "ей", "ы", "и",
	// an adjective's genitive, dative, instrumental or plural
	// («Онгудайского района», «Алтайскому краю»), never a surname in the
	// nominative
	"ого", "его", "ому", "ему", "ских", "цких", "ыми", "ими"}

// singleName reports whether one capitalised word, not known as anyone's
// name, can be taken for a new person: in Russian, not a word the article
// also writes in lower case (a sentence opener: «Об», «Вместе», «Глава»),
// not a role, and not in an oblique case.
func (m *reader) singleName(w string) bool {
	if !m.russian() || isPersonEvidence(w) {
		return true
	}
	lw := strings.ToLower(w)
	if m.lowerWords[lw] || ruBodies[ruStem(w)] != "" {
		// (Nor a state body the table knows, in any case: «Глава
		// Минфина отметил» names the ministry's head, not «Минфина».)
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
	if len(m.tables) == 1 && m.tables[0].Tag == "uk" {
		for _, e := range ukObliqueEndings {
			if strings.HasSuffix(lw, e) {
				return false
			}
		}
	}
	return true
}

// ukObliqueEndings end Ukrainian nouns and adjectives in a case other than
// the nominative singular (Кіперману, Петренкові, Мельничукові, Київською)
// or in the neuter (Урядове, Київське), never a person's name in the
// nominative.
var ukObliqueEndings = []string{"ові", "еві", "єві", "ою", "ею", "єю", "ої", "ому", "ове", "еве", "ське", "цьке", "зьке", "не"}

// isOutletName reports whether a run of capitalised words names an
// outlet, not a person: a known outlet, or a Latin-script name in a
// Russian text.
func (m *reader) isOutletName(name []string) bool {
	s := strings.Join(name, " ")
	if knownOutlet(s) {
		return true
	}
	return m.russian() && len(name) > 0 && isLatin(name[0]) && lang.IsOutletLike(s, "ru", false)
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
		if isNameTok(t) {
			return true
		}
	}
	return false
}

// servedBody reports whether the name o at toks[i], Latin-script and no
// outlet the tables know, follows a role in Russian: the company or body
// the role serves («представитель Philips», «директор Genentech»), not an
// outlet the words were said to.
func (m *reader) servedBody(toks []token, i int, o string) bool {
	if !m.russian() || i == 0 || knownOutlet(o) || toks[i-1].kind != tokWord {
		return false
	}
	_, ok := m.role(toks[i-1].lower)
	return ok
}

// ruAdjEndings are the endings of the Russian long adjectives in every
// case and gender («Португальский», «Официальный», «Бывший», «Местная»,
// «российского»): a capitalised one opening a sentence before a role is
// no name.
var ruAdjEndings = []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ых", "их", "ыми", "ими"}

// adjRole reports whether toks[i] is a capitalised adjective followed by a
// role in lower case («Португальский специалист», «Официальный
// представитель», «Бывший министр»), and returns the role's stem. A
// surname of an adjective's form is followed by its verb, not by a role
// noun.
func (m *reader) adjRole(toks []token, i int) (string, bool) {
	if !m.russian() || i+1 >= len(toks) || toks[i].kind != tokWord || toks[i+1].kind != tokWord || !textutil.IsCap(toks[i].text) || textutil.IsCap(toks[i+1].text) {
		return "", false
	}
	if !hasSuffixAny(toks[i].lower, ruAdjEndings) {
		return "", false
	}
	return m.role(toks[i+1].lower)
}

// hasSuffixAny reports whether w ends with one of the suffixes.
func hasSuffixAny(w string, suffixes []string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// obliqueName reports whether a run of name words opens with a first name
// or holds a patronymic in the dative, instrumental, prepositional or a
// woman's accusative («Алексею Смирнову», «с Иваном Петровым»), a form no
// name in the nominative shares («Александра» is a woman's name as well
// as the genitive of a man's). The genitive is left alone: «приводит
// слова ректора Виктора Садовничего» names whose words they are.
func obliqueName(run []string) bool {
	oblique := func(c byte) bool { return c != caseNom && c != caseGen }
	for k, w := range run {
		if k > 2 {
			break
		}
		if _, ok := ruFirstNames[w]; ok {
			return false
		}
		if _, _, c, ok := ruFirstName(w); ok && k == 0 {
			return oblique(c)
		}
		if _, _, c, ok := ruPatronymic(w); ok && k > 0 {
			return oblique(c)
		}
	}
	return false
}
