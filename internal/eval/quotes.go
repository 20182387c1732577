package eval

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// How quotations are matched
//
// Both the annotated content and our quotation are reduced to lower-cased
// word tokens (Tokens), which normalises quote marks, apostrophes,
// punctuation and white space in one step. An annotated content may include
// its quote marks and may join several quoted pieces that an attribution
// cue interrupts (“Judge,” “I have never…”); our parser may return those
// pieces separately or merged. A predicted quotation P and an annotated
// content G match when
//
//   - the shorter token list is a contiguous run of the longer one and has at
//     least minContained tokens; or
//   - P has fewer tokens than that and equals G or one of G's quoted pieces
//     (the text between two double quote marks); or
//   - the shorter has at least minContained tokens and at least
//     bigramCover of its token bigrams occur in the longer (this forgives
//     an interruption kept inside one side, an ellipsis or a bracketed
//     insertion).
const (
	minContained = 3
	bigramCover  = 0.8
)

// QuoteTokens reduces a quotation to its lower-cased word tokens.
func QuoteTokens(s string) []string {
	t := Tokens(s)
	for i := range t {
		t[i] = strings.ToLower(t[i])
	}
	return t
}

// isDoubleQuote reports whether r is a double quotation mark or guillemet.
func isDoubleQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»', '＂':
		return true
	}
	return false
}

// quotedPieces returns the token lists of the parts of s between double
// quote marks, or of s whole when it has none.
func quotedPieces(s string) [][]string {
	var out [][]string
	for _, p := range strings.FieldsFunc(s, isDoubleQuote) {
		if t := QuoteTokens(p); len(t) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// containsRun reports whether needle occurs as a contiguous run in hay.
func containsRun(hay, needle []string) bool {
	if len(needle) == 0 || len(needle) > len(hay) {
		return false
	}
	for i := 0; i+len(needle) <= len(hay); i++ {
		if slices.Equal(hay[i:i+len(needle)], needle) {
			return true
		}
	}
	return false
}

// bigramCoverage is the share of the bigrams of a found in b.
func bigramCoverage(a, b []string) float64 {
	if len(a) < 2 {
		return 0
	}
	have := make(map[[2]string]bool, len(b))
	for i := 0; i+1 < len(b); i++ {
		have[[2]string{b[i], b[i+1]}] = true
	}
	n := 0
	for i := 0; i+1 < len(a); i++ {
		if have[[2]string{a[i], a[i+1]}] {
			n++
		}
	}
	return float64(n) / float64(len(a)-1)
}

// QuoteMatch reports whether a predicted quotation matches an annotated
// content, by the rule at the top of this file.
func QuoteMatch(gold, pred string) bool {
	g, p := QuoteTokens(gold), QuoteTokens(pred)
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	if len(p) < minContained {
		if slices.Equal(g, p) {
			return true
		}
		for _, piece := range quotedPieces(gold) {
			if slices.Equal(piece, p) {
				return true
			}
		}
		return false
	}
	short, long := p, g
	if len(g) < len(p) {
		short, long = g, p
	}
	if len(short) >= minContained && containsRun(long, short) {
		return true
	}
	return len(short) >= minContained && bigramCoverage(short, long) >= bigramCover
}

// SourceKind classifies an annotated source span.
type SourceKind int

// The kinds of annotated source.
const (
	// SourceNone is a missing or empty source span.
	SourceNone SourceKind = iota
	// SourceName is a span with a capitalised word that is neither a
	// pronoun nor a determiner ("Trump", "White House press secretary Josh
	// Earnest", "the Washington Post").
	SourceName
	// SourcePronoun is a span that is one personal pronoun ("he", "She").
	SourcePronoun
	// SourceOther is anything else: roles and descriptions in lower case
	// ("the spokeswoman", "the attendees").
	SourceOther
)

// pronouns are the personal pronouns a source span may be.
var pronouns = map[string]bool{
	"he": true, "she": true, "him": true, "her": true, "they": true, "them": true,
	"it": true, "i": true, "we": true, "you": true, "me": true, "us": true,
}

// resolvable are the pronouns that refer to one third person, and so can be
// resolved to the nearest preceding named source.
var resolvable = map[string]bool{"he": true, "she": true, "him": true, "her": true}

// notNames are capitalised words that do not make a span a name: pronouns,
// possessives and determiners at the start of a sentence.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "some": true, "many": true, "most": true, "one": true,
	"another": true, "both": true, "all": true, "each": true, "other": true,
	"others": true, "such": true,
}

// ClassifySource tells what kind of source span s is.
func ClassifySource(s string) SourceKind {
	t := Tokens(s)
	if len(t) == 0 {
		return SourceNone
	}
	if len(t) == 1 && pronouns[strings.ToLower(t[0])] {
		return SourcePronoun
	}
	if len(nameRunEnds(s)) > 0 {
		return SourceName
	}
	return SourceOther
}

func isCapitalised(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r)
}

// nameRunEnds returns, lower-cased, the last token of each run of
// capitalised tokens in s that are not pronouns or determiners: the family
// names of the people the span names ("Josh Earnest" → "earnest").
func nameRunEnds(s string) []string {
	var ends []string
	run := ""
	for _, tok := range Tokens(s) {
		l := strings.ToLower(tok)
		if isCapitalised(tok) && !notNames[l] && !pronouns[l] {
			run = l
			continue
		}
		if run != "" {
			ends = append(ends, run)
			run = ""
		}
	}
	if run != "" {
		ends = append(ends, run)
	}
	return ends
}

// SpeakerMatches reports whether our speaker is right for a named source
// span: our speaker contains the whole span (as lower-cased tokens), or the
// last token of our speaker is the last token of one of the span's
// capitalised runs (its family name: "Hillary Clinton" for "Clinton",
// "Josh Earnest" for "White House press secretary Josh Earnest").
func SpeakerMatches(speaker, source string) bool {
	sp, src := QuoteTokens(speaker), QuoteTokens(source)
	if len(sp) == 0 || len(src) == 0 {
		return false
	}
	if containsRun(sp, src) {
		return true
	}
	return slices.Contains(nameRunEnds(source), sp[len(sp)-1])
}

// Attribution is one annotated attribution, reduced to what the quote
// scorer needs.
type Attribution struct {
	// Content is the annotated content text.
	Content string
	// Source is the annotated source span's text, "" when there is none.
	Source string
	// SourceStart is the source span's offset in the article, -1 when there
	// is none.
	SourceStart int
	// Direct is true for verbatim quotations.
	Direct bool
}

// PredQuote is one quotation our parser found.
type PredQuote struct {
	// Text is the quoted words.
	Text string
	// Speaker is who we say said them.
	Speaker string
}

// SpeakerCase is a matched direct quotation whose speaker was scored.
type SpeakerCase struct {
	// Gold is the annotated attribution.
	Gold Attribution
	// Pred is our best-matching quotation.
	Pred PredQuote
	// Referent is the named source a pronoun was resolved to, "" otherwise.
	Referent string
	// Right says whether our speaker is right.
	Right bool
}

// QuoteCounts are the quote scorer's counts for one or more articles.
type QuoteCounts struct {
	// Preds is how many quotations we found; PredsMatched how many match a
	// direct attribution; PredsIndirect how many of the others match an
	// indirect attribution's content (quoted paraphrase fragments).
	Preds, PredsMatched, PredsIndirect int
	// Golds is how many direct attributions there are; GoldsMatched how many
	// at least one of our quotations matches.
	Golds, GoldsMatched int
	// NameScored and NameRight count matched quotations with a named source
	// and those whose speaker is right.
	NameScored, NameRight int
	// PronounScored counts matched quotations whose source is he/she/him/her;
	// PronounResolved those with a preceding named source; PronounRight
	// those whose speaker matches that named source.
	PronounScored, PronounResolved, PronounRight int
	// Unscored counts matched quotations whose source is missing, another
	// pronoun (I, we, they, it) or a lower-case role.
	Unscored int
}

// Add returns the sum of c and o.
func (c QuoteCounts) Add(o QuoteCounts) QuoteCounts {
	return QuoteCounts{
		c.Preds + o.Preds, c.PredsMatched + o.PredsMatched, c.PredsIndirect + o.PredsIndirect,
		c.Golds + o.Golds, c.GoldsMatched + o.GoldsMatched,
		c.NameScored + o.NameScored, c.NameRight + o.NameRight,
		c.PronounScored + o.PronounScored, c.PronounResolved + o.PronounResolved, c.PronounRight + o.PronounRight,
		c.Unscored + o.Unscored,
	}
}

// Precision is the share of our quotations that match a direct attribution.
func (c QuoteCounts) Precision() float64 { return ratio(c.PredsMatched, c.Preds) }

// LenientPrecision also counts as right our quotations that match only an
// indirect attribution: quoted fragments inside a paraphrase ("mixed"
// quotations), which the corpus does not mark direct but which are verbatim
// words in quote marks.
func (c QuoteCounts) LenientPrecision() float64 {
	return ratio(c.PredsMatched+c.PredsIndirect, c.Preds)
}

// Recall is the share of direct attributions that one of ours matches.
func (c QuoteCounts) Recall() float64 { return ratio(c.GoldsMatched, c.Golds) }

// F is the harmonic mean of Precision and Recall.
func (c QuoteCounts) F() float64 { return f1(c.Precision(), c.Recall()) }

// QuoteResult is the quote scorer's outcome for one article.
type QuoteResult struct {
	QuoteCounts
	// FalsePos are our quotations that match no direct attribution.
	FalsePos []PredQuote
	// FalseNeg are the direct attributions that none of ours matches.
	FalseNeg []Attribution
	// Speakers are the scored speaker cases (named and resolved pronoun
	// sources), in the order of the attributions.
	Speakers []SpeakerCase
}

// similarity ranks the quotations that match one content: the share of
// tokens they have in common, over the longer of the two.
func similarity(a, b string) float64 {
	ta, tb := QuoteTokens(a), QuoteTokens(b)
	return ratio(bagOverlap(ta, tb), max(len(ta), len(tb)))
}

// ScoreQuotes matches one article's quotations against all its annotated
// attributions (direct and indirect, in any order). Each direct attribution
// takes as its speaker case the matching quotation most similar to it
// (the first on ties); a pronoun source he/she/him/her is resolved to the
// named source of the attribution whose source span starts nearest before
// it.
func ScoreQuotes(atts []Attribution, preds []PredQuote) QuoteResult {
	var r QuoteResult
	r.Preds = len(preds)
	matched := make([]bool, len(preds))
	for _, a := range atts {
		if !a.Direct {
			continue
		}
		r.Golds++
		best, bestSim := -1, -1.0
		for i, p := range preds {
			if !QuoteMatch(a.Content, p.Text) {
				continue
			}
			matched[i] = true
			if s := similarity(a.Content, p.Text); s > bestSim {
				best, bestSim = i, s
			}
		}
		if best < 0 {
			r.FalseNeg = append(r.FalseNeg, a)
			continue
		}
		r.GoldsMatched++
		sc := SpeakerCase{Gold: a, Pred: preds[best]}
		switch ClassifySource(a.Source) {
		case SourceName:
			r.NameScored++
			sc.Right = SpeakerMatches(sc.Pred.Speaker, a.Source)
			if sc.Right {
				r.NameRight++
			}
		case SourcePronoun:
			if !resolvable[strings.ToLower(strings.TrimSpace(a.Source))] {
				r.Unscored++
				continue
			}
			r.PronounScored++
			sc.Referent = antecedent(atts, a.SourceStart)
			if sc.Referent != "" {
				r.PronounResolved++
				sc.Right = SpeakerMatches(sc.Pred.Speaker, sc.Referent)
				if sc.Right {
					r.PronounRight++
				}
			}
		default:
			r.Unscored++
			continue
		}
		r.Speakers = append(r.Speakers, sc)
	}
	for i, p := range preds {
		if matched[i] {
			r.PredsMatched++
			continue
		}
		r.FalsePos = append(r.FalsePos, p)
		for _, a := range atts {
			if !a.Direct && QuoteMatch(a.Content, p.Text) {
				r.PredsIndirect++
				break
			}
		}
	}
	return r
}

// antecedent returns the named source whose span starts nearest before pos,
// or "" when there is none.
func antecedent(atts []Attribution, pos int) string {
	best, bestStart := "", -1
	if pos < 0 {
		return ""
	}
	for _, a := range atts {
		if a.SourceStart >= 0 && a.SourceStart < pos && a.SourceStart > bestStart && ClassifySource(a.Source) == SourceName {
			best, bestStart = a.Source, a.SourceStart
		}
	}
	return best
}
