package attrib

import "testing"

// TestEnq17Speakers checks enq17's English speaker rules on made-up
// texts: a person named after a fronted clause is the sentence's subject
// even when the last speaker is named later in it, unless a verb of
// saying has that speaker for subject (enq17_fronted.go).
func TestEnq17Speakers(t *testing.T) {
	checkEnSpeakers(t, []enSpeakerCase{{
		text: "Deal.\n\nSenator Tom Hale met Governor Mark Reed last week. Reed agreed to end his bid in the state in order to send his voters toward Hale. In return, Hale will clear the way for Reed to take on Lund in two other states.\n\n" +
			"As he has before, Hale on Friday played down the idea that he had struck a deal with Reed. \"There never was an alliance,\" he said.",
		quote: "There never was an alliance", want: "Tom Hale",
	}})
}
