package attrib

import (
	"slices"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// enSpeakerOf returns who the English text's quotation quote is
// attributed to, and whether the quotation was found.
func enSpeakerOf(t *testing.T, text, quote string) (string, bool) {
	t.Helper()
	qs, _, err := Extract(paragraphs(text), "en", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if k := slices.IndexFunc(qs, func(q model.Quote) bool { return q.Text == quote }); k >= 0 {
		return qs[k].Speaker, true
	}
	return "", false
}

// TestEnPronounFollowsReportingClause checks that "he said" after a
// sentence closed by a reporting clause ("…, Mendel said.") points to the
// clause's speaker, not to the person the reported words opened with, and
// that a body or an outlet the clause names is not taken for "he"; and
// that the subject of a verb of saying stays salient (enSpeechSubject).
func TestEnPronounFollowsReportingClause(t *testing.T) {
	checkEnSpeakers(t, []enSpeakerCase{{
		text:  "Governor Paula Hart spoke in Dayton on Monday.\n\nSenator Oscar Mendel toured the plant.\n\nHart's plan would cut jobs across the valley, Mendel said.\n\n\"It will hurt every family here,\" he said.",
		quote: "It will hurt every family here", want: "Oscar Mendel",
	}, {
		text:  "Mayor Victor Lund opened the bridge.\n\nThe budget was approved last week, the Harbor Times reported.\n\n\"We waited ten years for this,\" he said.",
		quote: "We waited ten years for this", want: "Victor Lund",
	}, {
		// the subject of "said" is who "she" continues, though the
		// words quoted in the sentence are another's
		text:  "Mr. Oscar Mendel said he would run again.\n\nMendel's spokeswoman Paula Hart said Mendel is \"proud\" of the plan.\n\n\"We are ready for the fight,\" she said.",
		quote: "We are ready for the fight", want: "Paula Hart",
	}})
}

func TestEnNotPerson(t *testing.T) {
	for name, want := range map[string]bool{
		"Buena Park": true, "State Department": true, "World War": true, "Oscar Mendel": false, "Mendel": false,
	} {
		if got := enNotPerson(strings.Fields(name)); got != want {
			t.Errorf("enNotPerson(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestEnFirstNameGender checks that "she" skips a man named last, known
// for one by his first name, and any place or body named by its head
// noun, to reach the woman named before.
func TestEnFirstNameGender(t *testing.T) {
	text := "Paula Hart toured the harbor on Monday.\n\nGeorge Lund joined the tour at Buena Park.\n\n\"We will rebuild the pier,\" she said."
	if got, _ := enSpeakerOf(t, text, "We will rebuild the pier"); got != "Paula Hart" {
		t.Errorf("speaker %q, want Paula Hart", got)
	}
	for name, want := range map[string]byte{"Paula Hart": 'f', "George Lund": 'm', "Jordan Lund": 0, "Hart": 0} {
		if got := enFirstNameGender(strings.Fields(name)); got != want {
			t.Errorf("enFirstNameGender(%q) = %q, want %q", name, got, want)
		}
	}
}
