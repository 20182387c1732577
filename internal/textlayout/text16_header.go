package textlayout

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/dates"
	"github.com/articlekit/article/internal/model"
)

// headerFields is what a header line of several parts gives.
type headerFields struct {
	authors []model.Author
	date    model.Date
	section string
}

// headerSeparators set the parts of a one-line header apart, as blogs,
// CMS exports and pasted pages print them: "By Jane Smith | March 5,
// 2024", "Jane Smith / March 5, 2024", "Политика / 05.03.2024 14:30",
// "News · 5 March 2024".
var headerSeparators = strings.NewReplacer(" | ", "\x00", " / ", "\x00", " · ", "\x00", " • ", "\x00")

// headerParts reads a header line made of parts set apart by
// headerSeparators, each of them a byline, a date, a bare name (a known
// first name and one to three capitalised words) or a short rubric. It
// needs a date or a byline with its prefix among the parts, so that two
// names or two words are never taken for a header.
func headerParts(t string, c *model.Config) (headerFields, bool) {
	var f headerFields
	if len(t) > maxHeaderLine {
		return f, false
	}
	parts := strings.Split(headerSeparators.Replace(t), "\x00")
	if len(parts) < 2 || len(parts) > 4 {
		return f, false
	}
	anchored := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if names, ok := parseByline(p); ok {
			f.authors = append(f.authors, names...)
			anchored = true
			continue
		}
		if d, ok := dateAlone(p, c); ok && f.date.IsZero() {
			f.date = d
			anchored = true
			continue
		}
		if isBareName(p) {
			f.authors = append(f.authors, model.Author{Name: p, Type: model.Person, Role: "author"})
			continue
		}
		if f.section == "" && isShortRubric(p) {
			f.section = p
			continue
		}
		return headerFields{}, false
	}
	return f, anchored
}

// dateAlone reads s as a date and nothing else: the date, possibly with
// its clock before or after it and the clock's zone.
func dateAlone(s string, c *model.Config) (model.Date, bool) {
	m, ok := dates.Find(s, c)
	if !ok {
		return model.Date{}, false
	}
	after := s[m.End:]
	if m.Date.HasClock {
		after = cutZone(after)
	}
	if strings.Trim(after, " ,.") != "" {
		return model.Date{}, false
	}
	if m.Start == 0 || dates.LeadIn(s[:m.Start]) {
		return m.Date, true // (a weekday or "Le", "Am" before it: dates17)
	}
	return dates.ClockBefore(s[:m.Start], m.Date, c)
}

// isBareName reports whether s is a person's name alone, as a byline
// without its "By" prints it: two to four capitalised words whose first
// is a first name the name lists know ("Jane Smith", "Иван Петров").
func isBareName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 3 || !isNameLike(s) || !attrib.IsFirstName(strings.Trim(words[0], ".,")) {
		return false
	}
	// Three words only with a middle initial, particle or patronymic
	// ("Mary J. Blige", "Иван Иванович Петров"): "David Cameron Resigns"
	// and "Grace Period Ends" are headlines.
	return len(words) == 2 || middleOfName(words[1])
}

// middleOfName reports whether w can stand between a first name and a
// surname: an initial ("J."), a particle of nameParticles, or a Russian or
// Ukrainian patronymic.
func middleOfName(w string) bool {
	if r := []rune(strings.TrimSuffix(w, ".")); len(r) == 1 {
		return true
	}
	if nameParticles[w] {
		return true
	}
	for _, suf := range []string{"ович", "евич", "ьевич", "овна", "евна", "ична", "инична", "йович", "івна"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isShortRubric reports whether s can be a rubric printed beside a date or
// byline: one or two words, or two joined by "&" or "and", capitalised,
// without digits or sentence punctuation ("World News", "Политика",
// "Arts & Culture").
func isShortRubric(s string) bool {
	if len(s) > 40 {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 || len(s) > 40 {
		return false
	}
	if len(words) == 3 && !rubricJoiners[strings.ToLower(words[1])] {
		return false // "Grace Period Ends": a headline's shape
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return false
	}
	for _, r := range s {
		if unicode.IsDigit(r) || strings.ContainsRune(".!?:;«»\"", r) {
			return false
		}
	}
	return true
}

// reRelativeStamp matches a time stamp that names the day relative to the
// day the page was seen ("Сегодня, 10:15", "Вчера в 14:30", "Today,
// 10:15", "Yesterday at 2:30 PM", "Heute, 14.30 Uhr", French "Hier à
// 14h30" with the hour letter between hours and minutes, Spanish "Hoy,
// 10:15 h"), as news sites print it on fresh stories and pasted text
// keeps it.
var reRelativeStamp = regexp.MustCompile(`(?i)^(сегодня|вчера|сьогодні|вчора|today|yesterday|heute|gestern|aujourd['’]hui|hier|hoy|ayer|oggi|ieri|dzisiaj|dziś|wczoraj)(?:,|\s+(?:в|о|at|um|à|a las|alle|o))?\s+(\d{1,2})(?::|\.|\s?h\s?)(\d{2})(\s*[ap]\.?m\.?)?(?:\s*(?:uhr|h))?$`)

// yesterdayWords are the words of reRelativeStamp for the day before.
var yesterdayWords = map[string]bool{"вчера": true, "вчора": true, "yesterday": true, "gestern": true, "hier": true, "ayer": true, "ieri": true, "wczoraj": true}

// relativeStamp reads a header line of reRelativeStamp. With a reference
// time (the time the page was seen: a WARC record's date, -ref-time) it
// gives the date; without one the line is still known as the header's
// time stamp, with no date (ok true, date zero).
func relativeStamp(t string, c *model.Config) (model.Date, bool) {
	g := reRelativeStamp.FindStringSubmatch(strings.TrimSpace(t))
	if g == nil {
		return model.Date{}, false
	}
	if c == nil || !c.RefGiven || c.RefTime.IsZero() {
		return model.Date{}, true
	}
	h, mi := dates.Hour24(dates.Atoi(g[2]), g[4]), dates.Atoi(g[3])
	if h > 23 || mi > 59 {
		return model.Date{}, true
	}
	// The day is the reference time's day where the page's clock runs:
	// the caller's zone (WithLocation), else the reference time's own
	// wall clock; the time has a zone only when the caller gave one.
	loc, zoned := time.UTC, c.Loc != nil
	ref := c.RefTime
	if zoned {
		loc = c.Loc
		ref = ref.In(loc)
	}
	day := ref
	if yesterdayWords[strings.ToLower(g[1])] {
		day = ref.AddDate(0, 0, -1)
	}
	at := time.Date(day.Year(), day.Month(), day.Day(), h, mi, 0, 0, loc)
	if refWall := time.Date(ref.Year(), ref.Month(), ref.Day(), ref.Hour(), ref.Minute(), ref.Second(), 0, loc); at.After(refWall) {
		return model.Date{}, true
	}
	return model.Date{Time: at, HasClock: true, HasZone: zoned}, true
}

// bareByline reads a line holding a person's name alone (isBareName), or
// the name and a job title after a comma ("Иван Петров, корреспондент",
// "Jane Smith, Staff Writer"), and returns the name.
func bareByline(t string) (string, bool) {
	if len(t) > maxHeaderLine {
		return "", false
	}
	t = strings.TrimSpace(t)
	name := t
	if k := strings.IndexByte(t, ','); k > 0 {
		name = strings.TrimSpace(t[:k])
		job := false
		for _, w := range strings.Fields(strings.ToLower(t[k+1:])) {
			job = job || deskWords[strings.Trim(w, ".,;:")]
		}
		if !job {
			return "", false
		}
	}
	if !isBareName(name) {
		return "", false
	}
	return name, true
}

// isDateLine reports whether t is a header's date line: a date alone
// (with its clock and zone), a place and a date, or a relative time
// stamp.
func isDateLine(t string, c *model.Config) bool {
	if _, ok := dateAlone(strings.TrimSpace(t), c); ok {
		return true
	}
	if _, ok := relativeStamp(t, c); ok {
		return true
	}
	m, ok := dates.Find(t, c)
	return ok && strings.TrimSpace(t[m.End:]) == "" && isPlacePrefix(t[:m.Start])
}

// partsLine reports whether t has the shape of a header line of parts:
// parts set apart by headerSeparators, one of them a date alone. Two such
// lines in a row are a listing (a programme: "Anna Netrebko | June 5,
// 2024"), not a header.
func partsLine(t string, c *model.Config) bool {
	parts := strings.Split(headerSeparators.Replace(t), "\x00")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if _, ok := dateAlone(strings.TrimSpace(p), c); ok {
			return true
		}
	}
	return false
}

// rubricJoiners join the two words of a three-word rubric ("Arts &
// Culture", "Politik und Gesellschaft", "Наука и техника").
var rubricJoiners = map[string]bool{"&": true, "and": true, "und": true, "et": true, "и": true, "і": true, "y": true, "e": true, "i": true}

// enLabel reports whether the date label line t opens with is one of the
// English table's ("Published:", "Updated"), whose dates may be written
// month first; the labels of the other tables' languages write the day
// first ("Actualizado: 05/03/2024").
func enLabel(t string) bool {
	_, ok := cutPrefixFold(t, enDateLabels)
	return ok
}

// labelDate reads the date after a date label cut from t: day first when
// the label is not English's (dates.ParseDayFirst).
func labelDate(t, rest string, c *model.Config) (model.Date, bool) {
	if enLabel(t) {
		return dates.Parse(rest, c)
	}
	return dates.ParseDayFirst(rest, c)
}
