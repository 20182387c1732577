package textlayout

import (
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestHeaderDateLines17 checks whole pasted texts (a headline, the date
// line, the story) whose date line a user trial found misread in German,
// French, Spanish and Ukrainian: the clock after a dash, German "um" and
// the "Stand:" label, Ukrainian "р." / "року" and "о", the Spanish "h"
// after the clock of a slashed date. The date keeps its clock, and the
// line is not the lead.
func TestHeaderDateLines17(t *testing.T) {
	const lead = "Der Rat hat am Dienstag die Pläne für 300 neue Wohnungen gebilligt, sagte die Sprecherin."
	for _, c := range []struct{ line, pub, mod string }{
		{"5 de marzo de 2024 - 14:20 CET", "2024-03-05T14:20:00+01:00", ""},
		{"5. März 2024 - 14:20 Uhr", "2024-03-05T14:20:00", ""},
		{"5 mars 2024 - 14h20", "2024-03-05T14:20:00", ""},
		{"March 5, 2024 - 2:20 PM EST", "2024-03-05T14:20:00-05:00", ""},
		{"Stand: 05.03.2024 14:20 Uhr", "2024-03-05T14:20:00", ""},
		{"Aktualisiert am 05.03.2024 um 16:05 Uhr", "", "2024-03-05T16:05:00"},
		{"05/03/2024 14:20 h", "2024-03-05T14:20:00", ""},
		{"5 березня 2024 р., 13:30", "2024-03-05T13:30:00", ""},
		{"5 березня 2024 року о 13:30", "2024-03-05T13:30:00", ""},
		{"5 березня 2024 о 13:30", "2024-03-05T13:30:00", ""},
		{"5 марта 2024 г., 13:30", "2024-03-05T13:30:00", ""},
		{"5 марта 2024 года в 13:30", "2024-03-05T13:30:00", ""},
		{"Publié le 5 mars 2024 à 14h20", "2024-03-05T14:20:00", ""},
		{"Di 05.03.2024 | 14:20 Uhr", "2024-03-05T14:20:00", ""},
		{"Le 5 mars 2024 à 14h20", "2024-03-05T14:20:00", ""},
		{"Publié le 5 mars 2024 à 14h20, mis à jour à 16h05", "2024-03-05T14:20:00", "2024-03-05T16:05:00"},
		{"Actualizado: 05/03/2024 16:05", "", "2024-03-05T16:05:00"},
	} {
		a := Parse("Rat billigt neue Wohnungen\n"+c.line+"\n\n"+lead+"\n", &model.Config{})
		pub, mod := "", ""
		if !a.DatePublished.IsZero() {
			pub = a.DatePublished.String()
		}
		if !a.DateModified.IsZero() {
			mod = a.DateModified.String()
		}
		if pub != c.pub || mod != c.mod || a.Description != lead {
			t.Errorf("%q: published %q modified %q lead %q; want %q %q and the story's lead", c.line, pub, mod, a.Description, c.pub, c.mod)
		}
	}
}
