package attrib

// spk23CitingClause reports whether the Russian reporting verb at toks[i]
// heads a citing clause that opens its sentence or clause with «как»
// («Как сообщает «Советский спорт», после матча главный тренер Олег
// Долматов заявил, что …», «Как передает ТАСС, …»): a parenthetical
// (вводный) clause, closed by a comma, that names the outlet the writer
// takes the news from. The outlet after such a verb is cited, not the
// subject of the sentence's own verb of speech, which may follow the
// comma: the words reported are the main clause's subject's.
func (m *reader) spk23CitingClause(toks []token, i int) bool {
	if !m.russian() || i == 0 || toks[i-1].lower != "как" {
		return false
	}
	if i >= 2 && toks[i-2].kind != tokPunct {
		// («Как» opens the sentence or follows a comma or a dash; a
		// comparison inside a clause, «так же, как пишет …», is read on.)
		return false
	}
	// The clause ends with a comma, and words follow it.
	for k := i + 1; k < len(toks); k++ {
		if toks[k].kind == tokPunct && toks[k].text == "," {
			return k+1 < len(toks) && toks[k+1].kind == tokWord
		}
		if toks[k].kind == tokPunct && !isDomainDot(toks, k) {
			return false
		}
	}
	return false
}

// spk23Governed reports whether the Russian name run at toks[i] stands
// after a preposition, directly or behind adjectives in lower case that
// agree with it («в Поклюке», «в словенской Поклюке», «на новом
// «Динамо»»): a preposition governs an oblique case, and a noun it
// governs is never the sentence's subject, even where Russian puts an
// inverted subject, at the sentence's end.
func (m *reader) spk23Governed(toks []token, i int) bool {
	if !m.russian() {
		return false
	}
	for k, adj := i-1, 0; k >= 0 && toks[k].kind == tokWord; k-- {
		if ruPrepositions[toks[k].lower] {
			return true
		}
		if adj == 2 || isNameTok(toks[k]) || !hasSuffixAny(toks[k].lower, ruAdjEndings) {
			return false
		}
		adj++
	}
	return false
}
