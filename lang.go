package article

import (
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// langTable holds what the parser knows about one language. Adding a
// language is adding a table to languages.
type langTable struct {
	// tag is the BCP 47 tag.
	tag string
	// months maps lower-case month names, in every grammatical form and
	// abbreviation news uses, to months.
	months map[string]time.Month
	// stopwords are frequent short words used to detect the language.
	stopwords []string
	// speechVerbs introduce or follow a direct quotation ("сказал", "said").
	// Each entry is a word prefix matched case-insensitively.
	speechVerbs []string
	// accordingTo are phrases that introduce a speaker or source after them
	// ("по словам", "according to").
	accordingTo []string
	// sourceVerbs introduce a cited outlet ("передает", "reported").
	sourceVerbs []string
	// pronouns refer back to the last speaker ("он", "she").
	pronouns []string
	// roles are nouns (stems) that name a person by office ("президент").
	roles []string
	// bylines are prefixes of byline lines ("Автор:", "By").
	bylines []string
	// roleBylines map prefixes of bylines that credit another part than
	// the writing to that role ("Фото:" → "photographer").
	roleBylines map[string]string
	// updated are prefixes of a modification date ("Обновлено:", "Updated:").
	updated []string
	// published are prefixes of a publication date ("Опубликовано:").
	published []string
	// invertedSubject is true for languages that often put the subject
	// after the verb, at the end of the sentence (Russian: «Против
	// выступил председатель профсоюза Сергей Лыков»).
	invertedSubject bool
	// capitalNouns is true for languages that capitalise every noun
	// (German): a quotation with many capitals is not for that a title.
	capitalNouns bool
	// nonNames are capitalised words that never start a person's name
	// (sentence openers, days of the week), lower-cased.
	nonNames []string
	// outlets are names of news outlets and agencies often cited in the
	// language's press.
	outlets []string
	// outletNouns are nouns (stems) that introduce an outlet's name
	// ("broadcaster NOS", «газета «Ведомости»»).
	outletNouns []string
	// outletWords mark a name as an outlet's ("News", "газета").
	outletWords []string

	stopOnce sync.Once
	stopSet  map[string]bool

	speechOnce sync.Once
	speechSet  map[string]bool
}

// speechVerbSet returns speechVerbs as a set, built once.
func (t *langTable) speechVerbSet() map[string]bool {
	t.speechOnce.Do(func() {
		t.speechSet = make(map[string]bool, len(t.speechVerbs))
		for _, w := range t.speechVerbs {
			t.speechSet[w] = true
		}
	})
	return t.speechSet
}

// stopwordSet returns stopwords as a set, built once.
func (t *langTable) stopwordSet() map[string]bool {
	t.stopOnce.Do(func() {
		t.stopSet = make(map[string]bool, len(t.stopwords))
		for _, w := range t.stopwords {
			t.stopSet[w] = true
		}
	})
	return t.stopSet
}

// languages lists every language table, most specific scripts first.
var languages = []*langTable{ruTable, enTable, deTable, frTable, esTable, itTable, plTable}

// nonNameSet holds the stopwords and nonNames of every table.
var nonNameSet = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range languages {
		for _, w := range append(append([]string(nil), t.stopwords...), t.nonNames...) {
			m[w] = true
		}
	}
	for w := range monthNames {
		m[w] = true
	}
	return m
}()

// outletSet holds the names of news outlets and agencies from every
// table, lower-cased.
var outletSet = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range languages {
		for _, o := range t.outlets {
			m[strings.ToLower(o)] = true
		}
	}
	return m
}()

// outletWordSet holds words that mark a name as an outlet's, lower-cased.
var outletWordSet = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range languages {
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
func isOutletLike(name, lang string, quoted bool) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	lower := strings.ToLower(strings.TrimPrefix(name, "the "))
	if outletSet[lower] || outletSet[strings.TrimPrefix(lower, "the ")] {
		return true
	}
	words := strings.Fields(name)
	for _, w := range words {
		if outletWordSet[strings.ToLower(w)] {
			return true
		}
	}
	if lang == "ru" && !quoted {
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
	return quoted && len(words) <= 4 && isCap(words[0]) && !strings.ContainsAny(name, ".!?,")
}

// isKnownOutlet reports whether name is a form of an outlet in a table.
func isKnownOutlet(name string) bool {
	return canonicalOutlet(name) != name || outletSet[strings.ToLower(name)]
}

// canonicalOutlet returns the table's spelling of the outlet name is a
// form of (an inflected «Интерфаксу», a lower-case "reuters"), or name.
func canonicalOutlet(name string) string {
	if outletSet[strings.ToLower(name)] {
		for _, t := range languages {
			for _, o := range t.outlets {
				if strings.EqualFold(o, name) {
					return o
				}
			}
		}
	}
	if strings.ContainsRune(name, ' ') {
		return name
	}
	for _, t := range languages {
		for _, o := range t.outlets {
			if !strings.ContainsRune(o, ' ') && stemEq(o, name) && utf8.RuneCountInString(o) >= 4 {
				return o
			}
		}
	}
	return name
}
