package dates

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
)

// leadInWords are the words a news date line may print before its date
// and that say nothing else: the days of the week, in full and in the
// abbreviations of date lines ("Di 05.03.2024", "Mardi 5 mars 2024",
// "Wed, 19 Jun 2024", "вівторок, 5 березня 2024"), the preposition a
// date line opens with in French ("Le 5 mars 2024"), German ("Am 5. März
// 2024"), Spanish ("El 5 de marzo"), Italian ("Il 5 marzo") and English
// ("On March 5, 2024"), and the German label "Stand" ("as of", the time
// German news sites print the article's state at).
var leadInWords = map[string]bool{
	// English
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"on": true,
	// German
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"mo": true, "di": true, "mi": true, "do": true, "fr": true, "sa": true, "so": true, "am": true, "stand": true,
	// French
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lun": true, "mar": true, "mer": true, "jeu": true, "ven": true, "sam": true, "dim": true, "le": true,
	// Spanish
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"el": true,
	// Italian
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true, "sabato": true, "domenica": true,
	"il": true,
	// Polish
	"poniedziałek": true, "wtorek": true, "środa": true, "czwartek": true, "piątek": true, "sobota": true, "niedziela": true,
	// Russian
	"понедельник": true, "вторник": true, "среда": true, "четверг": true, "пятница": true, "суббота": true, "воскресенье": true,
	"пн": true, "вт": true, "ср": true, "чт": true, "пт": true, "сб": true, "вс": true,
	// Ukrainian
	"понеділок": true, "вівторок": true, "середа": true, "четвер": true, "пʼятниця": true, "п'ятниця": true, "п’ятниця": true, "субота": true, "неділя": true,
	"нд": true,
}

// LeadIn reports whether prefix, the text of a line before a date found
// on it, holds only what a date line prints before its date: one to three
// words of leadInWords (a weekday, the preposition "on", a "Stand:"
// label), set apart by spaces, commas, dots, a colon or a bar. An empty
// prefix is no lead-in. The caller decides whether the rest of the line
// leaves it a date line: "Am 5. März 2024" alone is one, "Am 5. März
// 2024 hat der Bundestag …" is a sentence.
func LeadIn(prefix string) bool {
	if len(prefix) > 40 {
		return false
	}
	words := 0
	for _, w := range strings.FieldsFunc(prefix, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != 'ʼ' }) {
		if !leadInWords[strings.ToLower(w)] {
			return false
		}
		words++
	}
	if words == 0 || words > 3 {
		return false
	}
	for _, r := range prefix {
		if !unicode.IsLetter(r) && !strings.ContainsRune(" \u00a0,.:|'’ʼ", r) {
			return false
		}
	}
	return true
}

// ParseDayFirst is Parse for text in a language that writes the day
// before the month (every language of the tables but American English):
// a date with slashes whose numbers could both be a month ("05/03/2024")
// is read day first, as the German, French, Spanish, Italian, Polish,
// Russian and Ukrainian conventions write it. The caller says so when the
// label it cut from the line is one of those languages' ("Actualizado:",
// "Mis à jour :").
func ParseDayFirst(s string, c *model.Config) (model.Date, bool) {
	s = strings.TrimSpace(s)
	if DigitsAround(s, '/', 1, 4) {
		if m, ok := matchSlashOrder(s, c, true); ok {
			if f, ok := Find(s[:m.Start], c); !ok || f.Start >= m.Start {
				return parsedAt(s, m, c), true
			}
		}
	}
	return Parse(s, c)
}

// parsedAt is Parse's answer for the date m found in s: its clock before
// it when the line prints one there.
func parsedAt(s string, m dateMatch, c *model.Config) model.Date {
	if m.Start > 0 {
		if d, ok := ClockBefore(s[:m.Start], m.Date, c); ok {
			return d
		}
	}
	return m.Date
}

// dayFirstClockWord returns the length of the word a day-first language
// writes after a 24-hour clock that rest, the text right after a clock
// time, starts with (after a space): "h" (or "h.", "hs", "horas") in
// Spanish, French, Portuguese and Italian ("05/03/2024 14:20 h"), "Uhr"
// in German; 0 when there is none. A slashed date whose numbers could
// both be a month is read day first before one.
func dayFirstClockWord(rest string) int {
	sp := len(rest) - len(strings.TrimLeft(rest, " \u00a0"))
	for _, w := range []string{"Uhr", "horas", "hs", "h"} {
		if after, ok := strings.CutPrefix(rest[sp:], w); ok {
			if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) || unicode.IsDigit(r) {
				return 0
			}
			return sp + len(w)
		}
	}
	return 0
}

// updateLabels are the words news prints between a publication date and
// the time of its last change on the same line ("Publié le 5 mars 2024 à
// 14h20, mis à jour à 16h05", "Veröffentlicht am 05.03.2024, aktualisiert
// um 16:05 Uhr", "Published March 5, 2024, updated 4:05 PM"), in the
// languages of the tables, in lower case.
var updateLabels = []string{
	"mis à jour", "modifié", "actualizado", "actualización", "aktualisiert", "geändert", "updated", "last updated",
	"aggiornato", "zaktualizowano", "aktualizacja", "обновлено", "изменено", "оновлено", "змінено",
}

// updateLinkWords may stand between an update label and its date or
// clock: the words for "on" and "at" ("mis à jour le 6 mars à 9h",
// "aktualisiert am … um", "actualizado el … a las", "обновлено в 16:05").
var updateLinkWords = map[string]bool{
	"le": true, "à": true, "am": true, "um": true, "el": true, "a": true, "las": true, "la": true,
	"on": true, "at": true, "il": true, "alle": true, "o": true, "в": true, "о": true,
}

// ParseWithUpdate reads s as a publication date (Parse) and, when the
// text after that date is an update label (updateLabels) with its own
// date or a clock alone, the time of the last change as well: a clock
// alone is on the publication's day ("Publié le 5 mars 2024 à 14h20, mis
// à jour à 16h05"). mod is zero when the line gives none, or gives one
// before the publication.
func ParseWithUpdate(s string, c *model.Config) (pub, mod model.Date, ok bool) {
	s = strings.TrimSpace(s)
	if d, ok := ParseISO(s); ok {
		return withLocation(d, c), model.Date{}, true
	}
	m, ok := Find(s, c)
	if !ok {
		return model.Date{}, model.Date{}, false
	}
	pub = parsedAt(s, m, c)
	after := s[m.End:]
	if pub.HasClock {
		// "h" after the clock ("14:20 h, actualizado 16:05 h").
		after = after[dayFirstClockWord(after):]
	}
	rest, found := cutUpdateLabel(after)
	if !found {
		return pub, model.Date{}, true
	}
	if u, ok := Find(rest, c); ok && LeadIn(rest[:u.Start]) || ok && u.Start == 0 {
		mod = parsedAt(rest, u, c)
	} else {
		mod, ok = clockOnDay(rest, pub, c)
		if !ok {
			return pub, model.Date{}, true
		}
	}
	if !mod.IsZero() && mod.Time.Before(pub.Time) {
		mod = model.Date{}
	}
	return pub, mod, true
}

// cutUpdateLabel returns the text after an update label that s starts
// with (after a comma, a semicolon, a bar, a dash or an opening
// parenthesis), and the words for "on" and "at" after it.
func cutUpdateLabel(s string) (string, bool) {
	s = strings.TrimLeft(s, " \u00a0,;|—–-(")
	low := strings.ToLower(s)
	for _, l := range updateLabels {
		if !strings.HasPrefix(low, l) {
			continue
		}
		rest := s[len(l):]
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) {
			continue
		}
		rest = strings.TrimLeft(rest, " \u00a0:")
		for {
			w, tail, _ := strings.Cut(rest, " ")
			if !updateLinkWords[strings.ToLower(w)] || tail == "" {
				break
			}
			rest = strings.TrimLeft(tail, " ")
		}
		return rest, true
	}
	return "", false
}

// clockOnDay reads s as a clock time alone ("16h05", "16:05 Uhr", "4:05
// PM EST") on the day of d.
func clockOnDay(s string, d model.Date, c *model.Config) (model.Date, bool) {
	s = strings.TrimRight(strings.TrimSpace(s), ").")
	t := d.Time
	var hh, mm, ampm string
	n := 0
	if g := reClockFirst.FindStringSubmatchIndex(s); g != nil {
		hh, mm, n = s[g[2]:g[3]], s[g[4]:g[5]], g[1]
		if g[8] >= 0 {
			ampm = strings.TrimSpace(s[g[8]:g[9]])
		}
	} else if h, mi, k := clockAfter(s); k > 0 {
		hh, mm, n = h, mi, k
	} else {
		return model.Date{}, false
	}
	h, mi := Hour24(Atoi(hh), ampm), Atoi(mm)
	if h > 23 || mi > 59 {
		return model.Date{}, false
	}
	rest := s[n:]
	z, zn := zoneAt(rest, t.Year(), t.Month(), t.Day())
	rest = rest[zn:]
	rest = rest[dayFirstClockWord(rest):]
	if strings.Trim(rest, " \u00a0.,") != "" {
		return model.Date{}, false
	}
	loc := t.Location()
	zoned := d.HasZone
	if z != nil {
		loc, zoned = z, true
	}
	out := model.Date{Time: time.Date(t.Year(), t.Month(), t.Day(), h, mi, 0, 0, loc), HasClock: true, HasZone: zoned}
	if !zoned {
		out = withLocation(out, c)
	}
	return out, true
}
