package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// ruNamingVerb reports whether w is a Russian verb of naming or
// characterising, in the past or present tense («назвал», «назвала»,
// «назвали», «называет», «охарактеризовал»): it takes its object after it
// and the quotation as a predicate, «назвал решение «ошибкой»», so that
// a name after it is what is named, not who speaks.
func ruNamingVerb(w string) bool {
	return strings.HasPrefix(w, "назвал") || strings.HasPrefix(w, "называ") && !strings.HasPrefix(w, "называем") ||
		strings.HasPrefix(w, "охарактеризова")
}

// ruGenitiveBody reads the body named in the genitive at toks[j], after
// «по словам», «по мнению», «согласно» and a noun of a statement or
// document («согласно заявлению Генеральной прокуратуры», «по данным
// пресс-службы МВД»): the head noun of a body and its words
// («пресс-службы МВД» → пресс-служба МВД), an adjective before the head
// («Верховного суда» → Верховный суд) or a body of the ruBodies table
// («Генеральной прокуратуры» → Генеральная прокуратура), as ruBodyAt
// reads them in the prepositional case. It returns nil when no body
// stands there.
func (m *reader) ruGenitiveBody(toks []token, j int) *person {
	if j < len(toks) && toks[j].kind == tokWord && (hasPrefixAny(toks[j].lower, ruDocumentNouns) || strings.HasPrefix(toks[j].lower, "слов")) {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokWord {
		return nil
	}
	body := m.ruBodyAt(toks, j)
	if body == nil {
		return nil
	}
	return m.lookupBody(body)
}

// ruIndeclinableSurname reports whether a Russian surname has a form that
// does not decline (Матвиенко, Шойгу, Черных, Живаго): after a first name
// that is a woman's name and the genitive of a man's («Валентина
// Матвиенко», «Александра Тимошенко»), the surname does not tell which,
// and the verb's gender must (verbGender), as it does for the possessive
// surnames a woman's nominative shares with a man's genitive.
func ruIndeclinableSurname(w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune("оеиуюэ", last) || strings.HasSuffix(w, "ых") || strings.HasSuffix(w, "их")
}

// ruCompanyNouns are the nouns, in the nominative singular, that Russian
// news puts before the name of a company, party or club in quote marks
// («компания «Газпром»», «банк «Открытие»», «партия «Единая Россия»»,
// «клуб «Зенит»»).
var ruCompanyNouns = map[string]bool{
	"компания": true, "корпорация": true, "концерн": true, "холдинг": true, "банк": true, "партия": true, "фонд": true,
	"группа": true, "ассоциация": true, "союз": true, "движение": true, "организация": true, "объединение": true,
	"завод": true, "комбинат": true, "клуб": true, "федерация": true, "госкорпорация": true, "компания-производитель": true,
	"авиакомпания": true, "ретейлер": true, "ритейлер": true, "оператор": true, "фирма": true, "предприятие": true,
}

// ruQuotedBodyBefore returns the name in quote marks right before the
// verb of speech toks[i] when it is the verb's subject: a company, party
// or club named after its noun in the nominative («Компания «Газпром»
// заявила», «а клуб «Зенит» сообщил»). The words are the body's, as
// «пресс-служба МВД сообщила» makes them the press service's; a known
// outlet is left to the outlet rules. It returns "" otherwise.
func ruQuotedBodyBefore(toks []token, i int) string {
	if i < 2 || toks[i-1].kind != tokQuote || toks[i-2].kind != tokWord || !ruCompanyNouns[toks[i-2].lower] {
		return ""
	}
	name := strings.TrimSpace(toks[i-1].text)
	if name == "" || !textutil.IsCap(name) && !isLatin(name) || textutil.CountWords(name) > maxQuotedNameWords || knownOutlet(name) {
		return ""
	}
	return name
}

// ruParticipleEndings are the endings of the Russian active past
// participle after its suffix -вш- (заявивший, заявившая, заявивших,
// заявившему, …), in every gender, number and case.
var ruParticipleEndings = []string{"ий", "ая", "ее", "ие", "его", "ей", "их", "ему", "им", "ими", "ую", "ем"}

// ruSpeechParticiple reports whether w is the active past participle of a
// Russian verb of speech whose past tense in -л the table holds
// (заявивший: заявил; назвавшая: назвал; отметивших: отметил): a
// participial clause after a noun and its comma («губернатор Иван Белов,
// заявивший, что «…»») introduces that noun's words, as «, который
// заявил» does.
func ruSpeechParticiple(w string, verbs map[string]bool) bool {
	i := strings.LastIndex(w, "вш")
	if i <= 0 {
		return false
	}
	end := w[i+len("вш"):]
	found := false
	for _, e := range ruParticipleEndings {
		if end == e {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	var buf [48]byte
	stem := w[:i]
	if len(stem)+len("л") > len(buf) {
		return false
	}
	// (A map index by string(bytes) does not allocate.)
	return verbs[string(append(append(buf[:0], stem...), "л"...))]
}

// participleAntecedent returns the person named right before the comma
// that opens the participial clause of toks[i] («Иван Белов, заявивший»,
// «депутат Ирины Яровой, назвавшей …»), in the nominative, when the name
// holds a first name or patronymic (evidence of a person) or is someone
// already named; nil otherwise.
func (m *reader) participleAntecedent(toks []token, i int) *person {
	if i < 2 || toks[i-1].kind != tokPunct || toks[i-1].text != "," {
		return nil
	}
	end := i - 1
	if words, ok := regnalNameBefore(toks, end); ok {
		// «Николая II, заявившего …» (ruspk4.go)
		return m.lookup(words, true)
	}
	start := end
	for start > 0 && end-start < 3 && toks[start-1].kind == tokWord && isNameTok(toks[start-1]) {
		start--
	}
	if start == end {
		return nil
	}
	words := make([]string, 0, end-start)
	for _, w := range toks[start:end] {
		words = append(words, w.text)
	}
	words, _ = m.stripTitles(words)
	if !hasPersonEvidence(toks[start:end]) && !m.known(words) {
		return nil
	}
	return m.lookup(words, true)
}

// lookupBody finds or records the body of the given name, marked as one.
func (m *reader) lookupBody(name []string) *person {
	if p := m.genericBodyReferent(name); p != nil {
		// «уточнили в ведомстве»: the body named before (ruspk13m.go).
		m.mention(p)
		return p
	}
	p := m.lookup(name, true)
	if p != nil && !p.body {
		p.body, p.facts = true, 0
		m.touchBody(p)
	}
	return p
}

// ruNomAdjEndings are the endings of a Russian long adjective in the
// nominative singular, of any gender («Горно-Алтайский», «городской»,
// «Генеральная», «Федеральное»).
var ruNomAdjEndings = []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее"}

// maxOrgAdjectives bounds the adjectives read before a body's head noun.
const maxOrgAdjectives = 3

// ruAdjOrgAt reads, from toks[i], a body named by adjectives in the
// nominative, the first capitalised, and its head noun (ruOrgHeads) in the
// nominative: «Горно-Алтайский городской суд», «Верховный суд»,
// «Федеральная комиссия», with the capitalised words after the head
// (ruBodyTail). It returns the name as written, nil when none stands
// there.
func (m *reader) ruAdjOrgAt(toks []token, i int) []string {
	if !m.russian() || i >= len(toks) || toks[i].kind != tokWord || !textutil.IsCap(toks[i].text) || textutil.IsAllCaps(toks[i].text) {
		return nil
	}
	k := i
	for k < len(toks) && k-i < maxOrgAdjectives && toks[k].kind == tokWord && hasSuffixAny(toks[k].lower, ruNomAdjEndings) &&
		utf8.RuneCountInString(toks[k].lower) > 4 && (k == i || !textutil.IsCap(toks[k].text)) {
		k++
	}
	if k == i || k >= len(toks) || toks[k].kind != tokWord || !ruOrgHeadNominative(toks[k].lower) {
		return nil
	}
	name := make([]string, 0, k-i+3)
	for _, t := range toks[i : k+1] {
		name = append(name, t.text)
	}
	// («Верховный суд России», «Федеральная комиссия по связи»: the
	// words that say whose it is.)
	return m.ruBodyTail(toks, k+1, name)
}

// ruOrgHeadNominative reports whether w is the head noun of a body
// (ruOrgHeads) in the nominative singular.
func ruOrgHeadNominative(w string) bool {
	for _, h := range ruOrgHeads {
		if w == strings.ToLower(h.nom) {
			return true
		}
	}
	return false
}

// ruRolePeriphrases are the phrases by which Russian news names again a
// head of state or government it has named by title: «глава государства»
// is the president, «глава правительства», «глава кабмина» the prime
// minister. Each maps the word after «глава» to the role stem the
// person was introduced with.
var ruRolePeriphrases = map[string]string{
	"государства": "президент", "правительства": "премьер", "кабмина": "премьер", "кабинета": "премьер",
}

// rolePeriphrasis returns whom a periphrasis at toks[i] («глава
// государства», in any case of «глава») names, when the text introduced
// someone with the role it stands for; nil otherwise.
func (m *reader) rolePeriphrasis(toks []token, i int) *person {
	if !m.russian() || i+1 >= len(toks) || toks[i+1].kind != tokWord || !strings.HasPrefix(toks[i].lower, "глав") {
		return nil
	}
	role, ok := ruRolePeriphrases[toks[i+1].lower]
	if !ok {
		return nil
	}
	return m.roles[role]
}

// ruAdjNounPairs pair the nominative endings of a Russian long adjective
// with the endings of the nouns of its gender in the nominative singular:
// feminine -ая/-яя with -а, -я, -ь (сторона, делегация, власть), neuter
// -ое/-ее with -о, -е (правительство, руководство), masculine -ый/-ий/-ой
// with a consonant (суд, совет), the plural -ые/-ие with -ы, -и
// (власти, эксперты).
var ruAdjNounPairs = []struct{ adj, nouns string }{
	{"ая", "аяь"}, {"яя", "аяь"}, {"ое", "ое"}, {"ее", "ое"},
	{"ый", "бвгджзклмнпрстфхцчшщ"}, {"ий", "бвгджзклмнпрстфхцчшщ"}, {"ой", "бвгджзклмнпрстфхцчшщ"},
	// the plural (власти, эксперты, СМИ)
	{"ие", "ыи"}, {"ые", "ыи"},
}

// ruAdjNounAt reports whether toks[i], capitalised, is a Russian long
// adjective in the nominative followed by a noun in lower case that agrees
// with it («Американская сторона», «Российское руководство», «Японский
// суд»): a noun phrase opening the sentence, not a name. An adjectival
// surname («Яровая», «Вяземский») is followed by its verb, which this
// rules out (past tense, verb of speech, short adjective of opinion), or
// by a word of another ending.
func ruAdjNounAt(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].kind != tokWord || toks[i+1].kind != tokWord || !textutil.IsCap(toks[i].text) ||
		textutil.IsCap(toks[i+1].text) || isPersonEvidence(toks[i].text) {
		return false
	}
	next := toks[i+1].lower
	if utf8.RuneCountInString(next) < 3 || isPastVerb(next) || lang.NonNameSet[next] || ruPrepositions[next] {
		return false
	}
	if _, ok := ruOpinionAdjectives[next]; ok {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(next)
	for _, p := range ruAdjNounPairs {
		if strings.HasSuffix(toks[i].lower, p.adj) && utf8.RuneCountInString(toks[i].lower) > 4 {
			return strings.ContainsRune(p.nouns, last)
		}
	}
	return false
}

// ruQuotedBodyIn returns the company named in quote marks after «в» next
// to an indefinite-personal verb of speech toks[i] («В «Юкосе» заявили»,
// «сообщили в «Газпроме»»), in the nominative: the prepositional -е of a
// consonant stem dropped (Юкосе → Юкос), other forms kept as written. A
// known outlet is left to the outlet rules. It returns "" otherwise.
func ruQuotedBodyIn(toks []token, i int) string {
	if !ruPluralSpeechVerb(toks[i].lower) {
		return ""
	}
	at := -1
	switch {
	case i+2 < len(toks) && (toks[i+1].lower == "в" || toks[i+1].lower == "во") && toks[i+2].kind == tokQuote:
		at = i + 2
	case i >= 2 && (toks[i-2].lower == "в" || toks[i-2].lower == "во") && toks[i-2].kind == tokWord && toks[i-1].kind == tokQuote:
		at = i - 1
	default:
		return ""
	}
	name := strings.TrimSpace(toks[at].text)
	if name == "" || !textutil.IsCap(name) && !isLatin(name) || textutil.CountWords(name) > maxQuotedNameWords || knownOutlet(name) {
		return ""
	}
	if stem, ok := strings.CutSuffix(name, "е"); ok && !strings.Contains(name, " ") && consonantEnd(stem) && utf8.RuneCountInString(stem) >= 3 {
		name = stem
	}
	return name
}

// ruSurnameGender returns the gender a name of one word tells by the
// nominative ending of a Russian surname of the adjectival or possessive
// type: 'm' for -ский, -цкий, -ов, -ев, -ёв, -ин, -ын (Ходорковский,
// Петров, Путин), 'f' for -ская, -цкая (Ходорковская); 0 for any other
// word or a name of more words (-ова, -ина are a woman's nominative and a
// man's genitive alike).
func ruSurnameGender(name []string) byte {
	if len(name) != 1 || utf8.RuneCountInString(name[0]) < 4 || !textutil.IsCap(name[0]) {
		return 0
	}
	w := name[0]
	switch {
	case hasSuffixAny(w, []string{"ский", "цкий", "ов", "ев", "ёв", "ин", "ын"}):
		return 'm'
	case hasSuffixAny(w, []string{"ская", "цкая"}):
		return 'f'
	}
	return 0
}

// ruAdjRunNoun reports whether toks[i] opens a run of one to three
// capitalised adjectives, none a first name or patronymic, in a case
// other than the nominative, followed by a lower-case noun they agree
// with («Московской Хельсинкской группы», «Следственного комитета» is a
// body's, not a person's name): the adjectives of a name of a body.
func ruAdjRunNoun(toks []token, i int) bool {
	k := i
	for k < len(toks) && k-i < 3 && toks[k].kind == tokWord && textutil.IsCap(toks[k].text) && !textutil.IsAllCaps(toks[k].text) &&
		!isPersonEvidence(toks[k].text) && hasSuffixAny(toks[k].lower, ruObliqueAdjEndings) {
		k++
	}
	if k == i || k >= len(toks) || toks[k].kind != tokWord || textutil.IsCap(toks[k].text) {
		return false
	}
	next := toks[k].lower
	for _, h := range ruOrgHeads {
		if strings.HasPrefix(next, h.stem) {
			// («Генеральной прокуратуры»: a body the body rules read
			// whole.)
			return false
		}
	}
	return utf8.RuneCountInString(next) >= 3 && !isPastVerb(next) && !lang.NonNameSet[next] && !ruPrepositions[next]
}

// ruObliqueAdjEndings end a Russian long adjective in an oblique case
// (Московской, Хельсинкского, Российскому, Государственным), endings no
// surname in the nominative has; -ой is left out (Толстой, Яровой).
var ruObliqueAdjEndings = []string{"ской", "цкой", "ного", "ного", "ской", "кого", "ского", "цкого", "ному", "скому", "ным", "ским", "ных", "ских", "ной"}

// ruCompanyStems maps the ruStem of each noun of ruCompanyNouns to the
// noun in the nominative.
var ruCompanyStems = func() map[string]string {
	m := make(map[string]string, len(ruCompanyNouns))
	for n := range ruCompanyNouns {
		m[ruStem(n)] = n
	}
	return m
}()

// ruNamedBodyIn returns the body named after «в» next to an
// indefinite-personal verb of speech toks[i] by a capitalised noun of a
// party, union, fund or company and its genitive words («В Партии
// регионов сообщили» → Партия регионов, «заявили в Союзе журналистов»),
// the noun in the nominative; nil otherwise.
func ruNamedBodyIn(toks []token, i int) []string {
	if !ruPluralSpeechVerb(toks[i].lower) {
		return nil
	}
	at := -1
	if i+2 < len(toks) && (toks[i+1].lower == "в" || toks[i+1].lower == "во") {
		at = i + 2
	} else {
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if toks[k].kind != tokWord {
				break
			}
			if toks[k].lower == "в" || toks[k].lower == "во" {
				at = k + 1
				break
			}
		}
	}
	if at < 0 || at >= len(toks) || toks[at].kind != tokWord || !textutil.IsCap(toks[at].text) {
		return nil
	}
	head, ok := ruCompanyStems[ruStem(toks[at].text)]
	if !ok {
		return nil
	}
	name := []string{capitalise(head)}
	for k := at + 1; k < len(toks) && k <= at+3 && k != i; k++ {
		w := toks[k]
		if w.kind != tokWord || isPastVerb(w.lower) || ruPrepositions[w.lower] || lang.NonNameSet[w.lower] {
			break
		}
		if !textutil.IsCap(w.text) && !hasSuffixAny(w.lower, ruGenitiveEndings) {
			break
		}
		name = append(name, w.text)
	}
	return name
}

// ruGenitiveEndings end the lower-case words in the genitive (or the
// genitive plural) that say whose a body is («Партия регионов», «Союз
// журналистов», «Фонд защиты гласности»).
var ruGenitiveEndings = []string{"ов", "ев", "ей", "ы", "и", "а", "я", "ого", "его", "ой", "ых", "их"}

// ruArticleParticles open an Arabic or Hebrew name written in Russian
// with the article or «son of» in lower case and a hyphen («аль-Бадри»,
// «ад-Дин», «эль-Сиси», «бен-Гурион», «ибн-Сауд»).
var ruArticleParticles = []string{"аль-", "эль-", "ад-", "ас-", "аш-", "ар-", "аз-", "ан-", "ат-", "бен-", "ибн-", "бин-"}

// ruArticleParticleName reports whether w is a name word that opens with
// one of ruArticleParticles and goes on with a capital letter.
func ruArticleParticleName(w string) bool {
	if w == "" || !strings.ContainsRune("аэби", textutil.FirstRune(w)) {
		return false
	}
	for _, p := range ruArticleParticles {
		if rest, ok := strings.CutPrefix(w, p); ok {
			return textutil.IsCap(rest)
		}
	}
	return false
}

// ruOpinionNouns are the stems of the nouns of opinion and estimate that
// «по его …» takes besides «словам» and «мнению», which the table holds
// («по его прогнозу», «по её оценке», «по их подсчётам»).
var ruOpinionNouns = []string{"прогноз", "оценк", "убеждени", "признани", "утверждени", "подсчет", "подсчёт", "расчет", "расчёт",
	"версии", "представлени", "ощущени", "впечатлени", "наблюдени", "информаци", "сведени", "данн"}

// ruPossessiveOpinion finds «по» + его/ее/её/их + a noun of opinion
// (ruOpinionNouns) in toks and returns the possessive; ok is false when
// there is none.
func ruPossessiveOpinion(toks []token) (string, bool) {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].lower != "по" || toks[i+1].kind != tokWord || toks[i+2].kind != tokWord {
			continue
		}
		switch toks[i+1].lower {
		case "его", "ее", "её", "их":
		default:
			continue
		}
		if hasPrefixAny(toks[i+2].lower, ruOpinionNouns) {
			return toks[i+1].lower, true
		}
	}
	return "", false
}
