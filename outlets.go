package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruCaseEndings are the case endings Russian nouns and adjectives take,
// longest first: a word less its ending is the stem its case forms share
// («Интерфаксу» and «Интерфакс», «Первом канале» and «Первый канал»).
var ruCaseEndings = []string{
	"ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими",
	"ой", "ей", "ом", "ем", "ым", "им", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ий", "ый",
	"ам", "ям", "ах", "ях", "а", "я", "у", "ю", "е", "и", "ы", "о", "ъ", "ь", "й",
}

// ruStem returns a Cyrillic word, lower-cased, less its case ending (and
// keeping at least three letters); a word in another script lower-cased
// whole.
func ruStem(w string) string {
	w = strings.ToLower(w)
	if !unicode.Is(unicode.Cyrillic, firstRune(w)) {
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

// outletKey is the key an outlet's name is filed under whatever its case:
// the stems of its words («Первом канале» → «перв канал»), with the dot
// and hyphen of «Лента.ру» and «ИТАР-ТАСС» kept.
func outletKey(name string) string {
	if !strings.ContainsAny(name, " «»„“”\"") {
		return ruStem(name) // one word, the usual case
	}
	words := strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("«»„“”\"", r)
	})
	for i, w := range words {
		words[i] = ruStem(w)
	}
	return strings.Join(words, " ")
}

// outletByKey maps the outletKey of every outlet of the tables to its
// table spelling.
var outletByKey = func() map[string]string {
	m := map[string]string{}
	for _, t := range languages {
		for _, o := range t.outlets {
			if k := outletKey(o); m[k] == "" {
				m[k] = o
			}
		}
	}
	return m
}()

// outletTypeWords name the kind of outlet before its name, as Russian
// writes it («ИА «Регнум»», «газета «Труд»», «телеканалу Nippon TV»): the
// name is what follows.
var outletTypeWords = []string{"ИА", "агентство", "газета", "телеканал", "радиостанция", "журнал", "издание", "портал", "сайт", "телекомпания"}

// socialNetworks are platforms, not outlets: a post «в Facebook» cites the
// person who wrote it.
var socialNetworks = map[string]bool{
	"facebook": true, "twitter": true, "instagram": true, "telegram": true, "youtube": true, "vk": true, "tiktok": true,
	"фейсбук": true, "твиттер": true, "инстаграм": true, "телеграм": true, "телеграмм": true, "ютуб": true,
	"вконтакте": true, "одноклассники": true, "x": true,
}

// canonicalSource returns the name a cited outlet is reported under: the
// table's spelling of the outlet it is a case form of («Интерфаксу» →
// Интерфакс, «РИА «Новости»» → РИА Новости), less a type word before it
// («ИА «Регнум»» → Регнум); "" for what is no outlet: a social network, or
// a name that does not start with a capital letter or a digit (a common
// word taken after a verb of reporting).
func canonicalSource(s string) string {
	s = strings.Trim(s, " ,.:;«»“”\"")
	if s == "" {
		return ""
	}
	if o, ok := outletByKey[outletKey(s)]; ok {
		return o
	}
	for _, tw := range outletTypeWords {
		if rest, ok := cutWordPrefix(s, tw); ok {
			return canonicalSource(rest)
		}
	}
	if r := firstRune(s); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return ""
	}
	if socialNetworks[strings.ToLower(s)] || socialNetworks[ruStem(s)] {
		return ""
	}
	return canonicalOutlet(strings.ReplaceAll(s, "«", ""))
}

// cutWordPrefix cuts a type word in any case, and the space after it,
// from the start of s.
func cutWordPrefix(s, word string) (string, bool) {
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return "", false
	}
	if w := s[:i]; w != word && (!unicode.IsLower(firstRune(word)) || ruStem(w) != ruStem(word)) {
		return "", false
	}
	return strings.TrimSpace(s[i+1:]), true
}

// topLevelDomains end the names of online outlets written as their
// address («Лента.ру», NEWSru.com, Газета.Ru).
var topLevelDomains = map[string]bool{"ru": true, "ру": true, "com": true, "net": true, "org": true, "ua": true, "info": true, "su": true, "рф": true}

// outletAt reads the outlet named at toks[i], after a verb of reporting
// or a preposition: an optional type word, then a name in quotation marks
// or a run of capitalised words, an abbreviation or a site address
// («ИА «Регнум»», «РИА «Новости»», «NEWSru.com», «Лента.ру»). It returns
// the name as written, the quotation it takes, if any (-1 otherwise), and
// whether it found one.
func (m *reader) outletAt(toks []token, i int) (string, int, bool) {
	if i >= len(toks) {
		return "", -1, false
	}
	t := toks[i]
	if t.kind == tokWord && i+1 < len(toks) && toks[i+1].kind == tokQuote {
		// «РИА «Новости»»: the two together name a known outlet; «ИА
		// «Регнум»», «газета «Труд»»: a type word, then the name.
		if joined := t.text + " " + toks[i+1].text; outletByKey[outletKey(joined)] != "" {
			return joined, toks[i+1].q, true
		}
		if m.isOutletNoun(t.lower) || slicesContainsFold(outletTypeWords, t.text) {
			return toks[i+1].text, toks[i+1].q, true
		}
	}
	if t.kind == tokQuote {
		return t.text, t.q, true
	}
	if t.kind != tokWord || !(isCap(t.text) || isAllCaps(t.text) || hasUpperInside(t.text)) {
		return "", -1, false
	}
	name, _ := outletRun(toks, i)
	if name == "" {
		name = t.text
	}
	return name, -1, true
}

// hasUpperInside reports whether w has a capital letter after its first
// ("NEWSru", "iPhone"): a brand's or site's spelling.
func hasUpperInside(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// slicesContainsFold reports whether list holds w, ignoring case.
func slicesContainsFold(list []string, w string) bool {
	for _, x := range list {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// ruOrgHeads are the head nouns (stems) of the bodies Russian news quotes
// as speakers, with their nominative: «пресс-служба МВД», «в пресс-службе
// суда», «министерство обороны», «Кремль». The words after the head, in
// the genitive, say whose it is and are kept as written.
var ruOrgHeads = []struct{ stem, nom string }{
	{"пресс-служб", "пресс-служба"}, {"пресс-центр", "пресс-центр"}, {"пресс-бюро", "пресс-бюро"},
	{"министерств", "министерство"}, {"ведомств", "ведомство"}, {"прокуратур", "прокуратура"},
	{"администраци", "администрация"}, {"правительств", "правительство"}, {"мэри", "мэрия"},
	{"полици", "полиция"}, {"департамент", "департамент"}, {"управлени", "управление"}, {"комитет", "комитет"},
	{"суд", "суд"}, {"кремл", "Кремль"}, {"госдеп", "Госдеп"}, {"комисси", "комиссия"},
	{"коллеги", "коллегия"}, {"холдинг", "холдинг"},
}

// maxOrgWords bounds the words an organisation's name takes after its head
// noun («пресс-служба Главного управления МВД по Москве»).
const maxOrgWords = 4

// ruOrgAt reads the name of a body whose head noun is toks[i], in the
// nominative: the head put in the nominative, then the words that depend
// on it (in the genitive, lower-case or capitalised, abbreviations),
// up to punctuation, a verb of speech or a name in the nominative.
func (m *reader) ruOrgAt(toks []token, i int) ([]string, bool) {
	t := toks[i]
	if t.kind != tokWord {
		return nil, false
	}
	head := ""
	if t.lower == "судя" { // «судя по»: a gerund, not «суд»
		return nil, false
	}
	for _, h := range ruOrgHeads {
		if strings.HasPrefix(t.lower, h.stem) && utf8.RuneCountInString(t.lower)-utf8.RuneCountInString(h.stem) <= 2 {
			head = h.nom
			break
		}
	}
	if head == "" {
		return nil, false
	}
	if isCap(t.text) && !unicode.IsUpper(firstRune(head)) {
		head = strings.ToUpper(head[:utf8.RuneLen(firstRune(head))]) + head[utf8.RuneLen(firstRune(head)):]
	}
	name := []string{head}
	for k := i + 1; k < len(toks) && k <= i+maxOrgWords; k++ {
		w := toks[k]
		if w.kind != tokWord || m.isSpeechVerb(w.lower) || isPersonEvidence(w.text) || nonNameSet[w.lower] && !ruPrepositions[w.lower] {
			break
		}
		if ruPrepositions[w.lower] && w.lower != "по" {
			break
		}
		name = append(name, w.text)
	}
	return name, true
}

// knownOutlet reports whether name, in any case and with or without its
// type word («ИА «Регнум»», «Первом канале»), is an outlet of the tables.
// It costs a map lookup or two, so that it can be asked of every name.
func knownOutlet(name string) bool {
	s := strings.Trim(name, " ,.:;«»“”\"")
	if s == "" {
		return false
	}
	if outletByKey[outletKey(s)] != "" || outletSet[strings.ToLower(s)] {
		return true
	}
	if i := strings.IndexByte(s, ' '); i > 0 && outletTypeStems[ruStem(s[:i])] {
		return knownOutlet(s[i+1:])
	}
	return false
}

// outletTypeStems holds the ruStem of every outlet type word.
var outletTypeStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range outletTypeWords {
		m[ruStem(w)] = true
	}
	return m
}()
