package attrib

import "strings"

// ruOutletReferent reports whether p, a name the reader made salient, is an
// outlet the article cites: a name the outlet table knows, or the first
// words of a cited outlet's name («РИА» of «РИА «Новости»»). Russian news
// closes a paragraph with «Об этом сообщает ТАСС», the outlet at the end of
// the sentence where an inverted subject stands; the «он», «она» or person's
// role (градоначальник, чиновник) of the next quotation's author's words
// still means the person the paragraph reported on, never the agency.
func (m *reader) ruOutletReferent(p *person) bool {
	if p.speaksAsOutlet {
		return true
	}
	if p.body || len(p.name) == 0 {
		return false
	}
	if m.nameFacts(p)&factOutlet != 0 {
		return true // (a name the outlet table knows; the facts are cached)
	}
	if len(m.sources) == 0 {
		return false
	}
	name := p.String()
	for _, s := range m.sources {
		if c := canonicalSource(s); c == name || strings.HasPrefix(c, name+" ") {
			return true
		}
	}
	return false
}
