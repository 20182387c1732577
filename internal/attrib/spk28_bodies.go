package attrib

// spk28LeadBody reads, in a Russian sentence, a body that reports the
// sentence's news in an inverted clause closing it: a comma, a verb of
// speech, and the body's name running to the sentence's end («…,
// передает пресс-служба областной прокуратуры.», «…, сообщили в
// пресс-службе» is read elsewhere). Russian news opens with such a lead,
// and the words in marks that follow with no speaker of their own are
// the body's report; the body becomes the most recent subject, which a
// gendered pronoun skips (pronounReferent). The clause is looked for in
// the sentence's last maxLeadBodyTail tokens only.
func (m *reader) spk28LeadBody(toks []token) {
	end := len(toks)
	for end > 0 && toks[end-1].kind == tokPunct {
		end--
	}
	for v := end - 2; v >= 1 && v >= end-maxLeadBodyTail; v-- {
		if toks[v].kind != tokWord || !m.isSpeechVerb(toks[v].lower) && !isSourceVerbWord(m, toks[v].lower) {
			continue
		}
		if toks[v-1].kind != tokPunct || toks[v-1].text != "," {
			return
		}
		name, ok := m.ruOrgAt(toks, v+1)
		if !ok {
			return
		}
		for k := v + 1; k < end; k++ {
			if toks[k].kind != tokWord {
				return // the body's name must run to the sentence's end
			}
		}
		if p := m.lookupBody(name); p != nil && !m.ruOutletReferent(p) {
			m.makeSalient(p)
		}
		return
	}
}

// maxLeadBodyTail bounds the tokens of a closing reporting clause: the verb
// and a body's name (ruOrgAt reads up to maxOrgWords words after its head).
const maxLeadBodyTail = maxOrgWords + 3
