package attrib

import (
	"strings"

	"github.com/articlekit/article/internal/textutil"
)

// spkRuRoleComplement reports whether run, a capitalised run of two or
// more words read right after a role noun (in lower case before it, or a
// title stripped from its head), names the body the role serves in the
// genitive rather than the role's holder: Russian puts a role's
// complement in the genitive after it («председатель Государственной
// Думы», «Руководитель Офиса Президента»), and its holder's name, in the
// nominative, after that. No word of the run is a first name or
// patronymic, and every word has the ending of an oblique case: an
// adjective's (-ской, -ного …) or a noun's genitive singular (-а, -я, -ы,
// -и).
func spkRuRoleComplement(run []string) bool {
	if len(run) < 2 || ruBodies[ruStem(run[0])] != "" {
		// (A state body the tables know heads the run: «представитель
		// Минфина России» speaks for the body, which the body rules
		// read as a speaker.)
		return false
	}
	for _, w := range run {
		lw := strings.ToLower(w)
		if isPersonEvidence(w) || textutil.IsAllCaps(w) || !(hasSuffixAny(lw, ruObliqueAdjEndings) || hasSuffixAny(lw, ruGenitiveNounEndings)) {
			return false
		}
	}
	return true
}

// ruGenitiveNounEndings end Russian nouns in the genitive singular.
var ruGenitiveNounEndings = []string{"а", "я", "ы", "и"}

// isRoleWord reports whether w, in lower case, is a role of the tables.
func (m *reader) isRoleWord(w string) bool {
	_, ok := m.role(w)
	return ok
}
