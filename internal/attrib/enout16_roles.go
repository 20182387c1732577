package attrib

import "strings"

// enTitleRoles map the abbreviated titles American and British news
// writes before a name ("Gov. Attilio Fontana", "Sen. Jane Doe", "Atty.
// Gen. …") to the role stem by which it names the person again ("the
// governor said"): the title is the role, written short.
var enTitleRoles = map[string]string{
	"gov.": "governor", "gov": "governor", "sen.": "senator", "sen": "senator", "rep.": "representative",
	"rep": "representative", "gen.": "general", "gen": "general", "prof.": "professor", "prof": "professor",
	"sec.": "secretary", "secy.": "secretary", "atty.": "attorney", "supt.": "superintendent", "supt": "superintendent",
	"amb.": "ambassador", "pres.": "president", "cllr": "councillor", "cllr.": "councillor", "comm.": "commissioner",
}

// enNoteTitleRole records p as who holds the role each abbreviated title
// of titles names (enTitleRoles), the titles that open p's name in the
// text ("Gov. Attilio Fontana"). A title after "Lt." or "Lieutenant"
// ("Lt. Gov.") is a deputy's, not the role's holder, and is not filed;
// nor one after "Atty." ("Atty. Gen.", the attorney general).
func (m *reader) enNoteTitleRole(titles []token, p *person) {
	if !m.english() {
		return
	}
	for k, t := range titles {
		stem, ok := enTitleRoles[strings.ToLower(t.text)]
		if !ok {
			continue
		}
		if k > 0 {
			if prev := strings.ToLower(titles[k-1].text); prev == "lt." || prev == "lt" || prev == "lieutenant" || prev == "atty." || prev == "deputy" || prev == "vice" {
				continue
			}
		}
		if s, ok := m.role(stem); ok {
			m.roles[s] = p
		}
	}
}

// enAuxiliaries are the English auxiliaries and modals that follow the
// subject of a finite clause ("Rome would", "Smith had").
var enAuxiliaries = map[string]bool{
	"would": true, "will": true, "could": true, "should": true, "can": true, "may": true, "might": true,
	"must": true, "had": true, "has": true, "have": true, "was": true, "were": true, "is": true, "are": true,
	"did": true, "does": true, "do": true, "shall": true, "wo": true, "would've": true,
}

// enClauseSubject reports whether the words after a verb of speech open a
// reported clause with its own subject: a run of capitalised words, then
// an auxiliary or modal ("said Rome would send engineers", "said Trump
// had the opportunity"). The name is what the clause is about, not who
// speaks; the speaker of an inverted attribution ("…," said Smith) has no
// verb after the name. English grammar: the subject of a finite clause
// stands before its auxiliary.
func (m *reader) enClauseSubject(after []token) bool {
	k := 0
	for k < len(after) && after[k].kind == tokWord && isNameTok(after[k]) {
		k++
	}
	return k > 0 && k < len(after) && after[k].kind == tokWord && enAuxiliaries[after[k].lower]
}
