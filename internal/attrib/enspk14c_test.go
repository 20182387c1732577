package attrib

import "testing"

// TestEnMixedQuoteMarks checks that an English quotation opened with a
// typographic mark and closed with a straight one (or the reverse) ends
// at its closing mark, so that the reporting clause after it is read as
// the clause that names its speaker, and that a straight-quoted word
// inside a typographic quotation stays inside it.
func TestEnMixedQuoteMarks(t *testing.T) {
	checkEnSpeakers(t, []enSpeakerCase{{
		text:  "Budget talks stall.\n\n“The plan is out of balance and it will not pass,\" Senator Oscar Mendel said. \"We need a course correction now.”",
		quote: "The plan is out of balance and it will not pass", want: "Oscar Mendel",
	}, {
		text:  "Budget talks stall.\n\n“The plan is out of balance and it will not pass,\" Senator Oscar Mendel said. \"We need a course correction now.”",
		quote: "We need a course correction now.", want: "Oscar Mendel",
	}, {
		text:  "Budget talks stall.\n\n\"Nobody here has read the bill yet,” Governor Paula Hart said on Monday.",
		quote: "Nobody here has read the bill yet", want: "Paula Hart",
	}, {
		text:  "Budget talks stall.\n\n“They call it a \"reform\" but it cuts every school in the county,” Governor Paula Hart said.",
		quote: "They call it a \"reform\" but it cuts every school in the county", want: "Paula Hart",
	}})
	for s, want := range map[string]bool{`a," b`: true, `a."`: true, `a "b`: false, `“"`: false} {
		i := len(s) - 1
		for i >= 0 && s[i] != '"' {
			i--
		}
		prev := rune(' ')
		if i > 0 {
			prev = []rune(s[:i])[len([]rune(s[:i]))-1]
		}
		if got := enStraightClosesCurly(s, i, prev); got != want {
			t.Errorf("enStraightClosesCurly(%q) = %v, want %v", s, got, want)
		}
	}
}
