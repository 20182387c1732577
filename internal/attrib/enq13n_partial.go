package attrib

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/textutil"
)

// English quotations woven into the writer's sentence
//
// English grammar shows a quotation that is not someone's sentence quoted
// on its own but a piece of the writer's: the quote marks open in the
// middle of a clause (after a preposition, an article, a possessive, the
// complementiser "that", a form of "be" or "have"), or the writer's clause
// goes on after the closing mark with a preposition or a conjunction
// ("“We’re extremely happy” about the decision, said …"). Such a
// quotation is partial: the words are the speaker's, the sentence is the
// writer's (reported speech with a quoted fragment). A capital letter at
// the opening does not make it a sentence of its own.

// english reports whether the text is read with the English table only.
func (m *reader) english() bool { return m.en }

// enOpensInside are the English words after which a quote mark that opens
// with no punctuation between opens inside the writer's clause: the
// prepositions, articles and possessive determiners that want a noun
// phrase after them, the complementiser "that" and the subordinators that
// want a clause, and the forms of "be" and "have" that want a complement
// ("had “Syrian roots”", "Fiorina told reporters that “John Kasich is
// throwing votes away.”").
var enOpensInside = map[string]bool{
	"of": true, "on": true, "in": true, "at": true, "by": true, "for": true, "from": true,
	"with": true, "about": true, "into": true, "onto": true, "over": true, "under": true,
	"against": true, "as": true, "like": true, "than": true, "via": true, "without": true,
	"within": true, "during": true, "toward": true, "towards": true, "upon": true,
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "your": true,
	"that": true, "whether": true, "because": true, "while": true, "whereas": true,
	"although": true, "though": true, "unless": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true,
}

// enGoesOn are the English words that, right after a closing quote mark
// with no punctuation between, carry the writer's clause on: prepositions
// that take the quotation as their verb's complement ("… “I was
// responsible for quite a bit” of Obama's foreign policy") and
// subordinators.
var enGoesOn = map[string]bool{
	"about": true, "of": true, "for": true, "on": true, "to": true, "from": true, "in": true,
	"at": true, "with": true, "by": true, "over": true, "against": true, "into": true,
	"because": true, "if": true, "that": true, "than": true, "but": true, "unless": true,
	"during": true, "before": true, "after": true, "until": true, "since": true,
	"while": true, "whereas": true,
}

// enNamingVerbs give a name or a label to their object, which a quotation
// a few words on completes ("called the Republican frontrunner “ISIS’
// best recruiter”"): the label is the speaker's words inside the writer's
// sentence.
var enNamingVerbs = map[string]bool{
	"called": true, "calling": true, "calls": true, "call": true, "labeled": true,
	"labelled": true, "branded": true, "dubbed": true, "termed": true, "deemed": true,
	"described": true, "describing": true, "describes": true,
}

// maxNamedObject is how many words the object of a naming verb may take
// before the quotation that labels it.
const maxNamedObject = 5

// enWoven reports whether the English quotation toks[k] is woven into the
// writer's sentence (the patterns at the top of this file).
func enWoven(toks []token, k int) bool {
	q := strings.TrimSpace(toks[k].text)
	if k > 0 {
		prev := toks[k-1]
		if prev.kind == tokWord && unicode.IsLower(textutil.FirstRune(prev.text)) && (enOpensInside[prev.lower]) {
			return true
		}
		if prev.kind == tokWord && possessive(prev.lower) {
			return true
		}
		// "her March comment that, “We're going …”": the complementiser
		// and a comma.
		if prev.text == "," && k > 1 && toks[k-2].kind == tokWord && toks[k-2].lower == "that" {
			return true
		}
		for j := k - 1; j >= 0 && j >= k-1-maxNamedObject; j-- {
			if toks[j].kind != tokWord {
				break
			}
			if enNamingVerbs[toks[j].lower] {
				return true
			}
		}
	}
	if k+1 < len(toks) && toks[k+1].kind == tokWord && unicode.IsLower(textutil.FirstRune(toks[k+1].text)) && enGoesOn[toks[k+1].lower] {
		// (A question or an exclamation ends its sentence: "“But why?”
		// reporter Jackie Nespral asked him.")
		if !strings.HasSuffix(q, "?") && !strings.HasSuffix(q, "!") {
			return true
		}
	}
	return false
}

// possessive reports whether an English word is a possessive noun
// ("Obama's", "MSNBC’s", "voters’" is read as "voters" and a mark).
func possessive(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// markupValue reports whether the quotation toks[k] is the value of an
// attribute of markup left in the text (`<tweet author="@cspan"
// datetime="2016-09-01">`): quote marks right after an equals sign
// delimit a value, not anyone's words.
func markupValue(toks []token, k int) bool {
	return k > 0 && toks[k-1].kind == tokPunct && toks[k-1].text == "="
}

// enTitleNouns are the English nouns of a work or a label whose title or
// text follows in quote marks ("the reality show “The Apprentice”", "the
// ad, titled “Unifier?”", "the hit Broadway play, “Eclipsed.”"), and the
// participles that introduce a title.
var enTitleNouns = map[string]bool{
	"show": true, "series": true, "program": true, "programme": true, "sitcom": true,
	"book": true, "novel": true, "memoir": true, "film": true, "movie": true,
	"documentary": true, "play": true, "musical": true, "opera": true, "song": true,
	"album": true, "single": true, "poem": true, "column": true, "headline": true,
	"ad": true, "advert": true, "advertisement": true, "spot": true, "episode": true,
	"podcast": true, "painting": true, "exhibition": true, "exhibit": true,
	"titled": true, "entitled": true, "nicknamed": true, "dubbed": true,
}

// enTitle reports whether the English quotation toks[k] is the title of a
// work: it opens with a capital or a digit, is no longer than a title,
// and follows a noun of enTitleNouns, directly or after a comma.
func enTitle(toks []token, k int) bool {
	t := strings.TrimSpace(toks[k].text)
	if r := textutil.FirstRune(t); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	if len(strings.Fields(t)) > maxTitleWords {
		return false
	}
	j := k - 1
	if j >= 0 && toks[j].kind == tokPunct && toks[j].text == "," {
		j--
	}
	return j >= 0 && toks[j].kind == tokWord && enTitleNouns[toks[j].lower]
}
