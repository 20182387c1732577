package htmlx

import (
	"regexp"
	"strings"

	"github.com/articlekit/article/internal/dates"
	"github.com/articlekit/article/internal/model"
)

// Numeric dates whose two numbers are both 12 or less ("11.05.2012",
// "11/07/2012") read differently in the US (month first) and nearly
// everywhere else (day first). The page's language tag settles it when it
// names a region; else the page is asked, in the order htmldate and
// browsers' users alike would: the page's other numeric dates that are
// beyond doubt ("10/26/2012" elsewhere on it), the month its address
// files it under (/2012/11/), the country domain of its address, and last
// the bare "en" tag, which on the web stands mostly for US English.

// reURLYearMonth matches a year and a month in an address (/2012/11/).
var reURLYearMonth = regexp.MustCompile(`/((?:19|20)\d{2})/([01]?\d)/`)

// maxOrderVotes bounds the numeric dates read for the order votes.
const maxOrderVotes = 40

// dayFirstCountries are country domains of English-writing countries that
// write the day first.
var dayFirstCountries = []string{".uk", ".au", ".nz", ".ie", ".in", ".za"}

// dateOrder returns the order of day and month in the page's numeric
// dates: its language's, else what the page itself shows (see above). It
// is worked out once per page.
func (m *PageMeta) dateOrder(c *model.Config) numericOrder {
	if m.orderDone {
		return m.order
	}
	m.orderDone = true
	m.order = LangOrder(m.Lang)
	if m.order == orderUnknown {
		m.order = m.inferOrder(c)
	}
	return m.order
}

// inferOrder is dateOrder for a page whose language tag does not tell.
func (m *PageMeta) inferOrder(c *model.Config) numericOrder {
	// Votes of the numeric dates beyond doubt; the first ambiguous one is
	// kept for the address's month.
	day, month := 0, 0
	ambA, ambB, ambYear := 0, 0, 0
	t := m.text
	for i, n := 0, 0; i < len(t) && n < maxOrderVotes; i++ {
		if !isDigit(t[i]) {
			continue // numericDateAt's first test, without its call
		}
		a, b, y, end, ok := numericDateAt(t, i)
		if !ok {
			continue
		}
		n++
		i = end
		switch {
		case a < 1 || b < 1 || a > 31 || b > 31:
		case a > 12 && b <= 12:
			day++
		case b > 12 && a <= 12:
			month++
		case a != b && ambA == 0:
			ambA, ambB, ambYear = a, b, y
		}
	}
	switch {
	case day > month:
		return dayFirst
	case month > day:
		return monthFirst
	}
	urls := []string{m.Canonical, m.metaValue("og:url"), c.URL}
	if ambA != 0 {
		for _, u := range urls {
			if g := reURLYearMonth.FindStringSubmatch(u); g != nil && dates.Atoi(g[1]) == ambYear {
				switch mon := dates.Atoi(g[2]); mon {
				case ambA:
					return monthFirst
				case ambB:
					return dayFirst
				}
			}
		}
	}
	for _, u := range urls {
		h := hostOf(u)
		for _, cc := range dayFirstCountries {
			if strings.HasSuffix(h, cc) {
				return dayFirst
			}
		}
	}
	if strings.EqualFold(strings.TrimSpace(m.Lang), "en") {
		return monthFirst
	}
	return orderUnknown
}

// reDottedDate matches a whole day.month.year date text ("11.05.2012",
// "11-05-2012").
var reDottedDate = regexp.MustCompile(`^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$`)

// monthFirstDotted returns d read month first when text, the date's text,
// is a dotted date whose two numbers could be either (the date finder
// reads "11.05.2012" day first, as most of the world writes it), else d.
func monthFirstDotted(text string, d model.Date) model.Date {
	g := reDottedDate.FindStringSubmatch(strings.TrimSpace(text))
	if g == nil {
		return d
	}
	a, b := dates.Atoi(g[1]), dates.Atoi(g[2])
	if a > 12 || b > 12 || a == b {
		return d
	}
	if x, ok := makeDay(dates.Atoi(g[3]), a, b); ok {
		return x
	}
	return d
}

// numericDateAt reads a numeric date that starts at t[i] ("11/07/2012",
// "11.05.12"): one or two digits, a dot or a slash, one or two digits, the
// same mark, then a two- or four-digit year (two-digit years in this
// century), not inside a longer number. It returns the two first numbers,
// the year and the offset of the date's last byte. A hand-written scan:
// every page without a regional language tag is read through once.
func numericDateAt(t string, i int) (a, b, year, end int, ok bool) {
	if !isDigit(t[i]) || i > 0 && (isDigit(t[i-1]) || t[i-1] == '.' || t[i-1] == '/') {
		return 0, 0, 0, 0, false
	}
	num := func(j, max int) (v, k int) {
		for k = j; k < len(t) && k-j < max && isDigit(t[k]); k++ {
			v = v*10 + int(t[k]-'0')
		}
		return v, k
	}
	a, j := num(i, 2)
	if j >= len(t) || t[j] != '.' && t[j] != '/' {
		return 0, 0, 0, 0, false
	}
	sep := t[j]
	b, k := num(j+1, 2)
	if k == j+1 || k >= len(t) || t[k] != sep {
		return 0, 0, 0, 0, false
	}
	y, l := num(k+1, 4)
	switch {
	case l-(k+1) == 2:
		y += 2000
	case l-(k+1) != 4:
		return 0, 0, 0, 0, false
	}
	if l < len(t) && (isDigit(t[l]) || t[l] == '/' || t[l] == '.' && l+1 < len(t) && isDigit(t[l+1])) {
		return 0, 0, 0, 0, false
	}
	return a, b, y, l - 1, true
}
