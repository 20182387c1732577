package textlayout

import (
	"regexp"
	"strings"

	"github.com/articlekit/article/internal/dates"
	"github.com/articlekit/article/internal/model"
)

// lineDate returns the date of a header's date line (isDateLine's forms):
// a date alone with its clock and zone, a relative stamp ("Сегодня,
// 10:15"), or a place and a date.
func lineDate(t string, c *model.Config) (model.Date, bool) {
	t = strings.TrimSpace(t)
	if d, ok := dateAlone(t, c); ok {
		return d, true
	}
	if d, ok := relativeStamp(t, c); ok {
		return d, true
	}
	if m, ok := dates.Find(t, c); ok && strings.TrimSpace(t[m.End:]) == "" && isPlacePrefix(t[:m.Start]) {
		return m.Date, true
	}
	return model.Date{}, false
}

// rubricWord reports whether s can stand as a rubric on a header line of
// its own or before a date: a line in capitals (isRubric) or one of the
// usual sections' names (sectionWord).
func rubricWord(s string) bool {
	return isRubric(s) || isShortRubric(s) && sectionWord(s)
}

// rubricDateHeadline reads a header of three lines, the rubric, the date
// line and then the headline ("ПОЛИТИКА" / "19.06.2024 | 17:43" / headline,
// "Politics" / "March 6, 2025 10:15 AM" / headline), as news sites print
// the rubric and the date over the headline and pasting keeps the order.
// Text must follow the headline.
func rubricDateHeadline(lines []textLine, c *model.Config) (section string, d model.Date, ok bool) {
	if len(lines) < 4 {
		return "", model.Date{}, false
	}
	first, head := strings.TrimSpace(lines[0].text), strings.TrimSpace(lines[2].text)
	if !rubricWord(first) || !rubricOverHeadline(head, c) || strings.HasSuffix(head, ".") && !strings.HasSuffix(head, "...") {
		// (A headline ends with no full stop; a line that does is the
		// first of the text's sentences.)
		return "", model.Date{}, false
	}
	d, ok = lineDate(lines[1].text, c)
	if !ok {
		if h, hok := headerParts(lines[1].text, c); hok && len(h.authors) == 0 && h.section == "" && !h.date.IsZero() {
			d, ok = h.date, true // "19.06.2024 | 17:43"
		}
	}
	if !ok {
		return "", model.Date{}, false
	}
	return first, d, true
}

// rubricDate reads a line that is a rubric and its date joined by a comma
// or a space ("Общество, 6 марта 2025, 10:15", "ОБЩЕСТВО, 06.03.2025",
// "Politics March 5, 2024"), as site templates print the rubric before
// the date on one line: one to three words that name one of the usual
// sections (sectionWord), then a date alone. Other words in capitals are
// as often the place of a dateline ("LONDON, March 5, 2024").
func rubricDate(t string, c *model.Config) (section string, d model.Date, ok bool) {
	if len(t) > maxHeaderLine {
		return "", model.Date{}, false
	}
	t = strings.TrimSpace(t)
	at := 0
	for range 3 {
		sp := strings.IndexByte(t[at:], ' ')
		if sp < 0 {
			return "", model.Date{}, false
		}
		at += sp
		sec := strings.TrimRight(t[:at], ",")
		if rest := strings.TrimLeft(t[at:], " ,"); isShortRubric(sec) && sectionWord(sec) {
			if d, ok := dateAlone(rest, c); ok {
				return sec, d, true
			}
		}
		at++
	}
	return "", model.Date{}, false
}

// labelledDateLine reports whether t is a date line opened by a
// publication or update label ("Publié le 12 mars 2025 à 14h30",
// "Mis à jour le …", "Updated: …") whose date reads.
func labelledDateLine(t string, c *model.Config) bool {
	for _, labels := range [][]string{publishedPrefixes, updatedPrefixes} {
		if rest, ok := cutPrefixFold(t, labels); ok {
			if _, ok := labelDate(t, rest, c); ok {
				return true
			}
		}
	}
	return false
}

// reDotAgency matches a wire dateline of the form some agencies print and
// the sites that reprint their copy keep: the place, the date, the agency
// in capitals, each closed by a full stop, then a dash ("Москва. 5 марта.
// INTERFAX.RU - …", "Киев. 5 марта. ИНТЕРФАКС-УКРАИНА - …").
var reDotAgency = regexp.MustCompile(`^\p{Lu}[\p{L}\p{Zs}\-]{1,40}\.\s+\d{1,2}\s+(\p{L}{3,12})\.?\s+\p{Lu}[\p{Lu}\p{N}.\-]{1,30}\s*[—–-]{1,2}\s+`)

// dotAgencyEnd returns the end of a dateline of reDotAgency's form that s
// opens with, whose month word is a month's name ("Итоги. 5 лет ВВП -" is
// a sentence), or -1.
func dotAgencyEnd(s string) int {
	g := reDotAgency.FindStringSubmatchIndex(s)
	if g == nil {
		return -1
	}
	if _, ok := dates.LookupMonth(strings.ToLower(s[g[2]:g[3]])); !ok {
		return -1
	}
	return g[1]
}

// stripDateline removes a wire dateline from the start of a lead, for the
// description: "МОСКВА, 19 июня — РИА Новости.", "WASHINGTON (Reuters)
// -", "LONDON, June 19 (AP) —", and the forms openingDateline reads
// ("МОСКВА, 5 марта. /ТАСС/.", "Москва. 5 марта. INTERFAX.RU -"); s when
// it opens with none.
func stripDateline(s string) string {
	if loc := dates.Dateline.FindStringIndex(s); loc != nil && loc[0] == 0 && loc[1] < len(s) {
		return strings.TrimSpace(s[loc[1]:])
	}
	if n := openingDateline(s); n > 0 {
		return strings.TrimSpace(s[n:])
	}
	return s
}

// pressOffices open the credit line of a press release: the office that
// issued it ("Пресс-служба Министерства промышленности и торговли"), in
// the languages of the tables, lower case.
var pressOffices = []string{"пресс-служба", "пресс-центр", "прес-служба", "прес-центр", "press office", "pressestelle", "service de presse", "gabinete de prensa", "biuro prasowe"}

// pressOfficeCredit returns the office a press release's header line
// credits, when t opens with one of pressOffices and is short; "" else.
// Institutions print it with the date line over the release's text.
func pressOfficeCredit(t string) string {
	t = strings.TrimSpace(t)
	if len(t) > 160 || strings.ContainsAny(t, ".!?:;«»\"") {
		return ""
	}
	if _, ok := cutPrefixFold(t, pressOffices); !ok {
		return ""
	}
	return t
}

// reMessengerHeader matches the line a message copied from Telegram's
// desktop client opens with: the channel's name, a comma and the time
// stamp in brackets ("Пермь Онлайн, [07.03.2025 10:15]").
var reMessengerHeader = regexp.MustCompile(`^(\S.{0,79}?), \[(\d{1,2}\.\d{1,2}\.\d{4}) (\d{1,2}:\d{2})(?::\d{2})?\]$`)

// messengerHeader returns the channel and the date of a copied message's
// header line (reMessengerHeader); ok is false when t is none.
func messengerHeader(t string, c *model.Config) (channel string, d model.Date, ok bool) {
	if len(t) > maxHeaderLine {
		return "", model.Date{}, false
	}
	g := reMessengerHeader.FindStringSubmatch(strings.TrimSpace(t))
	if g == nil {
		return "", model.Date{}, false
	}
	d, ok = dates.ParseDayFirst(g[2]+" "+g[3], c)
	if !ok {
		return "", model.Date{}, false
	}
	return g[1], d, true
}

// maxHeaderLine is the longest line, in bytes, read as a header line (a
// byline, a rubric with its date, parts set apart by bars): longer lines
// are text, and the header readers skip them before splitting them into
// words, so that a text of one huge paragraph costs no more there than a
// short one.
const maxHeaderLine = 400

// StripDateline is stripDateline for the HTML path's lead: the first
// paragraph of a page that states no description, without its wire
// dateline.
func StripDateline(s string) string { return stripDateline(s) }
