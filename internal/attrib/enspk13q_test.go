package attrib

import "testing"

// TestEnFrontedSubject checks that "he" after a sentence that opens with
// a fronted clause points to the subject after the clause's comma, not to
// a name inside the clause; and that a list after the comma ("Cruz and
// Kasich") or a possessive ("Cruz's aides") is no subject.
func TestEnFrontedSubject(t *testing.T) {
	checkEnSpeakers(t, []enSpeakerCase{{
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
	}})
}

// enSpeakerCase is a text, a quotation of it and who said it.
type enSpeakerCase struct{ text, quote, want string }

// checkEnSpeakers checks that each case's quotation is found with its
// speaker.
func checkEnSpeakers(t *testing.T, cases []enSpeakerCase) {
	t.Helper()
	for _, tc := range cases {
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

// TestEnPronounSamples checks that the ranker's samples hold the
// sentence of each resolved "he" or "she", its gender and its candidates
// of that gender, the most recent salient first (the hand rule's order).
func TestEnPronounSamples(t *testing.T) {
	text := "Senator Oscar Mendel toured the plant on Monday.\n\nGeorge Lund spoke in Dayton.\n\nGovernor Paula Hart met them there.\n\n\"We will rebuild the pier,\" he said."
	ss := EnPronounSamples(paragraphs(text))
	if len(ss) != 1 {
		t.Fatalf("%d samples, want 1: %+v", len(ss), ss)
	}
	s := ss[0]
	if s.Gender != 'm' || s.Sentence != "\"We will rebuild the pier,\" he said ." {
		t.Errorf("sample gender %q, sentence %q", s.Gender, s.Sentence)
	}
	if len(s.Names) != 2 || s.Names[0] != "George Lund" || s.Names[1] != "Oscar Mendel" || s.Feats[0][EPRank0] != 1 || s.Feats[1][EPRank1] != 1 {
		t.Errorf("candidates %v, features %v", s.Names, s.Feats)
	}
	for _, n := range s.Names {
		if n == "Paula Hart" {
			t.Errorf("a woman among the candidates of \"he\": %v", s.Names)
		}
	}
	if enCollect.Load() != nil {
		t.Error("the collector is left set")
	}
}

// TestEnWhoSubject checks that a one-word name followed by ", who" that
// opens a sentence is taken for the person "she" then refers to.
func TestEnWhoSubject(t *testing.T) {
	text := "In her speech, Rhimes declared the need for strong will: \"Change the world and then change it again,\" she said.\n\nMeanwhile Rihanna, who was honored with an award, spoke about self-love. \"The minute you learn to love yourself, you would not want to be anyone else,\" she said."
	if got, _ := enSpeakerOf(t, text, "The minute you learn to love yourself, you would not want to be anyone else"); got != "Rihanna" {
		t.Errorf("speaker %q, want Rihanna", got)
	}
}
