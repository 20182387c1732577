package attrib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"

	"github.com/articlekit/article/internal/textutil"
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
	// (toLower is strings.ToLower with no work for a word already in
	// lower-case ASCII or basic Cyrillic; the endings' rune counts are
	// counted once, ruCaseEndingRunes; a word of three letters or fewer
	// keeps whole, as no ending may leave fewer than three.)
	w = toLower(w)
	if !unicode.Is(unicode.Cyrillic, textutil.FirstRune(w)) {
		return w
	}
	n := utf8.RuneCountInString(w)
	if n <= 3 {
		return w
	}
	last := w[len(w)-1]
	for k, e := range ruCaseEndings {
		if e[len(e)-1] == last && n-ruCaseEndingRunes[k] >= 3 && strings.HasSuffix(w, e) {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

// ruCaseEndingRunes[k] is the rune count of ruCaseEndings[k].
var ruCaseEndingRunes = func() []int {
	n := make([]int, len(ruCaseEndings))
	for k, e := range ruCaseEndings {
		n[k] = utf8.RuneCountInString(e)
	}
	return n
}()

// outletKey is the key an outlet's name is filed under whatever its case:
// the stems of its words («Первом канале» → «перв канал»), with the dot
// and hyphen of «Лента.ру» and «ИТАР-ТАСС» kept.
func outletKey(name string) string {
	if !hasOutletKeySep(name) {
		return ruStem(name) // one word, the usual case
	}
	// The stems of the fields between spaces and quote marks (as
	// strings.FieldsFunc splits them), joined by spaces, built in place.
	var b strings.Builder
	b.Grow(len(name))
	first := true
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		if outletKeySep(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(name) {
			r2, n2 := utf8.DecodeRuneInString(name[j:])
			if outletKeySep(r2) {
				break
			}
			j += n2
		}
		if !first {
			b.WriteByte(' ')
		}
		first = false
		b.WriteString(ruStem(name[i:j]))
		i = j
	}
	return b.String()
}

// outletKeySep reports whether r separates the words of an outlet's name
// for outletKey: a space or a quote mark.
func outletKeySep(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("«»„“”\"", r)
}

// hasOutletKeySep is strings.ContainsAny(name, " «»„“”\"") by bytes: a
// space or a straight quote, or the UTF-8 of «, » (C2 AB, C2 BB), „, “,
// ” (E2 80 9E, 9C, 9D).
func hasOutletKeySep(name string) bool {
	for i := 0; i < len(name); i++ {
		switch name[i] {
		case ' ', '"':
			return true
		case 0xC2:
			if i+1 < len(name) && (name[i+1] == 0xAB || name[i+1] == 0xBB) {
				return true
			}
		case 0xE2:
			if i+2 < len(name) && name[i+1] == 0x80 && (name[i+2] == 0x9E || name[i+2] == 0x9C || name[i+2] == 0x9D) {
				return true
			}
		}
	}
	return false
}

// outletByKey maps the outletKey of every outlet of the tables to its
// table spelling.
var outletByKey = func() map[string]string {
	m := map[string]string{}
	for _, t := range lang.Languages {
		for _, o := range t.Outlets {
			if k := outletKey(o); m[k] == "" {
				m[k] = o
			}
		}
	}
	for _, o := range ruMoreOutlets {
		if k := outletKey(o); m[k] == "" {
			m[k] = o
		}
	}
	// The gazetteer of Russian-language media (out26_gazetteer.go), and
	// the case forms of its names that ruStem cannot fold.
	for _, g := range out26FiledGroups {
		for _, o := range g {
			if k := outletKey(o); m[k] == "" && out26Filed(o) {
				m[k] = o
			}
		}
	}
	for f, o := range out26CaseForms {
		if k := outletKey(f); m[k] == "" {
			m[k] = o
		}
	}
	// The genitive plural «Известий» of a plural name in «-ия» is the one
	// case form whose stem ruStem cuts shorter than the others' («извест»
	// against «извести»): it is filed too, so that a lookup costs nothing
	// more.
	var plural []string
	for _, o := range m {
		if strings.HasSuffix(o, "ия") && !strings.ContainsRune(o, ' ') {
			plural = append(plural, o)
		}
	}
	slices.Sort(plural)
	for _, o := range plural {
		if g := outletKey(strings.TrimSuffix(o, "ия") + "ий"); m[g] == "" {
			m[g] = o
		}
	}
	return m
}()

// ruMoreOutlets are Russian federal outlets and foreign ones in their
// Russian spelling that the Russian table lacks, as Russian news cites
// them («в интервью «Советскому спорту»», «сообщает «Спорт-Экспресс»»,
// «пишет «Дейли телеграф»»). Names that are also common words or events
// («Звезда», «Мир», «Чемпионат», «Профиль») are left out: after «в», «на»
// they name the thing, not the outlet; so are Latin names that are English
// words («Life», «Mash»), as the table serves English text too. («Труд»
// and «Взгляд», like «Дождь» in the Russian table, stay, exceptions to
// out26_gazetteer.go's policy: in quote marks in a frame of reporting the
// outlet rules and the pairing of straight quote marks ask the table, and
// taken out they lost «в интервью изданию "Труд". - …» on an odd half,
// «По данным «Взгляда»», «Как пишет «Взгляд»», «в эфире «Дождя»» in
// probes; capitalised at a sentence's start, as the common word, they
// were cited in no probe.)
var ruMoreOutlets = []string{
	// agencies
	"ПРАЙМ-ТАСС", "Франс-Пресс", "Ассошиэйтед пресс", "Йонхап", "France Presse",
	// papers
	"Труд", "Вечерняя Москва", "Парламентская газета", "Экспресс-газета", "Литературная газета",
	"Советский спорт", "Спорт-Экспресс", "Новые Известия",
	// online media and broadcasters
	"Взгляд", "Дни.ру", "Лайф", "Readovka", "Царьград", "Свободная пресса", "Правда.ру",
	"Ридус", "Sports.ru", "Спортс.ру", "Sport24", "Спорт24", "РБ Спорт", "Москва 24", "RTVI", "Настоящее время",
	"Дойче Велле", "Франс 24",
	"ВГТРК", "Рен-ТВ", "РЕН-ТВ", "Россия 1", "Бизнес FM", "Русская служба новостей", "АиФ", "Утро.ру", "Ура.ру", "E1.ru", "НГС",
	"Открытые медиа", "Euronews", "Евроньюс", "Daily Mail", "The Times", "Gizmodo", "NHK", "Эн-эйч-кей", "Кёдо",
	// agencies and papers of the neighbouring countries and abroad
	"Anadolu", "Анадолу", "IRNA", "ИРНА", "UNIAN", "Укринформ", "Украинская правда", "Страна.ua", "Хабар",
	// foreign papers in Russian spelling
	// Ukrainian broadcasters named by figures («телеканал 1+1», outletAt)
	"1+1", "2+2",
	"Файнэншл таймс", "Дейли телеграф", "Дейли мейл", "Санди таймс", "Индепендент", "Обсервер", "Нью-Йорк пост", "Уолл-стрит джорнэл",
	"Фокс ньюс", "Политико", "Аксиос", "Бизнес инсайдер", "Франкфуртер альгемайне цайтунг", "Зюддойче цайтунг",
	"Хандельсблатт", "Коррьере делла сера", "Репубблика", "Эль Паис", "Асахи", "Ёмиури", "Майнити", "Нихон кэйдзай",
	"Жэньминь жибао", "Глобал таймс", "Аль-Арабия", "Хаарец", "Джерузалем пост", "Едиот ахронот",
}

// outletAliasGroups are outlets that news names by more than one name:
// the full name, its abbreviation, its Russian spelling (facts about the
// outlets, not any text's wording). A text that names one outlet both ways
// cites it once.
var outletAliasGroups = [][]string{
	{"Associated Press", "AP", "Ассошиэйтед Пресс"},
	{"France Presse", "Agence France-Presse", "AFP", "Франс Пресс", "Франс-Пресс"},
	{"Reuters", "Рейтер", "Рейтерс"},
	{"Financial Times", "FT", "Файнэншл таймс"},
	{"BBC", "Би-би-си", "BBC News"},
	{"Комсомольская правда", "КП"},
	{"Deutsche Welle", "Дойче Велле", "DW"},
	{"Bloomberg", "Блумберг"},
	{"CNN", "Си-эн-эн"},
	{"Xinhua", "Синьхуа"},
	{"Kyodo", "Киодо"},
	{"Интерфакс", "Interfax"}, {"ТАСС", "TASS"}, {"РИА Новости", "RIA Novosti"},
}

// outletAliases maps the lower-cased names of outletAliasGroups to the
// first name of their group, lower-cased.
var outletAliases = func() map[string]string {
	m := map[string]string{}
	for _, g := range outletAliasGroups {
		for _, n := range g {
			m[strings.ToLower(n)] = strings.ToLower(g[0])
		}
	}
	// The gazetteer's groups (out26_gazetteer.go): a group one of whose
	// names is already in a group above joins that group.
	for _, g := range out26Groups {
		if len(g) < 2 {
			continue
		}
		head := strings.ToLower(g[0])
		for _, n := range g {
			if h := m[strings.ToLower(n)]; h != "" {
				head = h
				break
			}
		}
		for _, n := range g {
			if m[strings.ToLower(n)] == "" {
				m[strings.ToLower(n)] = head
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
	"вконтакте": true, "одноклассники": true, "x": true, "whatsapp": true, "viber": true, "linkedin": true, "reddit": true,
	"threads": true, "rutube": true, "дзен": true, "яндекс.дзен": true, "livejournal": true, "жж": true, "вк": true, "тикток": true,
	"ватсап": true, "вайбер": true, "snapchat": true, "twitch": true, "ok": true,
}

// isSocialNetwork reports whether s names a social network or a page on
// one: the platform's name in any case, or a hyphenated word of a
// platform and what is on it («Telegram-канал», «Facebook-странице»).
func isSocialNetwork(s string) bool {
	l := strings.ToLower(s)
	if socialNetworks[l] || socialNetworks[ruStem(s)] {
		return true
	}
	if i := strings.IndexByte(l, '-'); i > 0 {
		return socialNetworks[l[:i]]
	}
	return false
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
	if rest := knownOutletSuffix(s); rest != "" && isCyrillicWord(s[:strings.IndexByte(s, ' ')]) && !out21AdjectiveOpens(s, rest) {
		// «Соколова РИА Новости»: the person quoted, in the genitive,
		// then the outlet that quotes, read as one run of capitals.
		return canonicalSource(rest)
	}
	if r := textutil.FirstRune(s); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isSiteAddress(s) {
		return ""
	}
	if isSocialNetwork(s) || isSocialNetwork(strings.Fields(s)[0]) {
		return ""
	}
	if isSiteAddress(s) {
		if o := ruSiteNominative(s); o != "" {
			return o
		}
		// «Вести.ру», «Газета.Ru»: a site is an outlet of its own, not
		// a case form of the broadcaster or paper whose name it starts
		// with (Вести, Газета).
		return s
	}
	return lang.CanonicalOutlet(strings.ReplaceAll(s, "«", ""))
}

// cutWordPrefix cuts a type word in any case, and the space after it,
// from the start of s.
func cutWordPrefix(s, word string) (string, bool) {
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return "", false
	}
	if w := s[:i]; w != word && (!unicode.IsLower(textutil.FirstRune(word)) || ruStem(w) != ruStem(word)) {
		return "", false
	}
	return strings.TrimSpace(s[i+1:]), true
}

// topLevelDomains end the names of online outlets written as their
// address («Лента.ру», NEWSru.com, Газета.Ru).
var topLevelDomains = map[string]bool{"ru": true, "ру": true, "com": true, "net": true, "org": true, "ua": true, "info": true, "su": true, "рф": true,
	// the country domains of the Russian-speaking neighbours (TUT.by,
	// Err.ee, Tengrinews.kz)
	"by": true, "kz": true, "ee": true, "lv": true, "lt": true, "az": true, "uz": true, "md": true, "kg": true, "ge": true, "am": true}

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
		if joined := t.text + " " + toks[i+1].text; outletByKey[outletKey(joined)] != "" || out23AgencyAbbrev(t.text) && ruShortTitle(toks[i+1].text) {
			// (An agency's abbreviation that is part of its name,
			// «РИА «Воронеж»»: out23_outlets.go.)
			return joined, toks[i+1].q, true
		}
		if m.isOutletNoun(t.lower) || slicesContainsFold(outletTypeWords, t.text) {
			return toks[i+1].text, toks[i+1].q, true
		}
	}
	if t.kind == tokQuote {
		return t.text, t.q, true
	}
	if name, ok := plusNameAt(toks, i); ok {
		return name, -1, true
	}
	if t.kind != tokWord || !(textutil.IsCap(t.text) || textutil.IsAllCaps(t.text) || hasUpperInside(t.text)) {
		return "", -1, false
	}
	name, n := outletRun(toks, i)
	if name == "" {
		name = t.text
		if site, ok := siteAt(toks, i); ok {
			// «издания 1Rnd.ru»: a site whose name opens with a
			// figure is no capitalised run; its domain is its name's.
			name = site
		}
	}
	if full := out21KnownCompletion(toks, i, name, n); full != "" {
		name = full
	}
	return name, -1, true
}

// plusNameAt reads at toks[i] a broadcaster's name of two figures and a
// plus, «1+1», «2+2», which the tokenizer splits in three.
func plusNameAt(toks []token, i int) (string, bool) {
	if i+2 >= len(toks) || toks[i].kind != tokWord || toks[i+1].text != "+" || toks[i+2].kind != tokWord {
		return "", false
	}
	// (A figure at the end of a sentence keeps its period, as an
	// initial does: «телеканал 1+1.».)
	a, b := toks[i].text, strings.TrimSuffix(toks[i+2].text, ".")
	if len(a) != 1 || len(b) != 1 || !unicode.IsDigit(rune(a[0])) || !unicode.IsDigit(rune(b[0])) {
		return "", false
	}
	return a + "+" + b, true
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

// ruOrgNameHeads are head nouns that open the proper name of a body only
// when capitalised, as Russian spelling writes the first word of an
// organisation's name («Союз исламских организаций Франции», «Фонд защиты
// дикой природы», «Партия регионов», «Секретариат ООН», «Совет
// безопасности», «Центр защиты прав СМИ»): in lower case they are as
// often common nouns («союз двух стран», «партия товара», «дал совет», «в
// центре города»). A form is one of the noun's case endings
// (ruOrgNameEndings), not a verb or adjective of the same stem
// («Советую», «Центральный»).
var ruOrgNameHeads = []struct{ stem, nom string }{
	{"секретариат", "Секретариат"}, {"союз", "Союз"}, {"фонд", "Фонд"}, {"парти", "Партия"},
	{"совет", "Совет"}, {"центр", "Центр"}, {"ассоциаци", "Ассоциация"}, {"организаци", "Организация"},
	{"федераци", "Федерация"}, {"палат", "Палата"}, {"банк", "Банк"}, {"корпораци", "Корпорация"},
}

// ruOrgNameEndings are the case endings, singular and plural, of the
// nouns of ruOrgNameHeads after their stem; the genitive plural (-ов) is
// left out, as surnames end in it («Советов», «Банков»).
var ruOrgNameEndings = map[string]bool{
	"": true, "а": true, "у": true, "ом": true, "е": true, "ы": true, "ам": true, "ах": true,
	"я": true, "и": true, "ю": true, "ей": true, "ям": true, "ях": true, "ой": true, "ою": true,
}

// ruOrgNameHead returns the nominative of the head noun of ruOrgNameHeads
// that the capitalised word w is a case form of, or "".
func ruOrgNameHead(w token) string {
	if !textutil.IsCap(w.text) || textutil.IsAllCaps(w.text) {
		return ""
	}
	for _, h := range ruOrgNameHeads {
		if rest, ok := strings.CutPrefix(w.lower, h.stem); ok && ruOrgNameEndings[rest] {
			return h.nom
		}
	}
	return ""
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
		head = ruOrgNameHead(t)
	}
	if head == "" && m.uk19() {
		head, _, _, _ = uk19Head(t.text) // Ukrainian heads (uk19_speakers.go)
	}
	if head == "" {
		return nil, false
	}
	if textutil.IsCap(t.text) && !unicode.IsUpper(textutil.FirstRune(head)) {
		head = strings.ToUpper(head[:utf8.RuneLen(textutil.FirstRune(head))]) + head[utf8.RuneLen(textutil.FirstRune(head)):]
	}
	name := []string{head}
	for k := i + 1; k < len(toks) && k <= i+maxOrgWords; k++ {
		w := toks[k]
		if w.kind != tokWord || m.isSpeechVerb(w.lower) || isPersonEvidence(w.text) || lang.NonNameSet[w.lower] && !ruPrepositions[w.lower] {
			break
		}
		if ruPrepositions[w.lower] && w.lower != "по" || ruQuotedWords[w.lower] {
			// («цитирует пресс-служба слова главы региона»: the words
			// the body quotes are the verb's object, not its name.)
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
	if outletByKey[outletKey(s)] != "" || lang.OutletSet[strings.ToLower(s)] {
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

// findSources records the outlets a sentence cites: a name (in quotation
// marks or not) after a verb of reporting such as «передает», "according
// to", "told". A quotation that is such a name is not a quote.
func (m *reader) findSources(toks []token, notQuote map[int]bool, langTag string) {
	if !m.russian() {
		// English, German, French… (enout16_outlets.go).
		m.latinSources(toks, notQuote)
	}
	if m.ownWire != "" {
		m.out20CountWire(toks) // (out20_wire.go)
	}
	verbs := m.sourceVerbs
	byFirst := m.sourceVerbsBy != nil
	for i := range toks {
		if m.russian() && toks[i].kind == tokQuote && !notQuote[toks[i].q] {
			// «Как сообщали «Наши деньги»»: a name in guillemets in the
			// slot of a reporting verb's subject or recipient
			// (ruout19_slot.go).
			if slot, media := m.ruSlotOutlet(toks, i); slot {
				notQuote[toks[i].q] = true
				if knownOutlet(toks[i].text) {
					m.addSource(toks[i].text)
				} else if media {
					m.addSource(out23DativeForm(toks[i].text))
				}
			} else if !knownOutlet(toks[i].text) && m.out23ToldQuoted(toks, i) {
				// «заявил «Интерфаксу»»: words told to an outlet
				// (out23_outlets.go).
				notQuote[toks[i].q] = true
				m.addSource(out23Nominative(toks[i].text))
			}
		}
		// (ruSource: the word may be in one of the four tables of
		// ruSourceWords, perf20_wordfilter.go.)
		ruSource := m.russian() && toks[i].kind == tokWord && ruSourceWords.may(toks[i].lower)
		if ruSource && ruPastMediaVerbs[toks[i].lower] {
			m.outletBefore(toks, i)
		}
		if ruSource && ruPublishVerbs[toks[i].lower] {
			m.ruPublishedBy(toks, i, notQuote)
		}
		// Only the phrases that start with the token's word can match
		// at it (matchPhrase), tried in sourceVerbs' order.
		var idx []int
		if byFirst && toks[i].kind == tokWord && m.phraseFirst.may(toks[i].lower) {
			idx = m.sourceVerbsBy[toks[i].lower]
		}
		for c := 0; ; c++ {
			var v []string
			if byFirst {
				if c >= len(idx) {
					break
				}
				v = verbs[idx[c]]
			} else {
				if c >= len(verbs) {
					break
				}
				v = verbs[c]
			}
			n, ok := matchPhrase(toks, i, v)
			if !ok {
				continue
			}
			if m.russian() {
				m.outletBefore(toks, i)
			}
			j := i + n
			for j < len(toks) && toks[j].kind == tokWord && (toks[j].lower == "the" && !(m.russian() && toks[j].text == "The") || toks[j].lower == "агентство" || toks[j].lower == "агентства" || toks[j].text == "ИА") {
				// (Russian text quotes a Latin title whole: «как пишет
				// The Guardian» cites The Guardian, not Guardian.)
				// («передает ИА REGNUM»: «ИА», информационное агентство,
				// is the outlet's type, the name follows.)
				j++
			}
			if m.russian() {
				j = skipRuReportTime(toks, j)
			}
			if j >= len(toks) {
				continue
			}
			// "told Norwegian broadcaster NRK": skip a description ending
			// in an outlet noun.
			for k := j; k < len(toks) && k < j+3 && toks[k].kind == tokWord && !textutil.IsCap(toks[k].text); k++ {
				if m.isOutletNoun(toks[k].lower) || m.russian() && ruChannelNouns[toks[k].lower] {
					if m.russian() && out27StaffBefore(toks, k) {
						// («сказал редактор газеты «Труд»»: the speaker's
						// employer, out27_frames.go.)
						break
					}
					j = k + 1
					break
				}
			}
			if j >= len(toks) {
				continue
			}
			if site, ok := siteAt(toks, j); ok && m.russian() {
				// «сообщает baltinfo.ru», «цитирует infox.ru»: an online
				// outlet named by its address, in lower case as sites
				// often are.
				m.addSource(site)
				continue
			}
			if name, q, ok := m.outletAt(toks, j); ok && q < 0 && m.russian() && !knownOutlet(name) && out23AbbrevCited(toks, j, v, name) {
				// «передает ТАСС»: an abbreviation after a verb only media
				// take (out23_outlets.go).
				m.addSource(name)
				continue
			}
			citing := isCitingVerb(v)
			if name, q, ok := m.outletAt(toks, j); ok && q < 0 && citing && !knownOutlet(name) {
				// «приводит слова Соколова РИА Новости»: the person
				// quoted, then the outlet, in one run of capitalised
				// words; the outlet is the known name that ends it.
				if rest := knownOutletSuffix(name); rest != "" {
					m.addSource(rest)
					continue
				}
			}
			if name, q, ok := m.outletAt(toks, j); ok && (q >= 0 && (m.russian() || m.english()) && (lang.IsOutletLike(name, langTag, true) || m.russian() && (isSiteAddress(name) || out23AgencyName(name))) || q < 0 && lang.IsOutletLike(name, langTag, false) && m.russian() || knownOutlet(name)) &&
				!(m.russian() && toks[j].kind == tokQuote && !knownOutlet(name) && !ruMediaVerbs[strings.Join(v, " ")]) {
				// (A name in quote marks no table knows, with no type word
				// before it, cites an outlet only after a verb only media
				// take, «пишет», «передает», «в эфире»: after «сообщил»,
				// «по данным» it is as often a company, a party or a
				// polling firm, «Газпром», «Левада-центр».)
				if q >= 0 {
					notQuote[q] = true
				}
				if q >= 0 && m.russian() && !knownOutlet(name) && strings.Join(v, " ") == "в интервью" {
					m.addSource(out23DativeForm(name)) // «в интервью «Новому берегу»»
				} else {
					m.addSource(name)
				}
				if m.russian() {
					m.out21Coordinated(toks, j, name, q, notQuote) // «сообщают Reuters и AFP» (out21_outlets.go)
				}
				continue
			}
			// «цитирует заявление Мутко РИА «Новости»»: the verb's object
			// first, then the outlet; only a known outlet is taken there.
			for k := j + 1; m.russian() && k < len(toks) && k <= j+maxObjectWords && toks[k].kind != tokPunct; k++ {
				// («цитирует Прядкина «Спорт-экспресс»», «приводит слова
				// Егорян ТАСС»: after a verb only media take, whose object
				// is the person quoted, a name in quote marks, or a site
				// address, that ends the clause is the outlet, known or
				// not.)
				if site, ok := siteAt(toks, k); ok && citing {
					m.addSource(site)
					break
				}
				if m.out27Employer(toks, k) {
					// («сказал главный редактор «Коммерсанта» …»: the
					// speaker's employer, out27_frames.go.)
					continue
				}
				if name, q, ok := m.outletAt(toks, k); ok && (knownOutlet(name) || citing && q >= 0 && toks[k].kind == tokQuote && endsClause(toks, k+1) && capitalRun(toks[j:k]) && lang.IsOutletLike(name, langTag, true) || citing && q < 0 && out23QuotedPersonOutlet(toks, j, k, name, langTag)) {
					if q >= 0 {
						notQuote[q] = true
					}
					m.addSource(name)
					break
				}
			}
		}
		// «источник РБК», «собеседник «Ведомостей»»: an outlet's
		// informant, in the genitive after it, is the outlet's report.
		if t := toks[i]; ruSource && ruInformantNouns[t.lower] && i+1 < len(toks) {
			// (A name no table knows is not taken there: «источник
			// «Газпрома»» is a company's insider as often as an
			// outlet's.)
			if name, q, ok := m.outletAt(toks, i+1); ok && (q < 0 && knownOutletPrefix(name) != "" || q >= 0 && knownOutlet(name)) {
				if q >= 0 {
					notQuote[q] = true
					m.addSource(name)
				} else {
					m.addSource(knownOutletPrefix(name))
				}
			}
		}
		// «рассказал корреспонденту «Известий»», «в беседе с
		// журналистом РБК»: a journalist in the dative or instrumental is
		// whom the words were told to or who talked with the speaker, and
		// the outlet after it received them («корреспондент Би-би-си», in
		// the nominative or genitive, is only an affiliation).
		if t := toks[i]; ruSource && ruJournalistObliques[t.lower] && i+1 < len(toks) {
			if name, q, ok := m.outletAt(toks, i+1); ok && (knownOutlet(name) || q < 0 && isLatin(name) && lang.IsOutletLike(name, langTag, false) || q >= 0 && ruShortTitle(name)) {
				if q >= 0 {
					notQuote[q] = true
				}
				m.addSource(name)
			}
		}
		// «в разговоре с РБК», «в беседе с Bloomberg»: the outlet one
		// talks with, named without quote marks (conversationWith takes
		// the quoted ones).
		if t := toks[i]; m.russian() && t.kind == tokWord && (t.lower == "с" || t.lower == "со") && i > 0 && toks[i-1].kind == tokWord && hasPrefixAny(toks[i-1].lower, conversationNouns) && i+1 < len(toks) && toks[i+1].kind == tokWord {
			if name, q, ok := m.outletAt(toks, i+1); ok && q < 0 {
				// («в разговоре с РБК Силуанов сказал»: the run of
				// capitals goes on into the speaker's name; the known
				// outlet is the words that open it.)
				if p := knownOutletPrefix(name); p != "" {
					m.addSource(p)
				} else if isLatin(name) && lang.IsOutletLike(name, langTag, false) {
					m.addSource(name)
				}
			}
		}
		// «опубликованной в Washington Times», «на «Первом канале»»: a
		// preposition before a known outlet, or a foreign name with an
		// outlet word, cites it.
		if t := toks[i]; m.russian() && t.kind == tokWord && m.citePreposition(t.lower) && !out27WorkPlace(toks, i) {
			// (Not where one works: «работал в «Ведомостях»»,
			// out27_frames.go.)
			if name, q, ok := m.outletAt(toks, i+1); ok && (knownOutlet(name) || q < 0 && lang.IsOutletLike(name, langTag, false) && hasOutletWord(name)) {
				if q >= 0 {
					notQuote[q] = true
				}
				m.addSource(name)
			}
		}
		// «в статье Mail on Sunday», «в интервью CNN»: a piece an outlet
		// published, named right before the outlet, after a preposition
		// that cites it; a known outlet, or a Latin-script outlet name.
		if t := toks[i]; m.russian() && t.kind == tokWord && i > 0 && m.citePreposition(toks[i-1].lower) && isPieceNoun(t.lower) && i+1 < len(toks) && toks[i+1].kind == tokWord && !out21ReadAlso(toks, i-1) {
			if name, _, ok := m.outletAt(toks, i+1); ok && (knownOutlet(name) || isLatin(name) && lang.IsOutletLike(name, langTag, false)) {
				m.addSource(name)
			}
		}
		// An outlet noun followed by a name ("broadcaster NOS", «газеты
		// «Ведомости»») names an outlet; in Russian it is cited when a
		// preposition or a verb of reporting stands before («в газете Sunday Times», «для
		// телеканала 1+1»), not when the outlet is the news' subject
		// («директор радиостанции «Эхо Москвы»»). An agency is a news
		// agency only when the name is a known outlet (not «антидопингового
		// агентства РУСАДА»).
		// («сообщает сайт Seconds Out»: a site's type word, before a
		// name in Latin letters a verb of reporting introduces,
		// ruReportedSite.)
		if t := toks[i]; t.kind == tokWord && (m.isOutletNoun(t.lower) || m.russian() && (m.ruReportedSite(toks, i) || m.out20PluralInstrumental(t.lower))) && i+1 < len(toks) {
			name, q, ok := m.outletAt(toks, i+1)
			if !ok || (q >= 0 && !(textutil.IsCap(name) && textutil.CountWords(name) <= maxQuotedNameWords)) {
				continue
			}
			if m.russian() && out27StaffBefore(toks, i) {
				// («редактор газеты «Труд»»: the employer, out27_frames.go.)
				if q >= 0 {
					notQuote[q] = true
				}
				continue
			}
			if m.russian() && q >= 0 && m.ruChannelNotCited(toks, i) {
				// (Someone's own channel, or a Telegram channel named
				// by a phrase: ruq14a_outlets.go.)
				notQuote[q] = true
				continue
			}
			if q >= 0 {
				notQuote[q] = true
			}
			// («информационное агентство «Алтай-Информ»»: an information
			// agency is a news agency, known or not.)
			agency := (strings.HasPrefix(t.lower, "агентств") || t.lower == "agency") && !(i > 0 && strings.HasPrefix(toks[i-1].lower, "информационн"))
			if m.russian() && !out20ChannelNameOK(toks, i, name, q) {
				continue
			}
			if !m.russian() {
				m.addSource(name)
			} else if (m.citedAt(toks, i) || m.out20TypedCited(toks, i, name, q)) && (!agency || knownOutlet(name) || m.out20TypedAgencyOK(toks, i, name, q)) {
				// (The frame of the type word: out20_outlets.go.)
				m.addSource(name)
				m.out20CoordinatedOutlets(toks, i+1, name, q, notQuote)
			}
		}
	}
	if m.russian() && collectingOutlets() {
		m.ruOutletCands(toks) // (ruout19_cands.go)
	}
}

// maxObjectWords is how many words may stand between a verb of reporting
// and the outlet after its object («цитирует заявление министра РИА
// Новости»).
const maxObjectWords = 4

// citesQuoted reports whether the name in quotation marks at toks[k]
// stands where Russian names a cited outlet: right after a verb, a
// preposition, an outlet's type word or a piece it published («сказал
// «Интерфаксу»», «в беседе с «Известиями»», «газете «Труд»»), or after
// punctuation. After another noun it names that thing («детский сад
// «Огонек»», «АНО «Диалог»»).
func (m *reader) citesQuoted(toks []token, k int) bool {
	if m.russian() && (m.out27Employer(toks, k) || m.out27ListNotCited(toks, k)) {
		// («главный редактор «Коммерсанта»», «заблокировал «Медузу»,
		// «Дождь» и …»: an employer, a list of media acted upon;
		// out27_frames.go.)
		return false
	}
	return m.citesQuotedHere(toks, k)
}

// citesQuotedHere is citesQuoted by the words right before the name alone,
// not by the list it may belong to (out27ListNotCited asks it of a list's
// first item, so that no list is walked twice).
func (m *reader) citesQuotedHere(toks []token, k int) bool {
	if k == 0 || toks[k-1].kind != tokWord {
		return true
	}
	w := toks[k-1].lower
	if m.isOutletNoun(w) || slicesContainsFold(outletTypeWords, w) {
		// «газете «Труд»» is cited as the noun before it is.
		return k < 2 || m.citedAt(toks, k-1)
	}
	if m.russian() && m.citePreposition(w) && out27WorkPlace(toks, k-1) {
		return false // «работал в «Ведомостях»» (out27_frames.go)
	}
	if m.citePreposition(w) || w == "с" || w == "со" || w == "з" || w == "із" || w == "зі" || isPieceNoun(w) || m.isSpeechVerb(w) {
		return true
	}
	if name := toks[k].text; knownOutlet(name) && hasPrefixAny(reverse(strings.ToLower(name)), []string{"у", "ю", "ма", "мя"}) && !out27Accusative(name) && m.hasSpeechCue(toks) {
		// «сказал министр «Интерфаксу»»: the outlet in the dative is
		// whom the words were said to.
		return true
	}
	for _, v := range m.sourceVerbs {
		if v[len(v)-1] == w {
			return true
		}
	}
	return false
}

// reverse returns s with its letters in reverse order.
func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// hasOutletWord reports whether a word of name marks it as an outlet's
// ("Times", "News").
func hasOutletWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if lang.OutletWordSet[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// citePrepositions introduce the outlet a text was published in, given
// to or quoted from («в газете», «на телеканале», «для журнала», «из
// интервью»).
//
// Ukrainian ones follow («з інтерв'ю», «від агентства»); «у», which
// Ukrainian writes for «в» («у «Віснику»»), only in Ukrainian text
// (citePreposition), as in Russian it means "at someone's".
var citePrepositions = map[string]bool{"в": true, "во": true, "на": true, "для": true, "из": true, "по": true, "от": true, "in": true, "on": true, "to": true, "by": true, "from": true,
	"з": true, "із": true, "зі": true, "від": true}

// citePreposition reports whether w introduces a cited outlet in the
// text's language (citePrepositions).
func (m *reader) citePreposition(w string) bool {
	// (Prepositions are short: a longer word is none, with no map
	// lookup; most words of a text are longer.)
	return len(w) <= maxCitePrepositionLen && citePrepositions[w] || w == "у" && len(m.tables) == 1 && m.tables[0].Tag == "uk"
}

// maxCitePrepositionLen is the length in bytes of the longest of
// citePrepositions.
var maxCitePrepositionLen = func() int {
	n := 0
	for w := range citePrepositions {
		n = max(n, len(w))
	}
	return n
}()

// pieceNouns (stems) name a piece an outlet published or broadcast: the
// outlet after them is its source («в статье британской газеты», «в
// эфире телеканала»).
var pieceNouns = []string{"стать", "материал", "публикаци", "интервью", "эфир", "сюжет", "заметк", "колонк", "репортаж", "article", "interview", "report",
	// Ukrainian («у статті», «в ефірі», «в інтерв'ю»)
	"статт", "матеріал", "публікаці", "інтерв", "ефір", "замітк"}

// hasPrefixAny reports whether w starts with one of stems.
func hasPrefixAny(w string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// citedAt reports whether the outlet noun at toks[i] is cited: a
// preposition, a verb of reporting or a published piece stands among the
// few words before it ("told Norwegian broadcaster NRK").
func (m *reader) citedAt(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].kind == tokWord; k-- {
		if citePrepositions[toks[k].lower] || m.isSpeechVerb(toks[k].lower) || isPieceNoun(toks[k].lower) {
			return true
		}
		for _, v := range m.sourceVerbs {
			if len(v) == 1 && v[0] == toks[k].lower {
				return true
			}
		}
	}
	return false
}

// outletRun returns the name starting at toks[i]: capitalised words and
// abbreviations in capitals ("NBC News", "BBC"), or a site address
// («Лента.ру», NEWSru.com); and how many tokens it takes.
func outletRun(toks []token, i int) (string, int) {
	j := i
	for j < len(toks) && toks[j].kind == tokWord && (textutil.IsCap(toks[j].text) || textutil.IsAllCaps(toks[j].text)) && j-i < 5 {
		j++
		// English titles keep short function words in lower case
		// ("Mail on Sunday", "News of the World").
		// (A weekday may be part of a paper's name, "Mail on Sunday",
		// but not after an outlet's whole name: "told Reuters on
		// Monday".)
		for j+1 < len(toks) && toks[j].kind == tokWord && titleFunctionWords[toks[j].text] && toks[j+1].kind == tokWord && isLatin(toks[j+1].text) &&
			(isNameTok(toks[j+1]) || textutil.IsCap(toks[j+1].text) && !lang.OutletSet[strings.ToLower(joinTexts(toks[i:j]))]) {
			j++
		}
	}
	// «Нью-Йорк таймс», «Уолл-стрит джорнэл»: Russian spells a foreign
	// paper's title with its first word capitalised only; the
	// transliterated title words after it belong to the name.
	for j > i && j < len(toks) && toks[j].kind == tokWord && j-i < 5 && ruForeignTitleWords[toks[j].lower] && !isLatin(toks[i].text) {
		j++
	}
	words := make([]string, 0, j-i)
	for _, t := range toks[i:j] {
		words = append(words, t.text)
	}
	name := strings.Join(words, " ")
	// A site address: the name, a dot and a top-level domain (a dot
	// inside a sentence, with no space after it).
	if j > i && j+1 < len(toks) && toks[j].text == "." && toks[j+1].kind == tokWord && topLevelDomains[toks[j+1].lower] {
		name += "." + toks[j+1].text
		j += 2
	}
	return name, j - i
}

// titleFunctionWords stand in lower case inside an English title.
var titleFunctionWords = map[string]bool{"on": true, "of": true, "the": true, "and": true}

// isLatin reports whether w is written in Latin letters.
func isLatin(w string) bool { return unicode.Is(unicode.Latin, textutil.FirstRune(w)) }

// isOutletNoun reports whether w is a noun that introduces an outlet's name
// ("broadcaster", «газеты»).
func (m *reader) isOutletNoun(w string) bool {
	if !m.outletFilter.mayStart(w) {
		return false
	}
	for _, n := range m.outletNouns {
		if strings.HasPrefix(w, n) && utf8.RuneCountInString(w)-utf8.RuneCountInString(n) <= 2 {
			return true
		}
	}
	return false
}

// ukLegalForms are the abbreviations of the legal forms of Ukrainian
// companies and bodies that stand before their names in quotation marks
// (ТОВ «…», ПАТ «…», КП «…»), as written.
var ukLegalForms = map[string]bool{
	"ТОВ": true, "ТзОВ": true, "ПАТ": true, "ПрАТ": true, "ВАТ": true, "ЗАТ": true, "АТ": true, "ДП": true, "ПП": true,
	"КП": true, "КНП": true, "ФОП": true, "ГО": true, "НАК": true, "ТДВ": true, "ВП": true, "ОСББ": true, "ДК": true,
}

// maxQuotedNameWords is the length up to which a capitalised quotation
// that follows a noun is taken for a name (a company, a union, an outlet, a
// title) rather than speech.
const maxQuotedNameWords = 3

// isQuotedName reports whether the quotation toks[k] is a proper name in
// quotation marks, as Russian writes the names of companies and outlets:
// short, capitalised, with no sentence punctuation inside, and following a
// word that is not a reporting verb (сервиса «ТаксиЛайн», в интервью
// «Интерфаксу»).
func (m *reader) isQuotedName(toks []token, k int) bool {
	text := toks[k].text
	if m.russian() && ruQuotedAttribute(toks, k) {
		return true
	}
	if m.russian() && ruQuotedListItem(toks, k) {
		return true
	}
	if m.russian() && ruParenthesisedName(toks, k) {
		return true
	}
	if m.russian() && m.ruQuotedSubject(toks, k) {
		return true
	}
	if k == 0 || toks[k-1].kind != tokWord || m.isSpeechVerb(toks[k-1].lower) {
		return false
	}
	if m.russian() && ruClauseConjunctions[toks[k-1].lower] && textutil.CountWords(text) >= 2 && (k+1 == len(toks) || toks[k+1].kind == tokPunct && strings.ContainsAny(toks[k+1].text, ".!?;…")) {
		// «Лавров сказал, что «Россия не вмешивается»»: a quotation
		// that is the whole clause a conjunction opens is words
		// reported, not a name («что «Газпром» повысит цены» has the
		// clause go on after the name).
		return false
	}
	if m.russian() && ukLegalForms[toks[k-1].text] {
		// «ТОВ «Будівельна компанія «Альтіс-холдинг»»», «КП «Дирекція
		// будівництва … м. Києва»»: after the abbreviation of a legal
		// form, a quotation of any length is the entity's name.
		return true
	}
	if m.russian() && hasPrefixAny(toks[k-1].lower, ruNamingNouns) && textutil.CountWords(text) <= maxRuQuotedNameWords {
		// «шутливое название «придворный»», «выражение «все друг друга
		// знают»», «под лозунгом «…»»: what a noun of naming names is a
		// name or a phrase, whoever coined it, not someone's words
		// reported.
		return true
	}
	if m.russian() && unicode.IsUpper(textutil.FirstRune(text)) && textutil.CountWords(text) <= maxRuQuotedNameWords && !strings.ContainsAny(text, ".,!?:;…") && !isPastVerb(toks[k-1].lower) {
		// «при поддержке АНО «Россия – страна возможностей»», «лекторий
		// «Родной язык и культура народа – великая ценность»»: Russian
		// sets direct speech after a colon, a comma or a verb; a
		// capitalised quotation that follows a noun directly is the
		// name of what the noun names, a dash inside it too.
		return true
	}
	if textutil.CountWords(text) > maxQuotedNameWords || strings.ContainsAny(text, ".,!?:;—–…") {
		return false
	}
	return unicode.IsUpper(textutil.FirstRune(text))
}

// ruAdjectiveEndings are the endings of a Russian full adjective or
// participle in any case, gender and number.
var ruAdjectiveEndings = []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ых", "их", "ую", "юю", "ыми", "ими"}

// ruQuotedAttribute reports whether the quotation toks[k] is one Russian
// adjective in lower case set in quote marks before the noun it qualifies
// («несмотря на «детский» формат», «опровергают «оградительные»
// функции»): the writer's scare quotes on a word, not anyone's words. (An
// adverb in quote marks, «будет «упорно» настаивать», may be a fragment of
// speech, and is left alone.)
func ruQuotedAttribute(toks []token, k int) bool {
	text := toks[k].text
	if k+1 >= len(toks) || toks[k+1].kind != tokWord || !unicode.IsLower(textutil.FirstRune(toks[k+1].text)) {
		return false
	}
	if next := toks[k+1].lower; utf8.RuneCountInString(next) < 3 || lang.NonNameSet[next] {
		// (The noun, not a conjunction or a preposition: «назвал
		// это «смешным» и …» may be a fragment of speech.)
		return false
	}
	if !unicode.IsLower(textutil.FirstRune(text)) || strings.ContainsAny(text, " \u00a0.,!?:;…-—–") || utf8.RuneCountInString(text) < 5 {
		return false
	}
	if !unicode.Is(unicode.Cyrillic, textutil.FirstRune(text)) || ruAbstractNoun(text) {
		// («разовое «снисхождение» тюремных властей»: an abstract
		// noun ends as an adjective may, and can be the speaker's
		// word.)
		return false
	}
	for _, e := range ruAdjectiveEndings {
		if strings.HasSuffix(text, e) {
			return true
		}
	}
	return false
}

// maxOutletBeforeWords is how many words a known outlet's name may take
// before the verb of reporting it is the subject of.
const maxOutletBeforeWords = 3

// outletBefore cites a known outlet that stands right before the verb of
// reporting toks[i] as its subject, as Russian news writes a wire story's
// origin: «РБК со ссылкой на источники сообщает», «ТАСС передает»,
// «„Ведомости“ пишут». Only a known outlet: a person is the subject of
// these verbs as often.
func (m *reader) outletBefore(toks []token, i int) {
	k := i - 1
	if k < 0 {
		return
	}
	if toks[k].kind != tokQuote {
		for k > 0 && i-k < maxOutletBeforeWords && toks[k-1].kind == tokWord && (textutil.IsCap(toks[k-1].text) || textutil.IsAllCaps(toks[k-1].text)) {
			k--
		}
	}
	for ; k < i; k++ {
		if toks[k].kind == tokWord && !textutil.IsCap(toks[k].text) && !textutil.IsAllCaps(toks[k].text) {
			continue
		}
		name, _, ok := m.outletAt(toks, k)
		if ok && knownOutlet(name) && strings.HasSuffix(strings.TrimRight(name, "»\""), strings.TrimRight(lastWordOf(toks[i-1]), "»\"")) {
			m.addSource(name)
			return
		}
	}
}

// lastWordOf returns the last word of a token's text.
func lastWordOf(t token) string {
	f := strings.Fields(t.text)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// joinTexts joins the texts of toks with spaces.
func joinTexts(toks []token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// ruQuotedWords are the nouns for what someone said that a body quoting
// it names as the object of its verb («приводит пресс-служба слова …»,
// «цитирует ведомство заявление …»).
var ruQuotedWords = map[string]bool{
	"слова": true, "слов": true, "словами": true, "заявление": true, "заявления": true, "высказывание": true,
	"высказывания": true, "мнение": true, "цитату": true, "цитаты": true, "ответ": true, "реплику": true,
}

// ruChannelNouns are the forms of «канал», a television channel, that
// name the kind of outlet before its name («сообщает канал NBC News»); a
// platform's channel is one hyphenated word («Telegram-канал»), not these.
var ruChannelNouns = map[string]bool{"канал": true, "канала": true, "каналу": true, "каналом": true, "канале": true}

// isCitingVerb reports whether the phrase v is a Russian verb of reporting
// that takes the person quoted as its object and then the outlet that
// quotes («цитирует Прядкина «Спорт-экспресс»», «приводит слова Егорян
// ТАСС»).
func isCitingVerb(v []string) bool {
	switch len(v) {
	case 1:
		return v[0] == "цитирует" || v[0] == "цитируют"
	case 2:
		return (v[0] == "приводит" || v[0] == "приводят") && v[1] == "слова"
	}
	return false
}

// siteAt reads a site address at toks[i]: a word, a dot and a top-level
// domain in lower case («baltinfo.ru», «infox.ru»).
func siteAt(toks []token, i int) (string, bool) {
	if i+2 >= len(toks) || toks[i].kind != tokWord || toks[i+1].text != "." || toks[i+2].kind != tokWord || !topLevelDomains[toks[i+2].lower] {
		return "", false
	}
	if utf8.RuneCountInString(toks[i].text) < 3 && !out21ShortSiteName(toks[i].text) {
		return "", false
	}
	return toks[i].text + "." + toks[i+2].text, true
}

// isSiteAddress reports whether s is a site's address: one word of three
// letters or more, a dot and a top-level domain («baltinfo.ru»).
func isSiteAddress(s string) bool {
	i := strings.LastIndexByte(s, '.')
	return (i >= 3 || i > 0 && out21ShortSiteName(s[:i])) && (topLevelDomains[s[i+1:]] || topLevelDomains[strings.ToLower(s[i+1:])]) && !strings.ContainsAny(s[:i], " .«»\"")
}

// capitalRun reports whether toks are all capitalised words: a person's
// name, not a description («официальный сайт «Зенита»» is the club's own).
func capitalRun(toks []token) bool {
	for _, t := range toks {
		if t.kind != tokWord || !textutil.IsCap(t.text) {
			return false
		}
	}
	return len(toks) > 0
}

// knownOutletSuffix returns the words that end name and are a known
// outlet, after at least one word before them («Соколова РИА Новости» →
// «РИА Новости»), or "".
func knownOutletSuffix(name string) string {
	for i := strings.IndexByte(name, ' '); i > 0; {
		if rest := name[i+1:]; knownOutlet(rest) {
			return rest
		}
		j := strings.IndexByte(name[i+1:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return ""
}

// isCyrillicWord reports whether w is made of Cyrillic letters.
func isCyrillicWord(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Cyrillic, r) {
			return false
		}
	}
	return w != ""
}

// endsClause reports whether toks[k] ends a clause: the end of the
// sentence or a punctuation mark.
func endsClause(toks []token, k int) bool {
	return k >= len(toks) || toks[k].kind == tokPunct
}

// ruMediaVerbs are the Russian verbs of reporting whose subject is an
// outlet far more often than a company or a body: «пишет «Звезда»»,
// «передает «Новый день»», «в эфире «Радио Свобода»».
var ruMediaVerbs = map[string]bool{
	"пишет": true, "пишут": true, "передает": true, "передаёт": true, "передают": true, "в эфире": true, "в интервью": true,
	"цитирует": true, "цитируют": true, "приводит слова": true, "приводят слова": true, "сообщает": true, "сообщают": true,
	// Ukrainian, the same verbs
	"пише": true, "пишуть": true, "передає": true, "передають": true, "в ефірі": true, "у ефірі": true, "в інтерв'ю": true, "в інтерв’ю": true,
	"цитує": true, "цитують": true, "повідомляє": true, "повідомляють": true,
}

// ruNamingNouns are the stems of the Russian nouns that name a name, a
// term or a phrase («название», «прозвище», «выражение», «термин»,
// «лозунг», «девиз», «надпись», «звание», «понятие», «призыв»: an
// appeal's words, «призыв «оставайтесь дома!»», are a slogan), in any case.
var ruNamingNouns = []string{"призыв", "назван", "прозвищ", "выражени", "термин", "лозунг", "девиз", "надпис", "звани", "понят", "словосочетани", "аббревиатур", "псевдоним", "кличк"}

// ruClauseConjunctions open the subordinate clause of reported speech
// («сказал, что …», «мол», «будто»).
var ruClauseConjunctions = map[string]bool{"что": true, "чтобы": true, "будто": true, "якобы": true, "мол": true, "дескать": true, "що": true}

// ruForeignTitleWords are the words of foreign papers' titles that
// Russian spelling writes in lower case after the first («Нью-Йорк
// таймс», «Вашингтон пост», «Файнэншл таймс», «Франкфуртер альгемайне
// цайтунг»).
var ruForeignTitleWords = map[string]bool{
	"таймс": true, "таймз": true, "пост": true, "джорнэл": true, "джорнал": true, "геральд": true, "трибюн": true, "ньюс": true,
	"цайтунг": true, "альгемайне": true, "телеграф": true, "экспресс": true, "мейл": true, "стар": true, "уик": true,
	"ревью": true, "газетт": true, "монитор": true, "пресс": true, "глоуб": true, "кроникл": true,
	// (and those of the gazetteer's titles, out26_gazetteer.go: «Ю-Эс-Эй
	// тудей», «Бизнес инсайдер», «Чайна дейли», «Жэньминь жибао»)
	"джорнел": true, "тудей": true, "инсайдер": true, "бист": true, "экзаминер": true, "стандард": true, "интерест": true,
	"полиси": true, "аффэрс": true, "дейли": true, "жибао": true, "ильбо": true, "ахронот": true, "кэйдзай": true, "выборча": true,
}

// ruShortTitle reports whether a quotation's text reads as a title or a
// name: capitalised, a few words, no sentence punctuation inside.
func ruShortTitle(text string) bool {
	return unicode.IsUpper(textutil.FirstRune(text)) && textutil.CountWords(text) <= maxQuotedNameWords+1 && !strings.ContainsAny(text, ".!?:;…,")
}

// ruQuotedListItem reports whether the quotation toks[k] is a title in a
// list of titles or after a name in parentheses, as Russian news lists
// films, books and companies («снял „Блокпост“, „Перегон“ и „Кукушку“»,
// «Сергей Астахов („Мне не больно“)»): a short capitalised quotation
// joined by a comma, «и» or «или» to another such quotation, or standing
// alone in parentheses. Speech is not listed so, nor set in parentheses.
func ruQuotedListItem(toks []token, k int) bool {
	if !ruShortTitle(toks[k].text) {
		return false
	}
	joiner := func(t token) bool {
		return t.kind == tokPunct && t.text == "," || t.kind == tokWord && (t.lower == "и" || t.lower == "или")
	}
	if k >= 2 && joiner(toks[k-1]) && toks[k-2].kind == tokQuote && ruShortTitle(toks[k-2].text) {
		return true
	}
	if k+2 < len(toks) && joiner(toks[k+1]) && toks[k+2].kind == tokQuote && ruShortTitle(toks[k+2].text) {
		return true
	}
	return k >= 1 && k+1 < len(toks) && toks[k-1].text == "(" && toks[k+1].text == ")"
}

// ruJournalistObliques are the dative and instrumental forms of the
// Russian nouns for a journalist: the one told something («рассказал
// корреспонденту»), or talked with («в беседе с журналистом»).
var ruJournalistObliques = map[string]bool{
	"корреспонденту": true, "корреспондентом": true, "корреспондентам": true, "корреспондентами": true,
	"журналисту": true, "журналистом": true, "журналистам": true, "журналистами": true,
	"репортеру": true, "репортёру": true, "репортером": true, "репортёром": true,
	"обозревателю": true, "обозревателем": true,
}

// knownOutletPrefix returns the longest run of words that opens name and
// is a known outlet («РБК Силуанов» → «РБК»), or "".
func knownOutletPrefix(name string) string {
	for {
		if knownOutlet(name) {
			return name
		}
		i := strings.LastIndexByte(name, ' ')
		if i < 0 {
			return ""
		}
		name = name[:i]
	}
}

// ruInformantNouns are the nouns for an outlet's unnamed informant,
// which Russian news follows by the outlet in the genitive («источник
// РБК», «собеседники «Коммерсанта»»).
var ruInformantNouns = map[string]bool{
	"источник": true, "источники": true, "источника": true, "источников": true, "источнику": true,
	"собеседник": true, "собеседники": true, "собеседника": true, "собеседников": true,
}
