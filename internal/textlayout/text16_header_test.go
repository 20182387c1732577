package textlayout

import (
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article/internal/model"
)

// TestHeaderLinesOfPastedText checks the header lines pasted text prints
// in forms the header loop once stopped at, pushing the byline and the
// date into the lead: parts on one line set apart by a bar or a slash, a
// byline without "By" next to the date line, a rubric in mixed case over
// the date, a clock before the date, a relative day, and a byline between
// a wire dateline and the lead. The lead must be the story's first
// paragraph in every case.
func TestHeaderLinesOfPastedText(t *testing.T) {
	ref := time.Date(2024, 6, 19, 12, 0, 0, 0, time.UTC)
	const lead = "A strong storm hit the coast on Monday and cut power to thousands of homes."
	for _, c := range []struct {
		header, section, date, authors string
		refGiven                       bool
	}{
		{"By Jane Smith | March 5, 2024", "", "2024-03-05", "Jane Smith", false},
		{"Jane Smith / March 5, 2024", "", "2024-03-05", "Jane Smith", false},
		{"World News / March 5, 2024", "World News", "2024-03-05", "", false},
		{"World News\nMarch 5, 2024", "World News", "2024-03-05", "", false},
		{"Jane Smith\nMarch 5, 2024", "", "2024-03-05", "Jane Smith", false},
		{"March 5, 2024\nJane Smith", "", "2024-03-05", "Jane Smith", false},
		{"Jane Smith, Staff Writer\nMarch 5, 2024", "", "2024-03-05", "Jane Smith", false},
		{"Политика / 05.03.2024 14:30", "Политика", "2024-03-05T14:30", "", false},
		{"14:30, 5 марта 2024", "", "2024-03-05T14:30", "", false},
		{"9:15 AM GMT, May 17, 2024", "", "2024-05-17T09:15", "", false},
		{"Иван Петров, корреспондент\n05.03.2024", "", "2024-03-05", "Иван Петров", false},
		{"Сегодня, 10:15\nМария Соколова", "", "2024-06-19T10:15", "Мария Соколова", true},
		{"Вчера в 14:30\nМария Соколова", "", "2024-06-18T14:30", "Мария Соколова", true},
		{"Hier à 14h30\nMarie Dupont", "", "2024-06-18T14:30", "Marie Dupont", true},
		{"Aujourd’hui à 9 h 05\nMarie Dupont", "", "2024-06-19T09:05", "Marie Dupont", true},
		{"Heute, 10.15 Uhr\nAnna Schmidt", "", "2024-06-19T10:15", "Anna Schmidt", true},
		{"Hoy, 10:15 h\nCarlos Ruiz", "", "2024-06-19T10:15", "Carlos Ruiz", true},
		{"Сегодня, 10:15\nМария Соколова", "", "", "Мария Соколова", false},
		{"LONDON, March 5, 2024 (Reuters) -\nBy Jane Smith and Tom Brown", "", "2024-03-05", "Jane Smith, Tom Brown", false},
	} {
		text := "Storm hits the coast\n" + c.header + "\n\n" + lead + "\n\nSchools will stay closed until Thursday, officials said.\n"
		a := Parse(text, &model.Config{RefTime: ref, RefGiven: c.refGiven})
		if c.refGiven && a.DatePublished.HasZone {
			t.Errorf("%q: a relative day has a zone though neither the page nor the caller gave one", c.header)
		}
		var names []string
		for _, au := range a.Authors {
			names = append(names, au.Name)
		}
		date := ""
		if !a.DatePublished.IsZero() {
			date = a.DatePublished.Time.Format("2006-01-02")
			if a.DatePublished.HasClock {
				date = a.DatePublished.Time.Format("2006-01-02T15:04")
			}
		}
		if a.Section != c.section || date != c.date || strings.Join(names, ", ") != c.authors || !strings.HasSuffix(a.Description, lead) {
			t.Errorf("%q: section %q date %q authors %q lead %q; want %q %q %q and the story's lead",
				c.header, a.Section, date, strings.Join(names, ", "), a.Description, c.section, c.date, c.authors)
		}
	}
}

// TestRelativeStampZone checks that a relative day is read on the
// caller's clock when one is given, and never after the reference time.
func TestRelativeStampZone(t *testing.T) {
	msk := time.FixedZone("MSK", 3*3600)
	ref := time.Date(2024, 6, 19, 22, 30, 0, 0, time.UTC) // 01:30 on 20 June in Moscow
	d, ok := relativeStamp("Сегодня, 01:10", &model.Config{RefTime: ref, RefGiven: true, Loc: msk})
	if !ok || !d.HasZone || d.Time.Format(time.RFC3339) != "2024-06-20T01:10:00+03:00" {
		t.Errorf("Moscow clock: %v %v", d, ok)
	}
	d, ok = relativeStamp("Сегодня, 23:10", &model.Config{RefTime: ref, RefGiven: true})
	if !ok || !d.IsZero() {
		t.Errorf("a time after the reference time: %v, want none", d)
	}
	d, ok = relativeStamp("Heute, 14:30 Uhr", &model.Config{RefTime: ref, RefGiven: true})
	if !ok || d.HasZone || d.Time.Format("2006-01-02T15:04") != "2024-06-19T14:30" {
		t.Errorf("Heute, 14:30 Uhr: %v %v", d, ok)
	}
}

// TestHeaderLinesNotTaken checks lines the header rules must leave in the
// body: two names or two words set apart by a slash, a short line before
// prose, a name that is no known first name's.
func TestHeaderLinesNotTaken(t *testing.T) {
	for _, header := range []string{
		"Cats / Dogs",
		"Politics",
		"Smith Barney / Morgan Stanley",
		"Storm Center\nThe mayor said the roads would stay closed.",
		"March 5, 2024\nDavid Cameron Resigns",
		"Grace Period Ends\nMarch 5, 2024",
		"Anna Netrebko | June 5, 2024\nMaria Callas Tribute | June 7, 2024\nJonas Kaufmann | June 9, 2024",
	} {
		text := "Storm hits the coast\n" + header + "\n\nThe storm hit the coast on Monday.\n"
		a := Parse(text, &model.Config{RefTime: time.Now()})
		first := strings.Fields(header)[0]
		if strings.HasPrefix(header, "March 5") {
			first = "David" // the date line is the header's; the next line is not a byline
		}
		if len(a.Body) == 0 || !strings.HasPrefix(a.Body[0].Text, first) || len(a.Authors) != 0 {
			t.Errorf("%q: body %+v authors %+v; want the line kept as body", header, a.Body, a.Authors)
		}
	}
}
