package attrib

// Russian relative clauses: «позицию генерала Льва Рохлина, который
// отказался от звания Героя России, сказав: «…»», «поблагодарила Анну
// Петрову, которая заявила: «…»». The relative pronoun in the nominative
// (который, которая) is the subject of the verbs of its clause, a gerund's
// too, and stands for the noun right before its comma, in whatever case
// that noun is: the person so named says the words, not a capitalised
// word the clause happens to hold («Героя России»).

// maxRelativeClauseTokens bounds the tokens between the relative pronoun
// and the verb of speech it is the subject of.
const maxRelativeClauseTokens = 14

// relativeAntecedent returns the person named right before «, который»
// (or «, которая») when the verb of speech toks[i] is in that relative
// clause, nil otherwise. The name must hold a first name or patronymic
// (evidence of a person: «закон, который» is no one) and agree in gender
// with the pronoun.
func (m *reader) relativeAntecedent(toks []token, i int) *person {
	for k := i - 1; k >= 2 && i-k <= maxRelativeClauseTokens; k-- {
		t := toks[k]
		if t.kind == tokQuote || t.kind == tokPunct && (t.text == ":" || t.text == ";" || t.text == "—" || t.text == "–") {
			return nil
		}
		if t.kind != tokWord {
			continue
		}
		var g byte
		switch t.lower {
		case "который":
			g = 'm'
		case "которая":
			g = 'f'
		default:
			continue
		}
		if toks[k-1].kind != tokPunct || toks[k-1].text != "," {
			return nil
		}
		end := k - 1
		if words, ok := regnalNameBefore(toks, end); ok {
			// «Иоанна Павла II, который …» (ruspk4.go)
			return m.lookup(words, true)
		}
		start := end
		for start > 0 && end-start < 3 && toks[start-1].kind == tokWord && isNameTok(toks[start-1]) {
			start--
		}
		if start == end || !hasPersonEvidence(toks[start:end]) {
			return nil
		}
		words := make([]string, 0, end-start)
		for _, w := range toks[start:end] {
			words = append(words, w.text)
		}
		// («Краевед Владимир Тихонов, который …»: the role opening the
		// sentence is no part of the name.)
		words, _ = m.stripTitles(words)
		if _, gender := ruNominative(words); gender != 0 && gender != g {
			return nil
		}
		return m.lookup(words, true)
	}
	return nil
}

// ruSpeechGerund reports whether w is the perfective gerund of a Russian
// verb of speech whose past tense in -л the table holds: сказав, заявив,
// отметив, подчеркнув, добавив (and -вши): «…, сказав: «…»» introduces
// the words as «сказал: «…»» does.
func ruSpeechGerund(w string, verbs map[string]bool) bool {
	var stem string
	switch {
	case len(w) > len("вши") && w[len(w)-len("вши"):] == "вши":
		stem = w[:len(w)-len("вши")]
	case len(w) > len("в") && w[len(w)-len("в"):] == "в":
		stem = w[:len(w)-len("в")]
	default:
		return false
	}
	var buf [48]byte
	if len(stem)+len("л") > len(buf) {
		return false
	}
	// (A map index by string(bytes) does not allocate.)
	return verbs[string(append(append(buf[:0], stem...), "л"...))]
}

// gerundSubject returns the subject of the clause a Russian gerund of
// speech ends (toks is the sentence before the gerund): the first name
// in the nominative, a first name or patronymic telling the case
// («глава ведомства России Сергей Лавров … отреагировал, заявив, что …»),
// or else the sentence's subject as subjectOf reads it.
func (m *reader) gerundSubject(toks []token) *person {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tokQuote {
			break
		}
		if t.kind != tokWord || !isNameTok(t) {
			continue
		}
		run := capRun(toks, i)
		if len(run) == 0 {
			continue
		}
		i += len(run) - 1
		name, _ := m.stripTitles(run)
		if len(name) < 2 {
			continue
		}
		if _, _, c, ok := ruFirstName(name[0]); ok && c == caseNom {
			return m.lookup(name, true)
		}
	}
	return m.subjectOf(toks)
}
