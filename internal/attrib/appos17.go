package attrib

import (
	"strings"

	"github.com/articlekit/article/internal/textutil"
)

// roleAppositionName returns the name set off by commas after a role that
// follows the reporting verb at toks[i] ("said the British finance
// minister, Rachel Reeves, on Tuesday"; "said Britain's finance minister,
// Rachel Reeves,"; "dijo la ministra de Hacienda, María Jesús Montero,";
// "a déclaré le ministre de l'Économie, Bruno Le Maire,"), the wire style
// of English and Romance news: the role phrase opens with an article (or
// a possessive) and ends in a common noun (lower case) or its complement
// after a preposition, a comma follows, and after it come two to four
// capitalised words up to the next punctuation mark. nil when the
// words after the verb do not read so; the role phrase's own capitalised
// words (a nationality, a country's possessive) are then no speaker.
func roleAppositionName(toks []token, i int, after []token) []token {
	j := i + 1 + len(after)
	if len(after) < 2 || j+1 >= len(toks) || toks[j].text != "," || toks[j+1].kind != tokWord {
		return nil
	}
	last := after[len(after)-1]
	if last.kind != tokWord || !roleArticles[after[0].lower] && !possessiveOpening(after) {
		return nil
	}
	if last.text != last.lower {
		// The role's complement may be capitalised after its
		// preposition: "the minister of Finance", "la ministra de
		// Hacienda", "le ministre de l'Économie".
		if len(after) < 3 || !complementPreps[after[len(after)-2].lower] && !elidedComplement(last.lower) {
			return nil
		}
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

// roleArticles open a role phrase after a reporting verb: the definite
// articles of English, Spanish, French and Italian.
var roleArticles = map[string]bool{"the": true, "el": true, "la": true, "los": true, "las": true, "le": true, "les": true,
	"il": true, "lo": true, "gli": true}

// complementPreps introduce a role's complement ("minister of Finance",
// "ministra de Hacienda", "ministro dell'Economia").
var complementPreps = map[string]bool{"of": true, "for": true, "de": true, "del": true, "du": true, "des": true, "di": true, "della": true, "del'": true}

// elidedComplement reports whether w is a complement with an elided
// preposition or article in front ("de l'Économie" read as "l'économie",
// "dell'Economia").
func elidedComplement(w string) bool {
	for _, p := range []string{"l'", "l’", "dell'", "dell’", "d'", "d’"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
