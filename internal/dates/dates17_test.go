package dates

import (
	"testing"
	"time"

	"github.com/articlekit/article/internal/model"
)

// TestHeaderDateForms17 checks the header date lines of German, French,
// Spanish and Ukrainian news a user trial found misread: the clock after a
// dash, German "um", Ukrainian "р." / "року" and "о", a slashed date read
// day first before the clock word "h" or "Uhr" (Find, with the span read).
func TestHeaderDateForms17(t *testing.T) {
	for _, c := range []struct{ in, want, span string }{
		{"5 de marzo de 2024 - 14:20 CET", "2024-03-05T14:20:00+01:00", "5 de marzo de 2024 - 14:20 CET"},
		{"5. März 2024 - 14:20 Uhr", "2024-03-05T14:20:00", "5. März 2024 - 14:20 Uhr"},
		{"5 mars 2024 - 14h20", "2024-03-05T14:20:00", "5 mars 2024 - 14h20"},
		{"5 mars 2024 – 14h20", "2024-03-05T14:20:00", "5 mars 2024 – 14h20"},
		{"March 5, 2024 - 2:20 PM EST", "2024-03-05T14:20:00-05:00", "March 5, 2024 - 2:20 PM EST"},
		{"Stand: 05.03.2024 14:20 Uhr", "2024-03-05T14:20:00", "05.03.2024 14:20 Uhr"},
		{"Di 05.03.2024 | 14:20 Uhr", "2024-03-05T14:20:00", "05.03.2024 | 14:20 Uhr"},
		{"05.03.2024 um 16:05 Uhr", "2024-03-05T16:05:00", "05.03.2024 um 16:05 Uhr"},
		{"05.03.2024 - 16:05", "2024-03-05T16:05:00", "05.03.2024 - 16:05"},
		{"05.03.2024 о 13:30", "2024-03-05T13:30:00", "05.03.2024 о 13:30"},
		{"Le 5 mars 2024 à 14h20", "2024-03-05T14:20:00", "5 mars 2024 à 14h20"},
		{"05/03/2024 14:20 h", "2024-03-05T14:20:00", "05/03/2024 14:20"},
		{"05/03/2024 14:20 Uhr", "2024-03-05T14:20:00", "05/03/2024 14:20 Uhr"},
		{"5 березня 2024 р., 13:30", "2024-03-05T13:30:00", "5 березня 2024 р., 13:30"},
		{"5 березня 2024 року о 13:30", "2024-03-05T13:30:00", "5 березня 2024 року о 13:30"},
		{"5 березня 2024 о 13:30", "2024-03-05T13:30:00", "5 березня 2024 о 13:30"},
		{"5 марта 2024 г., 13:30", "2024-03-05T13:30:00", "5 марта 2024 г., 13:30"},
		{"5 марта 2024 года в 13:30", "2024-03-05T13:30:00", "5 марта 2024 года в 13:30"},
		{"5 березня 2024 р.", "2024-03-05", "5 березня 2024 р."},
		// No clock: a number after the dash stays a number.
		{"5 mars 2024 - 14 morts", "2024-03-05", "5 mars 2024"},
		{"05.03.2024 - 14 Uhr", "2024-03-05", "05.03.2024"},
		// The ambiguous slashed date stays unread without a clock word,
		// or with a word that goes on ("hours") or a 12-hour clock.
		{"05/03/2024 14:20 hours, 17.06.2024", "2024-06-17", "17.06.2024"},
		{"05/03/2024 2:20 PM h, 17.06.2024", "2024-06-17", "17.06.2024"},
	} {
		m, ok := Find(c.in, &model.Config{})
		if !ok {
			t.Errorf("Find(%q): no date", c.in)
			continue
		}
		if got := m.Date.String(); got != c.want {
			t.Errorf("Find(%q) = %s, want %s", c.in, got, c.want)
		}
		if got := c.in[m.Start:m.End]; got != c.span {
			t.Errorf("Find(%q) read %q, want %q", c.in, got, c.span)
		}
	}
	if m, ok := Find("05/03/2024 14:20", nil); ok {
		t.Errorf("Find(05/03/2024 14:20) = %s, want none: the order is unknown", m.Date)
	}
}

// TestLeadIn checks the words a date line prints before its date: a
// weekday, the preposition "on" of each language, the "Stand:" label;
// never other words or a clock.
func TestLeadIn(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Di ", true}, {"Le ", true}, {"Stand: ", true}, {"Mardi ", true}, {"Wed, ", true},
		{"Am ", true}, {"El ", true}, {"вівторок, ", true}, {"Вторник, ", true}, {"Dienstag, ", true},
		{"", false}, {"  ", false}, {"Berlin, ", false}, {"Le Monde ", false}, {"14:20, ", false},
		{"Di Di Di Di ", false}, {"(Le) ", false}, {"Jane Smith | ", false},
	} {
		if got := LeadIn(c.in); got != c.want {
			t.Errorf("LeadIn(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestParseDayFirst checks that a caller who knows the line is in a
// day-first language gets the ambiguous slashed date read day first, and
// that other forms read as Parse reads them.
func TestParseDayFirst(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"05/03/2024 16:05", "2024-03-05T16:05:00"},
		{"05/03/2024", "2024-03-05"},
		{"13/03/2024 16:05", "2024-03-13T16:05:00"},
		{"03/13/2024", "2024-03-13"},
		{"5 de marzo de 2024", "2024-03-05"},
		{"2024-03-05", "2024-03-05"},
		{"5 mars 2024, réf. 05/06/2024", "2024-03-05"},
		{"16:05, 05/03/2024", "2024-03-05T16:05:00"},
	} {
		d, ok := ParseDayFirst(c.in, nil)
		if !ok || d.String() != c.want {
			t.Errorf("ParseDayFirst(%q) = %v %v, want %s", c.in, d, ok, c.want)
		}
	}
	if d, ok := Parse("05/03/2024 16:05", nil); ok {
		t.Errorf("Parse(05/03/2024 16:05) = %s, want none", d)
	}
}

// TestParseWithUpdate checks a publication date line that prints the time
// of the last change after it: a clock alone on the same day, a date of
// its own, in French, German, Spanish and English; and lines with none.
func TestParseWithUpdate(t *testing.T) {
	cet := time.FixedZone("CET", 3600)
	for _, c := range []struct {
		in       string
		loc      *time.Location
		pub, mod string
	}{
		{"5 mars 2024 à 14h20, mis à jour à 16h05", nil, "2024-03-05T14:20:00", "2024-03-05T16:05:00"},
		{"5 mars 2024 à 14h20, mis à jour le 6 mars 2024 à 9h15", nil, "2024-03-05T14:20:00", "2024-03-06T09:15:00"},
		{"05.03.2024, aktualisiert um 16:05 Uhr", nil, "2024-03-05", "2024-03-05T16:05:00"},
		{"05.03.2024 14:20 Uhr, aktualisiert am 06.03.2024 um 08:00 Uhr", nil, "2024-03-05T14:20:00", "2024-03-06T08:00:00"},
		{"5 de marzo de 2024 - 14:20 h (actualizado a las 16:05 h)", nil, "2024-03-05T14:20:00", "2024-03-05T16:05:00"},
		{"March 5, 2024 2:20 PM EST | Updated 4:05 PM EST", nil, "2024-03-05T14:20:00-05:00", "2024-03-05T16:05:00-05:00"},
		{"5 mars 2024 à 14h20, mis à jour à 16h05", cet, "2024-03-05T14:20:00+01:00", "2024-03-05T16:05:00+01:00"},
		{"5 mars 2024 à 14h20", nil, "2024-03-05T14:20:00", ""},
		// An update before the publication, or words after the clock,
		// give none.
		{"5 mars 2024 à 14h20, mis à jour à 10h05", nil, "2024-03-05T14:20:00", ""},
		{"5 mars 2024 à 14h20, mis à jour à 16h05 par la rédaction", nil, "2024-03-05T14:20:00", ""},
		{"5 mars 2024 à 14h20, la rédaction", nil, "2024-03-05T14:20:00", ""},
		{"2024-03-05T14:20:00Z", nil, "2024-03-05T14:20:00Z", ""},
	} {
		pub, mod, ok := ParseWithUpdate(c.in, &model.Config{Loc: c.loc})
		if !ok {
			t.Errorf("ParseWithUpdate(%q): no date", c.in)
			continue
		}
		gotMod := ""
		if !mod.IsZero() {
			gotMod = mod.String()
		}
		if pub.String() != c.pub || gotMod != c.mod {
			t.Errorf("ParseWithUpdate(%q) = %s, %q; want %s, %q", c.in, pub, gotMod, c.pub, c.mod)
		}
	}
	if _, _, ok := ParseWithUpdate("mis à jour à 16h05", nil); ok {
		t.Error("ParseWithUpdate read a clock alone as a publication date")
	}
}
