package lang

import (
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// langTable holds what the parser knows about one language. Adding a
// language is adding a table to languages.
type Table struct {
	// tag is the BCP 47 tag.
	Tag string
	// months maps lower-case month names, in every grammatical form and
	// abbreviation news uses, to months.
	months map[string]time.Month
	// stopwords are frequent short words used to detect the language.
	Stopwords []string
	// speechVerbs introduce or follow a direct quotation ("сказал", "said").
	// Each entry is a word prefix matched case-insensitively.
	SpeechVerbs []string
	// accordingTo are phrases that introduce a speaker or source after them
	// ("по словам", "according to").
	AccordingTo []string
	// sourceVerbs introduce a cited outlet ("передает", "reported").
	SourceVerbs []string
	// OutletSubjectVerbs are verbs (and postpositions) of reporting whose
	// subject, or object, stands right before them and may be a cited
	// outlet: "Reuters reported", "wie der Spiegel berichtet", "dpa
	// zufolge", "Le Figaro a rapporté". Phrases of one or more words.
	OutletSubjectVerbs []string
	// pronouns refer back to the last speaker ("он", "she").
	Pronouns []string
	// roles are nouns (stems) that name a person by office ("президент").
	Roles []string
	// bylines are prefixes of byline lines ("Автор:", "By").
	Bylines []string
	// roleBylines map prefixes of bylines that credit another part than
	// the writing to that role ("Фото:" → "photographer").
	RoleBylines map[string]string
	// updated are prefixes of a modification date ("Обновлено:", "Updated:").
	Updated []string
	// published are prefixes of a publication date ("Опубликовано:").
	Published []string
	// invertedSubject is true for languages that often put the subject
	// after the verb, at the end of the sentence (Russian: «Против
	// выступил председатель профсоюза Сергей Лыков»).
	InvertedSubject bool
	// RuStyle is true for languages whose press writes as Russian's
	// does, so that the quotation and speaker rules made for Russian
	// apply: «…» quotations, a dash that opens direct speech and one
	// that opens its attribution («— …, — сказал он»), names inflected
	// for case (the nominative recovered from the oblique forms), the
	// subject after the verb. Russian and Ukrainian.
	RuStyle bool
	// capitalNouns is true for languages that capitalise every noun
	// (German): a quotation with many capitals is not for that a title.
	CapitalNouns bool
	// nonNames are capitalised words that never start a person's name
	// (sentence openers, days of the week), lower-cased.
	nonNames []string
	// outlets are names of news outlets and agencies often cited in the
	// language's press.
	Outlets []string
	// outletNouns are nouns (stems) that introduce an outlet's name
	// ("broadcaster NOS", «газета «Ведомости»»).
	OutletNouns []string
	// outletWords mark a name as an outlet's ("News", "газета").
	outletWords []string

	stopOnce sync.Once
	stopSet  map[string]bool

	speechOnce sync.Once
	speechSet  map[string]bool
}

// speechVerbSet returns speechVerbs as a set, built once.
func (t *Table) SpeechVerbSet() map[string]bool {
	t.speechOnce.Do(func() {
		t.speechSet = make(map[string]bool, len(t.SpeechVerbs))
		for _, w := range t.SpeechVerbs {
			t.speechSet[w] = true
		}
	})
	return t.speechSet
}

// stopwordSet returns stopwords as a set, built once.
func (t *Table) stopwordSet() map[string]bool {
	t.stopOnce.Do(func() {
		t.stopSet = make(map[string]bool, len(t.Stopwords))
		for _, w := range t.Stopwords {
			t.stopSet[w] = true
		}
	})
	return t.stopSet
}

// languages lists every language table, most specific scripts first.
var Languages = []*Table{RuTable, ukTable, enTable, deTable, frTable, esTable, itTable, plTable}

// nonNameSet holds the stopwords and nonNames of every table.
var NonNameSet = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range Languages {
		for _, w := range append(append([]string(nil), t.Stopwords...), t.nonNames...) {
			m[w] = true
		}
	}
	for w := range MonthNames {
		m[w] = true
	}
	return m
}()

// outletSet holds the names of news outlets and agencies from every
// table, lower-cased.
var OutletSet = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range Languages {
		for _, o := range t.Outlets {
			m[strings.ToLower(o)] = true
		}
	}
	return m
}()

// outletWordSet holds words that mark a name as an outlet's, lower-cased.
var OutletWordSet = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range Languages {
		for _, o := range t.outletWords {
			m[strings.ToLower(o)] = true
		}
	}
	return m
}()

// isOutletLike reports whether name (found where a reporting verb names who
// is cited) is an outlet rather than a person: a known outlet, a name
// containing an outlet word ("News", "Times"), a Latin-script name in a
// Russian text, or a short capitalised name in quotation marks. An
// abbreviation in capitals is not enough (ЦБ, МИД, FBI are not outlets);
// the agencies that go by one (ТАСС, BBC, AP) are in the tables.
func IsOutletLike(name, lang string, quoted bool) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	lower := strings.ToLower(strings.TrimPrefix(name, "the "))
	if OutletSet[lower] || OutletSet[strings.TrimPrefix(lower, "the ")] {
		return true
	}
	words := strings.Fields(name)
	for _, w := range words {
		if OutletWordSet[strings.ToLower(w)] {
			return true
		}
	}
	if ruStyle(lang) && !quoted {
		latin := true
		for _, r := range name {
			if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
				latin = false
			}
		}
		if latin {
			return true
		}
	}
	return quoted && len(words) <= 4 && textutil.IsCap(words[0]) && !strings.ContainsAny(name, ".!?,")
}

// isKnownOutlet reports whether name is a form of an outlet in a table.
func IsKnownOutlet(name string) bool {
	return CanonicalOutlet(name) != name || OutletSet[strings.ToLower(name)]
}

// canonicalOutlet returns the table's spelling of the outlet name is a
// form of (an inflected «Интерфаксу», a lower-case "reuters"), or name.
func CanonicalOutlet(name string) string {
	if OutletSet[strings.ToLower(name)] {
		for _, t := range Languages {
			for _, o := range t.Outlets {
				if strings.EqualFold(o, name) {
					return o
				}
			}
		}
	}
	if strings.ContainsRune(name, ' ') {
		return name
	}
	// The first one-word outlet of four letters or more that name is an
	// inflection of; the outlets' keys are computed once (outletStems).
	k := NameKey(name)
	for _, o := range outletStems {
		if StemEqKey(o.key, k) {
			return o.name
		}
	}
	return name
}

// monthNames maps lower-case month names and abbreviations of every
// language table to months.
var MonthNames = func() map[string]time.Month {
	m := map[string]time.Month{}
	for _, t := range Languages {
		for name, mo := range t.months {
			m[name] = mo
		}
	}
	return m
}()

// stemEq reports whether two words are forms of one name: equal, or equal
// up to a short inflectional ending ("Путин", "Путина"; "Ын", "Ыном").
func StemEq(a, b string) bool { return StemEqKey(NameKey(a), NameKey(b)) }

// nameKey is a name word as stemEq compares it: lower-cased, without a
// possessive "'s".
func NameKey(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "’s"), "'s")
}

// maxInflection is the most letters an inflectional ending adds to a name
// word ("Ыном" over "Ын") for stemEq.
const MaxInflection = 3

// stemEqKey is stemEq over two nameKeys.
func StemEqKey(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	// a must be a prefix of b, at least two letters long, shorter by at
	// most maxInflection letters.
	if !strings.HasPrefix(b, a) {
		return false
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if na < 2 || nb-na > MaxInflection {
		return false
	}
	// An ending is letters: "Россия-24" is no form of "Россия-2". (A key
	// cut inside a letter leaves the letter's other bytes.)
	for _, r := range b[len(a):] {
		if !unicode.IsLetter(r) && r != '’' && r != '\'' && r != utf8.RuneError {
			return false
		}
	}
	// Russian surnames inflect; English ones rarely do beyond a plural.
	first, _ := utf8.DecodeRuneInString(a)
	return unicode.Is(unicode.Cyrillic, first) || nb-na == 1
}

// ruStyle reports whether the table of the language tag writes as Russian
// does (Table.RuStyle).
func ruStyle(tag string) bool {
	for _, t := range Languages {
		if t.Tag == tag {
			return t.RuStyle
		}
	}
	return false
}
