package htmlx

import (
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/articlekit/article/internal/dates"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// Date forms of other languages matched against the month names of every
// language table (monthNames). findDate reads most of them too since it
// learnt month names in any script; these add a comma before the year
// and "del":
//
//  5. Januar 2020, 26. Mai, 2008, 1er janvier 2020, 5 de enero del 2020,
//     13 février 2019, 05. März 2021, 16th Jan 2008, 28th December, 2007
//
// and day.month.two-digit-year dates (31.10.23) in date lines.
var (
	reDayMonthAny = regexp.MustCompile(`(?i)\b(\d{1,2})(?:\.\s*|er\s+|º\s+|°\s+|(?:st|nd|rd|th)?\s+)(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+|del\s+)?(\d{4})\b`)
	reShortDot    = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{2})\b`)
	// "datePublished":"2019-03-02T06:22:28+01:00" in a script that is not
	// (valid) JSON-LD: page state, analytics layers.
	reScriptDate = regexp.MustCompile(`"(?:datePublished|date_published|published_at|publishedAt|publishDate|publish_date|pubDate|publicationDate|publication_date|firstPublished|first_published_at|dateCreated|created_at|createdAt|date)"\s*:\s*"([^"]{8,40})"`)
)

// AnyDate finds the first date in s in any form any language table knows:
// the forms of findDate, day-month-year with month names of any language,
// and, when short is set, day.month.yy. It reports the date and its byte
// offset.
func AnyDate(s string, c *model.Config, short bool) (model.Date, int, bool) {
	d, at, _, ok := AnyDateSpan(s, c, short, orderUnknown)
	return d, at, ok
}

// numericOrder is the order of day and month in a page's slashed numeric
// dates ("02/10/2020").
type numericOrder int

const (
	orderUnknown numericOrder = iota // read only when one number is above 12
	dayFirst                         // 02/10/2020 is 2 October
	monthFirst                       // 02/10/2020 is 10 February
)

// LangOrder returns the numeric date order of a page in language lang
// (the <html lang> value): month first in US English, day first in the
// other Englishes and in the other languages that write day/month/year;
// unknown for bare or Canadian English, which write both.
func LangOrder(langTag string) numericOrder {
	langTag = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(langTag), "_", "-"))
	base, region, _ := strings.Cut(langTag, "-")
	switch {
	case base == "":
		return orderUnknown
	case base == "en":
		switch region {
		case "us":
			return monthFirst
		case "", "ca":
			return orderUnknown
		}
		return dayFirst
	}
	return dayFirst
}

// AnyDateSpan is anyDate reporting the end of the date's text too, with
// order the day and month order of the page's slashed numeric dates.
func AnyDateSpan(s string, c *model.Config, short bool, order numericOrder) (model.Date, int, int, bool) {
	best, at, end := model.Date{}, -1, -1
	if !textutil.HasDigitRun(s, 2) {
		// Every form below needs two digits in a row (a year).
		return best, at, end, false
	}
	if m, ok := dates.Find(s, c); ok {
		best, at, end = m.Date, m.Start, m.End
		if order == monthFirst {
			best = monthFirstDotted(s[at:end], best)
		}
		if at == 0 {
			// The forms below replace it only with a date that starts
			// before it.
			return best, at, end, true
		}
	}
	// Each regexp below runs only on a text with the bytes its form
	// needs (dates/prefilter.go): a space before the year of
	// reDayMonthAny and a day before that (DayMonthYearShape), a dot or
	// slash between a digit and the two of reShortDot's and
	// reShortSlash's year, a slash or space before the
	// four of reNumericDate's. A regexp that cannot match finds nothing.
	var dayMonth [][]int
	if dates.SpaceDigits(s, 4) && dates.DayMonthYearShape(s) && dates.DayMonthAnyHasMonth(s) {
		dayMonth = reDayMonthAny.FindAllStringSubmatchIndex(s, 1)
	}
	for i := 0; i < len(dayMonth); dayMonth, i = textutil.MoreMatches(reDayMonthAny, s, dayMonth, i), i+1 {
		loc := dayMonth[i]
		if at >= 0 && loc[0] >= at {
			break
		}
		mon, ok := dates.LookupMonth(s[loc[4]:loc[5]])
		if !ok {
			continue
		}
		if d, ok := makeDay(dates.Atoi(s[loc[6]:loc[7]]), int(mon), dates.Atoi(s[loc[2]:loc[3]])); ok {
			best, at, end = d, loc[0], loc[1]
			break
		}
	}
	// reShortDot needs a dot, reShortSlash a slash, reNumericDate one of
	// the two: a text without them is not searched for these forms. Each
	// loop stops at its first date, and the first match alone is looked
	// for first (textutil.MoreMatches).
	hasDot, hasSlash := strings.IndexByte(s, '.') >= 0, strings.IndexByte(s, '/') >= 0
	if short && hasDot && dates.DigitsAround(s, '.', 1, 2) {
		for locs, i := reShortDot.FindAllStringSubmatchIndex(s, 1), 0; i < len(locs); locs, i = textutil.MoreMatches(reShortDot, s, locs, i), i+1 {
			loc := locs[i]
			if at >= 0 && loc[0] >= at {
				break
			}
			// Not part of a longer dotted number (1.10.23.4, 19.12.2019).
			if loc[1] < len(s) && (s[loc[1]] == '.' && loc[1]+1 < len(s) && isDigit(s[loc[1]+1]) || isDigit(s[loc[1]])) {
				continue
			}
			if loc[0] > 0 && (s[loc[0]-1] == '.' || isDigit(s[loc[0]-1])) {
				continue
			}
			a, b := dates.Atoi(s[loc[2]:loc[3]]), dates.Atoi(s[loc[4]:loc[5]])
			if b > 12 && a <= 12 || order == monthFirst && b <= 12 {
				a, b = b, a // month first, as US pages write it ("10.26.12")
			}
			if d, ok := makeDay(2000+dates.Atoi(s[loc[6]:loc[7]]), b, a); ok {
				best, at, end = d, loc[0], loc[1]
				break
			}
		}
	}
	if short && hasSlash && dates.DigitsAround(s, '/', 1, 2) {
		// "24/10/12", "01/13/08" in date lines: slashed with a two-digit
		// year, read only where the order is beyond doubt (one number above
		// 12) or known for the page.
		for locs, i := reShortSlash.FindAllStringSubmatchIndex(s, 1), 0; i < len(locs); locs, i = textutil.MoreMatches(reShortSlash, s, locs, i), i+1 {
			loc := locs[i]
			if at >= 0 && loc[0] >= at {
				break
			}
			if loc[0] > 0 && (isDigit(s[loc[0]-1]) || s[loc[0]-1] == '/') || loc[1] < len(s) && (s[loc[1]] == '/' || isDigit(s[loc[1]])) {
				continue
			}
			a, b := dates.Atoi(s[loc[2]:loc[3]]), dates.Atoi(s[loc[4]:loc[5]])
			day, mon, ok := numericDayMonth(a, b, order)
			if !ok {
				continue
			}
			if d, ok := makeDay(2000+dates.Atoi(s[loc[6]:loc[7]]), mon, day); ok {
				best, at, end = d, loc[0], loc[1]
				break
			}
		}
	}
	if short && (hasDot || hasSlash) && dates.SlashOrSpaceDigits(s, 4) {
		// "17/02/2022" and "4. 2. 2022." in date lines: numeric dates
		// findDate leaves, the slashed ones only where the order is
		// beyond doubt (one of the two numbers above 12).
		for locs, i := reNumericDate.FindAllStringSubmatchIndex(s, 1), 0; i < len(locs); locs, i = textutil.MoreMatches(reNumericDate, s, locs, i), i+1 {
			loc := locs[i]
			if at >= 0 && loc[0] >= at {
				break
			}
			if loc[0] > 0 && (isDigit(s[loc[0]-1]) || s[loc[0]-1] == '/' || s[loc[0]-1] == '.') {
				continue
			}
			a, b, y := dates.Atoi(s[loc[2]:loc[3]]), dates.Atoi(s[loc[6]:loc[7]]), dates.Atoi(s[loc[8]:loc[9]])
			day, mon := a, b
			if s[loc[4]:loc[5]] == "/" {
				var ok bool
				if day, mon, ok = numericDayMonth(a, b, order); !ok {
					continue
				}
			}
			if d, ok := makeDay(y, mon, day); ok {
				best, at, end = d, loc[0], loc[1]
				break
			}
		}
	}
	return best, at, end, at >= 0
}

// numericDayMonth reads the two numbers a/b of a slashed date as day and
// month: the order is beyond doubt when one is above 12, else the page's
// order says it; ok is false when neither does.
func numericDayMonth(a, b int, order numericOrder) (day, mon int, ok bool) {
	switch {
	case a > 12 && b <= 12:
		return a, b, true
	case b > 12 && a <= 12:
		return b, a, true
	case a > 12 || b > 12:
		return 0, 0, false
	case order == dayFirst:
		return a, b, true
	case order == monthFirst:
		return b, a, true
	}
	return 0, 0, false
}

// reShortSlash matches a slashed date with a two-digit year ("24/10/12").
var reShortSlash = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{2})\b`)

// reNumericDate matches "17/02/2022" and the spaced "4. 2. 2022".
var reNumericDate = regexp.MustCompile(`\b(\d{1,2})(/|\.\s)(?:\s*)(\d{1,2})(?:/|\.\s)\s*(\d{4})\b`)

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// makeDay returns the calendar day year-mon-day, if it exists.
func makeDay(year, mon, day int) (model.Date, bool) {
	if year < 1900 || year > 2200 || mon < 1 || mon > 12 || day < 1 || day > 31 {
		return model.Date{}, false
	}
	t := time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return model.Date{}, false
	}
	return model.Date{Time: t}, true
}

// readDate reads a metadata value as a date: ISO 8601 and the forms of
// parseDate first, then the other languages' forms.
func readDate(s string, c *model.Config) (model.Date, bool) {
	if d, ok := dates.Parse(s, c); ok {
		return d, true
	}
	d, _, ok := AnyDate(s, c, false)
	return d, ok
}

// ScriptDates returns the date values a script names under a publication
// key, in order.
func ScriptDates(s string, out []string) []string {
	// Find the quoted keys with one scan over the script's quotes, and run
	// the regexp only from each: most scripts (bundles, analytics) hold
	// none.
	var buf [scriptDateMaxKeys]int
	at := buf[:0]
	var next [len(scriptDateKeys)]int // where each key may next be found
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '"')
		if j < 0 {
			break
		}
		p := i + j
		i = p + 1
		if i >= len(s) {
			break
		}
		switch s[i] {
		case 'd', 'p', 'f', 'c':
		default:
			continue
		}
		for k, key := range scriptDateKeys {
			if p >= next[k] && strings.HasPrefix(s[p:], key) {
				if len(at) == scriptDateMaxKeys {
					// More keys than are read: the first ones of each
					// key, in key order, as scriptDatesByKey takes them.
					return scriptDatesByKey(s, out)
				}
				next[k] = p + len(key)
				at = append(at, p)
				break
			}
		}
	}
	return scriptDatesAt(s, at, out)
}

// scriptDateMaxKeys caps the keys read in one script.
const scriptDateMaxKeys = 64

// scriptDatesByKey is scriptDates for a script with more keys than it
// reads: it takes the first of each key in turn, up to scriptDateMaxKeys.
func scriptDatesByKey(s string, out []string) []string {
	var at []int
	for _, k := range scriptDateKeys {
		for i := 0; len(at) < scriptDateMaxKeys; {
			j := strings.Index(s[i:], k)
			if j < 0 {
				break
			}
			at = append(at, i+j)
			i += j + len(k)
		}
	}
	sort.Ints(at)
	return scriptDatesAt(s, at, out)
}

// scriptDatesAt reads the values of the keys at the sorted offsets at, up
// to four.
func scriptDatesAt(s string, at []int, out []string) []string {
	n := 0
	for _, i := range at {
		end := min(len(s), i+scriptDateSpan)
		if g := reScriptDate.FindStringSubmatchIndex(s[i:end]); g != nil && g[0] == 0 {
			out = append(out, s[i+g[2]:i+g[3]])
			if n++; n == 4 {
				break
			}
		}
	}
	return out
}

// scriptDateKeys are the quoted keys reScriptDate starts with.
var scriptDateKeys = [...]string{`"datePublished"`, `"date_published"`, `"published_at"`, `"publishedAt"`, `"publishDate"`, `"publish_date"`,
	`"pubDate"`, `"publicationDate"`, `"publication_date"`, `"firstPublished"`, `"first_published_at"`, `"dateCreated"`, `"created_at"`,
	`"createdAt"`, `"date"`}

// scriptDateSpan bounds the text read after a key: the key, a colon and a
// quoted value of at most 40 bytes, with some space.
const scriptDateSpan = 120

// reDateLabel matches words that label a publication date in page text.
var reDateLabel = regexp.MustCompile(`(?i)\b(?:veröffentlicht|publiziert|erschienen|datum|stand|publié|publicado|pubblicato|published|posted|date)\b(?:\s*(?:am|le|el|on|il|:))?`)

// LabelledDate finds a date printed right after a date label anywhere in
// the page text ("Datum: 25.01.2022", "Publié le 3 mars 2021").
func LabelledDate(t string, c *model.Config) model.Date {
	return labelledDate(t, c, orderUnknown)
}

// labelledDate is LabelledDate reading numeric dates in the page's order.
func labelledDate(t string, c *model.Config, order numericOrder) model.Date {
	for _, loc := range reDateLabel.FindAllStringIndex(t, 20) {
		from := loc[1]
		// Blog software prints the author between the label and the
		// date ("Posted by Jane Doe on Tue, Oct 30, 2012", WordPress's
		// and Blogger's post footers and bylines).
		if g := reLabelCredit.FindStringIndex(t[from:min(len(t), from+labelCreditReach)]); g != nil {
			from += g[1]
		}
		end := min(len(t), from+60)
		if d, at, _, ok := AnyDateSpan(t[from:end], c, true, order); ok && (at <= 8 || dateGapWords(t[from:from+at])) && plausibleYear(d) {
			return d
		}
	}
	return model.Date{}
}

// labelCreditReach bounds the text read after a date label for a credit.
const labelCreditReach = 64

// reLabelCredit matches a credit that follows a date label and precedes
// its date: "by", a name of letters (no digits: not a date), and "on",
// "at", "@" or a bar.
var reLabelCredit = regexp.MustCompile(`^\s*(?:by|By|BY|von|par|por)\s+[\p{L}][\p{L}.'’ -]{0,40}?\s(?:on|at|am|le|el|@|\|)\s`)

// dateGapWords reports whether the text between a date label and a date
// holds only the words a date line carries besides the date (a weekday,
// "on", "at": "Published Tuesday, November 06, 2012"), at most 24 bytes.
func dateGapWords(gap string) bool {
	if len(gap) > 24 {
		return false
	}
	for _, w := range strings.FieldsFunc(gap, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !dateLineWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}
