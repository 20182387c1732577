package attrib

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Russian cited outlets named by their type word (out20): the grammar of
// the reporting frame around «издание», «агентство», «телеканал»,
// «Telegram-канал» and their name.

// out20TypedCited reports whether the outlet noun at toks[i], with the
// name read after it (name, q as outletAt returns them), is cited by the
// frame around it beyond what citedAt sees (a preposition or a verb of
// reporting before the noun):
//
//   - the noun and its name are the subject of a verb of reporting that
//     follows the name («Издание Life сообщает, что …», «агентство RNS
//     сообщило», «телеканал CNN передал»): Russian puts the reporting
//     outlet before its verb as often as after it (out20SubjectOf);
//   - a verb of publishing or its participle stands right before the noun
//     («Видеозапись публикует Telegram-канал Mash», «информация,
//     опубликованная агентствами Bloomberg и Reuters»).
func (m *reader) out20TypedCited(toks []token, i int, name string, q int) bool {
	return m.out20SubjectOf(toks, i, q) || out20PublishedBefore(toks, i)
}

// out20SubjectOf reports whether a verb of reporting follows the name
// read after the outlet noun at toks[i] at once, or after one or two
// adverbs («издание также пишет», «агентство ранее сообщало»), so that the
// noun and its name are the verb's subject. An outlet that is only the
// topic of a clause («издание Life купил холдинг») is not taken.
func (m *reader) out20SubjectOf(toks []token, i, q int) bool {
	k := i + 2
	if q < 0 {
		_, n := outletRun(toks, i+1)
		k = i + 1 + max(n, 1)
	}
	for end := k + 3; k < len(toks) && k < end && toks[k].kind == tokWord; k++ {
		w := toks[k].lower
		if m.out20ReportVerb(w) {
			return true
		}
		if !out20AdverbBeforeVerb[w] {
			return false
		}
	}
	return false
}

// out20ReportVerb reports whether w is a verb of reporting an outlet takes
// as its subject: a verb of speech, a one-word verb of the source verbs
// («сообщает», «сообщило»), a past verb only media take («писало»,
// «написал») or a verb of publishing.
func (m *reader) out20ReportVerb(w string) bool {
	if ruPastMediaVerbs[w] || ruPublishVerbs[w] || m.isSpeechVerb(w) {
		return true
	}
	for _, v := range m.sourceVerbs {
		if len(v) == 1 && v[0] == w {
			return true
		}
	}
	return false
}

// out20AdverbBeforeVerb are the adverbs that stand between a reporting
// outlet and its verb («Bloomberg снова написал», «издание также
// сообщает», «агентство ранее сообщало»).
var out20AdverbBeforeVerb = map[string]bool{
	"ранее": true, "также": true, "снова": true, "вновь": true, "же": true, "уже": true, "накануне": true,
	"сегодня": true, "вчера": true, "позднее": true, "позже": true, "впервые": true, "тоже": true,
}

// out20PublishedBefore reports whether a verb of publishing, or its
// participle, stands among the three words before the outlet noun at
// toks[i] («публикует Telegram-канал Mash», «опубликовал телеграм-канал
// Baza», «опубликованная информационными агентствами Bloomberg и
// Reuters»).
func out20PublishedBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].kind == tokWord; k-- {
		if ruPublishVerbs[toks[k].lower] || strings.HasPrefix(toks[k].lower, "опубликованн") {
			return true
		}
	}
	return false
}

// out20ChannelNameOK reports whether the name read after the channel noun
// at toks[i] may be a newsroom's channel: Russian news names the
// channels of newsrooms by their brand, in Latin letters or in quote
// marks («сообщил Telegram-канал Mash», «публикует телеграм-канал «…»»); a
// capitalised Cyrillic run after it is the person who writes there
// («написал в Telegram-канале Дмитрий Песков»).
func out20ChannelNameOK(toks []token, i int, name string, q int) bool {
	if !ruTelegramChannel(toks[i].lower) {
		return true
	}
	return q >= 0 || isLatin(name)
}

// out20TypedAgencyOK reports whether a name after «агентство» that no
// table knows may still be a news agency: when the agency is the subject
// of a verb of reporting and its name is an abbreviation or a brand in
// Latin letters («агентство RNS сообщило»); a state agency in Russian
// («агентство РУСАДА») reports as often and is left out.
//
// An adjective before «агентство» that does not make it a news agency
// names another kind of agency, whose Latin abbreviation is no outlet:
// «Европейское космическое агентство ESA сообщило», «Всемирное
// антидопинговое агентство WADA заявило», Ukrainian «Європейське
// космічне агентство ESA повідомило» (out20OtherAgency).
func (m *reader) out20TypedAgencyOK(toks []token, i int, name string, q int) bool {
	return q < 0 && isLatin(name) && !out20OtherAgency(toks, i) && m.out20SubjectOf(toks, i, q)
}

// out20NewsAdjectives are the stems of the adjectives that make an agency
// a news agency, Russian and Ukrainian, lower case.
var out20NewsAdjectives = []string{"информацион", "новост", "телеграф", "інформацій", "новин"}

// out20AdjectiveEndings are endings of Russian adjectives (neuter and
// oblique cases) and of Ukrainian neuter ones (-не, -ке, -ве, -ре) and -ій.
var out20AdjectiveEndings = []string{"ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "не", "ке", "ве", "ре", "ій"}

// out20OtherAgency reports whether the word before the agency noun at
// toks[i] is an adjective (a Russian or Ukrainian adjective ending) that
// names no news agency (out20NewsAdjectives).
func out20OtherAgency(toks []token, i int) bool {
	if i == 0 || toks[i-1].kind != tokWord {
		return false
	}
	w := toks[i-1].lower
	if utf8.RuneCountInString(w) < 5 || out20AdverbBeforeVerb[w] {
		// (An adverb in «-ее» is no adjective: «Ранее агентство RNS
		// сообщило».)
		return false
	}
	if !slices.ContainsFunc(out20AdjectiveEndings, func(e string) bool { return strings.HasSuffix(w, e) }) {
		return false
	}
	for _, st := range out20NewsAdjectives {
		if strings.HasPrefix(w, st) {
			return false
		}
	}
	return true
}

// out20PluralInstrumental reports whether w is an outlet noun in the
// instrumental plural, «-ами»/«-ями» after its stem («агентствами»,
// «изданиями»): the one case ending of three letters, which isOutletNoun
// (two letters after the stem at most) does not read.
func (m *reader) out20PluralInstrumental(w string) bool {
	if !strings.HasSuffix(w, "ами") && !strings.HasSuffix(w, "ями") {
		return false
	}
	for _, n := range m.outletNouns {
		if strings.HasPrefix(w, n) && len(w)-len(n) == len("ами") {
			return true
		}
	}
	return false
}

// maxCoordinatedOutlets bounds the names of a list of outlets.
const maxCoordinatedOutlets = 4

// out20CoordinatedOutlets cites the outlets coordinated with the one named
// at toks[j] after a type word («агентствами Bloomberg и Reuters»,
// «Telegram-каналы Baza, Mash и SHOT»): each name after a comma or «и»
// that has the shape of the first (in quote marks, or in Latin letters)
// is an outlet of the same kind.
func (m *reader) out20CoordinatedOutlets(toks []token, j int, first string, q int, notQuote map[int]bool) {
	k := j + 1
	if q < 0 {
		_, n := outletRun(toks, j)
		if n == 0 {
			return
		}
		k = j + n
	}
	latin := q < 0 && isLatin(first)
	for c := 0; c < maxCoordinatedOutlets && k+1 < len(toks); c++ {
		if !(toks[k].text == "," || toks[k].kind == tokWord && toks[k].lower == "и") {
			return
		}
		if toks[k].text == "," && toks[k+1].kind == tokWord && toks[k+1].lower == "и" {
			k++
		}
		k++
		if k >= len(toks) {
			return
		}
		t := toks[k]
		switch {
		case q >= 0 && t.kind == tokQuote && ruShortTitle(t.text):
			notQuote[t.q] = true
			m.addSource(t.text)
			k++
		case latin && t.kind == tokWord && isLatin(t.text) && (isNameTok(t) || out20AllCaps(t.text)):
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

// out20AllCaps reports whether w is an abbreviation in capitals (SHOT).
func out20AllCaps(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// isPieceNoun reports whether w is a form of a noun of pieceNouns. The
// infinitive «стать» (to become) shares the stem of «статья»
// («заместителем может стать корреспондент газеты …» cites no paper);
// the noun's forms are «статья», «статьи», «статье», «статью»,
// «статьей», never the bare stem.
func isPieceNoun(w string) bool {
	return w != "стать" && hasPrefixAny(w, pieceNouns)
}

// out20WholePhraseAt reports whether the phrase v ends at toks[k], all its
// words there: the last word of «по информации» alone is a noun («в
// сливе информации телеграм-каналу «…»», information leaked to a
// channel), not the phrase that cites.
func out20WholePhraseAt(toks []token, k int, v []string) bool {
	i := k - len(v) + 1
	if i < 0 {
		return false
	}
	_, ok := matchPhrase(toks, i, v)
	return ok
}
