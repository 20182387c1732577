package attrib

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// maxLeadVerbWords bounds the words after a headline quotation's colon
// among which its verb of speech stands («…»: Смольный рассказал о …,
// «…»: глава МИД заявил …).
const maxLeadVerbWords = 4

// minSharedHeadlineWords is how many words of four letters or more a
// headline quotation must share with a body quotation to be taken for a
// condensed form of it.
const minSharedHeadlineWords = 3

// minLeadQuoteWords is the fewest words a headline's leading quotation
// has: a name or title in quote marks is shorter.
const minLeadQuoteWords = 3

// headlineLeadQuote reads the headline form Russian news sites give a
// quotation in when the quotation comes first and the headline goes on
// after it: the quotation in quote marks from the headline's start, then a
// colon and the words that say who spoke («„…“: Смольный рассказал о
// ситуации в городе»), or a period and a sentence of its own («„…“.
// Россия сохранила место в рейтинге»). The speaker is whoever the body
// says spoke a passage holding the same words; else, after a colon and a
// verb of speech, the name or role before the verb (headlineSpeaker);
// else whoever spoke the body's quotation the headline condenses, sharing
// at least minSharedHeadlineWords longer words with it. A headline that
// only opens with a name or a title in quote marks («„Спартак“:
// …», «„Нездоровое кино“. …») finds no speaker so and gives nothing.
// headlineQuote and headlineNamedQuote are tried first.
func (m *reader) headlineLeadQuote(h string, body []model.Quote) (model.Quote, bool) {
	h = strings.TrimSpace(h)
	if h == "" || !m.russian() || len(body) == 0 {
		return model.Quote{}, false
	}
	spans := quoteSpansFrom(h, 0, true)
	if len(spans) == 0 || spans[0].ostart != 0 {
		return model.Quote{}, false
	}
	first := spans[0]
	rest := strings.TrimLeft(h[first.oend:], " ")
	colon := strings.HasPrefix(rest, ":")
	if !colon && !strings.HasPrefix(rest, ".") {
		return model.Quote{}, false
	}
	text := strings.TrimRight(strings.TrimSpace(h[first.start:first.end]), ",")
	if textutil.CountWords(text) < minLeadQuoteWords || isTitleCase(text) || sameQuote(text, body) {
		// («„Алтайская Долина“: дело не в …»: a name, not words.)
		return model.Quote{}, false
	}
	key := quoteKey(text)
	for _, q := range body {
		if bk := quoteKey(q.Text); q.Speaker != "" && len(bk) > len(key) && strings.Contains(bk, key) {
			return model.Quote{Text: text, Speaker: q.Speaker, Block: HeadlineBlock}, true
		}
	}
	if !colon {
		return model.Quote{}, false
	}
	words := strings.Fields(strings.TrimSpace(rest[1:]))
	for k := 0; k < len(words) && k < maxLeadVerbWords; k++ {
		if !m.isSpeechVerb(m.lower(strings.TrimRight(words[k], ",.:;!?"))) {
			continue
		}
		if k == 0 {
			break
		}
		if p, ok := m.headlineSpeaker(append([]string(nil), words[:k]...)); ok && p != nil {
			return model.Quote{Text: text, Speaker: p.String(), Block: HeadlineBlock}, true
		}
		if sp := condensedSpeaker(key, body); sp != "" {
			return model.Quote{Text: text, Speaker: sp, Block: HeadlineBlock}, true
		}
		break
	}
	return model.Quote{}, false
}

// condensedSpeaker returns the speaker of the body quotation that shares
// the most words of four letters or more with the headline quotation key
// (at least minSharedHeadlineWords of them), or "".
func condensedSpeaker(key string, body []model.Quote) string {
	long := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			if len([]rune(w)) >= 4 {
				out[w] = true
			}
		}
		return out
	}
	hw := long(key)
	best, bestN := "", minSharedHeadlineWords-1
	for _, q := range body {
		if q.Speaker == "" {
			continue
		}
		n := 0
		for w := range long(quoteKey(q.Text)) {
			if hw[w] {
				n++
			}
		}
		if n > bestN {
			best, bestN = q.Speaker, n
		}
	}
	return best
}
