package eval

import (
	"encoding/json"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// The web-extract benchmark (../shared/bench/web-extract) scores an
// extractor as its score.py does, in Python: the functions below keep
// Python's semantics where Go's differ. str.lower() is Unicode's full
// lower-case mapping (İ becomes i + U+0307, a final Σ becomes ς), which
// x/text's root-language Lower gives and strings.ToLower does not;
// str.casefold() is full case folding (ß becomes ss), x/text's Fold; \s
// is Unicode white space, which Go's regexp \s is not.

// PyLower lower-cases s as Python's str.lower does.
func PyLower(s string) string { return cases.Lower(language.Und).String(s) }

// PyCasefold folds the case of s as Python's str.casefold does.
func PyCasefold(s string) string { return cases.Fold().String(s) }

// isPySpace reports whether Python's str.isspace (and so re's \s on str)
// counts r as white space: Go's unicode.IsSpace plus the four ASCII
// information separators.
func isPySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// PyWS collapses every run of white space in s to one space and trims the
// ends, as the scorers' ws() does with re.sub(r"\s+", " ", s).strip().
func PyWS(s string) string { return strings.Join(strings.FieldsFunc(s, isPySpace), " ") }

// LowerTokens are the web-extract benchmark's tokens of s: the text
// lower-cased, then split into runs of letters, digits and the underscore.
func LowerTokens(s string) []string { return Tokens(PyLower(s)) }

// TokenScore is one page's token-bag match of an extraction against the
// true main text.
type TokenScore struct {
	P, R, F1 float64
	// Empty is true when the extraction has no token.
	Empty bool
}

// ScoreTokens compares the lower-cased word tokens of pred and truth as
// multisets: the overlap is the size of their intersection, counted with
// multiplicity; precision is overlap over the predicted tokens, recall
// overlap over the true ones, F1 their harmonic mean. No overlap scores 0
// on all three (an empty extraction among them); two empty texts score 1.
func ScoreTokens(pred, truth string) TokenScore {
	p, t := LowerTokens(pred), LowerTokens(truth)
	s := TokenScore{Empty: len(p) == 0}
	if len(p) == 0 && len(t) == 0 {
		s.P, s.R, s.F1 = 1, 1, 1
		return s
	}
	common := bagOverlap(p, t)
	if common == 0 {
		return s
	}
	s.P = float64(common) / float64(len(p))
	s.R = float64(common) / float64(len(t))
	s.F1 = f1(s.P, s.R)
	return s
}

// bagOverlap is the size of the intersection of a and b taken as
// multisets: each token counts as often as it is in both.
func bagOverlap(a, b []string) int {
	count := make(map[string]int, len(a))
	for _, t := range a {
		count[t]++
	}
	n := 0
	for _, t := range b {
		if count[t] > 0 {
			count[t]--
			n++
		}
	}
	return n
}

// TokenMeans are page means of token scores.
type TokenMeans struct {
	Pages    int
	P, R, F1 float64
	// Empty counts the pages whose extraction has no token.
	Empty int
}

// MeanTokenScores returns the means over pages of precision, recall and F1
// (not the F1 of the means) and the count of empty extractions.
func MeanTokenScores(pages []TokenScore) TokenMeans {
	var m TokenMeans
	var sp, sr, sf float64
	for _, s := range pages {
		sp += s.P
		sr += s.R
		sf += s.F1
		if s.Empty {
			m.Empty++
		}
	}
	m.Pages = len(pages)
	if m.Pages > 0 {
		n := float64(m.Pages)
		m.P, m.R, m.F1 = sp/n, sr/n, sf/n
	}
	return m
}

// WebMetaLabel is one entry of web-extract's metadata.json. Authors and
// Date are kept raw because score.py tells a missing or null value (no
// check) from an empty list of authors (check that none is given) and a
// null date (check that none is given).
type WebMetaLabel struct {
	Title   string          `json:"title"`
	Authors json.RawMessage `json:"authors"`
	Date    json.RawMessage `json:"date"`
	Section string          `json:"section"`
}

// WebMeta is what an extractor gave for the labelled fields: the headline,
// the author names, the publication date as the article JSON writes it
// (its first ten characters are the day) and the section.
type WebMeta struct {
	Title   string
	Authors []string
	Date    string
	Section string
}

// The metadata checks of web-extract's score.py, in its report order.
const (
	MetaTitle         = "title"
	MetaTitleLenient  = "title_lenient"
	MetaAuthor        = "author"
	MetaAuthorLenient = "author_lenient"
	MetaNoAuthor      = "no_author"
	MetaDate          = "date"
	MetaNoDate        = "no_date"
	MetaSection       = "section"
)

// MetaChecks lists the metadata checks with score.py's labels, in its
// report order.
var MetaChecks = []struct{ Key, Label string }{
	{MetaTitle, "title exact (case-insensitive)"},
	{MetaTitleLenient, "title lenient (one contains the other)"},
	{MetaAuthor, "authors exact (as a set)"},
	{MetaAuthorLenient, "authors lenient (every label word present)"},
	{MetaNoAuthor, "no author where the page credits none"},
	{MetaDate, "publication date (day)"},
	{MetaNoDate, "no date where the page shows none"},
	{MetaSection, "section"},
}

// ScoreWebMeta returns, for each check the label calls for, whether got
// passes it:
//   - title: the headline equals the label, white space collapsed and case
//     folded; title_lenient: the headline is not empty and one contains
//     the other;
//   - author: the same names as a set (sorted lists, each name's white
//     space collapsed and case folded); author_lenient: every word of
//     every labelled name is among the words of the names given;
//     no_author, where the label is []: no name given;
//   - date: the first ten characters of the date are the labelled day;
//     no_date, where the label is null: no date given;
//   - section: equal, white space collapsed and case folded.
func ScoreWebMeta(got WebMeta, lab WebMetaLabel) map[string]bool {
	out := map[string]bool{}
	fold := func(s string) string { return PyCasefold(PyWS(s)) }
	if lab.Title != "" {
		t, h := fold(lab.Title), fold(got.Title)
		out[MetaTitle] = t == h
		out[MetaTitleLenient] = h != "" && (strings.Contains(h, t) || strings.Contains(t, h))
	}
	var labAuthors []string
	authorsList := json.Unmarshal(lab.Authors, &labAuthors) == nil && string(lab.Authors) != "null"
	switch {
	case len(labAuthors) > 0:
		names := make([]string, len(got.Authors))
		for i, n := range got.Authors {
			names[i] = PyWS(n)
		}
		joined := PyCasefold(strings.Join(names, " "))
		gotFolded, want := make([]string, len(names)), make([]string, len(labAuthors))
		for i, n := range names {
			gotFolded[i] = PyCasefold(n)
		}
		for i, n := range labAuthors {
			want[i] = fold(n)
		}
		out[MetaAuthor] = sameMultiset(gotFolded, want)
		have := map[string]bool{}
		for _, w := range Tokens(joined) {
			have[w] = true
		}
		all := true
		for _, x := range labAuthors {
			for _, w := range Tokens(PyCasefold(x)) {
				all = all && have[w]
			}
		}
		out[MetaAuthorLenient] = all
	case authorsList:
		out[MetaNoAuthor] = len(got.Authors) == 0
	}
	var labDate string
	_ = json.Unmarshal(lab.Date, &labDate)
	switch {
	case labDate != "":
		d := []rune(got.Date)
		out[MetaDate] = string(d[:min(len(d), 10)]) == labDate
	case len(lab.Date) > 0:
		out[MetaNoDate] = got.Date == ""
	}
	if lab.Section != "" {
		out[MetaSection] = fold(got.Section) == fold(lab.Section)
	}
	return out
}

// sameMultiset reports whether a and b hold the same strings the same
// number of times.
func sameMultiset(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	n := map[string]int{}
	for _, s := range a {
		n[s]++
	}
	for _, s := range b {
		if n[s]--; n[s] < 0 {
			return false
		}
	}
	return true
}

// MetaTally counts, per check, the pages checked and those that passed.
type MetaTally map[string][2]int

// Add counts one page's checks.
func (t MetaTally) Add(checks map[string]bool) {
	for k, ok := range checks {
		c := t[k]
		c[0]++
		if ok {
			c[1]++
		}
		t[k] = c
	}
}

// Rate returns the share of pages that passed check k and the counts, ok
// false when no page was checked.
func (t MetaTally) Rate(k string) (rate float64, right, checked int, ok bool) {
	c := t[k]
	if c[0] == 0 {
		return 0, 0, 0, false
	}
	return float64(c[1]) / float64(c[0]), c[1], c[0], true
}
