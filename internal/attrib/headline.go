package attrib

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// HeadlineBlock is the Block of a quotation found in the headline rather
// than in the body.
const HeadlineBlock = -1

// maxHeadlineSpeakerWords bounds the name or role before a headline's
// colon: a speaker is named in a few words, a longer run is a sentence.
const maxHeadlineSpeakerWords = 4

// headlineTopic opens the topic a headline sets between the speaker and
// the colon («Слуцкий — о назначении …: «…»», "Obama on Syria: '…'"):
// a preposition of the topic, or a dash.
var headlineTopic = []string{" — ", " – ", " - ", " о ", " об ", " обо ", " про ", " on ", " about "}

// headlineQuote returns the quotation the headline h gives in someone's
// words, with its speaker, when it has one of the forms news headlines
// give a condensed quotation in:
//
//   - a name or role, a colon, then the quotation in quote marks to the
//     end («Моуриньо: «…»», «Президент: «…»», "Obama: '…'"), a topic
//     possibly set between name and colon («Овсянников о португальском
//     опыте: «…»», «Слуцкий — о назначении …: «…»»);
//   - the quotation, a dash, a verb of speech and the speaker («„…“, —
//     заявил Песков»);
//   - the quotation alone, when the body quotes a longer passage that
//     holds the same words: whoever the body says spoke that passage.
//
// A name must be someone the body names (a headline that opens with a
// place, a team or a rubric and a colon is not anyone's words); a role
// stands for who holds it in the body. A headline that merely holds a
// title or name in quote marks has none of these forms. body is the
// body's quotations: a quotation the body gives in the same words is the
// body's, and none is returned for the headline.
func (m *reader) headlineQuote(h string, body []model.Quote) (model.Quote, bool) {
	h = strings.TrimSpace(h)
	if h == "" {
		return model.Quote{}, false
	}
	if hasOddSpace(h) {
		h = strings.TrimSpace(plainSpaces([]model.Block{{Text: h}})[0].Text)
	}
	spans := quoteSpansFrom(h, 0, m.russian())
	if len(spans) == 0 {
		return model.Quote{}, false
	}
	var text string
	var speaker *person
	found := false
	last, first := spans[len(spans)-1], spans[0]
	toEnd := strings.TrimRight(h[last.oend:], " .!?…") == ""
	switch {
	case toEnd && last.ostart > 0 && strings.HasSuffix(strings.TrimRight(h[:last.ostart], " "), ":"):
		pre := strings.TrimRight(h[:last.ostart], " ")
		pre = strings.TrimSpace(pre[:len(pre)-1])
		if i := firstTopic(pre); i > 0 {
			pre = strings.TrimSpace(pre[:i])
		}
		if strings.ContainsAny(pre, "«»„“”\"") {
			return model.Quote{}, false
		}
		speaker, found = m.headlineSpeaker(strings.Fields(pre))
		text = h[last.start:last.end]
	case first.ostart == 0 && !toEnd:
		// «…», — заявил Песков: a dash, a verb of speech, the speaker.
		rest := strings.TrimLeft(h[first.oend:], " ,")
		dash := false
		for _, d := range []string{"—", "–", "-"} {
			if strings.HasPrefix(rest, d) {
				rest, dash = strings.TrimSpace(rest[len(d):]), true
				break
			}
		}
		words := strings.Fields(strings.TrimRight(rest, " .!?…"))
		if !dash || len(words) < 2 || !m.isSpeechVerb(m.lower(words[0])) || strings.ContainsAny(rest, "«»„“”\"") {
			return model.Quote{}, false
		}
		speaker, found = m.headlineSpeaker(words[1:])
		text = h[first.start:first.end]
	case toEnd && len(spans) == 1 && first.ostart == 0:
		// The whole headline in quote marks: the body's passage that
		// holds the same words says whose they are.
		text = h[first.start:first.end]
		key := quoteKey(text)
		if key == "" {
			return model.Quote{}, false
		}
		for _, q := range body {
			if bk := quoteKey(q.Text); len(bk) > len(key) && strings.Contains(bk, key) && q.Speaker != "" {
				return model.Quote{Text: strings.TrimSpace(text), Speaker: q.Speaker, Block: HeadlineBlock}, !sameQuote(text, body)
			}
		}
		return model.Quote{}, false
	}
	text = strings.TrimRight(strings.TrimSpace(text), ",")
	if !found || textutil.CountWords(text) < 2 || sameQuote(text, body) {
		return model.Quote{}, false
	}
	q := model.Quote{Text: text, Block: HeadlineBlock}
	if speaker != nil {
		q.Speaker = speaker.String()
	}
	return q, true
}

// firstTopic returns where the topic the headline sets after its speaker
// starts in pre (see headlineTopic), or -1.
func firstTopic(pre string) int {
	at := -1
	for _, t := range headlineTopic {
		if i := strings.Index(pre, t); i > 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// headlineSpeaker reads the words before a headline's colon (or after its
// verb of speech) as a speaker: a role, standing for who holds it in the
// body (nobody when the body names no one in it), or a name the body
// gives, reported by the fullest name the body gives. It reports false for
// anything else.
func (m *reader) headlineSpeaker(words []string) (*person, bool) {
	if len(words) == 0 || len(words) > maxHeadlineSpeakerWords {
		return nil, false
	}
	for i, w := range words {
		words[i] = strings.TrimRight(w, ",.:;!?")
	}
	if stem, ok := m.role(m.lower(words[0])); ok {
		// «Президент: «…»», «Глава МИД: «…»».
		return m.roles[stem], true
	}
	for _, w := range words {
		if !IsNameWord(w) || !unicode.IsLetter(textutil.FirstRune(w)) {
			return nil, false
		}
	}
	name, role := m.stripTitles(words)
	if role != "" && len(name) == 0 {
		return m.roles[role], true
	}
	if len(name) == 0 {
		return nil, false
	}
	p := m.knownPerson(name)
	if p == nil && len(name) > 1 {
		// "Nike’s Olander", "Anti-A100-Aktivist Tobias Trommer": words
		// the body does not give with the name; the surname alone.
		p = m.knownPerson(name[len(name)-1:])
	}
	return p, p != nil
}

// knownPerson returns the person of the body the name refers to, as
// lookup finds them, or nil; unlike lookup it neither records anyone nor
// renames anyone after the name: the headline shortens names, and a
// speaker is reported by the name the body gives. Of several people the
// name may be, the one the body names by a first name (a person's name
// in full, not a word glued before the surname: «Отдельно Слуцкий»),
// then by more words, then more often.
func (m *reader) knownPerson(name []string) *person {
	name, _ = ruNominative(name)
	cands, last := m.candidates(name[len(name)-1])
	var best *person
	better := func(p, q *person) bool {
		if q == nil {
			return true
		}
		if pe, qe := isPersonEvidence(p.name[0]), isPersonEvidence(q.name[0]); pe != qe {
			return pe
		}
		if len(p.name) != len(q.name) {
			return len(p.name) > len(q.name)
		}
		return p.mentions > q.mentions
	}
	for k := len(cands) - 1; k >= 0; k-- {
		p := cands[k]
		if !nameStemEq(p.key, last) && !patronymicMatch(p, name) {
			continue
		}
		if len(name) > 1 && len(p.name) > 1 && !nameStemEq(m.nameKey(p.name[0]), m.nameKey(name[0])) && !hasSuffixName(p.name, name) {
			continue
		}
		if len(p.name) > 0 && better(p, best) {
			best = p
		}
	}
	return best
}

// quoteKey is the text of a quotation as quotations are compared: in
// lower case, without quote marks, with single spaces, without the
// punctuation that ends it.
func quoteKey(s string) string {
	s = strings.ToLower(quoteMarkRemover.Replace(s))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimRight(s, " .,!?…;:")
}

// quoteMarkRemover removes every quote mark.
var quoteMarkRemover = strings.NewReplacer("«", "", "»", "", "„", "", "“", "", "”", "", "\"", "", "‘", "", "’", "", "‚", "", "‹", "", "›", "")

// sameQuote reports whether the body holds a quotation in the same words
// as text.
func sameQuote(text string, body []model.Quote) bool {
	key := quoteKey(text)
	for _, q := range body {
		if quoteKey(q.Text) == key {
			return true
		}
	}
	return false
}
