package attrib

import "strings"

// ruNamingVerb reports whether w is a Russian verb of naming or
// characterising, in the past or present tense («назвал», «назвала»,
// «назвали», «называет», «охарактеризовал»): it takes its object after it
// and the quotation as a predicate, «назвал решение «ошибкой»», so that
// a name after it is what is named, not who speaks.
func ruNamingVerb(w string) bool {
	return strings.HasPrefix(w, "назвал") || strings.HasPrefix(w, "называ") && !strings.HasPrefix(w, "называем") ||
		strings.HasPrefix(w, "охарактеризова")
}

// ruGenitiveBody reads the body named in the genitive at toks[j], after
// «по словам», «по мнению», «согласно» and a noun of a statement or
// document («согласно заявлению Генеральной прокуратуры», «по данным
// пресс-службы МВД»): the head noun of a body and its words
// («пресс-службы МВД» → пресс-служба МВД), an adjective before the head
// («Верховного суда» → Верховный суд) or a body of the ruBodies table
// («Генеральной прокуратуры» → Генеральная прокуратура), as ruBodyAt
// reads them in the prepositional case. It returns nil when no body
// stands there.
func (m *reader) ruGenitiveBody(toks []token, j int) *person {
	if j < len(toks) && toks[j].kind == tokWord && (hasPrefixAny(toks[j].lower, ruDocumentNouns) || strings.HasPrefix(toks[j].lower, "слов")) {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokWord {
		return nil
	}
	body := m.ruBodyAt(toks, j)
	if body == nil {
		return nil
	}
	return m.lookup(body, true)
}
