package attrib

// enSkipRelative returns where the reporting verb may stand after a name
// at toks[i-1] that a relative clause or an apposition set off by commas
// follows ("“…,” Cruz, who has proposed repealing the mandate, said at
// the time."; "“…,” Patel, a delegate from Ohio, told"): English puts the
// clause between the subject and its verb, and the verb after the
// closing comma still has the name for subject. The clause opens with a
// word of enRelOpeners or a number (an age) and closes at the next comma
// within enRelWindow words, with no quotation in it; i itself when
// toks[i] opens no such clause.
func enSkipRelative(toks []token, i int) int {
	if i+1 >= len(toks) || toks[i].kind != tokPunct || toks[i].text != "," || toks[i+1].kind != tokWord || !enRelOpeners[toks[i+1].lower] && !isDigits(toks[i+1].text) {
		return i
	}
	for c := i + 2; c < len(toks) && c <= i+enRelWindow; c++ {
		switch {
		case toks[c].kind == tokQuote:
			return i
		case toks[c].kind == tokPunct && toks[c].text == ",":
			return c + 1
		}
	}
	return i
}
