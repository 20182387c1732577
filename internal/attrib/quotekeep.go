package attrib

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// The learned quotation filter (Russian).
//
// Russian news puts in guillemets both what people said and the names of
// companies, laws, titles and slogans. A logistic regression, trained with
// the speaker chooser on the tuning half of the Russian quotations corpus
// (speaker_train_test.go), judges every span in quote marks, those the
// rules of Extract take for speech and those they leave out, by its form
// and setting. The features are those of the
// grammar of direct speech: its length, whether it opens with a capital
// and ends as a sentence does, whether it speaks in the first person or
// holds a verb, how it is set in the writer's sentence (after a word, a
// colon, with the author's words after a dash), whether a reporting verb
// or a speaker goes with it.

// Quotation features, by index.
const (
	QFBias        = iota
	QFLogWords    // log of the number of words
	QFOneWord     // a single word
	QFUpper       // opens with a capital letter
	QFEndPunct    // ends with . ! ? … inside the marks
	QFAfterWord   // follows a word of the writer's sentence directly
	QFAfterColon  // follows a colon
	QFOpensBlock  // opens the paragraph, or follows a dash
	QFDashAfter   // the author's words follow after a dash
	QFCue         // its sentence has a reporting verb
	QFOwnSpeaker  // its sentence names a speaker
	QFPartial     // woven into the writer's sentence
	QFFirstPerson // holds a first-person pronoun (я, мы, нас, мне, наш, …)
	QFVerb        // holds a word with the ending of a finite verb
	QFTitle       // every long word capitalised
	QFRule        // the hand-written rules take it for a quotation
	NQuoteFeatures
)

// ruFirstPerson are the Russian first-person pronouns and possessives:
// speech has them, names seldom do.
var ruFirstPerson = map[string]bool{
	"я": true, "мы": true, "меня": true, "мне": true, "мной": true, "нас": true, "нам": true, "нами": true,
	"мой": true, "моя": true, "моё": true, "мое": true, "мои": true, "моих": true, "моего": true, "моей": true,
	"наш": true, "наша": true, "наше": true, "наши": true, "наших": true, "нашего": true, "нашей": true, "нашим": true,
}

// ruVerbEndings end Russian finite verbs in the past and the present.
var ruVerbEndings = []string{"ал", "ала", "али", "ил", "ила", "или", "ел", "ела", "ели", "ет", "ют", "ят", "ит", "ем", "ется", "ются", "ется", "ится", "ятся", "ешь", "ишь", "ете", "ите"}

// quoteFeatures returns the features of the quotation s[q.start:q.end].
func quoteFeatures(s string, q qspan, cue, own, partial, rule bool) [NQuoteFeatures]float64 {
	var x [NQuoteFeatures]float64
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	text := strings.TrimSpace(s[q.start:q.end])
	x[QFBias] = 1
	x[QFUpper] = b(unicode.IsUpper(textutil.FirstRune(strings.TrimLeft(text, " .…-—"))))
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, " »\"”"))
	x[QFEndPunct] = b(strings.ContainsRune(".!?…", last))
	before := strings.TrimRight(s[:q.ostart], " ")
	prev, _ := utf8.DecodeLastRuneInString(before)
	x[QFAfterWord] = b(unicode.IsLetter(prev) || unicode.IsDigit(prev))
	x[QFAfterColon] = b(prev == ':')
	x[QFOpensBlock] = b(before == "" || prev == '—' || prev == '–')
	after := strings.TrimLeft(s[q.oend:], " ,.!?")
	x[QFDashAfter] = b(strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "- "))
	x[QFCue] = b(cue)
	x[QFOwnSpeaker] = b(own)
	x[QFPartial] = b(partial)
	x[QFRule] = b(rule)
	long, capped, nwords := 0, 0, 0
	// The words are the fields of text between runes that are neither
	// letters, digits nor hyphens (as strings.FieldsFunc splits them),
	// read in place.
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !quoteWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !quoteWordRune(r2) {
				break
			}
			j += n2
		}
		w := text[i:j]
		i = j
		nwords++
		// (Each of the two features is only ever set: once set, its
		// test is skipped. toLower is strings.ToLower with no work for a
		// word in lower case; ruFirstPersonFilter and the ending's last
		// byte rule out most words before the map and the suffixes,
		// perf20_wordfilter.go.)
		if x[QFFirstPerson] == 0 || x[QFVerb] == 0 {
			lw := toLower(w)
			if x[QFFirstPerson] == 0 && ruFirstPersonFilter.may(lw) && ruFirstPerson[lw] {
				x[QFFirstPerson] = 1
			}
			if x[QFVerb] == 0 && lw != "" && ruVerbEndingLast[lw[len(lw)-1]] && utf8.RuneCountInString(lw) > 4 && unicode.IsLower(textutil.FirstRune(w)) {
				for _, e := range ruVerbEndings {
					if strings.HasSuffix(lw, e) {
						x[QFVerb] = 1
						break
					}
				}
			}
		}
		if utf8.RuneCountInString(w) >= 4 {
			long++
			if unicode.IsUpper(textutil.FirstRune(w)) {
				capped++
			}
		}
	}
	x[QFTitle] = b(long >= 2 && capped == long)
	x[QFLogWords] = math.Log1p(float64(nwords))
	x[QFOneWord] = b(nwords == 1)
	return x
}

// quoteWordRune reports whether r belongs to a word of a quotation for
// its features: a letter, a digit or a hyphen.
func quoteWordRune(r rune) bool {
	return isLetter(r) || unicode.IsDigit(r) || r == '-'
}

// quoteThreshold is the score above which the filter keeps a quotation:
// the one of best F1 on the two-fold cross-check inside the tune half
// (TestTrainSpeakerChooser logs the sweep).
const quoteThreshold = -0.25

// keepQuote reports whether the filter keeps a quotation with features x.
func keepQuote(x [NQuoteFeatures]float64) bool {
	z := 0.0
	for k, v := range x {
		z += quoteWeights[k] * v
	}
	return z > quoteThreshold
}
