package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// Russian news names again a head of a body it has named by title with a
// periphrasis of the body's generic noun: «глава ведомства», «руководитель
// министерства», «глава внешнеполитического ведомства» is the minister or
// head of the agency the article introduced; «глава региона» the governor;
// «глава города» the mayor. The noun after «глава» / «руководитель» is in
// the genitive and may take an adjective in the genitive before it.

// ruHeadPeriphrases map the genitive of a body's generic noun to the role
// stems (lang ru Roles) of whom the periphrasis may name, in the order
// Russian news titles them; the one of them mentioned last is meant.
var ruHeadPeriphrases = map[string][]string{
	"ведомства":     {"министр", "руководител", "глав", "директор", "начальник", "председател"},
	"министерства":  {"министр", "руководител", "глав"},
	"региона":       {"губернатор", "глав"},
	"области":       {"губернатор", "глав"},
	"края":          {"губернатор", "глав"},
	"республики":    {"глав", "президент"},
	"субъекта":      {"губернатор", "глав"},
	"города":        {"мэр", "глав"},
	"администрации": {"глав", "руководител"},
}

// ruHeadWord reports whether w is a case form of «глава» or
// «руководитель», the nouns a head-of-body periphrasis opens with.
func ruHeadWord(w string) bool {
	switch w {
	case "глава", "главы", "главе", "главу", "главой", "руководитель", "руководителя", "руководителю", "руководителем", "руководителе":
		return true
	}
	return false
}

// ruGenitiveAdjEndings end a Russian long adjective in the genitive
// singular («внешнеполитического ведомства», «финансовой службы»).
var ruGenitiveAdjEndings = []string{"ого", "его", "ой", "ей"}

// headPeriphrasis returns whom a head-of-body periphrasis at toks[i]
// («глава ведомства», «руководителя министерства», «глава региона»)
// names: of the people the article introduced with a role the
// periphrasis may stand for, the one mentioned last; nil when there is no
// such periphrasis or no such person.
func (m *reader) headPeriphrasis(toks []token, i int) *person {
	if !m.russian() || i >= len(toks) || toks[i].kind != tokWord || !ruHeadWord(toks[i].lower) {
		return nil
	}
	j := i + 1
	if j+1 < len(toks) && toks[j].kind == tokWord && !textutil.IsCap(toks[j].text) && hasSuffixAny(toks[j].lower, ruGenitiveAdjEndings) {
		j++ // «глава внешнеполитического ведомства»
	}
	if j >= len(toks) || toks[j].kind != tokWord {
		return nil
	}
	stems, ok := ruHeadPeriphrases[toks[j].lower]
	if !ok {
		return nil
	}
	if j+1 < len(toks) && toks[j+1].kind == tokWord && textutil.IsCap(toks[j+1].text) {
		// «глава администрации Майминского района», «глава республики
		// Алтай»: the body is named, the words are a title, not a
		// periphrasis.
		return nil
	}
	var best *person
	for _, s := range stems {
		if p := m.roles[s]; p != nil && (best == nil || p.lastSent > best.lastSent) {
			best = p
		}
	}
	return best
}

// ruGenericBodies are the generic nouns, in the nominative, by which
// Russian news names again a body it has named («сообщили в пресс-службе
// МВД …», then «уточнили в ведомстве»; «Министерство обороны заявило …»,
// then «в министерстве добавили»): alone, with no word after them to say
// whose they are, they refer to the last body named whose name they fit.
// «ведомство» fits any state body; the others, a body their noun heads.
var ruGenericBodies = map[string]bool{
	"ведомство": true, "министерство": true, "пресс-служба": true, "пресс-центр": true, "департамент": true,
	"управление": true, "комитет": true, "администрация": true, "мэрия": true, "прокуратура": true, "суд": true,
}

// genericBodyReferent returns the body named before that the generic noun
// name (one word in lower case, ruGenericBodies) refers to, or nil.
func (m *reader) genericBodyReferent(name []string) *person {
	if !m.russian() || len(name) != 1 || !ruGenericBodies[name[0]] {
		return nil
	}
	head := name[0]
	var best *person
	for _, p := range m.bodies {
		if len(p.name) < 2 && strings.ToLower(p.name[0]) == head || m.nameFacts(p)&factOutlet != 0 {
			continue // the generic noun itself, or an outlet
		}
		first := strings.ToLower(p.name[0])
		fits := head == "ведомство" || first == head ||
			head == "министерство" && strings.HasPrefix(first, "мин") ||
			head == "суд" && strings.Contains(strings.ToLower(strings.Join(p.name, " ")), " суд")
		if fits && (best == nil || p.lastSent > best.lastSent || p.lastSent == best.lastSent && p.seq < best.seq) {
			best = p
		}
	}
	return best
}

// nameInitialsWord reports whether w is written as the initials of a
// first name, or of a first name and patronymic, in Russian official and
// press usage («Л.М.», «Н.С.», «А.»), which stand before the surname.
func nameInitialsWord(w string) bool {
	t, ok := strings.CutSuffix(w, ".")
	if !ok {
		return false
	}
	if utf8.RuneCountInString(t) == 1 {
		return unicode.IsUpper(textutil.FirstRune(t))
	}
	return isInitials(t)
}

// maxParenWords bounds the words of a parenthesis glued to a place.
const maxParenWords = 3

// parenGlued reads, in Russian, a place or body in an oblique case whose
// run of capitalised words run at toks[i] is followed by a parenthesis
// giving its other name («Республики Саха (Якутия)», «Кемеровской области
// (Кузбасса)», «МВД (полиции)») and then a name: the place says whose
// office the role after it holds and stands glued to the person's name,
// as it does without the parenthesis (stripTitles). It returns the index
// of the closing parenthesis, for the reading to go on after it, or 0.
func (m *reader) parenGlued(toks []token, i int, run []string) int {
	if !m.russian() || len(run) == 0 || len(run) > 3 {
		return 0
	}
	for _, w := range run {
		if isPersonEvidence(w) || nameInitialsWord(w) {
			return 0
		}
	}
	j := i + len(run)
	if j >= len(toks) || toks[j].kind != tokPunct || toks[j].text != "(" {
		return 0
	}
	for e := j + 1; e < len(toks) && e <= j+1+maxParenWords; e++ {
		if toks[e].kind == tokPunct && toks[e].text == ")" {
			if e+1 < len(toks) && toks[e+1].kind == tokWord && isNameTok(toks[e+1]) {
				return e
			}
			return 0
		}
		if toks[e].kind != tokWord {
			return 0
		}
	}
	return 0
}

// npAfterParen is npAfterN for Russian, reading on through a
// parenthesis between two capitalised words («министр Республики Саха
// (Якутия) Сергей Иванов»): the place's other name, not the end of the
// noun phrase (parenGlued). The parenthesis does not count toward n.
func npAfterParen(toks []token, i, n int) []token {
	j := i + 1
	for j < len(toks) && j < i+n {
		if toks[j].kind != tokPunct || isDomainDot(toks, j) {
			j++
			continue
		}
		if e := parenAfterCap(toks, j); e > 0 {
			n += e - j + 1
			j = e + 1
			continue
		}
		break
	}
	return toks[i+1 : j]
}

// parenAfterCap returns the index of the closing parenthesis of a short
// parenthesis at toks[j] that stands between two capitalised words, or 0.
func parenAfterCap(toks []token, j int) int {
	if toks[j].text != "(" || j == 0 || toks[j-1].kind != tokWord || !textutil.IsCap(toks[j-1].text) {
		return 0
	}
	for e := j + 1; e < len(toks) && e <= j+1+maxParenWords; e++ {
		if toks[e].kind == tokPunct && toks[e].text == ")" {
			if e+1 < len(toks) && toks[e+1].kind == tokWord && textutil.IsCap(toks[e+1].text) {
				return e
			}
			return 0
		}
		if toks[e].kind != tokWord {
			return 0
		}
	}
	return 0
}

// womanByVerb reports whether the subject p of the Russian verb in the
// past tense verb, taken for a man, is a woman: the verb is in the
// feminine («заявила», «сказала»), and neither p's first name nor p's
// surname says a man. A woman's surname ending in a consonant
// (Клинтон, Меркель, Райс) does not decline, and a man's first name
// table does not know a foreign woman's first name, so the guess of a
// man made from such a name in an oblique case («с Хиллари Клинтон») is
// overruled by the verb the name is the subject of, which agrees with
// it in gender.
func womanByVerb(p *person, verb string) bool {
	if p.gender != 'm' || len(p.name) < 2 || !strings.HasSuffix(verb, "ла") && !strings.HasSuffix(verb, "лась") {
		return false
	}
	last := p.name[len(p.name)-1]
	if ruFirstNames[p.name[0]] == 'm' || ruSurnameGender([]string{last}) == 'm' || isPatronymicWord(last) {
		return false
	}
	for _, w := range p.name {
		if _, _, _, ok := ruPatronymic(w); ok {
			return false
		}
	}
	return true
}

// ruWomenNoA are the women's first names of ruFirstNames that do not end
// in -а or -я, the ending that tells a woman's name in Russian: Russian
// ones in a soft sign (Любовь), and foreign and Tatar ones as Russian
// spells them (Хиллари, Мэри, Кэтрин, Гузель), which Russian does not
// decline.
var ruWomenNoA = map[string]bool{
	"Любовь": true, "Хиллари": true, "Хилари": true, "Мэри": true, "Джейд": true, "Кэтрин": true, "Дженнифер": true,
	"Эмили": true, "Кейт": true, "Сьюзан": true, "Нэнси": true, "Кристин": true, "Элизабет": true, "Гузель": true,
	"Лейсан": true, "Айсылу": true, "Нелли": true,
}

// Russian news names a company, party or club once with its noun
// («компания «Северсталь»», «Корпорация Google», «клуб «Зенит»») and then
// by the noun alone: «говорится в пресс-релизе компании», «отметили в
// компании», «сообщили в клубе». The noun alone, with no name after it,
// refers to the last body named with it, as «ведомство» does to the last
// state body (genericBodyReferent).

// noteCompany records, at toks[i], a company, party or club named after
// its noun (ruCompanyNouns, in any case): a name in quote marks,
// capitalised, or a Latin-script name, and the noun in the nominative.
func (m *reader) noteCompany(toks []token, i int) {
	if i+1 >= len(toks) {
		return
	}
	// (Only a name in quote marks or a capitalised Latin word after the
	// noun can follow: the cheap test of the next token's kind and
	// script comes before the noun's stem is made and looked up.)
	if next := toks[i+1]; next.kind != tokQuote && !(next.kind == tokWord && isLatin(next.text)) {
		return
	}
	kind := ruCompanyStems[ruStem(toks[i].text)]
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

// companyReferent returns the body named last with the company noun at
// toks[j] when the noun stands alone, in lower case, with no name after it
// («в компании», «пресс-релизе компании»); nil otherwise. «компания»
// also refers to a body named as a corporation, holding or concern.
func (m *reader) companyReferent(toks []token, j int) *person {
	if len(m.companyKind) == 0 || textutil.IsCap(toks[j].text) {
		return nil
	}
	kind := ruCompanyStems[ruStem(toks[j].text)]
	if kind == "" {
		return nil
	}
	if j+1 < len(toks) && (toks[j+1].kind == tokQuote || toks[j+1].kind == tokWord && textutil.IsCap(toks[j+1].text)) {
		return nil // the name follows: «компании «Газпром»»
	}
	var best *person
	for _, p := range m.bodies { // the bodies named lately (touchBody)
		k, ok := m.companyKind[p]
		if !ok {
			continue
		}
		fits := k == kind || kind == "компания" && (k == "корпорация" || k == "холдинг" || k == "концерн" || k == "госкорпорация")
		if fits && (best == nil || p.lastSent > best.lastSent || p.lastSent == best.lastSent && p.seq > best.seq) {
			best = p
		}
	}
	return best
}

// ruPresentPluralEndings end a Russian verb of speech or belief in the
// present tense plural (говорят, отмечают, надеются) or in the short
// plural of a participle of belief (уверены, убеждены): with no subject,
// the indefinite-personal sentence whose doers the «в X» next to it names
// («уверены в компании», «в Кремле говорят»).
var ruPresentPluralEndings = []string{"ют", "ят", "ются", "ятся", "ены", "ёны"}

// ruRoleSynonyms are the roles by which Russian news names again someone
// it introduced with another (its habit of not repeating a word): a coach
// introduced as «тренер» is then «наставник», «специалист»; a deputy
// «политик»; a forward «форвард». Each maps a role stem
// (lang ru Roles, ruMoreRoles) to the stems it may stand for.
var ruRoleSynonyms = map[string][]string{
	"наставник":    {"тренер"},
	"специалист":   {"тренер"},
	"тренер":       {"наставник"},
	"форвард":      {"нападающ"},
	"нападающ":     {"форвард"},
	"хавбек":       {"полузащитник"},
	"полузащитник": {"хавбек"},
	"политик":      {"депутат", "сенатор", "лидер"},
	"чиновник":     {"министр", "замглав", "заместител", "начальник", "руководител"},
	"руководител":  {"директор", "начальник", "председател", "глав"},
	"глав":         {"руководител", "председател", "директор"},
	// (A press secretary is named again «представитель» of whom he speaks
	// for: ruspk13s_roles.go.)
	"представител":   {"пресс-секретар", "спикер"},
	"пресс-секретар": {"представител"},
}

// roleHolder returns who was last introduced with the role stem, or, when
// no one was, with a role it may stand for (ruRoleSynonyms), the one of
// them mentioned last; nil when there is none.
func (m *reader) roleHolder(stem string) *person {
	if p := m.roles[stem]; p != nil || !m.russian() {
		return p
	}
	var best *person
	for _, s := range ruRoleSynonyms[stem] {
		if p := m.roles[s]; p != nil && (best == nil || p.lastSent > best.lastSent) {
			best = p
		}
	}
	return best
}
