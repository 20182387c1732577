package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// minLeadHeadlineWords is the length from which a headline that ends
// with a full stop is read as the lead sentence it is.
const minLeadHeadlineWords = 10

// leadAsHeadline reports whether the headline is a sentence of prose: a
// raw text that opens with its lead, and no headline line, gives that
// first line as its headline when it is one sentence of middling length
// (the text layout leaves it out of the body then). Russian typography
// puts no full stop after a headline (nor Ukrainian); a line of ten words
// or more that ends with one (not an ellipsis, not inside a closing quote
// mark) is the lead, and what it says is read with the body: the outlets
// it cites («…, передает РИА Новости.»), the partial quotations woven into
// it, the person the next paragraph's quotation is attributed to by role.
// (English is left as it was: on PolNeAR the rule moved two he/she
// resolutions the wrong way and found nothing.)
func leadAsHeadline(h, langTag string) bool {
	if langTag != "ru" && langTag != "uk" {
		return false
	}
	h = strings.TrimRight(h, " ")
	if !strings.HasSuffix(h, ".") || strings.HasSuffix(h, "..") {
		return false
	}
	// A closing mark or bracket right before the stop leaves the line a
	// headline that quotes a sentence.
	if r, _ := utf8.DecodeLastRuneInString(h[:len(h)-1]); strings.ContainsRune("»\"”“)", r) {
		return false
	}
	return textutil.CountWords(h) >= minLeadHeadlineWords
}

// withLeadBlock returns the blocks with the headline put first as a
// paragraph when it is the lead (leadAsHeadline) and the body does not
// already open with it; ok says whether it was put.
func withLeadBlock(headline, langTag string, blocks []model.Block) ([]model.Block, bool) {
	headline = strings.TrimRight(headline, " ")
	if !leadAsHeadline(headline, langTag) {
		return blocks, false
	}
	if len(blocks) > 0 && strings.HasPrefix(blocks[0].Text, headline) {
		return blocks, false
	}
	out := make([]model.Block, 0, len(blocks)+1)
	out = append(out, model.Block{Type: model.Paragraph, Text: headline})
	return append(out, blocks...), true
}

// shiftLeadBlock numbers the quotations found with the lead put first
// (withLeadBlock) by the blocks of the body again: the lead's are the
// headline's.
func shiftLeadBlock(quotes []model.Quote) {
	for i := range quotes {
		if quotes[i].Block == 0 {
			quotes[i].Block = HeadlineBlock
		} else if quotes[i].Block > 0 {
			quotes[i].Block--
		}
	}
}

// closesParagraph reports whether the author's words s after a dash end
// the paragraph in one short clause: «— …, — пишет глава района.». Russian
// dash speech gives its speaker so, whatever verb opens the words
// (opensWithVerb); an item of a list or a dash of the writer's own
// sentence does not stop the paragraph one clause after it with a verb
// first.
func closesParagraph(s string) bool {
	// (Only the first maxInterruptionBytes are looked at: the words are
	// short, and a long paragraph costs no more than a short one.)
	k := strings.IndexAny(s[:min(len(s), maxInterruptionBytes+1)], ".!?")
	return k >= 0 && strings.TrimSpace(s[k+1:]) == "" && !strings.ContainsAny(s[:k], "—–«»\"")
}
