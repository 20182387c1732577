package eval

import (
	"slices"
	"strings"
)

// The Russian quotations corpus (../shared/corpora/ru-quotes-dev) is scored
// by its score.py; the functions below follow it rule for rule.

// ruQuoteMarks are the quote marks removed from quotations before they are
// compared; ruTrail the punctuation dropped from their end.
const (
	ruQuoteMarks  = "«»„“”\"‘’‚‹›"
	ruTrail       = ".,!?…;:"
	ruSourceMarks = "«»\"“”„"
)

// RuNormQuote normalises a quotation for comparison: doubled apostrophes
// and every quote mark removed, white space collapsed, apostrophes trimmed
// from both ends and trailing sentence punctuation, spaces and apostrophes
// from the end.
func RuNormQuote(t string) string {
	t = strings.ReplaceAll(t, "''", "")
	t = strings.Map(func(r rune) rune {
		if strings.ContainsRune(ruQuoteMarks, r) {
			return -1
		}
		return r
	}, t)
	t = strings.Trim(PyWS(t), "'")
	t = strings.TrimRight(t, ruTrail+" '")
	return strings.TrimFunc(t, isPySpace)
}

// RuNormSource normalises a cited outlet for comparison: guillemets and
// double quotes removed, white space collapsed, case folded.
func RuNormSource(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(ruSourceMarks, r) {
			return -1
		}
		return r
	}, s)
	return PyCasefold(PyWS(s))
}

// RuSpeakerOK reports whether a predicted speaker is right: not empty, and
// equal to, contained in or containing one of the accepted names, white
// space collapsed and case folded.
func RuSpeakerOK(pred string, names []string) bool {
	p := PyCasefold(PyWS(pred))
	if p == "" {
		return false
	}
	for _, n := range names {
		n = PyCasefold(PyWS(n))
		if n != "" && (p == n || strings.Contains(n, p) || strings.Contains(p, n)) {
			return true
		}
	}
	return false
}

// RuQuote is one annotated quotation of the corpus.
type RuQuote struct {
	Text string `json:"text"`
	// Speaker is the speaker in the nominative, "" where the article does
	// not say (null in the annotation).
	Speaker    string   `json:"speaker"`
	SpeakerAlt []string `json:"speaker_alt"`
	// Segments are the pieces of a quotation broken by its attribution.
	Segments []string `json:"segments"`
	// Nested marks a quotation inside another: optional to find.
	Nested bool `json:"nested"`
}

// RuSource is one annotated cited outlet: its canonical name and the forms
// the article writes it in.
type RuSource struct {
	Name string   `json:"name"`
	Alts []string `json:"alts"`
}

// RuRecord is one article's annotation.
type RuRecord struct {
	File          string     `json:"file"`
	Quotes        []RuQuote  `json:"quotes"`
	NamesInQuotes []string   `json:"names_in_quotes"`
	Sources       []RuSource `json:"sources"`
}

// RuPred is one quotation a parser found, with its speaker.
type RuPred struct {
	Text, Speaker string
}

// RuCounts are the corpus's counts, summed over articles.
type RuCounts struct {
	// Preds are the predicted quotations, less those that only match an
	// optional nested one; Used those matched; True the non-nested true
	// quotations; TP those matched.
	Preds, Used, True, TP int
	// NamesFP counts unmatched predictions that are names in quote marks.
	NamesFP int
	// SpeakerN counts matched quotations with a named speaker, SpeakerOK
	// those whose predicted speaker is right.
	SpeakerN, SpeakerOK int
	// SrcPred counts the distinct predicted outlets, SrcTrue the true ones,
	// SrcTP those matched one to one.
	SrcPred, SrcTrue, SrcTP int
}

// Add returns the sum of c and o.
func (c RuCounts) Add(o RuCounts) RuCounts {
	return RuCounts{c.Preds + o.Preds, c.Used + o.Used, c.True + o.True, c.TP + o.TP, c.NamesFP + o.NamesFP,
		c.SpeakerN + o.SpeakerN, c.SpeakerOK + o.SpeakerOK, c.SrcPred + o.SrcPred, c.SrcTrue + o.SrcTrue, c.SrcTP + o.SrcTP}
}

// RuMisses lists one article's errors, for reading.
type RuMisses struct {
	// Missed are the true quotations not found, Extra the predictions
	// that match none (nested ones left out).
	Missed, Extra []string
	// WrongSpeaker holds, per matched quotation with a wrong speaker, the
	// quotation, the true speaker and the predicted one.
	WrongSpeaker [][3]string
	// SourcesMissed are the true outlets not found (canonical names),
	// SourcesExtra the normalised predicted outlets matching none.
	SourcesMissed, SourcesExtra []string
}

// ScoreRuArticle matches one article's predicted quotations and cited
// outlets against its annotation:
//   - a prediction matches a non-nested true quotation when both normalise
//     (RuNormQuote) to the same text, one to one, predictions taken in
//     order and each given the first free true quotation; a true quotation
//     broken by its attribution that is still unmatched also matches when
//     each of its segments equals, in turn, a free prediction;
//   - an unmatched prediction equal to a nested true quotation is ignored:
//     it neither counts nor costs;
//   - the speaker is judged on the first prediction matched to each true
//     quotation that names a speaker (RuSpeakerOK against the speaker and
//     its alternatives);
//   - the distinct normalised predicted outlets (RuNormSource) are matched
//     one to one against each true outlet's name or written forms, the
//     name first, then the forms in order.
func ScoreRuArticle(rec RuRecord, preds []RuPred, sources []string) (RuCounts, RuMisses) {
	var c RuCounts
	var miss RuMisses
	norm := make([]string, len(preds))
	for i, p := range preds {
		norm[i] = RuNormQuote(p.Text)
	}
	free := map[string][]int{}
	for j, q := range rec.Quotes {
		if !q.Nested {
			k := RuNormQuote(q.Text)
			free[k] = append(free[k], j)
			c.True++
		}
	}
	used := map[int]bool{}
	got := map[int][]int{}
	for i, k := range norm {
		if k != "" && len(free[k]) > 0 {
			j := free[k][0]
			free[k] = free[k][1:]
			used[i] = true
			got[j] = []int{i}
		}
	}
	for j, q := range rec.Quotes {
		if q.Nested || got[j] != nil || len(q.Segments) < 2 {
			continue
		}
		var picks []int
		for _, seg := range q.Segments {
			s, k := RuNormQuote(seg), -1
			for i := range preds {
				if !used[i] && !slices.Contains(picks, i) && norm[i] == s {
					k = i
					break
				}
			}
			if k < 0 {
				break
			}
			picks = append(picks, k)
		}
		if len(picks) == len(q.Segments) {
			for _, i := range picks {
				used[i] = true
			}
			got[j] = picks
		}
	}
	optional, names := map[string]bool{}, map[string]bool{}
	for _, q := range rec.Quotes {
		if q.Nested {
			optional[RuNormQuote(q.Text)] = true
		}
	}
	for _, n := range rec.NamesInQuotes {
		names[RuNormQuote(n)] = true
	}
	ignored := 0
	for i, k := range norm {
		switch {
		case used[i]:
		case optional[k]:
			ignored++
		default:
			miss.Extra = append(miss.Extra, preds[i].Text)
			if names[k] {
				c.NamesFP++
			}
		}
	}
	c.Preds, c.Used, c.TP = len(preds)-ignored, len(used), len(got)
	for j, q := range rec.Quotes {
		if q.Nested {
			continue
		}
		if got[j] == nil {
			miss.Missed = append(miss.Missed, q.Text)
			continue
		}
		if q.Speaker == "" {
			continue
		}
		c.SpeakerN++
		pred := preds[got[j][0]].Speaker
		if RuSpeakerOK(pred, append([]string{q.Speaker}, q.SpeakerAlt...)) {
			c.SpeakerOK++
		} else {
			miss.WrongSpeaker = append(miss.WrongSpeaker, [3]string{q.Text, q.Speaker, pred})
		}
	}
	have := map[string]bool{}
	var order []string
	for _, s := range sources {
		if n := RuNormSource(s); n != "" && !have[n] {
			have[n] = true
			order = append(order, n)
		}
	}
	c.SrcPred, c.SrcTrue = len(order), len(rec.Sources)
	for _, s := range rec.Sources {
		hit := false
		for _, a := range append([]string{s.Name}, s.Alts...) {
			if n := RuNormSource(a); have[n] {
				delete(have, n)
				hit = true
				break
			}
		}
		if hit {
			c.SrcTP++
		} else {
			miss.SourcesMissed = append(miss.SourcesMissed, s.Name)
		}
	}
	for _, n := range order {
		if have[n] {
			miss.SourcesExtra = append(miss.SourcesExtra, n)
		}
	}
	return c, miss
}
