package attrib

import "testing"

// TestEnspk14cSpeakers checks the English speakers of enspk14c's rules:
// quotations with mixed marks end at their closing mark whatever its
// shape, so that the clause after it names their speaker, and a
// straight-quoted word inside a typographic quotation stays inside it
// (enspk14c_marks.go); the speaker is the subject of the reporting clause
// that touches the quotation, not a name in a fronted clause, the object
// of "told", a name in an according-to phrase or in the next sentence
// (enspk14c_clause.go); a clause with he or she for subject that
// introduces a quotation with a colon, a participle of speech or a verb
// the table lacks ("posted") gives the pronoun's referent, and a pronoun
// that opens the sentence after a quotation is not read as its clause.
func TestEnspk14cSpeakers(t *testing.T) {
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
	}, {
		text:  "Donors meet.\n\nAsked what he wanted in the Republican party's nominee, Adelson said, \"They have got to be able to win.\"",
		quote: "They have got to be able to win.", want: "Adelson",
	}, {
		text:  "Cuba policy.\n\nSenator Marco Rubio spoke first. When Trump suggested that Cuba would sue, Rubio fired back forcefully: \"If they sue us in Miami, they're going to lose.\"",
		quote: "If they sue us in Miami, they're going to lose.", want: "Marco Rubio",
	}, {
		text:  "Vote count.\n\nGovernor Paula Hart won the state. Hart, who called Mendel shortly after the count was declared, told her supporters, \"I still love this state, and I always will.\"",
		quote: "I still love this state, and I always will.", want: "Paula Hart",
	}, {
		text:  "Guns downtown.\n\nBefore the convention, Police Chief Calvin Lund lobbied to suspend open carry, saying, \"The fewer guns, the better.\" The Buckeye State allows it.",
		quote: "The fewer guns, the better.", want: "Calvin Lund",
	}, {
		text:  "Visit.\n\nPresident Oscar Mendel met the families. \"Our hearts are broken, too,\" Mendel told the families, according to a White House pool report.",
		quote: "Our hearts are broken, too", want: "Oscar Mendel",
	}, {
		text:  "Emails.\n\nGovernor Paula Hart wrote to Victor Lund. \"Remind me, didn't we use that word first?\" Hart writes to Lund.",
		quote: "Remind me, didn't we use that word first?", want: "Paula Hart",
	}, {
		text:  "Rally.\n\nGovernor Paula Hart spoke to the crowd on Monday. She then addressed the protesters again: \"Here is what I regret about this campaign.\"",
		quote: "Here is what I regret about this campaign.", want: "Paula Hart",
	}, {
		text:  "Rally.\n\nGovernor Paula Hart spoke to the crowd on Monday.\n\n\"Your comment was heard around the world by every decent person,\" she posted.",
		quote: "Your comment was heard around the world by every decent person", want: "Paula Hart",
	}, {
		text:  "Court.\n\nJudge Victor Lund took a short recess.\n\nAfter the recess, he began by saying, \"I don't think that it is necessary for the defendant to go to jail.\"",
		quote: "I don't think that it is necessary for the defendant to go to jail.", want: "Victor Lund",
	}, {
		text:  "Visit.\n\nSenator Oscar Mendel spoke first.\n\nAs Mayor Victor Lund told the press, “We have suffered the same fate.” He added that the vote was close.",
		quote: "We have suffered the same fate.", want: "Victor Lund",
	}})
}

// TestEnStraightClosesCurly checks the position of a closing straight mark.
func TestEnStraightClosesCurly(t *testing.T) {
	for s, want := range map[string]bool{`a," b`: true, `a."`: true, `a "b`: false, `“"`: false, `He is 6'2"`: false, `5' 11" tall`: false, `in 1998," he`: true, `summer of '69" he`: true, `in ’98" he`: true} {
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

// TestEnSpeechParticiple checks which -ing forms are participles of
// speech.
func TestEnSpeechParticiple(t *testing.T) {
	m := newReader(tablesFor("en"))
	for w, want := range map[string]bool{"saying": true, "adding": true, "noting": true, "quipping": true, "replying": true, "telling": true, "running": false, "being": false, "said": false} {
		if got := m.enSpeechParticiple(w); got != want {
			t.Errorf("enSpeechParticiple(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestEnAskedClause checks that the person a sentence-opening participle
// of asking names is not taken for the sentence's speaker: the main
// clause's subject is.
func TestEnAskedClause(t *testing.T) {
	m := newReader(tablesFor("en"))
	for _, s := range []string{"Victor Lund spoke in Ohio.", "Senator Oscar Mendel toured the plant on Monday."} {
		m.learn(tokenize(nil, s, sentence{Start: 0, End: len(s)}, nil))
	}
	s := "Asked about Lund, Mendel said the feud was over."
	toks := tokenize(nil, s, sentence{Start: 0, End: len(s)}, nil)
	if rest, ok := m.enAfterAskedClause(toks); !ok || len(rest) == 0 || rest[0].text != "Mendel" {
		t.Errorf("enAfterAskedClause: %v %v, want the clause from Mendel", rest, ok)
	}
	if at := m.attribute(toks, "en"); at.speaker == nil || at.speaker.String() != "Oscar Mendel" {
		t.Errorf("speaker %v, want Oscar Mendel", at.speaker)
	}
	// An inverted attribution opens with its verb too; its name speaks.
	inv := "Added Oscar Mendel, a senator from Ohio: “We will win.”"
	if rest, ok := m.enAfterAskedClause(tokenize(nil, inv, sentence{Start: 0, End: len(inv)}, nil)); ok {
		t.Errorf("enAfterAskedClause(%q) = %v, true; want no asked clause", inv, rest)
	}
	act := "Asked Lund about the plant, Mendel said the feud was over."
	if rest, ok := m.enAfterAskedClause(tokenize(nil, act, sentence{Start: 0, End: len(act)}, nil)); !ok || len(rest) == 0 || rest[0].text != "Mendel" {
		t.Errorf("enAfterAskedClause(%q) = %v, %v; want the clause from Mendel", act, rest, ok)
	}
}

// TestEnPronounClauseMemo checks that the memo enClauseSpeaker keeps for
// a sentence gives enPronounClause the answers it gives without one.
func TestEnPronounClauseMemo(t *testing.T) {
	m := newReader(tablesFor("en"))
	for _, s := range []string{"Victor Lund spoke in Ohio.", "Senator Oscar Mendel toured the plant on Monday."} {
		m.learn(tokenize(nil, s, sentence{Start: 0, End: len(s)}, nil))
	}
	for _, s := range []string{
		"He wrote: “a b” and then: “c d” and Mendel added: “e f” and then: “g”",
		"Later, she said: “a” and then: “b”",
		"Mendel said: “a” and he added: “b”",
	} {
		toks := tokenize(nil, s, sentence{Start: 0, End: len(s)}, quoteSpansFrom(s, 0, false))
		var want []bool
		for j := range toks {
			want = append(want, m.enPronounClause(toks[:j]))
		}
		if pi := m.enPronounAt(toks); pi >= 0 {
			m.enPron = enPronounMemo{base: &toks[0], known: m.enFirstKnownAfter(toks, pi)}
		}
		for j := range toks {
			if got := m.enPronounClause(toks[:j]); got != want[j] {
				t.Errorf("%q: enPronounClause of the first %d tokens = %v with the memo, %v without", s, j, got, want[j])
			}
		}
		m.enPron = enPronounMemo{}
		// enClauseSpeaker sets the memo for its sentence and clears it
		// when done: no later sentence, read from the same reused token
		// buffer, may consult it.
		m.enClauseSpeaker(toks, "en")
		if m.enPron != (enPronounMemo{}) {
			t.Errorf("%q: the memo outlived enClauseSpeaker", s)
		}
	}
}
