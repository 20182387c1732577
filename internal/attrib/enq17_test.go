package attrib

import "testing"

// TestEnq17Speakers checks enq17's English speaker rules on made-up
// texts: a person named after a fronted clause is the sentence's subject
// even when the last speaker is named later in it, unless a verb of
// saying has that speaker for subject (enq17_fronted.go); a relative
// clause or apposition between the name after a quotation and its verb
// leaves the name the speaker (enq17_clause.go); a surname alone that
// several people bear is the one it was used for most, unless another
// bearer was named in the last two sentences (enq17_surname.go); the
// person a relative clause of saying reports ("X, who told Congress …")
// is the next pronoun's referent (enq17_fronted.go).
func TestEnq17Speakers(t *testing.T) {
	// (A man and his daughter bear the surname.)
	const rally = "Rally.\n\nSenator Tom Hale spoke in Dayton on Friday. Hale said the plan would pass. Hale thanked the crowd.\n\nHis daughter, Ann Hale, spoke before him and praised his work.\n\n"
	checkEnSpeakers(t, []enSpeakerCase{{
		text: "Deal.\n\nSenator Tom Hale met Governor Mark Reed last week. Reed agreed to end his bid in the state in order to send his voters toward Hale. In return, Hale will clear the way for Reed to take on Lund in two other states.\n\n" +
			"As he has before, Hale on Friday played down the idea that he had struck a deal with Reed. \"There never was an alliance,\" he said.",
		quote: "There never was an alliance", want: "Tom Hale",
	}, {
		text: "Fuel rules.\n\nMark Reed, Tom Hale and Rand Lund have all attacked the rule as a violation of free markets, and Hale, who is running third in the polls, was bold enough to say so at a farm summit in March.\n\n" +
			"\"The answer you'd like me to give is, 'I'm for the rule, darn it,'\" Hale, who has proposed repealing the rule over five years, said at the time. But he added, \"People are fed up with that.\"",
		quote: "People are fed up with that.", want: "Tom Hale",
	}, {
		text:  "Fuel rules.\n\nMark Reed spoke first.\n\n\"The answer you want is that I am for it,\" Ann Lee, 58, a farmer from Ames, told reporters.",
		quote: "The answer you want is that I am for it", want: "Ann Lee",
	}, {
		text:  rally + "The crowd was large. Police closed two streets.\n\n\"We will win this state,\" Hale said.",
		quote: "We will win this state", want: "Tom Hale",
	}, {
		text:  rally + "\"He has always fought for this state,\" Hale said.",
		quote: "He has always fought for this state", want: "Ann Hale",
	}, {
		text: "Inquiry.\n\nSenator Mary Hale has since apologized: \"I should have used two addresses. I'm sorry about it.\"\n\n" +
			"Any decision to charge someone would involve Attorney General Ann Lee, who told Congress when asked last month about the inquiry: \"That matter is being handled by career agents.\"\n\n" +
			"She added, \"We will review all the facts.\"",
		quote: "We will review all the facts.", want: "Ann Lee",
	}})
}
