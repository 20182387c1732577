package attrib

import (
	"cmp"
	"strings"
)

// English "he" and "she" (issue 13).
//
// An English news story names a person in full, then refers back by
// "he" or "she"; the reader of the story takes the pronoun for the
// person most in focus who can bear it. enPronounReferent ranks the
// people most recently made salient (subjects of sentences and speakers
// of attributions, people.go's makeSalient) who can be a "he" or a "she"
// of the pronoun's gender (enspk13q_ranker.go); with the committed
// weights, the most recent of them.

// enPronounReferent is who an English "he" (g = 'm') or "she" (g = 'f')
// refers to, or nil when no one named so far can be.
func (m *reader) enPronounReferent(g byte) *person {
	cs := m.enPronounCands(g)
	w := &enPronounWeights
	if c := enCollect.Load(); c != nil {
		// (Samples for training are read with the hand rule's order,
		// so that they do not depend on the weights being trained.)
		c.noteCands(g, cs)
		w = &enHandWeights
	}
	p := enRank(cs, w)
	if p == nil {
		// (No one who can be: the last speaker, else the last person
		// named, as in the other languages.)
		return cmp.Or(m.lastSpeaker, m.lastMention)
	}
	if p.gender == 0 {
		p.gender = g // (a referent of unknown gender learns the pronoun's)
	}
	return p
}

// enCanBe reports whether p can be what an English personal pronoun of
// gender g refers to: a person (not a place, body or outlet by its name's
// head noun or by the tables), of that gender or of none known, and not a
// capitalised sentence opener taken for a name ("Walking", "Throughout":
// a word the article also writes in lower case, that no first-name list
// knows).
func (m *reader) enCanBe(p *person, g byte) bool {
	if p == nil || p.gender != 0 && p.gender != g || enNotPerson(p.name) || p.body || p.speaksAsOutlet {
		return false
	}
	if m.nameFacts(p)&factOutlet != 0 {
		return false
	}
	if w := strings.ToLower(p.name[0]); enNameGender[w] == 0 && (m.lowerWords[w] || enOpeners[w] || enParticiple(w)) {
		return false
	}
	return true
}

// enAfterLearn runs the English rules that read a whole sentence once
// learn has met its names, and hands the sentence to the collector of
// ranker samples when one is set.
func (m *reader) enAfterLearn(toks []token) {
	if !m.english() {
		return
	}
	m.enWhoSubject(toks)
	m.enFrontedSubject(toks)
	m.enWhoSaid(toks) // (enq17_fronted.go)
	if c := enCollect.Load(); c != nil {
		c.noteSentence(toks)
	}
}

// enFrontedSubject makes salient the subject of an English sentence that
// opens with a fronted adverbial clause or phrase ("As he has before,
// Cruz on Friday played down …", "Like Makaeff, the former customer,
// Roffman doesn't want …", "Asked about Donald Trump, Ban demurred"):
// English puts the subject right after the comma that closes the fronted
// part, and a name inside that part (Makaeff, Donald Trump) is not who
// the sentence is about. The subject is a name run right after a comma,
// followed by a word in lower case (its verb or an adverb), not "and" or
// "or" (a list), with no quotation before it; the sentence's first word
// is no name (the sentence does not open with its subject): a word the
// article also writes in lower case, or a participle. A speaker the
// reporting clause names inside the fronted part ("Asked about Trump,
// Mendel played down …": the verb of asking takes Trump for a speaker)
// gives way to the subject.
func (m *reader) enFrontedSubject(toks []token) {
	if !m.english() || len(toks) < 4 || toks[0].kind != tokWord || isNameTok(toks[0]) && !m.lowerWords[toks[0].lower] && !enParticiple(toks[0].lower) && !enOpeners[toks[0].lower] {
		return
	}
	for c := 1; c+2 < len(toks); c++ {
		t := toks[c]
		if t.kind == tokQuote {
			return
		}
		if t.kind != tokPunct || t.text != "," {
			continue
		}
		j := c + 1
		if toks[j].kind != tokWord || !isNameTok(toks[j]) || m.lowerWords[toks[j].lower] {
			continue
		}
		run := capRun(toks, j)
		k := j + len(run)
		if len(run) == 0 || k >= len(toks) || toks[k-1].text != run[len(run)-1] {
			// (A possessive, "Trump's aides", is no subject.)
			continue
		}
		if v := toks[k]; v.kind != tokWord || isNameTok(v) || v.lower == "and" || v.lower == "or" || v.lower == "nor" {
			continue
		}
		name, _ := m.stripTitles(run)
		p := m.enFind(name)
		if p == nil || !m.enCanBe(p, p.gender) {
			return
		}
		if s := m.lastSpeaker; s != nil && s != p && s.lastSent == m.sent && m.enSpeaksIn(s, toks[c:]) {
			// "In a statement, Trump said he would win, Cole said":
			// the speaker the sentence closes with stays on top
			// (enq17_fronted.go: named as the subject of a verb of
			// saying, not merely named).
			return
		}
		m.makeSalient(p)
		return
	}
}

// enOpeners are English prepositions, subordinators and sentence
// adverbs that open a fronted clause or phrase ("Throughout his remarks,
// Trump …", "Despite the loss, Cruz …"): capitalised at the start of a
// sentence, never a name.
var enOpeners = map[string]bool{
	"throughout": true, "after": true, "before": true, "during": true, "despite": true, "like": true, "unlike": true,
	"as": true, "while": true, "when": true, "since": true, "though": true, "although": true, "in": true, "on": true,
	"at": true, "for": true, "with": true, "without": true, "among": true, "amid": true, "under": true, "over": true,
	"from": true, "by": true, "if": true, "because": true, "once": true, "until": true, "but": true, "yet": true,
	"still": true, "meanwhile": true, "instead": true, "later": true, "earlier": true, "separately": true, "also": true,
	"following": true, "according": true, "besides": true, "within": true, "upon": true, "outside": true, "inside": true,
}

// enParticiple reports whether an English word has the form of a
// participle ("Asked", "Speaking", "Having"), which opens a fronted
// clause, not a name, unless a first-name list knows it.
func enParticiple(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && enNameGender[w] == 0
}

// enFind returns the person already named whose name name is, or a
// shorter form of, without counting a mention; nil when none is.
func (m *reader) enFind(name []string) *person {
	if len(name) == 0 {
		return nil
	}
	cands, last := m.candidates(name[len(name)-1])
	for k := len(cands) - 1; k >= 0; k-- {
		p := cands[k]
		if nameStemEq(p.key, last) && (len(name) == 1 || hasSuffixName(p.name, name)) {
			return p
		}
	}
	return nil
}

// enWhoSubject makes salient a one-word name that opens an English
// sentence, or stands after a sentence adverb, and is followed by a
// relative clause of "who" or "whose" ("Meanwhile Rihanna, who was
// honored …, spoke about …"): English "who" refers to persons only, so
// the word is a person's name though no first name goes with it, and it
// is the sentence's subject. (learn takes one capitalised word for a
// person only when it is the surname of someone named before.)
func (m *reader) enWhoSubject(toks []token) {
	for i := 0; i+2 < len(toks) && i <= 1; i++ {
		t := toks[i]
		if t.kind != tokWord {
			return
		}
		if !isNameTok(t) || m.lowerWords[t.lower] || enOpeners[t.lower] {
			continue
		}
		if toks[i+1].kind != tokPunct || toks[i+1].text != "," || toks[i+2].lower != "who" && toks[i+2].lower != "whose" {
			return
		}
		name := []string{strings.TrimSuffix(strings.TrimSuffix(t.text, "’s"), "'s")}
		if p := m.lookup(name, true); p != nil && m.enCanBe(p, p.gender) {
			m.makeSalient(p)
		}
		return
	}
}
