package htmlx

import (
	"strings"
	"time"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// The date printed under the headline against the page's date elements.
// News templates of the 2000s put the day's date in the masthead, in an
// element whose class says "date" ("Wednesday, 16 January 2008", often
// beside the weather), and lists of other stories with dated teasers near
// the article; the story's own date is a plain line under its headline
// ("Mon Jan 7 2008", "14/01/2008 1:40:00 PM."). A page cannot show a story
// before it is published, so when the date elements give a later day than
// the date printed right under the headline, the date under the headline
// is the story's (an update's date, when it is the later one, is not the
// publication's either).

// dateUnderReach is how many visible characters after the headline's end
// the date line under it is searched in: the line right under it, or the
// byline's line.
const dateUnderReach = 250

// dateUnderHeadline returns the first date printed in the page text
// within dateUnderReach visible characters after the located headline,
// or the zero Date. A line that also prints day, the date elements' day,
// is that date's line (an event's date may open it): it gives no other;
// nor does the reach when a date element in it gives day. spans holds the
// answers of the date lines chooseDate read.
func (m *PageMeta) dateUnderHeadline(c *model.Config, order numericOrder, day model.Date, spans *dateSpans) model.Date {
	if m.headEnd <= m.headAt || m.headAt < 0 || m.headEnd > len(m.text) {
		return model.Date{}
	}
	end := ForwardVisible(m.text, m.headEnd, dateUnderReach)
	if len(m.dateAt) == len(m.dateTexts) {
		for i, at := range m.dateAt {
			// A date element under the headline that gives day is the
			// date line itself.
			if at >= m.headEnd && at <= end {
				if o, _, ok := spans.date(m.dateTexts[i], c, true); ok && sameDay(o, day) {
					return model.Date{}
				}
			}
		}
	}
	d, at, dEnd, ok := AnyDateSpan(m.text[m.headEnd:end], c, true, order)
	if !ok || !plausibleYear(d) {
		return model.Date{}
	}
	// A date line stands on a short line of its own; a date in a
	// sentence (a photo's caption, a standfirst) is another day's.
	at, dEnd = m.headEnd+at, m.headEnd+dEnd
	start := strings.LastIndexByte(m.text[:at], '\n') + 1
	stop := len(m.text)
	if i := strings.IndexByte(m.text[dEnd:], '\n'); i >= 0 {
		stop = dEnd + i
	}
	if stop-start > dateLineMax || !textutil.HasDigitRun(m.text[at:dEnd], 4) {
		return model.Date{} // a long line, or a year in two digits ("11/6/12")
	}
	if isCreditedCaption(m.text[start:stop]) {
		return model.Date{} // a picture's caption ("Week in the field—July 13th, 2012 (Photo credit: …")
	}
	for rest := m.text[dEnd:stop]; ; {
		o, _, oEnd, ok := AnyDateSpan(rest, c, true, order)
		if !ok {
			break
		}
		if sameDay(o, day) {
			return model.Date{}
		}
		rest = rest[oEnd:]
	}
	return d
}

// dateUnderSpan bounds how long before the date elements' day the date
// under the headline may be: a masthead's "today" follows the story by
// days or weeks; a date under the headline further back than a month is
// more likely a date the story quotes than its own.
const dateUnderSpan = 31 * 24 * time.Hour

// dateLineMax bounds the length in bytes of a date line under the
// headline ("Mon, Jan 14 2008, 19:53 GMT", "By Ann Smith | Posted:
// January 9, 2008 at 4:19 p.m.").
const dateLineMax = 80

// earlierUnder returns the date under the headline when it is a day
// before d, the date the page's date elements give, else d.
func earlierUnder(d, under model.Date) model.Date {
	if d.IsZero() || under.IsZero() || sameDay(d, under) || !under.Time.Before(d.Time) || d.Time.Sub(under.Time) > dateUnderSpan {
		return d
	}
	return under
}

// captionCreditWords mark a picture's caption or credit line, lower case.
var captionCreditWords = []string{"photo", "credit", "courtesy", "getty", "image:", "picture:", "foto"}

// isCreditedCaption reports whether a line under the headline is a
// picture's caption: it names the picture's credit ("(Photo credit: …",
// "Courtesy of …", "Getty Images"). A caption's date is the picture's
// day, not the story's.
func isCreditedCaption(line string) bool {
	low := strings.ToLower(line)
	for _, w := range captionCreditWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
