package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// out23 (issue 13): Russian cited outlets the tables do not know, found
// by the grammar of the frame that cites them and the shape of their name
// (out23_NOTES.md).

// out23AbbrevVerbs are the Russian (and Ukrainian) verbs of reporting
// whose subject is a news outlet, not a body or a company, so strongly
// that an abbreviation in capitals after them is one («передает ТАСС»,
// «цитирует РБК режиссера», «в интервью ТАСС»): a body announces
// («сообщает МЧС»), it does not pass on or quote.
var out23AbbrevVerbs = map[string]bool{
	"передает": true, "передаёт": true, "передают": true, "пишет": true, "пишут": true,
	"цитирует": true, "цитируют": true, "приводит слова": true, "приводят слова": true,
	"в интервью": true, "в эфире": true,
	"передає": true, "передають": true, "пише": true, "пишуть": true, "цитує": true, "цитують": true,
	"в інтерв'ю": true, "в інтерв’ю": true, "в ефірі": true,
}

// out23Abbrev reports whether name is an abbreviation in capitals of two
// to eight letters, Cyrillic or Latin, perhaps with a hyphenated part
// (ТАСС, РБК, ИТАР-ТАСС, РБК-Украина): the shape news agencies and
// channels go by.
func out23Abbrev(name string) bool {
	if strings.ContainsRune(name, ' ') {
		return false
	}
	if out23BodyAbbrevs[name] || strings.HasSuffix(name, "СМИ") {
		return false
	}
	head, tail, _ := strings.Cut(name, "-")
	n := utf8.RuneCountInString(head)
	if n < 2 || n > 8 || !textutil.IsAllCaps(head) {
		return false
	}
	for _, r := range head {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return tail == "" || textutil.IsAllCaps(tail) || textutil.IsCap(tail)
}

// out23BodyAbbrevs are abbreviations in capitals that name no outlet:
// the media at large (СМИ, ЗМІ: unnamed media, which the annotation rules
// do not count) and the state bodies, courts, parties, leagues and
// international organisations Russian and Ukrainian news names as the
// subject of «сообщает» as often as outlets («Об этом сообщает МЧС»,
// «Как сообщает ЦИК»). Facts about the bodies, not any text's wording.
var out23BodyAbbrevs = map[string]bool{
	"СМИ": true, "ЗМІ": true, "ЗМИ": true,
	// Russia
	"МЧС": true, "МВД": true, "ГУВД": true, "УМВД": true, "ГУ": true, "ГИБДД": true, "ФСБ": true, "УФСБ": true, "СК": true,
	"СКР": true, "ГСУ": true, "МИД": true, "ЦБ": true, "ФАС": true, "ФНС": true, "ФСИН": true, "УФСИН": true, "ФСО": true,
	"СВР": true, "ФСКН": true, "ЦИК": true, "ИК": true, "ТИК": true, "ГД": true, "СФ": true, "МО": true, "ГП": true,
	"РЖД": true, "ВС": true, "КС": true, "ЕСПЧ": true, "КПРФ": true, "ЛДПР": true, "ЕР": true, "ОНФ": true, "РПЦ": true,
	"МСУ": true, "ЖКХ": true, "РФ": true, "РФС": true, "КХЛ": true, "РФПЛ": true, "РУСАДА": true, "ВФЛА": true,
	"МГУ": true, "РАН": true, "ВЭБ": true, "ПФР": true, "ФОМС": true, "ГК": true, "АСВ": true, "ДНР": true, "ЛНР": true,
	// Ukraine, Belarus, Kazakhstan
	"СБУ": true, "ВСУ": true, "ЗСУ": true, "НАБУ": true, "ГБР": true, "ДБР": true, "НБУ": true, "НАПК": true, "НАЗК": true,
	"ГПУ": true, "ОП": true, "МОЗ": true, "ГСЧС": true, "ДСНС": true, "КГБ": true, "КНБ": true,
	// international
	"ООН": true, "ВОЗ": true, "НАТО": true, "ЕС": true, "США": true, "ОБСЕ": true, "МАГАТЭ": true, "ЕК": true,
	"ЕЦБ": true, "ФРС": true, "МВФ": true, "ВТО": true, "ОПЕК": true, "ОДКБ": true, "ЕАЭС": true, "СНГ": true,
	"ШОС": true, "БРИКС": true, "МОК": true, "ВАДА": true, "ФИФА": true, "УЕФА": true, "ПАСЕ": true, "ЮНЕСКО": true,
	"ЮНИСЕФ": true, "МККК": true, "ФБР": true, "ЦРУ": true, "АНБ": true, "ЕП": true, "МУС": true,
	"ЕКА": true, "НАСА": true, "NASA": true, "ESA": true, "WHO": true, "IAEA": true, "UN": true, "EU": true, "NATO": true,
	"ОЗХО": true, "МАК": true, "ХАМАС": true, "ЦАХАЛ": true,
	// agencies of the state and city services
	"УГИБДД": true, "ЦОДД": true, "ФССП": true, "ГУР": true, "ВКС": true, "ОВА": true, "ВЦИОМ": true, "ФОМ": true,
	// the largest companies, banks and clubs named by abbreviation
	"МТС": true, "ВТБ": true, "ЦСКА": true, "ДТЭК": true, "ГМК": true, "АЭС": true, "РПЛ": true, "ФНЛ": true,
}

// out23CitingOn reports whether the words after the subject at toks[k]
// say that it cites someone else («сообщает ТАСС со ссылкой на адвоката»,
// «сообщает ТАСС, ссылаясь на пресс-службу»): news outlets report with
// their sources named so, bodies do not.
func out23CitingOn(toks []token, k int) bool {
	if k < len(toks) && toks[k].kind == tokPunct && toks[k].text == "," {
		k++
	}
	if _, ok := matchPhrase(toks, k, []string{"со", "ссылкой", "на"}); ok {
		return true
	}
	_, ok := matchPhrase(toks, k, []string{"ссылаясь", "на"})
	return ok
}

// out23AbbrevCited reports whether the abbreviation name at toks[j],
// after the phrase v of reporting, is a cited outlet the tables do not
// know: after a verb only media take, or after «сообщает» when the
// outlet's own sources follow.
func out23AbbrevCited(toks []token, j int, v []string, name string) bool {
	if toks[j].kind != tokWord || !out23Abbrev(name) || isSocialNetwork(name) {
		return false
	}
	phrase := strings.Join(v, " ")
	if out23RelativeClause(toks, j-len(v)) {
		// («Оружие, которое Иран передает КНДР, …»: a relative
		// clause's verb hands over or writes; it reports no news.)
		return false
	}
	if strings.HasPrefix(phrase, "переда") || strings.HasPrefix(phrase, "пиш") {
		// («передает» also hands over, «США передают ВСУ технику»; a
		// body writes in its report, «пишет ЦБ в докладе»: the outlet
		// that passes news on ends its clause.)
		return endsClause(toks, j+1) || out23CitingOn(toks, j+1)
	}
	if out23AbbrevVerbs[phrase] {
		return true
	}
	if phrase != "сообщает" && phrase != "сообщают" && phrase != "повідомляє" {
		return false
	}
	// («сообщает ТАСС со ссылкой на …»: an outlet names its own
	// sources. «Об этом сообщает X.» alone is not enough: bodies,
	// companies and clubs report in the same frame, «Об этом сообщает
	// ЦОДД», «сообщает МТС», and no list of them is ever whole.)
	return out23CitingOn(toks, j+1) || endsClause(toks, j+1)
}

// out23RelativeClause reports whether the clause that holds the word at
// toks[i] opens with the relative pronoun который in any form: «Доклад,
// который пишет ВШЭ, …». («что» opens object clauses of reporting as
// well, «Отметим, что об этом пишет КМВ», and is left alone.)
func out23RelativeClause(toks []token, i int) bool {
	for k := min(i, len(toks)-1); k >= 0; k-- {
		t := toks[k]
		if t.kind == tokPunct {
			return false
		}
		if t.kind == tokWord && strings.HasPrefix(t.lower, "котор") {
			return true
		}
	}
	return false
}

// out23NotTelling are the stems of Russian verbs of speech whose dative
// is the one promised, reminded, answered, thanked, wished, offered or
// threatened («пообещал «Аэрофлоту» помощь», «ответил «Зениту»»), who may
// be anybody, rather than the one told the news («заявил «Интерфаксу»»,
// «отметил он «Вестнику»»).
var out23NotTelling = []string{"пообещ", "обещ", "выраз", "напомн", "ответ", "призв", "пожела", "поблагодар", "посовет", "предлож", "пригроз", "угрож", "возраз", "адресова", "пожал"}

// out23Telling reports whether w is a verb of speech that tells its
// dative the news: a verb of speech (isSpeechVerb) not among
// out23NotTelling, and not reflexive («сказалось» is no speech) but for
// «признался», which tells.
func (m *reader) out23Telling(w string) bool {
	if !m.isSpeechVerb(w) {
		return false
	}
	if (strings.HasSuffix(w, "ся") || strings.HasSuffix(w, "сь")) && !strings.HasPrefix(w, "призна") {
		return false
	}
	for _, v := range out23NotTelling {
		if strings.HasPrefix(w, v) {
			return false
		}
	}
	return true
}

// out23DativeName reports whether a short capitalised name in quote marks
// ends as a noun in the dative does (-у, -ю, plural -ам, -ям; an
// adjective before it in -ому, -ему): «Интерфаксу», «Новому берегу»,
// «Известиям».
func out23DativeName(text string) bool {
	if !ruShortTitle(text) {
		return false
	}
	ws := strings.Fields(text)
	last := strings.ToLower(ws[len(ws)-1])
	if utf8.RuneCountInString(last) < 4 || !isCyrillicWord(last) {
		return false
	}
	if !hasSuffixAny(last, []string{"у", "ю", "ам", "ям"}) || hasSuffixAny(last, []string{"ую", "юю"}) {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if lw := strings.ToLower(w); isCyrillicWord(lw) && !hasSuffixAny(lw, []string{"ому", "ему", "ым", "им"}) {
			return false
		}
	}
	return true
}

// out23ToldQuoted reports whether the name in quote marks at toks[k] is
// the outlet someone's words were told to: a name in the dative right
// after a verb of speech or right before one («заявил «Интерфаксу»»,
// «Об этом «Интерфаксу» сообщили в пресс-службе»). Russian puts the
// recipient of words in the dative; people tell news to outlets, not to
// companies.
func (m *reader) out23ToldQuoted(toks []token, k int) bool {
	if toks[k].kind != tokQuote || !out23DativeName(toks[k].text) {
		return false
	}
	before := k > 0 && toks[k-1].kind == tokWord && m.out23Telling(toks[k-1].lower)
	if before && k+1 < len(toks) && toks[k+1].kind == tokPunct && strings.ContainsAny(toks[k+1].text, ".!?…") {
		// («сказал «Помогу».»: a one-word reply that ends the
		// sentence is words said, as a verb in the first person ends
		// as a dative does.)
		before = false
	}
	if k > 1 && toks[k-1].kind == tokWord && ruPronounSubjects[toks[k-1].lower] && toks[k-2].kind == tokWord && m.out23Telling(toks[k-2].lower) {
		before = true // «сказал он «Интерфаксу».»
	}
	after := k+1 < len(toks) && toks[k+1].kind == tokWord && m.out23Telling(toks[k+1].lower)
	return before || after
}

// ruPronounSubjects are the personal pronouns that stand between a verb
// of speech and its recipient («сказал он «Интерфаксу»»).
var ruPronounSubjects = map[string]bool{"он": true, "она": true, "они": true}

// out23Nominative returns a name the tables do not know, read in the
// dative, in the nominative, by the endings of Russian nouns and the
// adjectives before them («Новому берегу» → «Новый берег», «Известиям» →
// «Известия»); the name as written when its ending says nothing sure.
func out23Nominative(name string) string {
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 3 {
		return name
	}
	for _, w := range ws {
		if !isCyrillicWord(w) {
			return name
		}
	}
	out := make([]string, len(ws))
	for i, w := range ws {
		var n string
		if i < len(ws)-1 {
			n = out23AdjectiveNominative(w)
		} else {
			n = out23NounNominative(w)
		}
		if n == "" {
			return name
		}
		out[i] = n
	}
	return strings.Join(out, " ")
}

// out23AdjectiveNominative returns the masculine nominative of an
// adjective in the dative (-ому → -ый, -ий after a velar or hushing
// letter, -ему → -ий), or "".
func out23AdjectiveNominative(w string) string {
	for _, e := range []string{"ому", "ему"} {
		stem, ok := strings.CutSuffix(w, e)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(stem)
		if e[0:2] == "е" || strings.ContainsRune("гкхжшчщ", last) {
			return stem + "ий"
		}
		return stem + "ый"
	}
	return ""
}

// out23NounNominative returns the nominative of a noun in the dative
// when its ending tells it: a masculine hard stem (-у after a consonant:
// «Интерфаксу»), a plural in -ия or in a soft -и («Известиям»,
// «Ведомостям»); "" otherwise.
func out23NounNominative(w string) string {
	lw := strings.ToLower(w)
	switch {
	case strings.HasSuffix(lw, "иям"):
		return strings.TrimSuffix(w, "м")
	case strings.HasSuffix(lw, "ям"):
		return strings.TrimSuffix(w, "ям") + "и"
	case strings.HasSuffix(lw, "у"):
		return out23HardStem(w, "у")
	}
	return ""
}

// out23HardStem returns w less its ending end when what is left ends in
// a consonant, as the stem of a masculine noun does («Интерфакс-у»), or
// "".
func out23HardStem(w, end string) string {
	stem := strings.TrimSuffix(w, end)
	if last, _ := utf8.DecodeLastRuneInString(stem); strings.ContainsRune("аеёиоуыэюяьй", unicode.ToLower(last)) {
		return ""
	}
	return stem
}

// out23NominativeForm returns the one of two case forms of a name that
// reads as the nominative: the one whose last word ends in a consonant, a
// soft or hard sign or -й, then one ending in -а, -я, -о, -и; the first
// on a tie.
func out23NominativeForm(a, b string) string {
	score := func(s string) int {
		r, _ := utf8.DecodeLastRuneInString(strings.ToLower(s))
		switch {
		case strings.ContainsRune("ъьй", r) || unicode.IsLetter(r) && !strings.ContainsRune("аеёиоуыэюя", r):
			return 3
		case strings.ContainsRune("аяои", r):
			return 2
		}
		return 1
	}
	if score(b) > score(a) {
		return b
	}
	return a
}

// out23MergeForms keeps one name of the outlets cited under two case
// forms of one name the tables do not know («Интерфакс» and
// «Интерфаксу»: outletKey files both under one stem), the nominative one,
// in the place of the first.
func out23MergeForms(sources []string) []string {
	if len(sources) < 2 {
		return sources
	}
	at := map[string]int{}
	out := sources[:0:0]
	for _, s := range sources {
		k := outletKey(s)
		if i, ok := at[k]; ok && isCyrillicWord(strings.Fields(s)[0]) {
			out[i] = out23NominativeForm(out[i], s)
			continue
		}
		at[k] = len(out)
		out = append(out, s)
	}
	return out
}

// out23DativeForm returns a quoted name the frame puts in the dative (the
// recipient of a verb of speech, «в интервью «Новому берегу»») in the
// nominative when it reads as a dative (out23DativeName), else as
// written.
func out23DativeForm(text string) string {
	if out23DativeName(text) {
		return out23Nominative(text)
	}
	return text
}

// out23QuotedPersonOutlet reports whether name, read at toks[k] after a
// verb only media take whose object is the person quoted («приводит
// слова Егорян ТАСС», «цитирует Иванова Yle»), is the outlet that quotes
// though no table knows it: the person's name is a run of capitalised
// words from toks[j], and the outlet an abbreviation in capitals or a
// name in Latin letters that ends the clause. (Names in quote marks
// there are read by findSources already.)
func out23QuotedPersonOutlet(toks []token, j, k int, name, langTag string) bool {
	if toks[k].kind != tokWord || !capitalRun(toks[j:k]) || isLatin(toks[j].text) {
		return false
	}
	_, n := outletRun(toks, k)
	if !endsClause(toks, k+max(n, 1)) {
		return false
	}
	return out23Abbrev(name) || isLatin(name) && lang.IsOutletLike(name, langTag, false)
}

// out23AgencyAbbrev reports whether w is the abbreviation of a Russian
// information agency that belongs to the agency's name before its title
// in quote marks («РИА «Новости»», «РИА «Воронеж»», «РИА «Новый
// регион»»): РИА, региональное (российское) информационное агентство.
// («ИА «Регнум»» is a type word the name goes without: outletTypeWords.)
func out23AgencyAbbrev(w string) bool {
	return w == "РИА"
}

// out23AgencyName reports whether name, as outletAt read it, is an
// agency's abbreviation and its title in quote marks («РИА «Воронеж»»).
func out23AgencyName(name string) bool {
	w, _, ok := strings.Cut(name, " ")
	return ok && out23AgencyAbbrev(w)
}
