package eval

import (
	"regexp"
	"slices"
	"strings"
)

// wordRE is the token pattern of the article extraction benchmark: Python's
// Unicode \w+, runs of letters, digits and the underscore.
var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// Tokens splits s into the benchmark's word tokens, in order.
func Tokens(s string) []string { return wordRE.FindAllString(s, -1) }

// shingleSize is the number of tokens in one shingle.
const shingleSize = 4

// Shingles returns the multiset of 4-token shingles of s. A text with fewer
// than four tokens is one shingle of all of them; a text with no token has
// no shingle.
func Shingles(s string) map[string]int {
	toks := Tokens(s)
	m := make(map[string]int)
	if len(toks) == 0 {
		return m
	}
	if len(toks) < shingleSize {
		m[strings.Join(toks, " ")]++
		return m
	}
	for i := 0; i+shingleSize <= len(toks); i++ {
		m[strings.Join(toks[i:i+shingleSize], " ")]++
	}
	return m
}

// PageScore is the shingle match of one page's prediction against its truth.
type PageScore struct {
	// TP, FP and FN count shingles in both texts, in the prediction only and
	// in the truth only, by multiplicity.
	TP, FP, FN int
	// Exact is true when both texts have the same token list.
	Exact bool
}

// ScorePage matches a predicted text against the true one as the article
// extraction benchmark does.
func ScorePage(truth, pred string) PageScore {
	t, p := Shingles(truth), Shingles(pred)
	var s PageScore
	for k, tc := range t {
		pc := p[k]
		s.TP += min(tc, pc)
		s.FN += max(0, tc-pc)
	}
	for k, pc := range p {
		s.FP += max(0, pc-t[k])
	}
	s.Exact = slices.Equal(Tokens(truth), Tokens(pred))
	return s
}

// Precision is tp/(tp+fp), 1 when there is neither a false positive nor a
// false negative, 0 when there is neither a true nor a false positive.
func (s PageScore) Precision() float64 {
	switch {
	case s.FP == 0 && s.FN == 0:
		return 1
	case s.TP == 0 && s.FP == 0:
		return 0
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// Recall is tp/(tp+fn), 1 when there is neither a false positive nor a false
// negative, 0 when there is neither a true positive nor a false negative.
func (s PageScore) Recall() float64 {
	switch {
	case s.FP == 0 && s.FN == 0:
		return 1
	case s.TP == 0 && s.FN == 0:
		return 0
	}
	return float64(s.TP) / float64(s.TP+s.FN)
}

// F1 is the harmonic mean of the page's precision and recall, 0 when both
// are 0.
func (s PageScore) F1() float64 { return f1(s.Precision(), s.Recall()) }

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Summary is the benchmark's result over a set of pages.
type Summary struct {
	// Precision is the mean page precision over pages with tp+fp > 0.
	Precision float64
	// Recall is the mean page recall over pages with tp+fn > 0.
	Recall float64
	// F1 is the harmonic mean of Precision and Recall.
	F1 float64
	// Accuracy is the share of pages whose token lists are equal.
	Accuracy float64
	// Pages is the number of pages scored.
	Pages int
}

// Summarize averages page scores as the article extraction benchmark does.
func Summarize(pages []PageScore) Summary {
	var sp, sr float64
	var np, nr, exact int
	for _, s := range pages {
		if s.TP+s.FP > 0 {
			sp += s.Precision()
			np++
		}
		if s.TP+s.FN > 0 {
			sr += s.Recall()
			nr++
		}
		if s.Exact {
			exact++
		}
	}
	out := Summary{Pages: len(pages)}
	if np > 0 {
		out.Precision = sp / float64(np)
	}
	if nr > 0 {
		out.Recall = sr / float64(nr)
	}
	out.F1 = f1(out.Precision, out.Recall)
	if len(pages) > 0 {
		out.Accuracy = float64(exact) / float64(len(pages))
	}
	return out
}
