package attrib

// enSpeaksIn reports whether toks name p as the subject of a verb of
// saying: p's last name word right before the verb ("…, Cole said") or
// right after it ("…, said Cole"). A person merely named in the words
// after a fronted clause ("In return, Cruz will clear the way for
// Kasich") is no speaker there, though an earlier sentence made them the
// last speaker ("Kasich agreed to end his bid"): English reports a
// speaker by a verb of saying next to the name (enFrontedSubject).
func (m *reader) enSpeaksIn(p *person, toks []token) bool {
	for i, t := range toks {
		if t.kind != tokWord || !isNameTok(t) || !nameStemEq(p.key, m.nameKey(t.text)) {
			continue
		}
		if i+1 < len(toks) && toks[i+1].kind == tokWord && m.isSpeechVerb(toks[i+1].lower) {
			return true
		}
		j := i - 1
		for j >= 0 && i-j <= 4 && toks[j].kind == tokWord && isNameTok(toks[j]) {
			j-- // ("said Tom Cole", "said Rep. Tom Cole")
		}
		if j >= 0 && toks[j].kind == tokWord && m.isSpeechVerb(toks[j].lower) {
			return true
		}
	}
	return false
}

// enWhoSaid makes salient the person an English relative clause of
// saying reports ("Clinton's position was supported by Sen. Dianne
// Feinstein, who said none of the emails …"): "who" refers to the name
// before its comma, and that person spoke; the next "she said" most
// often continues them, not the sentence's subject. The last such
// clause of the sentence counts.
func (m *reader) enWhoSaid(toks []token) {
	var who *person
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].lower != "who" || toks[i-1].kind != tokPunct || toks[i-1].text != "," || toks[i-2].kind != tokWord || !isNameTok(toks[i-2]) {
			continue
		}
		v := i + 1
		for v < len(toks) && toks[v].kind == tokWord && enAdverbs[toks[v].lower] {
			v++
		}
		if v >= len(toks) || toks[v].kind != tokWord || !m.isSpeechVerb(toks[v].lower) {
			continue
		}
		if p := m.enFind([]string{toks[i-2].text}); p != nil && m.enCanBe(p, p.gender) {
			who = p
		}
	}
	m.makeSalient(who)
}
