package textutil

import "testing"

// TestNormalizeSpaceJoinerInAlphabet checks that a zero-width joiner or
// non-joiner inside a word of an alphabet that never joins its letters
// (Latin, Greek, Cyrillic, Armenian) is dropped, as after ASCII, while
// the scripts that spell with joiners and emoji sequences keep them.
func TestNormalizeSpaceJoinerInAlphabet(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Сергей Собя\u200dнин", "Сергей Собянин"},
		{"Собя\u200cнин", "Собянин"},
		{"Müll\u200der", "Müller"},
		{"Αθή\u200dνα", "Αθήνα"},
		{"Ерева\u200dн", "Ереван"},
		{"Jürgen\u2060Müller", "JürgenMüller"},
		{"Собя\u00adнин", "Собянин"},
		{"\ufeffМосква", "Москва"},
		// Scripts whose spelling needs them, and emoji sequences.
		{"می\u200cخواهم", "می\u200cخواهم"},
		{"র\u200d্যাব", "র\u200d্যাব"},
		{"Привет 👨\u200d👩\u200d👧", "Привет 👨\u200d👩\u200d👧"},
	}
	for _, c := range cases {
		if got := NormalizeSpace(c.in); got != c.want {
			t.Errorf("NormalizeSpace(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := CountWords(NormalizeSpace(c.in)); c.in == "Сергей Собя\u200dнин" && got != 2 {
			t.Errorf("CountWords(%q) = %d, want 2", c.in, got)
		}
	}
}
