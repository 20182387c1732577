package attrib

import "github.com/articlekit/article/internal/textutil"

// ruRoleOfBody returns who holds the Russian spokesman's role at toks[i]
// (ruSpokesmanRoles) when a body in the genitive follows it and no
// person's name does («отметил представитель Кремля», «сказал
// пресс-секретарь Минфина»): the role's complement names whom the person
// speaks for, not who speaks, so the body is no speaker; the one the
// article introduced with the role or a synonym (ruRoleSynonyms) is, a
// person of two name words or more. The body is an abbreviation in
// capitals or a one-word body of the ruBodies table in an oblique case.
// nil when there is no such role or no one holds it (the body then
// speaks, as before).
func (m *reader) ruRoleOfBody(toks []token, i int) *person {
	if !m.russian() || i+1 >= len(toks) || toks[i].kind != tokWord || toks[i+1].kind != tokWord || textutil.IsCap(toks[i].text) {
		return nil
	}
	b := toks[i+1].text
	if !(textutil.IsAllCaps(b) || ruBodies[ruStem(b)] != "" && ruBodies[ruStem(b)] != b) || hasPersonEvidence(toks[i+2:]) || i+2 < len(toks) && isNameTok(toks[i+2]) {
		return nil
	}
	stem, ok := m.role(toks[i].lower)
	if !ok || !ruSpokesmanRoles[stem] {
		return nil
	}
	// (The role's holder is a person: the reader may have filed the body
	// itself under the role it read before its name.)
	var best *person
	for _, s := range append([]string{stem}, ruRoleSynonyms[stem]...) {
		if p := m.roles[s]; p != nil && !p.body && len(p.name) >= 2 && (best == nil || p.lastSent > best.lastSent) {
			best = p
		}
	}
	return best
}

// ruPluralAddressee reports whether the role word w is in the dative or
// instrumental plural («заявил журналистам пресс-секретарь …», «сказал
// коллегам», «вместе с экспертами»): the verb's addressee or company, a
// plural, cannot head the apposition of one person's name.
func ruPluralAddressee(w string) bool {
	return hasSuffixAny(w, ruPluralObliqueEndings)
}

// ruPluralObliqueEndings end Russian nouns in the dative and
// instrumental plural.
var ruPluralObliqueEndings = []string{"ам", "ям", "ами", "ями"}

// ruSpokesmanRoles are the role stems of who speaks for a body: the body
// after them is whose words he gives, and the article names him so again
// after introducing him. A head of a body («глава МИД») is left to the
// body: the reader does not keep which body another head was introduced
// with.
var ruSpokesmanRoles = map[string]bool{"представител": true, "пресс-секретар": true, "спикер": true}
