package attrib

import "github.com/articlekit/article/internal/textutil"

// enRoleAppositionName returns the name set off by commas after a role
// that follows the reporting verb at toks[i] ("said the British finance
// minister, Rachel Reeves, on Tuesday"; "said Britain's finance minister,
// Rachel Reeves,"), the wire style of English news: the role phrase ends
// in a common noun (lower case), a comma follows, and after it come two
// to four capitalised words up to the next punctuation mark. nil when the
// words after the verb do not read so; the role phrase's own capitalised
// words (a nationality, a country's possessive) are then no speaker.
func enRoleAppositionName(toks []token, i int, after []token) []token {
	j := i + 1 + len(after)
	if len(after) < 2 || j+1 >= len(toks) || toks[j].text != "," || toks[j+1].kind != tokWord {
		return nil
	}
	last := after[len(after)-1]
	if last.kind != tokWord || last.text != last.lower || after[0].lower != "the" && !possessiveOpening(after) {
		return nil
	}
	name := npAfter(toks, j)
	if len(name) < 2 || len(name) > 4 {
		return nil
	}
	for _, t := range name {
		if t.kind != tokWord || !textutil.IsCap(t.text) {
			return nil
		}
	}
	return name
}

// possessiveOpening reports whether a role phrase opens with a possessive
// name ("Britain's", "the company's").
func possessiveOpening(toks []token) bool {
	for _, t := range toks[:min(len(toks), 3)] {
		if possessive(t.lower) {
			return true
		}
	}
	return false
}
