package attrib

import (
	"github.com/articlekit/article/internal/textutil"
)

// spkRuAdjBodyAt returns how many words from toks[i] name a body in an
// oblique case by Russian spelling of proper names: one to three
// capitalised long adjectives with an oblique ending (ruObliqueAdjEndings:
// -ской, -ного, -ному, -ных …, which no surname in the nominative has) and
// the capitalised head noun they agree with («председатель Государственной
// Думы», «Верховного Суда», «Российской Федерации»), none of them a first
// name or patronymic. Such a run is the complement of a role or a noun,
// the body a person serves, never a person: it returns 0 when the run is
// not one.
func spkRuAdjBodyAt(toks []token, i int) int {
	k := i
	for k < len(toks) && k-i < 3 && toks[k].kind == tokWord && textutil.IsCap(toks[k].text) && !textutil.IsAllCaps(toks[k].text) &&
		!isPersonEvidence(toks[k].text) && hasSuffixAny(toks[k].lower, ruObliqueAdjEndings) {
		k++
	}
	if k == i || k >= len(toks) || toks[k].kind != tokWord || !textutil.IsCap(toks[k].text) || textutil.IsAllCaps(toks[k].text) ||
		isPersonEvidence(toks[k].text) || hasSuffixAny(toks[k].lower, ruObliqueAdjEndings) {
		return 0
	}
	return k + 1 - i
}
