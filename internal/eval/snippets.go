package eval

import (
	"regexp"
	"slices"
	"strings"
	"time"
)

var spaceRE = regexp.MustCompile(`\s+`)

// NormSpace replaces every run of white space in s by one space and trims
// the ends, as the trafilatura corpus's scorer does.
func NormSpace(s string) string { return strings.TrimSpace(spaceRE.ReplaceAllString(s, " ")) }

// SnippetCounts are the trafilatura corpus's confusion counts: a "with"
// snippet found is a true positive, missed a false negative; a "without"
// snippet found is a false positive, missed a true negative.
type SnippetCounts struct {
	TP, FP, FN, TN int
}

// Add returns the sum of c and o.
func (c SnippetCounts) Add(o SnippetCounts) SnippetCounts {
	return SnippetCounts{c.TP + o.TP, c.FP + o.FP, c.FN + o.FN, c.TN + o.TN}
}

// Precision is tp/(tp+fp), 0 when undefined.
func (c SnippetCounts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is tp/(tp+fn), 0 when undefined.
func (c SnippetCounts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// Accuracy is (tp+tn)/(tp+fp+fn+tn), 0 when undefined.
func (c SnippetCounts) Accuracy() float64 { return ratio(c.TP+c.TN, c.TP+c.FP+c.FN+c.TN) }

// F is the harmonic mean of Precision and Recall.
func (c SnippetCounts) F() float64 { return f1(c.Precision(), c.Recall()) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// SnippetResult is the outcome of one page: its counts and the snippets that
// went wrong.
type SnippetResult struct {
	SnippetCounts
	// Missed are the "with" snippets not found in the text.
	Missed []string
	// Leaked are the "without" snippets found in the text.
	Leaked []string
}

// ScoreSnippets looks for each whitespace-normalised snippet in the
// whitespace-normalised text. Empty snippets are skipped.
func ScoreSnippets(text string, with, without []string) SnippetResult {
	t := NormSpace(text)
	var r SnippetResult
	for _, s := range with {
		s = NormSpace(s)
		if s == "" {
			continue
		}
		if strings.Contains(t, s) {
			r.TP++
		} else {
			r.FN++
			r.Missed = append(r.Missed, s)
		}
	}
	for _, s := range without {
		s = NormSpace(s)
		if s == "" {
			continue
		}
		if strings.Contains(t, s) {
			r.FP++
			r.Leaked = append(r.Leaked, s)
		} else {
			r.TN++
		}
	}
	return r
}

// TitleMatch reports whether two titles are equal after whitespace
// normalisation (case and punctuation count).
func TitleMatch(label, got string) bool { return NormSpace(label) == NormSpace(got) }

// authorSepRE splits a list of author names: on ";", ",", "&", "/", "|", and
// on the words "and", "und", "et", "y" between names.
var authorSepRE = regexp.MustCompile(`(?i)\s*(?:[;,&/|]|\s(?:and|und|et|y)\s)\s*`)

// NormAuthors turns an author label or a list of names into a sorted set of
// names: each entry is split on the separators of authorSepRE, whitespace
// normalised and lower-cased; empty parts and duplicates are dropped. Both
// sides of a comparison go through the same normalisation, so "A, B" matches
// the names ["B", "A"], and a label "Michael L. Anderson, PhD" becomes the
// two names "michael l. anderson" and "phd" on both sides alike.
func NormAuthors(names ...string) []string {
	var out []string
	for _, n := range names {
		for _, p := range authorSepRE.Split(n, -1) {
			p = strings.ToLower(NormSpace(p))
			if p != "" {
				out = append(out, p)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// AuthorsMatch reports whether the labelled authors and ours are the same
// set of names after NormAuthors; a page with no labelled author never
// matches (callers skip those).
func AuthorsMatch(label []string, got []string) bool {
	l := NormAuthors(label...)
	return len(l) > 0 && slices.Equal(l, NormAuthors(got...))
}

// LabelDay reads a labelled date ("2020-03-02", also "2020-3-2") and returns
// it as "2006-01-02"; ok is false when the label is not such a date. A label
// whose month is impossible but whose day would be a month ("2022-29-11") is
// read as year-day-month, the slip two labels of the corpus make.
func LabelDay(s string) (day string, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) > 10 {
		s = s[:10]
	}
	for _, layout := range []string{"2006-01-02", "2006-1-2", "2006-2-1"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	return "", false
}
