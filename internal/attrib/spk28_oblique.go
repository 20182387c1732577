package attrib

import (
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// spk28GovernedName reports whether the capitalised word at toks[i], in a
// Russian sentence, is governed by a preposition: right after one («в
// Поклюке», «из Хабаровска»), or after one to maxGovernedAdjs lower-case
// adjectives that follow one («в словенской Поклюке», «на далеком
// Сахалине»). Russian grammar: a noun a preposition governs stands in an
// oblique case and is never the sentence's subject; one such word, not
// yet known as anyone's name, is a place or a body, not a new person who
// may speak. (A person already named is still found under his surname:
// the caller asks only before making a new person.)
func spk28GovernedName(toks []token, i int) bool {
	k := i - 1
	for adjs := 0; k >= 0 && adjs < maxGovernedAdjs && toks[k].kind == tokWord && !textutil.IsCap(toks[k].text) &&
		spk28LowerAdjective(toks[k].lower); adjs++ {
		k--
	}
	return k >= 0 && toks[k].kind == tokWord && ruPrepositions[toks[k].lower]
}

// maxGovernedAdjs bounds the adjectives between a preposition and the
// noun it governs.
const maxGovernedAdjs = 2

// spk28AdjEndings end a Russian long adjective in any case and gender
// (словенской, далеком, новом, старого, северных, бывшей), the words that
// may stand between a preposition and its noun.
var spk28AdjEndings = []string{"ой", "ей", "ом", "ем", "ого", "его", "ому", "ему", "ых", "их", "ым", "им", "ую", "юю", "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие"}

// spk28LowerAdjective reports whether the lower-case word w has a long
// adjective's ending and is long enough to be one (no pronoun or short
// function word: «мой», «его», «ее»).
func spk28LowerAdjective(w string) bool {
	if utf8.RuneCountInString(w) < 5 || ruPrepositions[w] {
		return false
	}
	return hasSuffixAny(w, spk28AdjEndings)
}

// spk28BodyName reports whether the capitalised run at toks[i] opens with
// a capitalised adjective in an oblique case followed by a capitalised
// noun («председатель Государственной Думы», «судья Верховного Суда»,
// «депутат Законодательного Собрания»): the name of a body, written with
// capitals as Russian writes the names of state bodies, in the genitive
// after the role that serves it. No person's name opens with an adjective
// in an oblique case (an adjectival surname, «Толстого», follows the first
// name), so the run is no person.
func spk28BodyName(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].kind != tokWord || toks[i+1].kind != tokWord {
		return false
	}
	a, n := toks[i], toks[i+1]
	if !textutil.IsCap(a.text) || textutil.IsAllCaps(a.text) || !textutil.IsCap(n.text) || textutil.IsAllCaps(n.text) ||
		isPersonEvidence(a.text) || isPersonEvidence(n.text) {
		return false
	}
	return hasSuffixAny(a.lower, ruObliqueAdjEndings)
}
