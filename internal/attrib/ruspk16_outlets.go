package attrib

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
	return m.srcRefs.has(m.sources, m.srcGen, p.String())
}

// sourceRefs indexes the sources an article has cited so far for
// ruOutletReferent: the canonical name of each (canonicalSource) and every
// run of its leading words, so that whether a name is a cited outlet's
// name or its first words («РИА» of «РИА Новости») costs one lookup.
// Looking each source up afresh for every pronoun made the cost the
// number of pronouns times the number of sources: quadratic on a long
// text that cites many outlets.
type sourceRefs struct {
	names   map[string]bool
	indexed int    // how many of the sources are in names
	gen     uint64 // the reader's srcGen when names was built
}

// has reports whether name is a cited source's canonical name or its
// leading words. Sources appended since the last call are added; when a
// source was replaced in place (gen moved) or the list got shorter, the
// index is built again.
func (r *sourceRefs) has(sources []string, gen uint64, name string) bool {
	if r.names == nil || gen != r.gen || len(sources) < r.indexed {
		r.names = make(map[string]bool, 2*len(sources))
		r.indexed = 0
		r.gen = gen
	}
	for ; r.indexed < len(sources); r.indexed++ {
		c := canonicalSource(sources[r.indexed])
		if c == "" {
			continue
		}
		r.names[c] = true
		for i := range len(c) {
			if c[i] == ' ' {
				r.names[c[:i]] = true
			}
		}
	}
	return r.names[name]
}
