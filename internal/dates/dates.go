package dates

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// monthWord matches a month name in any script, with an abbreviation dot.
const monthWord = `(\p{L}{3,12})\.?`

var (
	reISODate = regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?`)
	// 19.06.2024 | 17:43, 19.06.2024, 17:43, 19.06.2024 17:43,
	// 19.06.2024 - 17:43; with the word for "at" of the languages that
	// write the dotted date: Russian "в", Ukrainian "о", Polish "o",
	// German "um" ("05.03.2024 um 16:05 Uhr").
	reDotDate = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*(?:[|,\-–—]|в|о|o|um)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?`)
	// 19 июня 2024 г., 17:43 / 19 June 2024, 17:43 / 19 июня, 17:43 /
	// 19 juin 2024 à 17:43, um, alle, a las, o (the word for "at").
	// Also 5. März 2024, 1er mars 2024, 5 de marzo de 2024. The year
	// may take the word for "year" (Russian "г." / "года", Ukrainian
	// "р." / "року"), and the clock may follow a dash as well as a comma
	// or a bar ("5. März 2024 - 14:20 Uhr", "5 de marzo de 2024 - 14:20
	// CET"), or Ukrainian "о" ("5 березня 2024 року о 13:30").
	reDayMonth = regexp.MustCompile(`(?i)\b(\d{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?` + monthWord + `(?:\s+(?:de\s+)?(\d{4}))?(?:\s*(?:года|року|г\.|р\.|г\b))?(?:\s*(?:[|,\-–—]|в|о|at|à|um|alle|a las|a la|o)?\s*(\d{1,2}):(\d{2})(?:\s*([AaPp]\.?[Mm]\.?))?)?`)
	// June 19, 2024 5:43 PM / Jun 19, 2024 / June 19
	reMonthDay = regexp.MustCompile(`(?i)\b` + monthWord + `\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?:\s*(?:[|,]|at|-|—)?\s*(\d{1,2}):(\d{2})(?:\s*([AaPp]\.?[Mm]\.?))?)?`)
	// 2012/11/07 19:05 (year, month and day with slashes, as Japanese
	// and Chinese pages and many blog templates write them).
	reSlashYMD = regexp.MustCompile(`\b(\d{4})/(\d{1,2})/(\d{1,2})\b(?:\s+(\d{1,2}):(\d{2}))?`)
	// 17-01-2008 (day, month and year with dashes), read day first as the
	// dotted form is, unless the numbers put the month first
	// (08-17-2012, see matchNumeric).
	// 13/06/2024 or 06/13/2024: day and month with slashes, read only
	// when a number over 12 says which is the day (matchSlashDMY); the
	// clock after it, perhaps after the word for "at" ("13/06/2024 à
	// 14:30", "um", "a las", "в").
	reSlashDMY = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b(?:,?\s+(?:(?:à|at|um|a las|a la|alle|às|в|о|o)\s+)?(\d{1,2}):(\d{2})(?:\s*([AaPp]\.?[Mm]\.?))?)?`)
	reDashDMY  = regexp.MustCompile(`\b(\d{1,2})-(\d{1,2})-(\d{4})\b`)
)

// zoneOffsets are the offsets from UTC, in hours, of the zone
// abbreviations news prints after a time; ET, CT, MT and PT (the US
// zones without saying which half of the year) take theirs from
// usDaylight.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "MSK": 3, "МСК": 3, "Мск": 3, "мск": 3, "по Москве": 3, "по московскому времени": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
	"MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "ET": -5, "CT": -6, "MT": -7, "PT": -8,
	"BST": 1, "WET": 0, "WEST": 1, "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3,
	"JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "AKST": -9, "AKDT": -8, "HST": -10, "HKT": 8, "SGT": 8,
}

// reZone matches a zone after a time: an abbreviation of zoneOffsets
// (with an offset from UTC or GMT: "GMT+3"), or a numeric offset alone
// ("+0300", "+03:00"), in parentheses or not. Abbreviations must end there
// (zoneAt). The alternation lists the longer names first.
var reZone = func() *regexp.Regexp {
	names := make([]string, 0, len(zoneOffsets))
	for n := range zoneOffsets {
		names = append(names, regexp.QuoteMeta(n))
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return regexp.MustCompile(`^[ \x{a0}]{0,2}\(?(?:(` + strings.Join(names, "|") + `)([+-]\d{1,2}(?::?\d{2})?)?|([+-](?:0\d|1[0-4]):?(?:00|15|30|45))\b)\)?`)
}()

// ZoneLen returns the length of the time zone s starts with, as news
// prints one after a clock time (an abbreviation of zoneOffsets, possibly
// with an offset, "GMT+3"; a numeric offset, "+0300"; "по Москве"; German
// "Uhr"), without a closing parenthesis; 0 when s starts with none. The
// text path uses it to cut a dateline's zone from the text after it.
func ZoneLen(s string) int {
	_, n := zoneAt(" "+s, 2000, time.January, 1)
	if n == 0 {
		return 0
	}
	return len(strings.TrimRight(s[:n-1], ") \u00a0"))
}

// usDaylight reports whether US daylight saving time is in force on the
// day: from the second Sunday of March to the first Sunday of November
// since 2007, from the first Sunday of April to the last Sunday of
// October before (to the day; the change happens at 2 a.m.).
func usDaylight(year int, mon time.Month, day int) bool {
	// nthSunday is the day of the month of the n-th Sunday (n = -1: the
	// last).
	nthSunday := func(m time.Month, n int) int {
		if n < 0 {
			last := time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC)
			return last.Day() - int(last.Weekday())
		}
		first := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
		return 1 + (7-int(first.Weekday()))%7 + 7*(n-1)
	}
	startM, startD, endM, endD := time.March, nthSunday(time.March, 2), time.November, nthSunday(time.November, 1)
	if year < 2007 {
		startM, startD, endM, endD = time.April, nthSunday(time.April, 1), time.October, nthSunday(time.October, -1)
	}
	after := mon > startM || mon == startM && day >= startD
	before := mon < endM || mon == endM && day < endD
	return after && before
}

// zoneAt reads the time zone printed at the start of rest, right after a
// time on the given day ("17:43 GMT", " (MSK)", "+03:00", "5:43 p.m. ET");
// it returns the zone and the bytes it takes, or n = 0. An abbreviation
// must not go on as a word ("17:43 ESTONIA"); "Uhr" after a German time
// is taken, with no zone.
func zoneAt(rest string, year int, mon time.Month, day int) (loc *time.Location, n int) {
	if after, ok := strings.CutPrefix(rest, " Uhr"); ok && !startsWord(after) {
		return nil, len(" Uhr")
	}
	z := reZone.FindStringSubmatchIndex(rest)
	if z == nil {
		return nil, 0
	}
	if z[6] >= 0 {
		if z[6] == 0 {
			// A sign right after the time is a range ("10:00-11:00"),
			// not an offset: an offset stands after a space or "(".
			return nil, 0
		}
		off := rest[z[6]:z[7]]
		return time.FixedZone("UTC"+off, parseOffset(off)), z[1]
	}
	if z[4] < 0 && startsWord(rest[z[3]:]) {
		return nil, 0
	}
	if usZone(rest[z[2]:z[3]]) && z[4] < 0 && lowerWordNext(rest[z[3]:]) {
		// "10:30 CT scan", "5:00 PT training": two capitals followed
		// by a word in lower case are no zone.
		return nil, 0
	}
	name := rest[z[2]:z[3]]
	off := zoneOffsets[name] * 3600
	if usZone(name) && usDaylight(year, mon, day) {
		off += 3600
	}
	if z[4] >= 0 {
		off = parseOffset(rest[z[4]:z[5]])
		if off <= -24*3600 || off >= 24*3600 {
			return nil, 0 // "GMT+25": no zone RFC 3339 can write
		}
	}
	return time.FixedZone(name, off), z[1]
}

// usZone reports whether name is one of the US zones printed without
// saying which half of the year (ET, CT, MT, PT).
func usZone(name string) bool {
	return name == "ET" || name == "CT" || name == "MT" || name == "PT"
}

// lowerWordNext reports whether s goes on with a space and a word that
// starts in lower case.
func lowerWordNext(s string) bool {
	rest, ok := strings.CutPrefix(s, " ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// startsWord reports whether s starts with a letter or a digit.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// dateMatch is a date found in text, with its byte span.
type dateMatch struct {
	Date       model.Date
	Start, End int
}

// Find finds the first date in s in any of the forms news uses, and
// returns it with its span. A year-less date ("19 июня") takes its year from
// ref when ref is not zero, and is skipped otherwise.
func Find(s string, c *model.Config) (dateMatch, bool) {
	if !textutil.HasDigitRun(s, 4) {
		// Every form find reads needs a four-digit year (the word forms
		// keep only matches with one): most text has none.
		return dateMatch{Start: -1}, false
	}
	return find(s, c)
}

// find is Find without the test for a year.
func find(s string, c *model.Config) (dateMatch, bool) {
	best := dateMatch{Start: -1}
	try := func(m dateMatch, ok bool) {
		if ok && (best.Start < 0 || m.Start < best.Start) {
			best = m
		}
	}
	// Each form is read only where its shape's necessary bytes are
	// (prefilter.go), and none once a date starts the text: a later form
	// replaces best only with a date that starts before it.
	if DigitsAround(s, '-', 4, 1) { // 2019-05-12
		try(matchISO(s, c))
	}
	if best.Start != 0 && DigitsAround(s, '.', 1, 4) { // 12.05.2019
		try(matchDot(s, c))
	}
	if best.Start != 0 && DigitsAround(s, '/', 4, 1) { // 2019/05/12
		try(matchNumeric(s, c, reSlashYMD, 1, 2, 3))
	}
	if best.Start != 0 && DigitsAround(s, '/', 1, 4) { // 13/05/2019
		try(matchSlashDMY(s, c))
	}
	if best.Start != 0 && DigitsAround(s, '-', 1, 4) { // 12-05-2019
		try(matchNumeric(s, c, reDashDMY, 3, 2, 1))
	}
	// The worded forms give a date only with a year, which follows a
	// space: "12 May 2019", "May 12, 2019".
	if best.Start != 0 && SpaceDigits(s, 4) {
		if DayMonthYearShape(s) && DayMonthHasMonth(s) {
			try(matchWords(s, c, reDayMonth, 1, 2))
		}
		if best.Start != 0 && MonthDayYearShape(s) {
			try(matchWords(s, c, reMonthDay, 2, 1))
		}
	}
	return best, best.Start >= 0
}

// Parse reads s as a date: ISO 8601 first, then the forms of findDate.
func Parse(s string, c *model.Config) (model.Date, bool) {
	s = strings.TrimSpace(s)
	if d, ok := ParseISO(s); ok {
		return withLocation(d, c), true
	}
	if m, ok := Find(s, c); ok {
		if m.Start > 0 {
			// "9:15 AM GMT, May 17, 2024": the clock before the date.
			if d, ok := ClockBefore(s[:m.Start], m.Date, c); ok {
				return d, true
			}
		}
		return m.Date, true
	}
	return model.Date{}, false
}

// withLocation gives a zone-less time the caller's default location.
func withLocation(d model.Date, c *model.Config) model.Date {
	if d.HasClock && !d.HasZone && c != nil && c.Loc != nil {
		t := d.Time
		d.Time = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), c.Loc)
		d.HasZone = true
	}
	return d
}

func matchISO(s string, c *model.Config) (dateMatch, bool) {
	loc := reISODate.FindStringSubmatchIndex(s)
	if loc == nil {
		return dateMatch{}, false
	}
	d, ok := ParseISO(padISO(s, loc))
	if !ok {
		return dateMatch{}, false
	}
	end := loc[1]
	if d.HasClock && !d.HasZone {
		// A zone printed after the time ("2024-06-19 17:43:00 UTC",
		// "2024-06-19T17:43:00 +03:00").
		t := d.Time
		if z, n := zoneAt(s[end:], t.Year(), t.Month(), t.Day()); n > 0 {
			end += n
			if z != nil {
				d.Time = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), z)
				d.HasZone = true
			}
		}
	}
	return dateMatch{withLocation(d, c), loc[0], end}, true
}

// padISO returns the ISO-like date reISODate matched at loc with its month,
// day and hour written in two digits ("2022-5-5 9:17" → "2022-05-05 09:17"),
// as parseISODate wants them.
func padISO(s string, loc []int) string {
	g := groups(s, loc)
	if len(g[2]) == 2 && len(g[3]) == 2 && (g[4] == "" || len(g[4]) == 2) {
		return s[loc[0]:loc[1]]
	}
	var b strings.Builder
	b.WriteString(g[1] + "-" + TwoDigits(g[2]) + "-" + TwoDigits(g[3]))
	if g[4] != "" {
		b.WriteString(s[loc[8]-1 : loc[8]]) // the T or the space
		b.WriteString(TwoDigits(g[4]))
		b.WriteString(s[loc[9]:loc[1]]) // ":mm" and the rest
	}
	return b.String()
}

// TwoDigits pads a one-digit number with a zero.
func TwoDigits(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

func matchDot(s string, c *model.Config) (dateMatch, bool) {
	for _, loc := range reDotDate.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, loc)
		day, mon, year := Atoi(g[1]), Atoi(g[2]), Atoi(g[3])
		if m, ok := build(s, c, loc, year, mon, day, g[4], g[5], g[6], ""); ok {
			return m, true
		}
	}
	return dateMatch{}, false
}

// matchNumeric reads the first date re matches whose groups year, mon
// and day make a calendar day, with the time of groups 4 and 5 if re has
// them.
func matchNumeric(s string, c *model.Config, re *regexp.Regexp, year, mon, day int) (dateMatch, bool) {
	for _, loc := range re.FindAllStringSubmatchIndex(s, 4) {
		// Not part of a longer number or address ("12-17-2008-3").
		if loc[1] < len(s) && (s[loc[1]] == '-' || s[loc[1]] == '/') || loc[0] > 0 && (s[loc[0]-1] == '-' || s[loc[0]-1] == '/') {
			continue
		}
		g := groups(s, loc)
		hh, mm := "", ""
		if len(g) > 5 {
			hh, mm = g[4], g[5]
		}
		d, mo := Atoi(g[day]), Atoi(g[mon])
		if year == 3 && mo > 12 && d <= 12 {
			// Read day first, the numbers say month first: the
			// American order ("08-17-2012"), which a day over 12
			// leaves in no doubt.
			d, mo = mo, d
		}
		if m, ok := build(s, c, loc, Atoi(g[year]), mo, d, hh, mm, "", ""); ok {
			return m, true
		}
	}
	return dateMatch{}, false
}

// matchSlashDMY reads the first date with slashes, day and month before
// the year, whose order a number over 12 leaves in no doubt: 13/06/2024
// (day first, the order of Britain, most of Europe, Latin America and
// India) or 06/13/2024 (month first, the American order). 05/06/2024 is
// left unread: the page alone cannot say which it is, unless the clock
// after it is followed by the word a day-first language writes there
// ("05/03/2024 14:20 h", "… 14:20 Uhr": dayFirstClockWord).
func matchSlashDMY(s string, c *model.Config) (dateMatch, bool) {
	return matchSlashOrder(s, c, false)
}

// matchSlashOrder is matchSlashDMY reading a date whose numbers could
// both be a month day first when dayFirst is true (ParseDayFirst).
func matchSlashOrder(s string, c *model.Config, dayFirst bool) (dateMatch, bool) {
	for _, loc := range reSlashDMY.FindAllStringSubmatchIndex(s, 4) {
		if loc[1] < len(s) && s[loc[1]] == '/' || loc[0] > 0 && s[loc[0]-1] == '/' {
			continue // a path or a longer number ("1/12/13/2024")
		}
		g := groups(s, loc)
		a, b := Atoi(g[1]), Atoi(g[2])
		var d, mo int
		switch {
		case a > 12 && b <= 12:
			d, mo = a, b
		case b > 12 && a <= 12:
			d, mo = b, a
		case a <= 12 && b <= 12 && (dayFirst || loc[8] >= 0 && loc[12] < 0 && dayFirstClockWord(s[loc[1]:]) > 0):
			d, mo = a, b
		default:
			continue
		}
		if m, ok := build(s, c, loc, Atoi(g[3]), mo, d, g[4], g[5], "", g[6]); ok {
			return m, true
		}
	}
	return dateMatch{}, false
}

func matchWords(s string, c *model.Config, re *regexp.Regexp, dayGroup, monthGroup int) (dateMatch, bool) {
	// The first match is looked for alone (textutil.MoreMatches): it is
	// most often the date (nine times in ten for reMonthDay on the AEB
	// pages), and the rest of the text is searched only when it is not
	// (perf18).
	for locs, i := re.FindAllStringSubmatchIndex(s, 1), 0; i < len(locs); locs, i = textutil.MoreMatches(re, s, locs, i), i+1 {
		if m, ok := wordMatch(s, c, locs[i], dayGroup, monthGroup); ok {
			return m, true
		}
	}
	return dateMatch{}, false
}

// wordMatch reads the match loc of a worded form as matchWords does: a
// date when its month is a month and its year is given.
func wordMatch(s string, c *model.Config, loc []int, dayGroup, monthGroup int) (dateMatch, bool) {
	g := groups(s, loc)
	mon, ok := LookupMonth(g[monthGroup])
	if !ok || g[3] == "" {
		return dateMatch{}, false
	}
	hh, mm := g[4], g[5]
	if hh == "" {
		if h, mi, n := clockAfter(s[loc[1]:]); n > 0 {
			hh, mm = h, mi
			loc = []int{loc[0], loc[1] + n}
		}
	}
	return build(s, c, loc, Atoi(g[3]), int(mon), Atoi(g[dayGroup]), hh, mm, "", g[6])
}

var (
	// reClockH is the clock of French, Spanish and Portuguese pages
	// after a date: "à 14h30", "a las 9 h 15", "14h30", "- 14h20".
	reClockH = regexp.MustCompile(`^(?:\s*[,\-–—])?\s*(?:à|a las|a la|às|a)?\s*(\d{1,2})\s?h\s?(\d{2})\b`)
	// reClockDot is a clock with a dot after a date, as British papers
	// print it ("Fri 17 May 2024 09.15 BST"); read only when a zone
	// follows (clockAfter), so that a number is not taken for a time.
	reClockDot = regexp.MustCompile(`^,?\s+(\d{1,2})\.(\d{2})\b`)
)

// clockAfter reads a clock time in a form the worded date patterns do not
// hold, at the start of rest (the text after a date): its hour and
// minute, and the bytes it takes (0: none).
func clockAfter(rest string) (hh, mm string, n int) {
	if g := reClockH.FindStringSubmatchIndex(rest); g != nil {
		return rest[g[2]:g[3]], rest[g[4]:g[5]], g[1]
	}
	if g := reClockDot.FindStringSubmatchIndex(rest); g != nil {
		if _, z := zoneAt(rest[g[1]:], 2000, time.January, 1); z > 0 && !strings.HasPrefix(rest[g[1]:], " Uhr") {
			return rest[g[2]:g[3]], rest[g[4]:g[5]], g[1]
		}
	}
	return "", "", 0
}

func LookupMonth(w string) (time.Month, bool) {
	w = strings.TrimSuffix(w, ".")
	// An ASCII word (most month names) is lowered into a buffer on the
	// stack: the map look-up of string(b) copies nothing, where
	// strings.ToLower allocates the lowered copy of "January".
	if len(w) <= 32 && textutil.IsASCII(w) {
		var buf [32]byte
		b := buf[:len(w)]
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		m, ok := lang.MonthNames[string(b)]
		return m, ok
	}
	w = strings.ToLower(w)
	if m, ok := lang.MonthNames[w]; ok {
		return m, true
	}
	return 0, false
}

// build checks the parts of a date and makes a dateMatch, reading a time
// zone abbreviation that may follow the time.
func build(s string, c *model.Config, loc []int, year, mon, day int, hh, mm, ss, ampm string) (dateMatch, bool) {
	if year < 1900 || year > 2200 || mon < 1 || mon > 12 || day < 1 || day > 31 {
		return dateMatch{}, false
	}
	t := time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return dateMatch{}, false
	}
	m := dateMatch{Date: model.Date{Time: t}, Start: loc[0], End: loc[1]}
	if hh == "" {
		return m, true
	}
	h, mi, se := Hour24(Atoi(hh), ampm), Atoi(mm), Atoi(ss)
	if h > 23 || mi > 59 || se > 59 {
		return m, true // not a clock time: keep the day alone
	}
	if ss == "" && len(s) >= m.End+3 && s[m.End] == ':' && isDigit(s[m.End+1]) && isDigit(s[m.End+2]) && (len(s) == m.End+3 || !isDigit(s[m.End+3])) {
		// Seconds the worded forms do not capture ("19 Jun 2024
		// 17:43:00 GMT", the form of HTTP and RSS dates).
		if v := Atoi(s[m.End+1 : m.End+3]); v <= 59 {
			se = v
			m.End += 3
		}
	}
	m.Date = model.Date{Time: time.Date(year, time.Month(mon), day, h, mi, se, 0, time.UTC), HasClock: true}
	if loc, n := zoneAt(s[m.End:], year, time.Month(mon), day); n > 0 {
		m.End += n
		if loc != nil {
			m.Date.Time = time.Date(year, time.Month(mon), day, h, mi, se, 0, loc)
			m.Date.HasZone = true
			return m, true
		}
	}
	m.Date = withLocation(m.Date, c)
	return m, true
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func parseOffset(s string) int {
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	s = strings.ReplaceAll(s[1:], ":", "")
	h, m := s, ""
	if len(s) > 2 {
		h, m = s[:len(s)-2], s[len(s)-2:]
	}
	return sign * (Atoi(h)*3600 + Atoi(m)*60)
}

func groups(s string, loc []int) []string {
	g := make([]string, len(loc)/2)
	for i := range g {
		if loc[2*i] >= 0 {
			g[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return g
}

func Atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// Dateline matches a wire dateline at the start of a lead: a place in
// capitals, optionally a date, then an agency credit in parentheses or after
// a dash.
var Dateline = regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{Zs}.\-']{1,40}(?:,\s*[^—–\-()]{1,30}?)?\s*(?:\(([^)]{1,40})\)\s*[—–-]{1,2}\s*|[—–-]{1,2}\s*([\p{L} .]{2,40}?)\.\s+|[—–-]{1,2}\s+)`)

// ParseISO reads the ISO 8601 forms news metadata uses.
func ParseISO(s string) (model.Date, bool) {
	s = strings.TrimSpace(s)
	// Every layout below opens with "2006-01-02": time.Parse reads the
	// year as exactly four bytes and the month and day as exactly two
	// digits each, so a value that has no '-' at bytes 4 and 7, or is
	// shorter than ten bytes, fails each of them (and each failure
	// allocates its error). A value of ten bytes fits only the date
	// alone: every other layout has a clock after the date.
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return model.Date{}, false
	}
	if len(s) == 10 {
		if t, err := time.Parse(time.DateOnly, s); err == nil {
			return model.Date{Time: t}, true
		}
		return model.Date{}, false
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return model.Date{Time: t, HasClock: true, HasZone: true}, true
	}
	for _, layout := range []string{"2006-01-02T15:04:05-0700", "2006-01-02T15:04-07:00", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02T15:04:05.999999999-0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			if _, off := t.Zone(); off <= -24*3600 || off >= 24*3600 {
				// time.Parse takes "-2400" under these layouts; RFC
				// 3339 (and so the schema's date-time) allows offsets
				// under 24 hours only, as RFC3339Nano above checks.
				return model.Date{}, false
			}
			return model.Date{Time: t, HasClock: true, HasZone: true}, true
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return model.Date{Time: t, HasClock: true}, true
		}
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return model.Date{Time: t}, true
	}
	return model.Date{}, false
}

// reClockFirst matches a clock time printed before the date it belongs
// to ("14:30, 5 марта 2024", "9:15 AM GMT, May 17, 2024"): the time, then
// what follows it (a zone, the separator) is read by ClockBefore.
var reClockFirst = regexp.MustCompile(`^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(\s*[aApP]\.?[mM]\.?)?`)

// ClockBefore reads prefix, the text of a line before a date d found on
// it, as that date's clock time when it is nothing else: a time with an
// optional am/pm and zone, then a comma, a bar, a dash or a space
// ("14:30, 5 марта 2024", "9:15 AM GMT, May 17, 2024", "10:15 | 19 июня
// 2024"), as Russian sites and American wire copy print them. It returns
// d with the clock (and the zone, else the caller's location), or false.
func ClockBefore(prefix string, d model.Date, c *model.Config) (model.Date, bool) {
	loc := reClockFirst.FindStringSubmatchIndex(prefix)
	if loc == nil || d.HasClock {
		return d, false
	}
	g := groups(prefix, loc)
	t := d.Time
	m, ok := build(prefix, nil, loc, t.Year(), int(t.Month()), t.Day(), g[1], g[2], g[3], strings.TrimSpace(g[4]))
	if !ok || !m.Date.HasClock {
		return d, false
	}
	rest := prefix[loc[1]:]
	z, n := zoneAt(rest, t.Year(), t.Month(), t.Day())
	rest = rest[n:]
	if strings.Trim(rest, " \u00a0,|—–-") != "" && strings.TrimSpace(strings.Trim(rest, " \u00a0,|—–-")) != "on" {
		return d, false
	}
	out := m.Date
	if z != nil {
		mt := out.Time
		out.Time = time.Date(mt.Year(), mt.Month(), mt.Day(), mt.Hour(), mt.Minute(), mt.Second(), 0, z)
		out.HasZone = true
		return out, true
	}
	return withLocation(out, c), true
}

// Hour24 returns the hour h of a 12-hour clock on the 24-hour clock when
// ampm says which half of the day ("pm", "p.m.", "AM"), else h.
func Hour24(h int, ampm string) int {
	switch strings.ToLower(strings.ReplaceAll(strings.TrimSpace(ampm), ".", "")) {
	case "pm":
		if h < 12 {
			h += 12
		}
	case "am":
		if h == 12 {
			h = 0
		}
	}
	return h
}
