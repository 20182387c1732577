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
