package attrib

import (
	"slices"
	"strings"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// ruChannelNameOK reports whether the name read after the channel noun at
// toks[i] may be a newsroom's channel: Russian news names the channels of
// newsrooms by their brand, in Latin letters or in quote marks («сообщил
// Telegram-канал Mash», «публикует телеграм-канал «Осторожно, новости»»);
// a capitalised Cyrillic run after «в Telegram-канале» is the author who
// writes there («написал в Telegram-канале Дмитрий Песков»), not an outlet.
func ruChannelNameOK(toks []token, i int, name string, q int) bool {
	if !ruTelegramChannel(toks[i].lower) {
		return true
	}
	return q >= 0 || isLatin(name)
}

// ruOutletSubject reports whether the outlet noun at toks[i] and the name
// after it are the subject of a verb of reporting that follows the name
// («Издание Life сообщает, что …», «телеканал CNN передал»): Russian puts
// the reporting outlet before its verb as often as after it. The verb
// must follow the name at once (one adverb between at most), so that an
// outlet that is only the topic of a clause is not taken.
func (m *reader) ruOutletSubject(toks []token, i int, name string, q int) bool {
	k := i + 2
	if q < 0 {
		_, n := outletRun(toks, i+1)
		if n == 0 {
			n = 1
		}
		k = i + 1 + n
	}
	for end := k + 2; k < len(toks) && k < end && toks[k].kind == tokWord; k++ {
		w := toks[k].lower
		if ruPastMediaVerbs[w] || ruPublishVerbs[w] || m.isSpeechVerb(w) {
			return true
		}
		for _, v := range m.sourceVerbs {
			if len(v) == 1 && v[0] == w {
				return true
			}
		}
		if !ruAdverbBeforeVerb[w] {
			return false
		}
	}
	return false
}

// ruAdverbBeforeVerb are the adverbs that may stand between a reporting
// outlet and its verb («Bloomberg ранее сообщал», «издание также пишет»).
var ruAdverbBeforeVerb = map[string]bool{"ранее": true, "также": true, "снова": true, "вновь": true, "же": true, "уже": true, "накануне": true}

// ruPublishedBefore reports whether a verb of publishing stands among the
// three words before the outlet noun at toks[i] («Видеозапись публикует
// Telegram-канал Mash», «опубликовал телеграм-канал Baza»): the noun and
// its name are the verb's subject, the outlet that published what the
// news retells; so does the participle («информация, опубликованная
// агентствами Bloomberg и Reuters»).
func ruPublishedBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].kind == tokWord; k-- {
		if ruPublishVerbs[toks[k].lower] || strings.HasPrefix(toks[k].lower, "опубликованн") {
			return true
		}
	}
	return false
}

// ruSourceCredit cites the outlet of a credit line, «Источник: X», by
// which Russian news sites and reprints name the outlet a text comes from
// at its end («Источник: РИА Новости», «Источник: Telegram-канал
// "Луганск 24"», «Источник: lenta.ru»). The label opens its sentence and
// a colon follows it; only a name that is an outlet by itself is taken: a
// known one, a site address, a name in Latin letters or a name after an
// outlet's type word (a body, «Источник: пресс-служба МВД», is not).
func (m *reader) ruSourceCredit(toks []token, i int, notQuote map[int]bool) {
	if i > 0 && toks[i-1].kind == tokWord || i+2 >= len(toks) || toks[i+1].text != ":" {
		return
	}
	j := i + 2
	if site, ok := siteAt(toks, j); ok {
		m.addSource(site)
		return
	}
	typed := toks[j].kind == tokWord && (m.isOutletNoun(toks[j].lower) || slicesContainsFold(outletTypeWords, toks[j].text))
	name, q, ok := m.outletAt(toks, j)
	if !ok || !(knownOutlet(name) || typed && q >= 0 || q < 0 && isLatin(name) || isSiteAddress(name)) {
		return
	}
	if q >= 0 {
		notQuote[q] = true
	}
	m.addSource(name)
}

// ruSourceLabels are the labels of a credit line («Источник:»).
var ruSourceLabels = map[string]bool{"Источник": true, "Источники": true}

// ruCoordinatedOutlets cites the outlets coordinated with the one named at
// toks[j] after a type word in the plural or a list («агентствами
// Bloomberg и Reuters», «Telegram-каналы Baza, Mash и SHOT»): each name
// after a comma or «и» that has the same shape as the first (in Latin
// letters, in capitals or in quote marks) is an outlet of the same kind.
// The list is bounded (maxCoordinated names).
func (m *reader) ruCoordinatedOutlets(toks []token, j int, first string, q int, notQuote map[int]bool) {
	k := j + 1
	if q < 0 {
		_, n := outletRun(toks, j)
		if n == 0 {
			return
		}
		k = j + n
	}
	latin := q < 0 && isLatin(first)
	for c := 0; c < maxCoordinated && k+1 < len(toks); c++ {
		if !(toks[k].text == "," || toks[k].kind == tokWord && toks[k].lower == "и") {
			return
		}
		if toks[k].text == "," && toks[k+1].kind == tokWord && toks[k+1].lower == "и" {
			k++
		}
		k++
		t := toks[k]
		switch {
		case q >= 0 && t.kind == tokQuote && ruShortTitle(t.text):
			notQuote[t.q] = true
			m.addSource(t.text)
			k++
		case latin && t.kind == tokWord && isLatin(t.text) && (isNameTok(t) || isAllCapsWord(t.text)):
			name, n := outletRun(toks, k)
			if n == 0 {
				return
			}
			m.addSource(name)
			k += n
		default:
			return
		}
	}
}

// maxCoordinated bounds the names of a list of outlets.
const maxCoordinated = 4

// isAllCapsWord reports whether w is an abbreviation in capitals (SHOT).
func isAllCapsWord(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// ruPluralInstrumental reports whether the ending e, after an outlet
// noun's stem, is the instrumental plural «-ами»/«-ями» («опубликованная
// агентствами Bloomberg и Reuters», «изданиями»), the one case ending of
// three letters; a longer tail makes another word («газетчик»).
func ruPluralInstrumental(e string) bool {
	return e == "ами" || e == "ями"
}

// ruOutletBeforeName returns the known outlet that opens the capitalised
// run name when a person's name follows it in the run: Russian puts the
// outlet the words were told to between the verb and the speaker
// («— рассказал РБК Иван Петров», «заявила Reuters Анна Смирнова»), and
// the run of capitals reads the two as one. The rest must open with a
// first name, so that an outlet's longer title is not cut («РИА Новости
// Недвижимость» stays whole); "" otherwise.
func ruOutletBeforeName(name string) string {
	p := knownOutletPrefix(name)
	if p == "" || p == name {
		return ""
	}
	rest := strings.Fields(name[len(p):])
	if len(rest) == 0 || ruFirstNames[rest[0]] == 0 {
		return ""
	}
	return p
}

// ruRegionalEdition reports whether s is the regional or national edition
// of a known outlet, written as the outlet's name, a hyphen and a place
// («РБК-Украина», «Интерфакс-Украина», «Коммерсант-Украина»,
// «Интерфакс-Запад»): the part before the hyphen is a known outlet and
// the part after it a capitalised word.
func ruRegionalEdition(s string) bool {
	i := strings.IndexByte(s, '-')
	if i <= 0 || i+1 >= len(s) || strings.ContainsRune(s, ' ') {
		return false
	}
	head, tail := s[:i], s[i+1:]
	if !textutil.IsCap(tail) || outletByKey[outletKey(head)] == "" && !lang.OutletSet[strings.ToLower(head)] {
		return false
	}
	return true
}

// ruFileObliqueKeys files under outletKey the case forms of the outlets'
// names whose stem ruStem does not find, by two rules of Russian
// declension:
//
//   - a noun in «-ец» drops its vowel in every other case, «-лец» keeping
//     the softness as «-льц-» («Московский комсомолец» → «Московскому
//     комсомольцу», «Бизнес-образец» → «образцом»): the stem without the
//     vowel is filed;
//   - a word of three letters ending in a vowel («Эхо Москвы») keeps a
//     stem of two letters that ruStem, which leaves three, does not cut:
//     its other case forms (the same two letters and «а», «у», «ом», «е»)
//     are filed («Эху Москвы», «в эфире «Эха Москвы»»).
//
// It runs once, when the map is built.
func ruFileObliqueKeys(m map[string]string) {
	var add [][2]string
	for _, o := range sortedValues(m) {
		words := strings.Fields(o)
		for wi, w := range words {
			var stems []string
			lw := strings.ToLower(w)
			switch {
			case strings.HasSuffix(lw, "лец"):
				stems = append(stems, strings.TrimSuffix(w, "ец")+"ьц")
			case strings.HasSuffix(lw, "ец") && len([]rune(lw)) > 4:
				stems = append(stems, strings.TrimSuffix(w, "ец")+"ц")
			case len([]rune(lw)) == 3 && strings.ContainsRune("оаяе", []rune(lw)[2]):
				r := []rune(w)
				for _, e := range []string{"а", "у", "ом", "е", "о"} {
					stems = append(stems, string(r[:2])+e)
				}
			}
			for _, st := range stems {
				// (A stem in «-ц» takes the dative «-у» to be a case form
				// ruStem cuts back to it; a short word's forms are whole.)
				form := st
				if strings.HasSuffix(st, "ц") {
					form = st + "у"
				}
				alt := append(append(append([]string{}, words[:wi]...), form), words[wi+1:]...)
				add = append(add, [2]string{strings.Join(alt, " "), o})
			}
		}
	}
	for _, a := range add {
		if k := outletKey(a[0]); m[k] == "" {
			m[k] = a[1]
		}
	}
}

// sortedValues returns the distinct values of m in sorted order, so that
// what is filed does not depend on the map's order.
func sortedValues(m map[string]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range m {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return out
}
