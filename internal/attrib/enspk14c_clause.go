package attrib

import "strings"

// The English reporting clause next to a quotation (issue 13).
//
// English news attaches a quotation to the clause that introduces or
// closes it, and that clause's subject is the speaker:
//
//	“…,” Harper told the Daily Planet in 2011.      (subject, verb after)
//	Asked about the merger, Okafor said, “…”       (subject, verb before)
//	When Lind suggested …, Moreau fired back: “…”
//	Patel, who called Lind …, told her staff, “…”
//	Before the vote, Chief Ana Ruiz lobbied …, saying, “…”
//
// The generic rule of attribute reads the first verb of speech in the
// sentence and the first name next to it, and so takes the object of
// "told", a name inside a fronted clause ("Asked what the Republican
// party …", "When Trump suggested …") or one of an according-to phrase
// further on. enClauseSpeaker reads only the clause that touches the
// quotation: the verb is the nearest verb of speech to the quotation's
// comma or colon, and its subject the name right before it — past a
// relative clause or apposition set off by commas ("Clinton, who …,"), a
// parenthesised party label ("Reid (D-Nev.)") or an adverb ("Mills then
// writes back") — or, for a participle of speech ("…, saying, “…”"),
// the subject of the sentence's main clause. Every scan is bounded.

// enClauseWindow bounds the words read between a quotation's punctuation
// and the verb of its clause ("said about the movement,"), and between
// the commas of a relative clause or an apposition.
const (
	enClauseWindow = 8
	enRelWindow    = 24
	enNameWindow   = 6 // words of a name with its titles ("Springfield Police Chief Ana Ruiz")
)

// enExtraSpeechVerbs are English verbs of speech in phrasal or reading
// forms that the table's verbs do not hold: "fired back", "shot back",
// "pressed" (a question), "posted", "reads" (a sign, a text).
var enExtraSpeechVerbs = map[string]bool{
	"fired": true, "fires": true, "shot": true, "shoots": true, "pressed": true, "presses": true,
	"posted": true, "posts": true, "reads": true, "read": true, "sang": true, "sings": true,
}

// enAdverbs are the adverbs English puts between a subject and its verb
// of speech ("Mills then writes", "Trump later said").
var enAdverbs = map[string]bool{
	"then": true, "later": true, "also": true, "again": true, "once": true, "quickly": true,
	"simply": true, "finally": true, "previously": true, "recently": true, "first": true, "still": true,
}

// enPrepositions take a name as their complement inside a reporting
// clause ("responds to Mills with", "said of Trump", "told reporters in
// Iowa").
var enPrepositions = map[string]bool{
	"to": true, "with": true, "of": true, "about": true, "at": true, "in": true, "on": true, "for": true, "from": true,
}

// enRelOpeners open a relative clause or an apposition set off by commas
// after a name ("Patel, who …,", "Moreau, now a partner …,", "Ruiz, a
// delegate …,", "Patel, 35, …").
var enRelOpeners = map[string]bool{
	"who": true, "whose": true, "a": true, "an": true, "the": true, "now": true, "himself": true, "herself": true,
	"one": true, "former": true, "also": true, "whom": true,
}

// enSpeechWord reports whether t is an English verb of speech, in any
// form the table holds or as a present participle ("saying", "adding",
// "noting", "quipping").
func (m *reader) enSpeechWord(t token) bool {
	return t.kind == tokWord && !isNameTok(t) && (m.isSpeechVerb(t.lower) || enExtraSpeechVerbs[t.lower] || m.enSpeechParticiple(t.lower))
}

// enSpeechParticiple reports whether w is the present participle of an
// English verb of speech: the stem before -ing, with the final e it
// dropped ("noting") or without the consonant it doubled ("quipping").
func (m *reader) enSpeechParticiple(w string) bool {
	st, ok := strings.CutSuffix(w, "ing")
	if !ok || len(st) < 2 {
		return false
	}
	if m.enSpeechBase(st) || m.enSpeechBase(st+"e") {
		return true
	}
	n := len(st)
	return n >= 3 && st[n-1] == st[n-2] && m.enSpeechBase(st[:n-1])
}

// enSpeechBase reports whether base is the base form of an English verb
// of speech of the table, which holds the third person and the past
// ("says", "replies", "pushes").
func (m *reader) enSpeechBase(base string) bool {
	if m.isSpeechVerb(base+"s") || m.isSpeechVerb(base+"es") {
		return true
	}
	y, ok := strings.CutSuffix(base, "y")
	return ok && m.isSpeechVerb(y+"ies")
}

// enClauseSpeaker returns the speaker the English clause touching a
// quotation of the sentence toks names, nil when no clause of these
// shapes does (the generic rule then reads the sentence).
func (m *reader) enClauseSpeaker(toks []token, langTag string) *person {
	if len(toks) == 0 {
		return nil
	}
	if pi := m.enPronounAt(toks); pi >= 0 {
		m.enPron = enPronounMemo{base: &toks[0], known: m.enFirstKnownAfter(toks, pi)}
		defer func() { m.enPron = enPronounMemo{} }()
	}
	for k, t := range toks {
		if t.kind != tokQuote {
			continue
		}
		// (The clause before a quotation first: in "X responds to Y
		// with, “…?” Y then writes back, “…”" the clause after the first
		// quotation introduces the second.)
		if p := m.enClauseBefore(toks, k, langTag); p != nil {
			return p
		}
		if p := m.enClauseAfter(toks, k, langTag); p != nil {
			return p
		}
	}
	return nil
}

// enClauseAfter reads "“…,” NAME [adverb] [(label)] VERB …" after the
// quotation at toks[k].
func (m *reader) enClauseAfter(toks []token, k int, langTag string) *person {
	j := k + 1
	if j < len(toks) && toks[j].kind == tokPunct && toks[j].text == "," {
		j++
	}
	if k == 0 && j+1 < len(toks) && pronounGender(toks[j].lower) != 0 && toks[j].lower != "his" && toks[j].lower != "her" {
		// "“…,” she posted.": he or she, then the verb. (Only after
		// a quotation that opens the sentence: in "X told the AP: “…”
		// He added, …" the pronoun opens the next sentence.)
		v := j + 1
		for v < len(toks) && toks[v].kind == tokWord && enAdverbs[toks[v].lower] {
			v++
		}
		if v < len(toks) && m.enSpeechWord(toks[v]) {
			return m.pronounReferent(toks[j].lower)
		}
		return nil
	}
	if j >= len(toks) || toks[j].kind != tokWord || !isNameTok(toks[j]) || m.lowerWords[toks[j].lower] || enOpeners[toks[j].lower] {
		return nil
	}
	n := 0
	for j+n < len(toks) && toks[j+n].kind == tokWord && isNameTok(toks[j+n]) && n < enNameWindow {
		if strings.HasSuffix(toks[j+n].text, "’s") || strings.HasSuffix(toks[j+n].text, "'s") {
			return nil // ("Trump’s campaign said": no person)
		}
		n++
	}
	v := skipParen(toks, j+n)
	v = enSkipRelative(toks, v) // (enq17_clause.go)
	for v < len(toks) && toks[v].kind == tokWord && enAdverbs[toks[v].lower] {
		v++
	}
	if v >= len(toks) || !m.enSpeechWord(toks[v]) {
		return nil
	}
	p, _ := m.resolve(toks[j:j+n], langTag)
	return p
}

// enClauseBefore reads "… NAME [adverb] VERB [words][,:] “…”" before the
// quotation at toks[k].
func (m *reader) enClauseBefore(toks []token, k int, langTag string) *person {
	j := k - 1
	if j < 1 || toks[j].kind != tokPunct || toks[j].text != "," && toks[j].text != ":" {
		return nil
	}
	if toks[j].text == ":" && m.enPronounClause(toks[:j]) {
		// "She went on: “…”", "Along with the photo, he had posted:
		// “…”": a clause with he or she for its subject, closed by a
		// colon, introduces the words after it, whatever its verb.
		return m.pronounReferent(toks[m.enPronounAt(toks[:j])].lower)
	}
	v := -1
	for i := j - 1; i >= 0 && i >= j-enClauseWindow; i-- {
		t := toks[i]
		if t.kind == tokWord && isNameTok(t) && !m.enSpeechWord(t) {
			// A name after a preposition is the verb's complement
			// ("responds to Mills with,", "said of Trump,"): read on.
			s := i
			for s > 0 && i-s < enNameWindow && toks[s-1].kind == tokWord && isNameTok(toks[s-1]) {
				s--
			}
			if s == 0 || !enPrepositions[toks[s-1].lower] {
				break
			}
			i = s
			continue
		}
		if t.kind != tokWord {
			break
		}
		if m.enSpeechWord(t) {
			v = i
			break
		}
	}
	if v < 1 {
		return nil
	}
	if strings.HasSuffix(toks[v].lower, "ing") {
		// "…, saying, “…”": a participle has its main clause's subject.
		if toks[v-1].kind == tokPunct && toks[v-1].text == "," || toks[v-1].kind == tokWord && toks[v-1].lower == "by" {
			// ("…, saying, “…”"; "he began by saying, “…”")
			if m.enPronounClause(toks[:v]) {
				return m.pronounReferent(toks[m.enPronounAt(toks[:v])].lower)
			}
			return m.enMainSubject(toks[:v-1], langTag)
		}
		return nil
	}
	u := v - 1
	for u > 0 && toks[u].kind == tokWord && enAdverbs[toks[u].lower] {
		u--
	}
	if toks[u].kind == tokPunct && toks[u].text == "," && u > 0 {
		// "Patel, who called Lind …, told": the name before the
		// comma that opens the relative clause or apposition.
		c := -1
		for i := u - 1; i > 0 && i >= u-enRelWindow; i-- {
			if toks[i].kind == tokQuote {
				return nil
			}
			if toks[i].kind == tokPunct && toks[i].text == "," {
				c = i
				break
			}
		}
		if c < 1 || toks[c+1].kind != tokWord || !enRelOpeners[toks[c+1].lower] && !isDigits(toks[c+1].text) {
			return nil
		}
		u = c - 1
	}
	u = skipParenBack(toks, u)
	return m.enNameEndingAt(toks, u, langTag)
}

// enNameEndingAt resolves the name run that ends at toks[u], nil when
// none does (a capitalised opener of the sentence is no name).
func (m *reader) enNameEndingAt(toks []token, u int, langTag string) *person {
	if u < 0 || u >= len(toks) || toks[u].kind != tokWord || !isNameTok(toks[u]) {
		return nil
	}
	s := u
	for s > 0 && u-s < enNameWindow && toks[s-1].kind == tokWord && isNameTok(toks[s-1]) {
		s--
	}
	if s > 1 && toks[s-1].text == "The" && toks[s-2].kind == tokWord {
		s-- // ("of The Wrap": a capitalised article inside the sentence opens a name)
	}
	for s <= u && (s == 0 || toks[s-1].kind == tokPunct) && (m.lowerWords[toks[s].lower] || enOpeners[toks[s].lower] || enParticiple(toks[s].lower) || enDeterminers[toks[s].lower]) && enNameGender[toks[s].lower] == 0 {
		s++ // ("When Trump", "Entering Suzuki": the opener is no part of the name)
	}
	if s > u || strings.HasSuffix(toks[u].text, "’s") || strings.HasSuffix(toks[u].text, "'s") {
		return nil
	}
	if s > 0 && toks[s-1].kind == tokWord && enPrepositions[toks[s-1].lower] {
		// "Emily Gertler of Good Morning America says": the name after
		// a preposition is a complement; the person is the name before
		// "of" ("Brent Lang of The Wrap"), else no one these rules see.
		if toks[s-1].lower != "of" || s < 2 {
			return nil
		}
		return m.enNameEndingAt(toks[:s-1], s-2, langTag)
	}
	if u == s && s == 0 && !m.known([]string{toks[s].text}) {
		// (One capitalised word that opens the sentence, no one was
		// named by, may be any opener: "Confirming", "Either"; the
		// generic rule reads "Okafor said, “…”".)
		return nil
	}
	p, _ := m.resolve(toks[s:u+1], langTag)
	return p
}

// enDeterminers are English determiners and conjunctions that open a
// sentence capitalised before a name ("Either Okusan or …", "Both Cruz").
var enDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "either": true, "neither": true, "both": true, "and": true, "or": true,
	"this": true, "that": true, "these": true, "those": true, "his": true, "her": true, "their": true, "its": true,
}

// enMainSubject returns the subject of an English main clause in toks:
// the first name run that opens it or follows the comma closing a
// fronted phrase ("Before the convention, Chief Calvin Williams lobbied"),
// followed by a word in lower case (its verb).
func (m *reader) enMainSubject(toks []token, langTag string) *person {
	for i := 0; i < len(toks) && i < enRelWindow; i++ {
		if toks[i].kind == tokQuote {
			return nil
		}
		if i > 0 && !(toks[i-1].kind == tokPunct && toks[i-1].text == ",") {
			continue
		}
		j := i
		for j < len(toks) && toks[j].kind == tokWord && !isNameTok(toks[j]) && j-i < 3 && toks[j].lower != "and" {
			j++ // ("the former senator John Smith"? no: role words, bounded)
		}
		if j >= len(toks) || toks[j].kind != tokWord || !isNameTok(toks[j]) {
			continue
		}
		e := j
		for e < len(toks) && toks[e].kind == tokWord && isNameTok(toks[e]) && e-j < enNameWindow {
			e++
		}
		if e < len(toks) && toks[e].kind == tokWord && !isNameTok(toks[e]) && toks[e].lower != "and" && toks[e].lower != "or" {
			if p := m.enNameEndingAt(toks, e-1, langTag); p != nil {
				return p
			}
		}
	}
	return nil
}

// skipParen returns the index after a parenthesised group that opens at
// toks[i] ("(D-Nev.)"), or i when none does.
func skipParen(toks []token, i int) int {
	if i >= len(toks) || toks[i].kind != tokPunct || toks[i].text != "(" {
		return i
	}
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		if toks[j].kind == tokPunct && toks[j].text == ")" {
			return j + 1
		}
	}
	return i
}

// skipParenBack returns the index before a parenthesised group that
// closes at toks[i], or i when none does.
func skipParenBack(toks []token, i int) int {
	if i < 0 || toks[i].kind != tokPunct || toks[i].text != ")" {
		return i
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if toks[j].kind == tokPunct && toks[j].text == "(" {
			return j - 1
		}
	}
	return i
}

// enPronounAt returns the index of the he or she that is the subject of
// the clause toks: its first word, or the first word after the comma
// that closes a fronted phrase; -1 when there is none.
func (m *reader) enPronounAt(toks []token) int {
	for i := 0; i < len(toks) && i < enRelWindow; i++ {
		if toks[i].kind == tokQuote {
			return -1
		}
		if i > 0 && !(toks[i-1].kind == tokPunct && toks[i-1].text == ",") {
			continue
		}
		if w := toks[i].lower; toks[i].kind == tokWord && (w == "he" || w == "she") {
			return i
		}
	}
	return -1
}

// enPronounClause reports whether the clause toks has he or she for its
// subject and no name of a person after it (a name would be the
// speaker the generic rule reads).
func (m *reader) enPronounClause(toks []token) bool {
	i := m.enPronounAt(toks)
	if i < 0 {
		return false
	}
	if c := &m.enPron; c.base != nil && c.base == &toks[0] {
		// A prefix of the sentence enClauseSpeaker reads: its first
		// known name after the pronoun was found once for every
		// quotation of the sentence.
		return c.known >= len(toks)
	}
	return m.enFirstKnownAfter(toks, i) >= len(toks)
}

// enFirstKnownAfter returns the index of the first word after toks[i]
// that is the name of a person the article has named, len(toks) when
// there is none.
func (m *reader) enFirstKnownAfter(toks []token, i int) int {
	for k := i + 1; k < len(toks); k++ {
		if t := toks[k]; t.kind == tokWord && isNameTok(t) && m.known([]string{t.text}) {
			return k
		}
	}
	return len(toks)
}

// enPronounMemo holds, for the sentence enClauseSpeaker reads, where the
// first known name after its he or she subject stands, so that each of
// the sentence's quotations asks enPronounClause without reading the
// sentence again from its start (a sentence of many quotations would
// cost the square of its length). base is the sentence's first token
// (nil outside enClauseSpeaker).
type enPronounMemo struct {
	base  *token
	known int
}

// enAfterAskedClause returns the main clause of an English sentence that
// opens with a passive participle of speech ("Asked about Trump, Mendel
// played down the feud", "Told of the ruling, Hart said …"): the person
// the participle names is who was asked, not who speaks, and the
// sentence's speaker is read from the clause after the comma. ok is false
// when the sentence does not open so.
func (m *reader) enAfterAskedClause(toks []token) ([]token, bool) {
	if len(toks) < 4 || toks[0].kind != tokWord || !strings.HasSuffix(toks[0].lower, "ed") && toks[0].lower != "told" || !m.isSpeechVerb(toks[0].lower) {
		return nil, false
	}
	if toks[1].kind == tokWord && isNameTok(toks[1]) && toks[0].lower != "asked" && toks[0].lower != "told" {
		// "Added Oscar Mendel, a Republican from Ohio: “…”": a verb of
		// speech followed by a name is an inverted attribution, whose
		// name is the speaker; the passive participle is followed by
		// its complement ("Asked about", "Told of", "Pressed on").
		// ("Asked Lund about it, she said": asked and told take their
		// object so, and are kept.)
		return nil, false
	}
	for c := 1; c < len(toks)-1 && c <= enRelWindow; c++ {
		if toks[c].kind == tokQuote {
			return nil, false
		}
		if toks[c].kind == tokPunct && toks[c].text == "," {
			rest := toks[c+1:]
			if r := rest[0]; r.kind == tokWord && (strings.HasSuffix(r.lower, "ed") || r.lower == "told") && m.isSpeechVerb(r.lower) {
				// (attribute reads the rest once: no chain of
				// participles makes it read a sentence again and
				// again.)
				return nil, false
			}
			return rest, true
		}
	}
	return nil, false
}
