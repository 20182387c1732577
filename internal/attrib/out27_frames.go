package attrib

import (
	"strings"

	"github.com/articlekit/article/internal/textutil"
)

// out27: false cited outlets from the frames of the outlet rules (issue 13).
//
// 1. The employer. Russian names a person by their post and the outlet
//    they work for in the genitive after it: «главный редактор
//    «Коммерсанта» Иван Петров», «обозреватель «Известий»», «журналист
//    газеты «Труд»», «корреспондент РИА Новости». The outlet there is the
//    person's employer, whatever verb of speech stands before («— сказал
//    главный редактор «…» …»), and the annotation rules of the Russian
//    corpora follow that: the journalist's employer is no cited outlet,
//    and «передает корреспондент X» is, in the texts that carry it,
//    nearly always the publisher's own reporter (no outlet cited; a
//    reprint of an agency's story is the rare exception, and a text
//    without its address cannot tell the two). A post in the dative or
//    the instrumental («рассказал корреспонденту «Известий»», «в беседе с
//    журналистом РБК») is whom the words were told to, and stays cited
//    (ruJournalistObliques); an informant («источник РБК») is the outlet's
//    report, and stays cited (ruInformantNouns).
//
// 2. The list. A name in quote marks after a comma or «и» is cited only
//    as the list it belongs to is: «заблокировал «Медузу», «Дождь» и …»
//    lists media a body acted upon; «пишут «Коммерсантъ», «Ведомости» и
//    РБК» cites all three. A list that opens its sentence or clause is
//    cited when a verb of speech or reporting follows it.
//
// 3. The work place. «работал в «Ведомостях»», «уволили из
//    «Коммерсанта»», «перешел на НТВ»: after a verb of employment the
//    preposition names where someone works or worked, not an outlet
//    that reports (out27WorkPlace).
//
// 4. The accusative. A name whose nominative ends in -а or -я takes -у
//    or -ю in the accusative and -е in the dative: «признал «Медузу»» is
//    the object acted upon, not the outlet the words were said to, as
//    «сказал «Интерфаксу»» (a masculine name's dative) is (out27Accusative).
//
// Cost: each check looks at a fixed number of tokens around the name; the
// walks over a list's items are bounded by out27MaxListItems, and the
// list's first item is asked without walking its list again
// (citesQuotedHere), so a long list costs a constant per item.

// out27StaffStems are the stems of the nouns of an outlet's staff and
// owners, which Russian follows by the outlet in the genitive.
var out27StaffStems = []string{
	"редактор", "главред", "шеф-редактор", "замглавред", "корреспондент", "спецкор", "собкор", "фотокорр", "военкор",
	"журналист", "репортер", "репортёр", "обозревател", "колумнист", "комментатор", "ведущ", "сотрудни",
	"директор", "гендиректор", "основател", "владел", "издател", "продюсер", "фотограф", "автор",
}

// out27NotStaff are words the stems of out27StaffStems open that name no
// one of the staff: «авторитетное издание», «издательство» (review
// rev29).
var out27NotStaff = []string{"авторитет", "автори", "издательств", "директори"}

// out27TypeNominative are the outlet's type words in the nominative: a
// staff stem before one is its adjective («ведущий телеканал», «ведущее
// издание»), or the type word is the clause's subject; the employer
// reading needs the type word in the genitive («редактор газеты»).
var out27TypeNominative = map[string]bool{
	"газета": true, "издание": true, "телеканал": true, "агентство": true, "радиостанция": true,
	"журнал": true, "портал": true, "сайт": true, "телекомпания": true, "информагентство": true,
	"еженедельник": true, "таблоид": true, "интернет-издание": true, "телесеть": true,
}

// out27ObliqueEndings are the endings of the dative and instrumental of
// those nouns (корреспонденту, журналистом, сотрудникам, ведущим): the
// person the words were told to, not an employer named.
var out27ObliqueEndings = []string{"у", "ю", "ом", "ем", "ём", "ым", "им", "ам", "ям", "ами", "ями"}

// out27StaffNoun reports whether w, lower-cased, is a noun of an outlet's
// staff in the nominative or the genitive.
func out27StaffNoun(w string) bool {
	if !hasPrefixAny(w, out27StaffStems) || hasPrefixAny(w, out27NotStaff) {
		return false
	}
	for _, e := range out27ObliqueEndings {
		if strings.HasSuffix(w, e) {
			return false
		}
	}
	return true
}

// out27StaffBefore reports whether a noun of an outlet's staff in the
// nominative or the genitive stands right before toks[k] («редактор
// газеты»).
func out27StaffBefore(toks []token, k int) bool {
	return k > 0 && toks[k-1].kind == tokWord && out27StaffNoun(toks[k-1].lower)
}

// out27Employer reports whether the name at toks[k] is the employer of a
// person named by their post: a staff noun right before it, or before the
// outlet's type word before it («редактор газеты «Труд»», «журналист
// телеканала «Дождь»», «корреспондент ИА REGNUM»).
func (m *reader) out27Employer(toks []token, k int) bool {
	p := k - 1
	if p >= 0 && toks[p].kind == tokWord && toks[p].text == "The" {
		p-- // («корреспондент The Times»)
	}
	if p >= 0 && toks[p].kind == tokWord && (toks[p].text == "ИА" || m.isOutletNoun(toks[p].lower) || outletTypeStems[ruStem(toks[p].lower)]) {
		if out27TypeNominative[toks[p].lower] {
			return false // («ведущее издание «Ведомости»»)
		}
		p--
	}
	if !out27StaffBefore(toks, p+1) {
		return false
	}
	// «передает корреспондент ТАСС», «как сообщает корреспондент
	// РИА Новости»: a correspondent, unnamed, as the subject of a verb
	// only media take is the outlet reporting through its staff, which
	// annotators of Russian news count as the outlet cited when the text
	// reprints it (the publisher's own correspondent is told from it only
	// by the publisher, WithoutPublisher). Named («… корреспондент «СЭ»
	// Юрий Петров»), the person speaks.
	if hasPrefixAny(toks[p].lower, out27ReporterStems) && out27VerbBefore(toks, p) && !out27NameAfter(toks, k) {
		return false
	}
	return true
}

// out27VerbBefore reports whether a verb only media take stands before
// toks[p], with up to three lower-case words between («передает
// специальный корреспондент», «передает с места событий корреспондент»).
func out27VerbBefore(toks []token, p int) bool {
	for q := p - 1; q >= 0 && q >= p-4 && toks[q].kind == tokWord; q-- {
		if ruSlotVerbs[toks[q].lower] {
			return true
		}
		if textutil.IsCap(toks[q].text) {
			return false
		}
	}
	return false
}

// out27ReporterStems are the stems of the nouns of an outlet's reporter.
var out27ReporterStems = []string{"корреспондент", "спецкор", "собкор"}

// out27NameAfter reports whether a capitalised name (a person's) follows
// the outlet's name that starts at toks[k].
func out27NameAfter(toks []token, k int) bool {
	j := k + 1
	if toks[k].kind == tokWord {
		for j < len(toks) && j < k+5 && toks[j].kind == tokWord && (textutil.IsCap(toks[j].text) || textutil.IsAllCaps(toks[j].text)) {
			j++
		}
		// (The name run itself may take the person: «ТАСС Иван
		// Петров» reads as one run; a person's name has two words
		// after a one-word outlet.)
		return j-k >= 3
	}
	return j < len(toks) && isNameTok(toks[j])
}

// out27MaxListItems bounds the walk back over the items of a list of
// names.
const out27MaxListItems = 12

// out27ListJoin reports whether toks[i] joins two items of a list: a
// comma, or «и» / «или».
func out27ListJoin(t token) bool {
	return t.kind == tokPunct && t.text == "," || t.kind == tokWord && (t.lower == "и" || t.lower == "или")
}

// out27ListItem reports whether toks[i] may be an item of a list of
// names: a name in quote marks, or a capitalised word or abbreviation.
func out27ListItem(t token) bool {
	return t.kind == tokQuote || t.kind == tokWord && (textutil.IsCap(t.text) || textutil.IsAllCaps(t.text))
}

// out27ListFirst returns the index of the first item of the list of names
// whose item toks[k] is after a comma or «и», and whether it is one: k
// when toks[k] follows no other name.
func out27ListFirst(toks []token, k int) (int, bool) {
	first := k
	for n := 0; n < out27MaxListItems; n++ {
		if first < 2 || !out27ListJoin(toks[first-1]) || !out27ListItem(toks[first-2]) {
			break
		}
		first -= 2
		// (A name of several capitalised words: «и Новая Газета».)
		for first > 0 && toks[first].kind == tokWord && toks[first-1].kind == tokWord && out27ListItem(toks[first-1]) && first > k-3*out27MaxListItems {
			first--
		}
	}
	return first, first != k
}

// out27ListAfter reports whether a verb of speech or reporting follows the
// list of names that toks[k] belongs to: the word after its last item.
func (m *reader) out27ListAfter(toks []token, k int) bool {
	j := k + 1
	for n := 0; n < out27MaxListItems && j+1 < len(toks) && out27ListJoin(toks[j]) && out27ListItem(toks[j+1]); n++ {
		j += 2
		for j < len(toks) && toks[j].kind == tokWord && out27ListItem(toks[j]) && j < k+3*out27MaxListItems {
			j++
		}
	}
	// The verb may stand a few words on («… и «Коммерсантъ» в
	// понедельник сообщили», «…, ссылаясь на источники, пишут»): up to
	// out27VerbReach tokens, not past the sentence's end or another name
	// in quote marks.
	for end := min(j+out27VerbReach, len(toks)); j < end; j++ {
		t := toks[j]
		if t.kind == tokQuote || t.kind == tokPunct && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "«" || t.text == ":") {
			return false
		}
		if t.kind != tokWord {
			continue
		}
		if w := t.lower; m.isSpeechVerb(w) || ruPastMediaVerbs[w] || ruSourceVerbWord(m, w) || out27FoundVerbs[w] {
			return true
		}
	}
	return false
}

// out27VerbReach is how many tokens after a list of names its verb may
// stand.
const out27VerbReach = 8

// out27FoundVerbs are verbs of finding out that media take with their
// findings («выяснили «Ведомости» и «Коммерсантъ»», «узнал РБК»).
var out27FoundVerbs = map[string]bool{
	"узнал": true, "узнала": true, "узнали": true, "узнало": true, "выяснил": true, "выяснила": true,
	"выяснили": true, "выяснило": true,
}

// ruSourceVerbWord reports whether w is the one word of a verb of
// reporting («пишет», «сообщают»).
func ruSourceVerbWord(m *reader, w string) bool {
	for _, v := range m.sourceVerbs {
		if len(v) == 1 && v[0] == w {
			return true
		}
	}
	return false
}

// out27ListNotCited reports whether the name in quote marks at toks[k]
// stands in a list of names that cites nothing: an item after a comma or
// «и» whose list's first item is not cited (citesQuotedHere of the first,
// the list not walked again), or
// the list opens its sentence or clause and no verb of speech or
// reporting follows it.
func (m *reader) out27ListNotCited(toks []token, k int) bool {
	first, listed := out27ListFirst(toks, k)
	if !listed {
		if (k == 0 || toks[k-1].kind != tokWord) && !(k > 0 && m.out27ReportingBefore(toks, k)) {
			// The first item of a list that opens its clause.
			j := k + 1
			if j+1 < len(toks) && out27ListJoin(toks[j]) && out27ListItem(toks[j+1]) {
				return !m.out27ListAfter(toks, k)
			}
		}
		return false
	}
	if first == 0 || toks[first-1].kind != tokWord {
		if first > 0 && m.out27ReportingBefore(toks, first) {
			return false // («сообщили три издания: «Ведомости», …»)
		}
		return !m.out27ListAfter(toks, k)
	}
	return toks[first].kind == tokQuote && (m.out27Employer(toks, first) || !m.citesQuotedHere(toks, first))
}

// out27ReportingBefore reports whether a verb of speech or reporting
// stands within a few tokens before the list that opens at toks[first]
// after punctuation («сообщили три издания: …», «сообщили несколько СМИ
// — …», «пишут, в частности, …»): the list is what it cites.
func (m *reader) out27ReportingBefore(toks []token, first int) bool {
	for q := first - 1; q >= 0 && q >= first-6; q-- {
		t := toks[q]
		if t.kind == tokQuote || t.kind == tokPunct && (t.text == "." || t.text == "!" || t.text == "?") {
			return false
		}
		if t.kind == tokWord {
			if w := t.lower; m.isSpeechVerb(w) || ruPastMediaVerbs[w] || ruSourceVerbWord(m, w) {
				return true
			}
		}
	}
	return false
}

// out27WorkVerbs are the forms of the verbs of employment, after which
// «в», «из», «на» and an outlet name the place of work.
var out27WorkVerbs = map[string]bool{
	"работал": true, "работала": true, "работали": true, "работает": true, "работают": true, "работаю": true,
	"проработал": true, "проработала": true, "трудился": true, "трудилась": true, "трудится": true,
	"уволили": true, "уволен": true, "уволена": true, "уволился": true, "уволилась": true, "уволят": true,
	"ушел": true, "ушёл": true, "ушла": true, "ушли": true, "перешел": true, "перешёл": true, "перешла": true, "перешли": true,
	"устроился": true, "устроилась": true,
	"служил": true, "служила": true, "стажировался": true, "стажировалась": true, "вернулся": true, "вернулась": true,
}

// out27WorkPlace reports whether the preposition at toks[i] follows a
// verb of employment, an adverb or two between («работал тогда в …»).
func out27WorkPlace(toks []token, i int) bool {
	for p := i - 1; p >= 0 && p >= i-3 && toks[p].kind == tokWord; p-- {
		if out27WorkVerbs[toks[p].lower] {
			return true
		}
	}
	return false
}

// out27Accusative reports whether the name in quote marks or not, ending
// in -у or -ю, is the accusative of a name whose nominative ends in -а or
// -я («Медузу», «Новую газету»): its dative would end in -е.
func out27Accusative(name string) bool {
	c := canonicalSource(name)
	if c == "" || strings.EqualFold(c, strings.Trim(name, " «»\"")) {
		return false
	}
	return strings.HasSuffix(c, "а") || strings.HasSuffix(c, "я")
}
