package attrib

// spkCitedOutlet reports whether p, a candidate speaker of a Russian or
// Ukrainian text, is an outlet the article cites (its name, or the first
// words of it, as ruOutletReferent compares them): the citing clause
// («Об этом сообщает …», «Как пишет …», «передает …») names where the
// report comes from, while the words quoted are those of whom it reports.
// A body or a person the text names with a first name is never one.
func (m *reader) spkCitedOutlet(p *person) bool {
	if !m.russian() || p.body || m.nameFacts(p)&factPersonEvidence != 0 {
		return false
	}
	return m.ruOutletReferent(p)
}
