package attrib

// enSurnameOf returns, in English, the person a surname written alone
// refers to when several people named so far bear it ("Trump" after
// "Donald Trump" and "his daughter Ivanka Trump", "Clinton" after
// "Hillary Clinton" and "Bill Clinton"): English news calls the person
// the story is about by the surname alone and their relatives by their
// first or full names, so the surname is who it was used for most, not
// the relative named last. Nil when the name is not one word, the text
// is not English, or fewer than two people bear it (lookup then reads
// it as before).
func (m *reader) enSurnameOf(name []string, cands []*person, last string) *person {
	if !m.english() || len(name) != 1 {
		return nil
	}
	var best, recent *person
	n := 0
	for _, p := range cands {
		if len(p.name) < 2 || !nameStemEq(p.key, last) {
			continue
		}
		n++
		if best == nil || p.mentions > best.mentions || p.mentions == best.mentions && p.lastSent >= best.lastSent {
			best = p
		}
		if recent == nil || p.lastSent >= recent.lastSent {
			recent = p
		}
	}
	if n < 2 || recent.lastSent >= m.sent-2 {
		return nil
	}
	return best
}
