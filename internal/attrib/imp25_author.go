package attrib

import (
	"slices"
	"strings"
)

// The author of a document quoted impersonally (Russian news style).
// «…», — сказано в сообщении; «…», — отмечается в пресс-релизе: the
// reflexive present or short passive participle has no subject, and when
// the clause names no owner of the document either, Russian news has
// named its author just before, in the same or the previous paragraph,
// as the subject of a verb of making public: «…, передает пресс-служба
// региональной прокуратуры», «Пресс-служба МВД распространила сообщение
// …», «В министерстве сообщили …», «По данным пресс-службы суда, …». The
// document's words are that body's. A person is never taken for it: a
// person speaks in his own name, and the rules that read the paragraph's
// people (attr19_impersonal.go) keep deciding when no body was named.

// imp25State is what the reader keeps of the last body named as the
// author of a communication.
type imp25State struct {
	author     []string // the body's name in the nominative, nil when none
	authorPara int      // the block it was named in
	para       int      // the block being read
}

// imp25PublishStems are the stems of the Russian verbs of making a text
// public that the verbs of speech do not hold («распространила
// сообщение», «опубликовал заявление», «передает», «информирует»).
var imp25PublishStems = []string{"распространи", "распространя", "опубликова", "публику", "разместил", "размещ", "переда", "информиру", "информирова", "сообща", "сообщи"}

// imp25PublishVerb reports whether w is a verb of speech or of making a
// text public.
func (m *reader) imp25PublishVerb(w string) bool {
	return m.isSpeechVerb(w) || hasPrefixAny(w, imp25PublishStems)
}

// imp25NoteAuthor records, after the reader has read a sentence, the body
// it names as the author of a communication: the subject of a verb of
// speech or publication, after the verb («передает пресс-служба
// прокуратуры») or opening the clause before it («Пресс-служба МВД
// распространила»), the body of an indefinite-personal verb («В
// министерстве сообщили»), or the body in the genitive after «по данным»,
// «согласно» («по данным пресс-службы суда»). Outlets are not recorded:
// an agency relays the document, it does not write it.
func (m *reader) imp25NoteAuthor(toks []token) {
	if !m.russian() {
		return
	}
	var found []string
	for j, t := range toks {
		if t.kind != tokWord {
			continue
		}
		if (t.lower == "данным" || t.lower == "информации") && j > 0 && toks[j-1].lower == "по" || t.lower == "согласно" {
			k := j + 1
			if k < len(toks) && toks[k].kind == tokWord && hasPrefixAny(toks[k].lower, ruDocumentNouns) {
				k++ // «согласно сообщению пресс-службы»
			}
			if body := m.ruBodyAt(toks, k); body != nil && m.imp25Body(body) {
				found = body
			}
			continue
		}
		if !m.imp25PublishVerb(t.lower) {
			continue
		}
		if body := m.ruImpersonalBody(toks, j); body != nil && !ruImpersonalVerb(t.lower) && m.imp25Body(body) {
			found = body
			continue
		}
		if j+1 < len(toks) && imp25ClauseOpens(toks, j) {
			// (The subject follows its verb only when the verb opens its
			// clause: «…, передает пресс-служба», «Как сообщила
			// пресс-служба»; after a subject, «Ученые призвали
			// министерство …», the noun is the object.)
			if name, ok := m.ruOrgAt(toks, j+1); ok && m.imp25Body(name) {
				found = name
				continue
			}
		}
		for k := j - 1; k >= 0 && k >= j-maxOrgWords-1 && toks[k].kind == tokWord; k-- {
			if k > 0 && toks[k-1].kind == tokWord && !ruPrepositions[toks[k-1].lower] {
				continue // the clause opens at k: a sentence's start or after punctuation
			}
			if k > 0 && ruPrepositions[toks[k-1].lower] {
				break // «в пресс-службе …»: a circumstance, not the subject
			}
			if name, ok := m.ruOrgAt(toks, k); ok {
				if len(name) > j-k {
					name = name[:j-k]
				}
				if m.imp25Body(name) {
					found = name
				}
			}
			break
		}
	}
	if len(found) == 1 && ruGenericBodies[strings.ToLower(found[0])] && m.imp25.author != nil {
		// «По данным ведомства»: the generic noun refers to the body
		// named before, which stays the author.
		found = m.imp25.author
	}
	if found != nil {
		// (The name only: the body becomes one of the text's people
		// when a quotation is given to it, not before.)
		m.imp25.author, m.imp25.authorPara = slices.Clone(found), m.imp25.para
	}
}

// imp25Body reports whether a name read by ruOrgAt is a body that may
// author a document: not an outlet.
func (m *reader) imp25Body(name []string) bool {
	if len(name) == 0 || knownOutlet(strings.Join(name, " ")) {
		return false
	}
	return true
}

// imp25DocumentAuthor returns the body the paragraph or the one before it
// named as the author of a communication when the impersonal verb of
// speech at toks[i] puts the words in a document whose owner the clause
// does not name («— сказано в сообщении»); nil otherwise.
func (m *reader) imp25DocumentAuthor(toks []token, i int) *person {
	if m.imp25.author == nil || m.imp25.para-m.imp25.authorPara > 1 || !ruImpersonalVerb(toks[i].lower) {
		return nil
	}
	j := ruDocumentNounAfter(toks, i)
	if j < 0 || j+1 < len(toks) && toks[j+1].kind == tokWord && !ruPrepositions[toks[j+1].lower] {
		return nil // no document, or the clause names its owner («в сообщении ведомства»): not this rule's
	}
	return m.lookupBody(m.imp25.author)
}

// imp25ClauseOpens reports whether the verb at toks[j] opens its clause:
// the sentence's start, after punctuation, or after the words that
// precede an inverted verb of report («как сообщает», «об этом
// сообщила», «также передает»).
func imp25ClauseOpens(toks []token, j int) bool {
	if j == 0 || toks[j-1].kind != tokWord {
		return true
	}
	switch toks[j-1].lower {
	case "как", "этом", "также", "том":
		return true
	}
	return false
}

// ruDocumentNounAfter returns the index of the noun of the document in
// which the impersonal verb of speech at toks[i] puts its words («в
// сообщении», «в официальном заявлении», «в пресс-релизе», within three
// words of the verb), -1 when there is none.
func ruDocumentNounAfter(toks []token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].kind != tokWord {
			return -1
		}
		if toks[k].lower != "в" && toks[k].lower != "во" && toks[k].lower != "на" {
			continue
		}
		j := k + 1
		for j < len(toks) && j <= k+3 && toks[j].kind == tokWord && !hasPrefixAny(toks[j].lower, ruDocumentNouns) {
			j++ // «в официальном заявлении»
		}
		if j >= len(toks) || toks[j].kind != tokWord || !hasPrefixAny(toks[j].lower, ruDocumentNouns) {
			return -1
		}
		return j
	}
	return -1
}
