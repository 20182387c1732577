package attrib

// spk28CitedOutlet reports whether p, a name the reader took for a person,
// is an outlet the article cites or the first words of one: «РИА» of «РИА
// «Новости»», whose closing quotation mark cut the run of capitalised
// words. Russian news closes a report with its source («Об этом сообщает
// РИА «Новости»») or opens it with one («Как сообщает …»); the agency is
// cited, and a later «сказал он» or role means the person reported on. A
// body (a ministry, a press service) is never an outlet here. The names
// are indexed once each as sources grow, so that a check costs one lookup.
func (m *reader) spk28CitedOutlet(p *person) bool {
	if p == nil || p.body || len(p.name) == 0 || len(m.sources) == 0 {
		return false
	}
	if m.spk28CitedN < len(m.sources) {
		if m.spk28Cited == nil {
			m.spk28Cited = map[string]bool{}
		}
		for _, s := range m.sources[m.spk28CitedN:] {
			c := canonicalSource(s)
			for k := 0; k < len(c); k++ {
				if c[k] == ' ' {
					m.spk28Cited[c[:k]] = true // a run of first words
				}
			}
			m.spk28Cited[c] = true
		}
		m.spk28CitedN = len(m.sources)
	}
	return m.spk28Cited[p.String()]
}
