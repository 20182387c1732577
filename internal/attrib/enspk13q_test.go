package attrib

import "testing"

// TestEnFrontedSubject checks that "he" after a sentence that opens with
// a fronted clause points to the subject after the clause's comma, not to
// a name inside the clause; and that a list after the comma ("Cruz and
// Kasich") or a possessive ("Cruz's aides") is no subject.
func TestEnFrontedSubject(t *testing.T) {
	for _, tc := range []struct {
		text, quote, want string
	}{{
		text:  "Donald Trump spoke in Ohio.\n\nSenator Oscar Mendel toured the plant on Monday.\n\nLike Trump, the New York developer, Mendel does not want a fight.\n\n\"I am 76 and tired of it,\" he said.",
		quote: "I am 76 and tired of it", want: "Oscar Mendel",
	}, {
		text:  "Donald Trump spoke in Ohio.\n\nSenator Oscar Mendel toured the plant on Monday.\n\nAsked about Trump, Mendel on Friday played down the feud.\n\n\"There never was a feud,\" he said.",
		quote: "There never was a feud", want: "Oscar Mendel",
	}, {
		// the name after the comma opens a list: the subject is
		// not known, the last salient person stays
		text:  "Senator Oscar Mendel toured the plant on Monday.\n\nOn Friday, Trump and Lund met in Ohio.\n\n\"There never was a feud,\" he said.",
		quote: "There never was a feud", want: "Oscar Mendel",
	}} {
		if s, ok := enSpeakerOf(t, tc.text, tc.quote); !ok || s != tc.want {
			t.Errorf("%q: speaker %q (found %v), want %q", tc.quote, s, ok, tc.want)
		}
	}
}

// TestEnPronounSkipsNonPerson checks that "she" skips a body and a place
// named by its head noun to reach the woman named before.
func TestEnPronounSkipsNonPerson(t *testing.T) {
	text := "Paula Hart visited the city on Monday.\n\nThe Harbor Commission approved the plan at Buena Park.\n\n\"We will rebuild the pier,\" she said."
	if got, _ := enSpeakerOf(t, text, "We will rebuild the pier"); got != "Paula Hart" {
		t.Errorf("speaker %q, want Paula Hart", got)
	}
}
