package attrib

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// headlineNamedQuote reads the one form of headline quotation whose
// speaker the reading of the body may have missed: a person's first name
// and surname, a colon and the quotation to the end («Виктор Понедельник:
// «Адвокат ведет себя …»»), when the body names the person in the same
// words. News headlines give a condensed quotation so, and a surname that
// is also a common word (Понедельник, Мороз, Соловей) is not always read
// as a name in the body. The first name must be one the tables know
// (isPersonEvidence), every word capitalised and of letters; the speaker is
// reported by the name as written. headlineQuote is tried first.
func (m *reader) headlineNamedQuote(h string, body []model.Quote, blocks []model.Block) (model.Quote, bool) {
	h = strings.TrimSpace(h)
	if h == "" || !m.russian() {
		return model.Quote{}, false
	}
	spans := quoteSpansFrom(h, 0, true)
	if len(spans) == 0 {
		return model.Quote{}, false
	}
	last := spans[len(spans)-1]
	if strings.TrimRight(h[last.oend:], " .!?…") != "" || last.ostart == 0 {
		return model.Quote{}, false
	}
	pre, ok := strings.CutSuffix(strings.TrimRight(h[:last.ostart], " "), ":")
	if !ok {
		return model.Quote{}, false
	}
	name := strings.Fields(pre)
	if len(name) < 2 || len(name) > 3 || !isPersonEvidence(name[0]) {
		return model.Quote{}, false
	}
	for _, w := range name {
		// (IsNameWord is not asked: it refuses the common words such
		// surnames are.)
		if !unicode.IsUpper(textutil.FirstRune(w)) || textutil.IsAllCaps(w) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 {
			return model.Quote{}, false
		}
	}
	written := strings.Join(name, " ")
	named := false
	for _, b := range blocks {
		if strings.Contains(b.Text, written) && b.Text != h {
			named = true
			break
		}
	}
	text := strings.TrimRight(strings.TrimSpace(h[last.start:last.end]), ",")
	if !named || textutil.CountWords(text) < 2 || sameQuote(text, body) {
		return model.Quote{}, false
	}
	return model.Quote{Text: text, Speaker: written, Block: HeadlineBlock}, true
}
