package attrib

import (
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// uk19 reports whether the reader reads Ukrainian only.
func (m *reader) uk19() bool { return len(m.tables) == 1 && m.tables[0].Tag == "uk" }

// uk19BodyAt reads, at toks[j], a Ukrainian body's name that opens with
// one to three adjectives agreeing with its head noun, in any case
// («у Верховному суді» → Верховний суд, «в Державній службі статистики»
// → Державна служба статистики, «в Київській міській раді» → Київська
// міська рада), and returns it in the nominative: the head by its
// declension (uk19Head), the adjectives in the head's gender, the words
// after the head as ruOrgAt reads them. nil when no adjective stands
// there, or no head follows them; the Russian readers go on.
func (m *reader) uk19BodyAt(toks []token, j int) []string {
	if !m.uk19() {
		return nil
	}
	k := j
	for k < len(toks) && k-j < maxOrgAdjectives && toks[k].kind == tokWord {
		if _, _, _, ok := uk19Head(toks[k].text); ok {
			break
		}
		if _, adj := uk19AdjStem(toks[k].lower); !adj || uk19FirstName(toks[k].text) {
			return nil
		}
		k++
	}
	if k == j || k >= len(toks) || toks[k].kind != tokWord {
		return nil
	}
	_, gender, _, ok := uk19Head(toks[k].text)
	if !ok {
		return nil
	}
	o, ok := m.ruOrgAt(toks, k)
	if !ok {
		return nil
	}
	name := make([]string, 0, k-j+len(o))
	for _, t := range toks[j:k] {
		a, _ := uk19AdjAgree(t.text, gender)
		name = append(name, a)
	}
	return append(name, o...)
}

// uk19AdjNoun returns the lower-case noun after toks[k] when toks[k] is
// a capitalised adjective in the genitive (uk19GenitiveAdjEndings): an
// adjective agrees with a noun, and the words that say whose a body is
// are often a region's adjective and its noun («Херсонський міський суд
// Херсонської області», «Господарський суд Дніпропетровської області»).
// "" otherwise, and for a reader of another language.
func (m *reader) uk19AdjNoun(toks []token, k int) string {
	if !m.uk19() || k+1 >= len(toks) || !hasSuffixAny(toks[k].lower, uk19GenitiveAdjEndings) {
		return ""
	}
	n := toks[k+1]
	if n.kind != tokWord || textutil.IsCap(n.text) || m.isSpeechVerb(n.lower) || lang.NonNameSet[n.lower] || utf8.RuneCountInString(n.lower) < 4 {
		return ""
	}
	return n.text
}
