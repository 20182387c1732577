package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// Russian cited outlets (out21): the forms of known outlets' names that
// the readers of outlets.go cut short or did not read.

// maxCompletionWords bounds the lower-case words that complete a known
// outlet's name after its capitalised first word.
const maxCompletionWords = 2

// out21KnownCompletion returns the name of a known outlet that the
// capitalised run name (n tokens from toks[i]) opens and one or two
// lower-case words after it complete, as Russian spells a title with its
// first word capitalised only («в эфире Первого канала», «в интервью
// Российской газете», «по данным Новой газеты»); "" when the run is known
// as it stands or no completion is.
func out21KnownCompletion(toks []token, i int, name string, n int) string {
	if n == 0 || knownOutlet(name) || !isCyrillicWord(toks[i].text) {
		return ""
	}
	full := name
	for k := i + n; k < len(toks) && k < i+n+maxCompletionWords; k++ {
		t := toks[k]
		if t.kind != tokWord || !unicode.IsLower(textutil.FirstRune(t.text)) {
			return ""
		}
		full += " " + t.text
		if outletByKey[outletKey(full)] != "" {
			return full
		}
	}
	return ""
}

// out21ShortSiteName reports whether w, the name before a site's domain,
// is one of two characters with a figure in it: Russian city news sites
// are named by the city's region code or a letter and a figure (74.ru,
// 66.RU, E1.ru, V1.ru), where two letters alone are as often an
// abbreviation cut by a full stop.
func out21ShortSiteName(w string) bool {
	if utf8.RuneCountInString(w) != 2 {
		return false
	}
	return strings.ContainsFunc(w, unicode.IsDigit) && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && !unicode.Is(unicode.Latin, r) })
}

// out21AdjectiveOpens reports whether name, a run of capitalised words
// ending in the known outlet rest, opens with a one-word title adjective
// in the nominative (-ые, -ие, -ая, -яя, -ое, -ее, -ый, -ий) that belongs
// to the title («Вечерние вести», whose tail «Вести» is another outlet),
// rather than with the person the outlet quotes, named before it
// («Соколова РИА Новости», «Дмитрий Песков РИА Новости»). A person's name
// is two words or more, a first name (Дмитрий, Юрий, Василий end as
// adjectives do) or a surname of the adjective declension (-ский, -цкий,
// -ской, -ская: «Вишневская РИА Новости»); a title adjective is none of
// these.
func out21AdjectiveOpens(name, rest string) bool {
	prefix := strings.TrimSpace(strings.TrimSuffix(name, rest))
	if prefix == "" || strings.IndexByte(prefix, ' ') >= 0 || IsFirstName(prefix) {
		return false
	}
	first := strings.ToLower(prefix)
	if utf8.RuneCountInString(first) < 4 {
		return false
	}
	for _, e := range []string{"ский", "цкий", "ской", "цкой", "ская", "цкая"} {
		if strings.HasSuffix(first, e) {
			return false
		}
	}
	for _, e := range []string{"ые", "ие", "ая", "яя", "ое", "ее", "ый", "ий"} {
		if strings.HasSuffix(first, e) {
			return true
		}
	}
	return false
}

// out21ReaderVerbs are the imperatives and infinitives by which a paper
// points its reader to its own pieces («читайте в статье …», «смотрите в
// материале …», «см. в колонке …»).
var out21ReaderVerbs = map[string]bool{
	"читайте": true, "прочитайте": true, "читать": true, "смотрите": true, "см": true, "слушайте": true,
	// Ukrainian
	"дивіться": true,
}

// out21ReadAlso reports whether one of the two words before the
// preposition at toks[p] is a verb of out21ReaderVerbs («читайте также в
// статье Частного корреспондента «…»»): the publisher points to its own
// piece, which cites no outlet (part-c's rule).
func out21ReadAlso(toks []token, p int) bool {
	for k := p - 1; k >= 0 && k >= p-2; k-- {
		if toks[k].kind == tokWord && out21ReaderVerbs[toks[k].lower] {
			return true
		}
	}
	return false
}

// out21NameEnd returns the index of the token after the outlet name read
// at toks[j] by outletAt (name, q as it returns them): past the quotation
// and the type word before it, or past the words of the name and the dot
// and domain of each site address in it.
func out21NameEnd(toks []token, j int, name string, q int) int {
	if q >= 0 {
		if toks[j].kind == tokQuote {
			return j + 1
		}
		return j + 2
	}
	return j + len(strings.Fields(name)) + 2*strings.Count(name, ".")
}

// out21Coordinated cites the outlets coordinated with the one a verb of
// reporting or a citing phrase names at toks[j] («передают ТАСС и РИА
// Новости», «по данным «Ведомостей» и РБК», «сообщают РИА Новости, ТАСС и
// «Интерфакс»», «сообщает ТАСС, а также РБК», «сообщают ТАСС, РБК и
// другие СМИ»). An item is read after a comma, «и» or «а также»:
//   - a name the outlet tables know is cited (and a name in quote marks
//     is no quotation), in whatever clause it stands;
//   - a title in quote marks after a first name in quote marks
//     («Северный вестник», «Южный курьер» и «Интерфакс») is cited only
//     when «и» or «а также» closes the list and no verb follows its last
//     item: a comma alone ends a citing clause («Как сообщает
//     «Интерфакс», «Газпром» увеличил экспорт»), and a name a verb
//     follows is the subject of a clause of its own («сообщил
//     «Интерфакс» и «Лукойл» подтвердил»);
//   - anything else ends the list.
func (m *reader) out21Coordinated(toks []token, j int, first string, q int, notQuote map[int]bool) {
	k := out21NameEnd(toks, j, first, q)
	type item struct {
		name  string
		q     int
		known bool
	}
	// pending holds the items since the last «и»: titles of the first's
	// shape wait for the list to close; known names among them are cited
	// whatever comes, in the order written.
	var pending []item
	defer func() {
		for _, it := range pending {
			if it.known {
				m.citeListed(it.name, it.q, notQuote)
			}
		}
	}()
	for c := 0; c < maxCoordinatedOutlets && k+1 < len(toks); c++ {
		closing := true
		switch {
		case toks[k].text == "," && toks[k+1].kind == tokWord && toks[k+1].lower == "и":
			k += 2
		case toks[k].text == "," && k+2 < len(toks) && toks[k+1].lower == "а" && toks[k+2].lower == "также":
			k += 3
		case toks[k].kind == tokWord && toks[k].lower == "и":
			k++
		case toks[k].text == ",":
			k++
			closing = false
		default:
			return
		}
		if k >= len(toks) {
			return
		}
		name, q2, ok := m.outletAt(toks, k)
		if !ok {
			return
		}
		end := out21NameEnd(toks, k, name, q2)
		switch {
		case knownOutlet(name):
			pending = append(pending, item{name, q2, true})
		case q >= 0 && q2 >= 0 && ruShortTitle(name):
			if closing && end < len(toks) && toks[end].kind == tokWord && spk21RuVerbForm(toks[end].lower) {
				return // «… и «Лукойл» подтвердил»: a clause of its own
			}
			pending = append(pending, item{name, q2, false})
		default:
			return
		}
		if closing {
			for _, it := range pending {
				m.citeListed(it.name, it.q, notQuote)
			}
			pending = pending[:0]
		}
		k = end
	}
}

// citeListed cites an outlet of a list (out21Coordinated); a name in
// quote marks at toks[q] is no quotation.
func (m *reader) citeListed(name string, q int, notQuote map[int]bool) {
	if q >= 0 {
		notQuote[q] = true
	}
	m.addSource(name)
}
