package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
)

// ruWeekdaysAcc are the Russian days of the week in the accusative, as a
// wire story dates a report after its verb («пишет в четверг ProUA»).
var ruWeekdaysAcc = map[string]bool{
	"понедельник": true, "вторник": true, "среду": true, "четверг": true, "пятницу": true, "субботу": true, "воскресенье": true,
}

// ruMonthsGen are the Russian months in the genitive («4 февраля»).
var ruMonthsGen = map[string]bool{
	"января": true, "февраля": true, "марта": true, "апреля": true, "мая": true, "июня": true,
	"июля": true, "августа": true, "сентября": true, "октября": true, "ноября": true, "декабря": true,
}

// skipRuReportTime returns the index of the first token at or after j past
// the time Russian news may set between a verb of reporting and the
// outlet it cites: a day of the week after «в»/«во» («как пишет в четверг
// ProUA»), a date («сообщает 4 февраля РИА Новости»), «сегодня»,
// «вчера».
func skipRuReportTime(toks []token, j int) int {
	for j < len(toks) && toks[j].kind == tokWord {
		switch w := toks[j].lower; {
		case (w == "в" || w == "во") && j+1 < len(toks) && ruWeekdaysAcc[toks[j+1].lower]:
			j += 2
		case w == "сегодня" || w == "вчера":
			j++
		case isDigits(w) && j+1 < len(toks) && ruMonthsGen[toks[j+1].lower]:
			j += 2
		default:
			return j
		}
	}
	return j
}

// isDigits reports whether w is a number of one or two digits (a day of
// the month).
func isDigits(w string) bool {
	if w == "" || len(w) > 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// ruPastMediaVerbs are the past-tense forms of the verbs only media take,
// in every gender and number: a known outlet before one of them is its
// subject, the origin of an earlier report («В феврале «Утро.ру»
// передавало, что …», «„Ведомости“ писали»).
var ruPastMediaVerbs = map[string]bool{
	"передавал": true, "передавала": true, "передавало": true, "передавали": true,
	"писал": true, "писала": true, "писало": true, "писали": true,
	"сообщал": true, "сообщала": true, "сообщало": true, "сообщали": true,
}

// ruSiteNominative returns the nominative of an online outlet written as
// its address in an oblique case, when the tables know it: Russian
// declines the word before the domain («в интервью «Газете.ru»» →
// Газета.Ru). "" otherwise.
func ruSiteNominative(s string) string {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 {
		return ""
	}
	word, dom := s[:i], s[i:]
	for _, e := range []struct{ from, to string }{{"е", "а"}, {"ы", "а"}, {"у", "а"}, {"ой", "а"}} {
		if stem, ok := strings.CutSuffix(word, e.from); ok && utf8.RuneCountInString(stem) >= 3 {
			if o := lang.CanonicalOutlet(stem + e.to + dom); lang.OutletSet[strings.ToLower(stem+e.to+dom)] {
				return o
			}
		}
	}
	return ""
}

// ruPublishVerbs are the forms of «публиковать»/«опубликовать» by which
// Russian news credits the outlet that published a video, photos or a
// document it retells, the outlet after the verb («Кадры … публикует
// «Вести.ру»») or before it («„Ведомости“ опубликовали письмо»). A
// ministry or a company publishes as often, so only an outlet the tables
// know, or a site address, is taken (ruPublishedBy).
var ruPublishVerbs = map[string]bool{
	"публикует": true, "публикуют": true,
	"опубликовал": true, "опубликовала": true, "опубликовало": true, "опубликовали": true,
}

// ruPublishedBy cites the outlet that publishes, by a verb of
// ruPublishVerbs at toks[i]: a known outlet or a site address right after
// the verb (a quotation that names it is then no quotation), or a known
// outlet before it (outletBefore).
func (m *reader) ruPublishedBy(toks []token, i int, notQuote map[int]bool) {
	m.outletBefore(toks, i)
	name, q, ok := m.outletAt(toks, i+1)
	if !ok || !knownOutlet(name) && !isSiteAddress(strings.Trim(name, "«»\" ")) {
		return
	}
	if q >= 0 {
		notQuote[q] = true
	}
	m.addSource(name)
}
