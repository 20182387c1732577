package attrib

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// minContainedHeadlineWords is how many words the words a headline puts in
// quote marks must hold to be read as someone's words taken from a body
// quotation (headlineContainedQuote): a single word in marks is as often a
// name or a scare-quoted term.
const minContainedHeadlineWords = 3

// headlineContainedQuote reads a headline quotation by its words alone:
// Russian news headlines lift words out of a quotation the body gives in
// full and set them in quote marks, whatever frame the headline puts around
// them (a role and a colon, «Губернатор: "Я человек информированный"»; a
// fragment woven into the headline's own sentence, «Путин обвинил Киев в
// отказе вести «политический диалог»»). Words in marks that a quotation of
// the body holds, as a run of its words, are that quotation's speaker's; a
// name or title (title case) and words the body quotes on their own are
// not taken. headlineQuote, headlineNamedQuote and headlineLeadQuote are
// tried first. Each body quotation's words are keyed once, when a span of
// the headline first asks for them; the search is the headline's spans
// times the body's quotations.
func (m *reader) headlineContainedQuote(h string, body []model.Quote) (model.Quote, bool) {
	h = strings.TrimSpace(h)
	if h == "" || !m.russian() || len(body) == 0 {
		return model.Quote{}, false
	}
	var keys []string
	for _, sp := range quoteSpansFrom(h, 0, true) {
		text := strings.TrimRight(strings.TrimSpace(h[sp.start:sp.end]), ",")
		if textutil.CountWords(text) < minContainedHeadlineWords || isTitleCase(text) || sameQuote(text, body) {
			continue
		}
		if keys == nil {
			keys = make([]string, len(body))
			for i, q := range body {
				if q.Speaker != "" && q.Block != HeadlineBlock {
					keys[i] = wordsKey(q.Text)
				}
			}
		}
		key := wordsKey(text)
		for i, q := range body {
			if keys[i] != "" && strings.Contains(keys[i], key) {
				return model.Quote{Text: text, Speaker: q.Speaker, Block: HeadlineBlock}, true
			}
		}
	}
	return model.Quote{}, false
}

// wordsKey is quoteKey with the punctuation between words dropped too,
// so that a run of words is found whole words only, whatever commas or
// full stops stand between them in the quotation.
func wordsKey(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
	return " " + strings.Join(f, " ") + " "
}
