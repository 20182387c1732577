package attrib

import "strings"

// ruObliqueLastMention reports whether the Russian name run at toks[i],
// which ends its sentence and names p, is written in an oblique case: its
// first name is in one («отметил игру Алексея Батракова»; a form that is
// also a nominative, «Никита», is taken for one). Russian may put the
// subject last («— сказал Иван Петров.»), and the reader makes a name that
// ends a sentence the most recent subject, which a later pronoun, role or
// unattributed quotation refers to; but a subject stands in the
// nominative: a name in an oblique case is the complement of a noun or the
// verb's object. The caller asks it only when the sentence has had a
// subject already. A name the sentence cites as its source («со ссылкой
// на …», «цитирует …», «по словам …») is no such object: the words that
// follow may be his.
func (m *reader) ruObliqueLastMention(toks []token, i int, run []string, p *person) bool {
	if !m.russian() || len(run) == 0 || p == nil || ruCitesBefore(toks, i) {
		return false
	}
	if _, _, c, ok := ruFirstName(run[0]); ok {
		return c != caseNom && !isPersonEvidenceNominative(run[0])
	}
	return false
}

// isPersonEvidenceNominative reports whether w is also the nominative of
// some first name (a form such as «Ивана» is only oblique, «Никита» only
// nominative; a form both may be is taken for the nominative).
func isPersonEvidenceNominative(w string) bool {
	_, nom := ruFirstNames[w]
	return nom
}

// ruCitesBefore reports whether one of the few words before toks[i] in its
// sentence cites a source whose words follow: «со ссылкой на», «цитирует»,
// «слова» («приводит слова Ивана Петрова»), «по словам», «по данным».
func ruCitesBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxCiteGap; k-- {
		if toks[k].kind != tokWord {
			continue
		}
		w := toks[k].lower
		if w == "ссылкой" || w == "слова" || w == "словам" || w == "данным" || strings.HasPrefix(w, "цитир") {
			return true
		}
	}
	return false
}

// maxCiteGap bounds the words between a citing word and the name it cites.
const maxCiteGap = 8

// salientUnderTop records p among the recent subjects right under the most
// recent one: a pronoun of p's gender that the most recent does not share
// still finds p, while an unattributed quotation or a pronoun of either
// gender goes to the most recent subject first.
func (m *reader) salientUnderTop(p *person) {
	n := len(m.salient)
	if p == nil || n == 0 || m.salient[n-1] == p {
		m.makeSalient(p)
		return
	}
	top := m.salient[n-1]
	m.makeSalient(p)
	m.makeSalient(top)
}
