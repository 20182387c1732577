package htmlx

import "strings"

// maskSet finds, in one pass over a text, which of several families of
// words the text contains: each word of three bytes or more carries the
// bits of its families, and mask returns the union of the bits of the
// words found, every place of the text looked at by its three-byte
// opening as triSet does. The section walk asks it once of an element's
// class and once of its id, where each of its name tests used to search
// the class and id for its own words (perf21).
type maskSet struct {
	bits  [triSlots / 64]uint64
	start [triSlots + 1]uint16 // the words of slot h are words[start[h]:start[h+1]]
	words []string
	masks []uint16 // masks[i] is the families of words[i]
}

// newMaskSet indexes the words of each family; families[i] has bit 1<<i.
func newMaskSet(families ...[]string) *maskSet {
	s := &maskSet{}
	fam := map[string]uint16{}
	var order []string
	for i, f := range families {
		for _, w := range f {
			if len(w) < 3 {
				panic("maskSet: word under three bytes: " + w)
			}
			if _, ok := fam[w]; !ok {
				order = append(order, w)
			}
			fam[w] |= 1 << i
		}
	}
	var count [triSlots]int
	for _, w := range order {
		count[triHash(w[0], w[1], w[2])]++
	}
	for h := range triSlots {
		s.start[h+1] = s.start[h] + uint16(count[h])
	}
	s.words = make([]string, len(order))
	s.masks = make([]uint16, len(order))
	var next [triSlots]uint16
	copy(next[:], s.start[:triSlots])
	for _, w := range order {
		h := triHash(w[0], w[1], w[2])
		s.words[next[h]], s.masks[next[h]] = w, fam[w]
		next[h]++
		s.bits[h/64] |= 1 << (h % 64)
	}
	return s
}

// mask returns the families of the words t contains.
func (s *maskSet) mask(t string) uint16 {
	var m uint16
	for i := 0; i+2 < len(t); i++ {
		h := triHash(t[i], t[i+1], t[i+2])
		if s.bits[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for j := s.start[h]; j < s.start[h+1]; j++ {
			if strings.HasPrefix(t[i:], s.words[j]) {
				m |= s.masks[j]
			}
		}
	}
	return m
}

// maskFold is mask(strings.ToLower(t)) for a text t all in ASCII, read
// without lowering it (ASCII capitals folded as the text is read); ascii
// is false, and the mask 0, for a text with a byte outside ASCII, which
// the caller lowers and asks mask of.
func (s *maskSet) maskFold(t string) (m uint16, ascii bool) {
	for i := 0; i < len(t); i++ {
		if t[i] >= 0x80 {
			return 0, false
		}
	}
	for i := 0; i+2 < len(t); i++ {
		h := triHash(foldASCII[t[i]], foldASCII[t[i+1]], foldASCII[t[i+2]])
		if s.bits[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for j := s.start[h]; j < s.start[h+1]; j++ {
			if prefixFoldASCII(t[i:], s.words[j]) {
				m |= s.masks[j]
			}
		}
	}
	return m, true
}

// The families of sectionNameSet: the words without which each name test
// of the section walk answers false on a lower-case class or id.
const (
	snTrail   = 1 << iota // trailMarkNamed's class and id test: trailMarks
	snNav                 // navBlockNamed past <nav> and role: "menu", "nav" (menuOrNav)
	snHead                // headingClass: "head", "title"
	snCat                 // categoryClass: categoryMarks
	snSection             // categoryClass's token "section"
	snElse                // sectionElsewhere: ElsewhereHints
	snSidebar             // sideBlock's sidebarName: "sidebar"
	snWidget              // sideBlock's "widget" (in the class)
)

// sectionNameSet holds the families above, in their bits' order.
var sectionNameSet = newMaskSet(trailMarks, []string{"menu", "nav"}, []string{"head", "title"}, categoryMarks,
	[]string{"section"}, ElsewhereHints, []string{"sidebar"}, []string{"widget"})
