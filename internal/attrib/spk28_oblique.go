package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// spk28GovernedName reports whether the capitalised word at toks[i], in a
// Russian sentence, is governed by a preposition: right after one («в
// Поклюке», «из Хабаровска»), or after one to maxGovernedAdjs lower-case
// adjectives that follow one («в словенской Поклюке», «на северном
// Сахалине»). Russian grammar: a noun a preposition governs stands in an
// oblique case and is never the sentence's subject; one such word, not
// yet known as anyone's name, is a place or a body, not a new person who
// may speak (resolve asks, for a speaker after the verb). The words between
// must be adjectives by their endings (spk28GovernedAdjective), not nouns
// or pronouns that close the prepositional phrase themselves («перед
// матчем Семак», «после этого Смирнов»).
func spk28GovernedName(toks []token, i int) bool {
	k := i - 1
	for adjs := 0; k >= 0 && adjs < maxGovernedAdjs && toks[k].kind == tokWord && !textutil.IsCap(toks[k].text) && !ruPrepositions[toks[k].lower]; adjs++ {
		k--
	}
	if k < 0 || toks[k].kind != tokWord || !ruPrepositions[toks[k].lower] {
		return false
	}
	for j := k + 1; j < i; j++ {
		if !spk28GovernedAdjective(toks[k].lower, toks[j].lower) {
			return false
		}
	}
	return true
}

// maxGovernedAdjs bounds the adjectives between a preposition and the
// noun it governs.
const maxGovernedAdjs = 2

// spk28AdjOnlyEndings end Russian long adjectives (and pronouns) in an
// oblique case but no noun: -ого/-его (старого), -ому/-ему, -ых/-их
// (северных), -ым/-им (новым), -ую/-юю (северную).
var spk28AdjOnlyEndings = []string{"ого", "его", "ому", "ему", "ых", "их", "ым", "им", "ую", "юю"}

// spk28AdjSharedEndings end Russian long adjectives in an oblique case
// (словенской, северном, последней, новем) and also nouns in the
// instrumental (супругой, матчем, вылетом).
var spk28AdjSharedEndings = []string{"ой", "ей", "ом", "ем"}

// spk28RelAdjStems end the stems of Russian relational adjectives
// (карельской, московском, советской), which no noun's stem ends so.
var spk28RelAdjStems = []string{"ск", "цк"}

// spk28InstrPreps are the prepositions that may govern the instrumental
// case, where a noun ends as an adjective does in -ой/-ей/-ом/-ем («с
// супругой», «перед матчем», «за рулем»; Ukrainian «з», «перед вильотом»).
var spk28InstrPreps = map[string]bool{
	"с": true, "со": true, "перед": true, "передо": true, "за": true, "под": true, "подо": true, "над": true, "надо": true,
	"между": true, "меж": true, "з": true, "із": true, "зі": true, "під": true, "між": true,
}

// spk28Pronouns are the Russian pronouns declined as adjectives that
// stand alone after a preposition («после этого», «при всем том»), closing
// the prepositional phrase themselves.
var spk28Pronouns = map[string]bool{
	"этого": true, "этому": true, "этом": true, "этим": true, "этой": true, "этих": true, "того": true, "тому": true,
	"всего": true, "всему": true, "всеми": true, "всех": true, "своего": true, "своему": true, "своей": true, "своем": true,
	"своём": true, "своим": true, "своих": true, "моего": true, "моему": true, "нашего": true, "нашей": true, "нашем": true,
	"вашего": true, "вашей": true, "вашем": true, "ничего": true, "никого": true, "самого": true, "самому": true,
	"которого": true, "которой": true, "котором": true, "которым": true, "которых": true, "такого": true, "такой": true,
	"таком": true, "каждого": true, "каждой": true, "каждом": true, "одного": true, "одной": true, "одном": true,
	"другого": true, "другой": true, "другом": true, "многих": true, "некоторых": true, "нескольких": true,
}

// spk28GovernedAdjective reports whether the lower-case word w after the
// preposition prep is a long adjective the preposition governs together
// with the noun after it. An ending only adjectives have will do
// (словенского, северную); -ой/-ей/-ом/-ем, which nouns in the
// instrumental share, will do after a preposition that cannot govern the
// instrumental («в словенской», «на северном»), and after one that can
// only with a relational adjective's stem in -ск-/-цк- («перед карельской»,
// not «перед матчем», «с супругой»). Short words and pronouns («этого»,
// «всем») are no such adjectives.
func spk28GovernedAdjective(prep, w string) bool {
	if utf8.RuneCountInString(w) < 5 || spk28Pronouns[w] {
		return false
	}
	if hasSuffixAny(w, spk28AdjOnlyEndings) {
		return true
	}
	for _, e := range spk28AdjSharedEndings {
		if !strings.HasSuffix(w, e) {
			continue
		}
		if !spk28InstrPreps[prep] {
			return true
		}
		return hasSuffixAny(strings.TrimSuffix(w, e), spk28RelAdjStems)
	}
	return false
}

// spk28BodyName reports whether the capitalised run at toks[i] opens with
// a capitalised adjective in an oblique case followed by a capitalised
// noun («председатель Государственной Думы», «судья Верховного Суда»,
// «депутат Законодательного Собрания»): the name of a body, written with
// capitals as Russian writes the names of state bodies, in the genitive
// after the role that serves it. No person's name opens with an adjective
// in an oblique case (an adjectival surname, «Толстого», follows the first
// name), so those words are no person; the name of the body's holder may
// follow them in the same run («глава Чеченской Республики Рамзан
// Кадыров»), which spk28BodyLen leaves to be read.
func spk28BodyName(toks []token, i int) bool {
	return spk28BodyLen(toks, i) > 0
}

// spk28BodyLen returns the number of words of the body's name that
// spk28BodyName finds at toks[i]: one to maxBodyAdjs capitalised
// adjectives in an oblique case and the capitalised noun after them
// («Законодательного Собрания», «Московской Городской Думы»), never the
// words after the noun, which may be its holder's name. It returns 0 when
// there is no such body.
func spk28BodyLen(toks []token, i int) int {
	k := i
	for k < len(toks) && k-i < maxBodyAdjs && spk28CapWord(toks[k]) && hasSuffixAny(toks[k].lower, ruObliqueAdjEndings) {
		k++
	}
	if k == i || k >= len(toks) || !spk28CapWord(toks[k]) {
		return 0
	}
	return k - i + 1
}

// maxBodyAdjs bounds the capitalised adjectives of a body's name.
const maxBodyAdjs = 3

// spk28CapWord reports whether t is a capitalised word, not in capitals
// throughout, that is no first name, patronymic or initial.
func spk28CapWord(t token) bool {
	return t.kind == tokWord && textutil.IsCap(t.text) && !textutil.IsAllCaps(t.text) && !isPersonEvidence(t.text)
}
