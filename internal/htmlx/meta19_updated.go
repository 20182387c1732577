package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/model"
)

// updateLabels are the labels, in the languages with tables, that put an
// update's date after them in an article's header: "Updated March 5,
// 2025 10:00 a.m. ET", "mis à jour le 6 mars 2025", "Aktualisiert am
// 06.03.2025", "Обновлено: 6 марта 2025". Each is matched as written and
// with its first letter in capitals.
var updateLabels = []string{
	"updated", "last updated", "last modified", "last edited", "modified",
	"mis à jour", "mise à jour", "aktualisiert", "zuletzt aktualisiert", "actualizado", "aggiornato", "aggiornamento",
	"zaktualizowano", "обновлено", "обновлен", "оновлено",
}

// updateLabelGap is how many bytes may stand between an update label and
// its date: a connector ("on", "le", "am", "at", ": ") and spaces.
const updateLabelGap = 8

// updatedDates returns the dates printed right after an update label in
// the page's header (from the headline to dateAfterH1 visible characters
// below it), in the order printed. A page whose
// headline was not located has none: an update label in the body ("the
// list was updated on …") is no header line.
//
// With all unset, a date that the header prints twice is left out:
// a post printed at once, "Posted at 11/07/2012 | Updated as of
// 11/07/2012", gives its publication date in the one and the other.
// Both lists are read in one scan, once per headline span: the date
// choice and the modification date ask for them several times.
func (m *PageMeta) updatedDates(c *model.Config, order numericOrder, all bool) []model.Date {
	if m.ups.at != [2]int{m.headAt, m.headEnd} || !m.ups.done {
		m.ups.once, m.ups.all = m.scanUpdatedDates(c, order)
		m.ups.at, m.ups.done = [2]int{m.headAt, m.headEnd}, true
	}
	if all {
		return m.ups.all
	}
	return m.ups.once
}

// updatedCache holds updatedDates' two lists for the headline span at.
type updatedCache struct {
	at        [2]int
	done      bool
	once, all []model.Date
}

// scanUpdatedDates reads updatedDates' lists: the dates printed after an
// update label (all), and those of them the header does not print twice
// (once).
func (m *PageMeta) scanUpdatedDates(c *model.Config, order numericOrder) (once, all []model.Date) {
	if m.headAt < 0 || m.headEnd <= m.headAt || m.headEnd > len(m.text) {
		return nil, nil
	}
	// From the headline on: an update label over it belongs to
	// another item (a teaser, a ticker: "(Updated: Nov 11, 2012)").
	to := ForwardVisible(m.text, m.headEnd, dateAfterH1)
	head := m.text[m.headAt:to]
	var onceAt, allAt []int
	add := func(out []model.Date, at []int, d model.Date, pos int) ([]model.Date, []int) {
		for k, o := range out {
			if o == d || at[k] == pos {
				return out, at
			}
		}
		return append(out, d), append(at, pos)
	}
	for _, l := range updateLabels {
		for _, form := range []string{l, upperFirst(l)} {
			for off := 0; off < len(head); {
				i := strings.Index(head[off:], form)
				if i < 0 {
					break
				}
				i += off
				off = i + len(form)
				// A word that only opens with the label ("updates",
				// "modifiedly") is no label.
				if off < len(head) && isLetterByte(head[off]) {
					continue
				}
				rest := head[off:min(len(head), off+80)]
				d, dAt, dEnd, ok := AnyDateSpan(rest, c, true, order)
				if !ok || dAt > updateLabelGap || !plausibleYear(d) {
					continue
				}
				all, allAt = add(all, allAt, d, off+dAt)
				// The same date printed again after no update label
				// ("Posted at 11/07/2012 2:22 AM | Updated as of
				// 11/07/2012 2:22 AM") is the publication's as well.
				if strings.Count(head, rest[dAt:dEnd]) == 1 {
					once, onceAt = add(once, onceAt, d, off+dAt)
				}
			}
		}
	}
	sortByAt(once, onceAt)
	sortByAt(all, allAt)
	return once, all
}

// sortByAt puts ds in the order of their offsets at (a few dates: an
// insertion sort).
func sortByAt(ds []model.Date, at []int) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && at[j] < at[j-1]; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
			at[j], at[j-1] = at[j-1], at[j]
		}
	}
}

// isLetterByte reports whether b is an ASCII letter or opens or continues
// a multi-byte letter.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// upperFirst returns s with its first letter in capitals.
func upperFirst(s string) string {
	for i, r := range s {
		if i == 0 {
			return strings.ToUpper(string(r)) + s[len(string(r)):]
		}
	}
	return s
}

// isUpdatedDate reports whether d is one of the update dates ups: the
// same instant printed after an update label.
func isUpdatedDate(d model.Date, ups []model.Date) bool {
	for _, u := range ups {
		if u.Time.Equal(d.Time) && u.HasClock == d.HasClock {
			return true
		}
	}
	return false
}

// printedModified returns the first update date the header prints, when
// it is not earlier than the publication date pub.
func printedModified(m *PageMeta, c *model.Config, pub model.Date) (model.Date, bool) {
	for _, d := range m.updatedDates(c, m.dateOrder(c), true) {
		if pub.IsZero() || !d.Time.Before(pub.Time) || sameDay(d, pub) {
			return d, true
		}
	}
	return model.Date{}, false
}

// stepTextDate is the index of chooseDate's step that reads the date
// printed next to the headline (textDate).
const stepTextDate = 10

// withPrintedClock completes a date that structured data or a meta tag
// gives as a day alone (microdata's datetime="2025-03-05") with the clock
// and zone the page prints for the same day ("5 марта 2025, 13:30 МСК"):
// the day stays the structured one, the precision is the printed one's.
// A printed date of another day changes nothing.
func withPrintedClock(d model.Date, src model.Source, read func(int) model.Date) model.Date {
	if d.IsZero() || d.HasClock {
		return d
	}
	switch src.From {
	case model.FromJSONLD, model.FromOpenGraph, model.FromMicrodata, model.FromMeta:
	default:
		return d
	}
	for _, k := range []int{stepTime, stepDateLine, stepByline, stepTextDate} {
		// (A clock at midnight is a day stored as a timestamp.)
		if o := read(k); !o.IsZero() && o.HasClock && sameDay(o, d) && !atMidnight(o) {
			return o
		}
	}
	return d
}

// atMidnight reports whether d's clock reads 00:00:00.
func atMidnight(d model.Date) bool {
	h, mi, sec := d.Time.Clock()
	return h == 0 && mi == 0 && sec == 0
}

// afterUpdates reports whether d falls on a day later than every update
// date ups gives: an article is published before it is updated.
func afterUpdates(d model.Date, ups []model.Date) bool {
	if len(ups) == 0 {
		return false
	}
	for _, u := range ups {
		if !d.Time.After(u.Time) || sameDay(d, u) {
			return false
		}
	}
	return true
}
