package attrib

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// ruTermWords returns the words of the quotation toks[k] when it may be
// a term the writer sets in marks inside his own sentence (spk20_terms.go,
// spk21RuGenitiveTerm): it follows a word of the sentence, opens with a
// lower-case Cyrillic letter, holds no sentence punctuation and no
// inner marks, has maxTermWords words at most and none of them in the
// first person.
func ruTermWords(toks []token, k int) ([]string, bool) {
	if k == 0 || toks[k-1].kind != tokWord {
		return nil, false
	}
	text := strings.TrimSpace(toks[k].text)
	first := textutil.FirstRune(text)
	if !unicode.IsLower(first) || !unicode.Is(unicode.Cyrillic, first) || strings.ContainsAny(text, ".,!?:;…—–\"«»") {
		return nil, false
	}
	words := strings.Fields(text)
	if len(words) > maxTermWords {
		return nil, false
	}
	for _, w := range words {
		if ruFirstPerson[w] {
			return nil, false
		}
	}
	return words, true
}

// spk21RuGenitiveTerm reports whether the quotation toks[k] is a Russian
// noun phrase in lower case that opens with an adjective in the
// genitive or prepositional (-ых, -их, -ого, -его) right after a word of
// the writer's sentence that is neither a preposition nor a verb
// («победой «красных дьяволов»», «соглашение «открытых небес»»,
// «Защитники «приморских партизан»»): the phrase is the complement of
// the noun before it, inside the writer's noun phrase, a nickname or a
// term set in marks; reported words woven into a sentence follow a verb
// («назвал его «…»»), a preposition that opens them («об «инклюзивных
// переговорах»») or a conjunction. Left alone: phrases of more than
// three words, with a verb form or a first-person word, or with
// punctuation inside.
func spk21RuGenitiveTerm(toks []token, k int) bool {
	words, ok := ruTermWords(toks, k)
	if !ok || len(words) < 2 || strings.ContainsAny(toks[k].text, "()") {
		return false
	}
	for _, w := range words {
		if spk21RuVerbForm(strings.ToLower(w)) {
			return false
		}
	}
	w0 := strings.ToLower(words[0])
	if len([]rune(w0)) < 5 || !hasSuffixAny(w0, []string{"ых", "их", "ого", "его"}) || lang.NonNameSet[w0] {
		return false
	}
	prev := toks[k-1].lower
	if prev == "" {
		prev = strings.ToLower(toks[k-1].text)
	}
	return !ruPrepositions[prev] && !spk21Prepositions[prev] && !ruClauseWords[prev] && !spk21RuVerbForm(prev) && !lang.NonNameSet[prev]
}

// spk21Prepositions are the Russian prepositions ruPrepositions leaves
// out, which open reported words as the others do («выступил против
// «незаконных санкций»»).
var spk21Prepositions = map[string]bool{
	"против": true, "вокруг": true, "ради": true, "кроме": true, "вместо": true, "из-за": true, "из-под": true,
	"около": true, "вдоль": true, "помимо": true, "насчет": true, "насчёт": true, "касательно": true,
	"относительно": true, "ввиду": true, "вследствие": true, "сквозь": true, "возле": true, "мимо": true,
	"внутри": true, "вне": true, "напротив": true, "согласно": true, "благодаря": true,
}

// spk21RuVerbForm reports whether a Russian word in lower case has the
// ending of a verb form: past (-л, -ла, -ли and reflexives, -ло),
// infinitive (-ть, -ться, -чь) or present and future in the third
// person (-ет, -ит, -ют, -ят and reflexives).
func spk21RuVerbForm(w string) bool {
	if len([]rune(w)) < 4 || !unicode.Is(unicode.Cyrillic, textutil.FirstRune(w)) {
		return false
	}
	return isPastVerb(w) || hasSuffixAny(w, []string{"ло", "лось", "ть", "ться", "чь", "ет", "ит", "ют", "ят", "ется", "ится", "ются", "ятся"})
}

// ruQuotedSubject reports whether the quotation toks[k] is a name in quote
// marks that is the subject of the verb right after it («Как сообщает
// ТАСС, «Газпром» увеличил экспорт»): a capitalised phrase of at most
// three words with no punctuation inside, followed with no
// punctuation between by a verb form that is no verb of speech. Russian
// closes direct speech with a comma or a dash before the words that
// follow it («…», — сказал он), so words in marks run straight into a
// verb are what the verb is about, not what someone said.
func (m *reader) ruQuotedSubject(toks []token, k int) bool {
	text := toks[k].text
	if k+1 >= len(toks) || toks[k+1].kind != tokWord || !unicode.IsUpper(textutil.FirstRune(text)) ||
		textutil.CountWords(text) > 3 || strings.ContainsAny(text, ".,!?:;…—-") {
		return false
	}
	next := toks[k+1].lower
	return next == toks[k+1].text && spk21RuVerbForm(next) && !m.isSpeechVerb(next)
}
