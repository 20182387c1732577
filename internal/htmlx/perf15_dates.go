package htmlx

import (
	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// dateSpans remembers AnyDateSpan's answers for one page's choice of date
// (chooseDate, with its config): the date lines are read by the text's
// elements in turn, each inner element's text again to see whether it
// holds a date of its own, the lines under the headline again by
// dateUnderHeadline, the lines of a list of teasers once more as the last
// source; about a third of the texts read held a date line read before.
// A text without two digits in a row, which AnyDateSpan answers at once,
// is not kept. A nil dateSpans remembers nothing.
type dateSpans struct {
	c    *model.Config
	seen map[dateSpanKey]dateSpan
}

type dateSpanKey struct {
	s     string
	short bool
	order numericOrder
}

type dateSpan struct {
	d       model.Date
	at, end int
	ok      bool
}

// span is AnyDateSpan(s, c, short, order).
func (m *dateSpans) span(s string, c *model.Config, short bool, order numericOrder) (model.Date, int, int, bool) {
	if m == nil || c != m.c || !textutil.HasDigitRun(s, 2) {
		return AnyDateSpan(s, c, short, order)
	}
	k := dateSpanKey{s, short, order}
	if v, ok := m.seen[k]; ok {
		return v.d, v.at, v.end, v.ok
	}
	d, at, end, ok := AnyDateSpan(s, c, short, order)
	if m.seen == nil {
		m.seen = map[dateSpanKey]dateSpan{}
	}
	m.seen[k] = dateSpan{d, at, end, ok}
	return d, at, end, ok
}

// date is AnyDate(s, c, short).
func (m *dateSpans) date(s string, c *model.Config, short bool) (model.Date, int, bool) {
	d, at, _, ok := m.span(s, c, short, orderUnknown)
	return d, at, ok
}
