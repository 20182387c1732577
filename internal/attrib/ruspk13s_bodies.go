package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// ruLatinBodyAt reports whether toks[j], after the «в» of an
// indefinite-personal sentence («в Google заявили», «сообщили в Apple»),
// is a company's name written in Latin script: Russian does not decline
// such names, so the word as written is the nominative, and a capitalised
// Latin word there names the body whose people speak. A cited outlet
// (knownOutlet) is left to the outlet logic.
func ruLatinBodyAt(toks []token, j int) bool {
	t := toks[j]
	return t.kind == tokWord && isLatin(t.text) && textutil.IsCap(t.text) && !knownOutlet(t.text)
}

// ruTableBodySubject returns the state body of the ruBodies table that is
// the subject of the verb of speech toks[i], in the nominative right after
// it («…», — заявил Минфин», «сообщил Роспотребнадзор») or right before it
// («Минфин заявил: «…»»), with the genitive words that say whose it is
// («Минфин России»); nil otherwise. Russian grammar puts the subject next
// to its verb in both orders, and a body named by its one-word name is the
// verb's subject only in the nominative, the form the table holds: «в
// Минфине», «Минфина» are circumstances or objects.
func (m *reader) ruTableBodySubject(toks []token, i int) []string {
	if !m.russian() {
		return nil
	}
	for _, j := range [2]int{i + 1, i - 1} {
		if j < 0 || j >= len(toks) || toks[j].kind != tokWord || !textutil.IsCap(toks[j].text) {
			continue
		}
		if b := ruBodies[ruStem(toks[j].text)]; b == toks[j].text {
			if j < i {
				return []string{b} // (the words after it are the verb's)
			}
			return m.ruBodyTail(toks, j+1, []string{b})
		}
	}
	return nil
}

// ruQuotedGenitiveBody reads, at toks[j], a company, club or party named
// in quote marks in the genitive after the document or body noun it owns
// («говорится в заявлении «Газпрома»», «в сообщении «Спартака»»), or
// after its own noun («в заявлении компании «Газпром»»), and returns the
// name in the nominative: after its noun Russian keeps the name in the
// nominative, as written; alone, the genitive -а/-я of a name of one word
// on a consonant stem is dropped («Газпрома» → Газпром, «Зенита» →
// Зенит), other forms are kept as written. A known outlet is left to the
// outlet rules; "" when there is no such name.
func ruQuotedGenitiveBody(toks []token, j int) string {
	declined := true
	if j+1 < len(toks) && toks[j].kind == tokWord && ruCompanyStems[ruStem(toks[j].text)] != "" && !textutil.IsCap(toks[j].text) {
		j++
		declined = false
	}
	if j >= len(toks) || toks[j].kind != tokQuote {
		return ""
	}
	name := strings.TrimSpace(toks[j].text)
	if name == "" || !textutil.IsCap(name) && !isLatin(name) || textutil.CountWords(name) > maxQuotedNameWords || knownOutlet(name) {
		return ""
	}
	if declined && !strings.Contains(name, " ") {
		for _, e := range [2]string{"а", "я"} {
			if stem, ok := strings.CutSuffix(name, e); ok && consonantEnd(stem) && utf8.RuneCountInString(stem) >= 3 {
				return stem
			}
		}
	}
	return name
}

// Russian news makes a body speak through its own channel: «сообщает
// официальный сайт клуба», «написал официальный аккаунт «Зенита» в
// соцсети X», «говорится на сайте ведомства», «в телеграм-канале
// компании». The channel's owner, in the genitive after the channel noun,
// is the speaker, read as a body after a document noun is (ruBodyAt).

// ruOwnChannelStems are the stems of the channels a body publishes in; a
// television «канал» alone is an outlet (ruChannelNouns), not these.
var ruOwnChannelStems = []string{"сайт", "аккаунт", "телеграм-канал", "телеграмм-канал", "telegram-канал", "страниц", "микроблог",
	"блог", "паблик", "твиттер", "соцсет"}

// ruChannelNoun reports whether w (lower case) is a case form of a channel
// noun: the stem with at most two letters of ending.
func ruChannelNoun(w string) bool {
	for _, s := range ruOwnChannelStems {
		if rest, ok := strings.CutPrefix(w, s); ok && utf8.RuneCountInString(rest) <= 2 {
			return true
		}
	}
	return false
}

// ruChannelOwnerAt reads, from toks[j], a channel noun with at most two
// lower-case adjectives before it («официальный сайт», «своем
// телеграм-канале») and returns its owner in the nominative (ruBodyAt);
// nil when there is no channel noun there or no owner after it.
func (m *reader) ruChannelOwnerAt(toks []token, j int) []string {
	for k := j; k < len(toks) && k <= j+2; k++ {
		t := toks[k]
		if t.kind != tokWord || textutil.IsCap(t.text) {
			return nil
		}
		if ruChannelNoun(t.lower) {
			return m.ruBodyAt(toks, k+1)
		}
	}
	return nil
}

// ruCompanySubject returns the company, club or party a company noun
// alone in the nominative next to the verb of speech toks[i] refers to
// («…», — заявил клуб», «компания сообщила»): the last one named with
// that noun (companyReferent); nil otherwise.
func (m *reader) ruCompanySubject(toks []token, i int) *person {
	for _, j := range [2]int{i + 1, i - 1} {
		if j >= 0 && j < len(toks) && toks[j].kind == tokWord && ruCompanyNouns[toks[j].lower] {
			if p := m.companyReferent(toks, j); p != nil {
				return p
			}
		}
	}
	return nil
}
