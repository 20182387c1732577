package attrib

import "sync"

// byKeyPool keeps the emptied maps of people by name key (reader.byKey),
// as lowerWordsPool keeps the maps of lower-case words: an article files
// each person under up to lang.MaxInflection+1 keys, and a fresh map per
// article grows again from nothing.
var byKeyPool = sync.Pool{New: func() any { return map[string][]*person{} }}

// keySlabChunk is how many one-person slices the reader carves from one
// allocation.
const keySlabChunk = 64

// onePerson returns the slice []*person{p}, of length and capacity one,
// carved from the reader's slab: what append(nil, p) returns, with one
// allocation for keySlabChunk keys instead of one for each. Its capacity
// being one, an append to it copies to a new array and never writes into
// the next slice of the slab.
func (m *reader) onePerson(p *person) []*person {
	if len(m.keySlab) == 0 {
		m.keySlab = make([]*person, keySlabChunk)
	}
	s := m.keySlab[:1:1]
	m.keySlab = m.keySlab[1:]
	s[0] = p
	return s
}
