package attrib

// enPlaceHeads are the common nouns that close the English proper name of
// a place, an event or a body ("Buena Park", "Oklahoma City", "World War",
// "State Department", "Supreme Court"): English puts the head noun last,
// so a capitalised run ending in one names no person, and a pronoun never
// points back to it.
var enPlaceHeads = map[string]bool{
	"park": true, "city": true, "county": true, "state": true, "states": true, "street": true, "avenue": true,
	"square": true, "island": true, "islands": true, "river": true, "valley": true, "beach": true, "center": true,
	"centre": true, "hall": true, "house": true, "building": true, "tower": true, "airport": true, "station": true,
	"war": true, "day": true, "week": true, "month": true, "year": true, "act": true, "law": true,
	"department": true, "ministry": true, "court": true, "party": true, "committee": true, "council": true,
	"commission": true, "agency": true, "administration": true, "office": true, "university": true, "college": true,
	"school": true, "institute": true, "foundation": true, "association": true, "union": true, "company": true,
	"corporation": true, "bank": true, "church": true, "army": true, "navy": true, "force": true, "forces": true,
	"senate": true, "congress": true, "assembly": true, "parliament": true, "times": true, "post": true,
	"news": true, "network": true, "journal": true, "magazine": true, "campaign": true, "convention": true,
	"caucus": true, "caucuses": true, "debate": true, "primary": true, "group": true, "project": true,
}

// enNotPerson reports whether a run of capitalised English words is the
// name of a place, event or body by its head noun, not a person's.
func enNotPerson(name []string) bool {
	if len(name) == 0 {
		return false
	}
	return hasLower(enPlaceHeads, name[len(name)-1])
}

// enKeepSpeakerSalient puts back on top of the pronoun candidates, in
// English, the person the sentence's reporting clause names as its
// speaker ("Trump's accusation … had imperiled the lives of US troops,
// Biden said."): news English fronts the reported words and closes with
// the clause that says who spoke, and the next "he said" continues that
// speaker, not the name the reported words open with. The speaker is
// the one the sentence was attributed to just before its names were
// learnt (lastSpeaker, mentioned in this sentence).
func (m *reader) enKeepSpeakerSalient() {
	p := m.lastSpeaker
	if !m.english() || p == nil || p.lastSent != m.sent || len(p.name) < 2 || enNotPerson(p.name) || p.body || p.speaksAsOutlet {
		// (Only a person named in full: a body, an outlet or a
		// platform the clause names is no "he" or "she".)
		return
	}
	m.makeSalient(p)
}

// enSpeechSubject reports whether the person p, named by the n words at
// toks[i], is in English the subject of a verb of saying: the name right
// before the verb ("…, Ferre said Trump has the potential"), or right
// after it closing the sentence ("…, said Helen Ferre."). Such a
// person is who the sentence reports, wherever the clause stands, and the
// next "he said" or "she said" most often continues them; a name inside
// the reported words is not.
func (m *reader) enSpeechSubject(toks []token, i, n int, p *person) bool {
	if !m.english() || len(p.name) < 2 || enNotPerson(p.name) {
		return false
	}
	if k := i + n; k < len(toks) && toks[k].kind == tokWord && m.isSpeechVerb(toks[k].lower) {
		return true
	}
	return i > 0 && toks[i-1].kind == tokWord && m.isSpeechVerb(toks[i-1].lower) && endsSentence(toks, i+n)
}
