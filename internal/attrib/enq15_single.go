package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// English quotations in single marks (issue 13, user trial).
//
// British and Australian papers, and most English headlines, set a
// quotation in single marks ('…' or ‘…’) and a quotation inside it in
// double ones. The same marks are apostrophes (it's, the '90s, rock 'n'
// roll, the Lees' house, o'clock), so a pair of single marks is read as a
// quotation only where a reader has no doubt:
//
//   - the opening mark stands at the start of a word (after a space, an
//     opening bracket, a dash or a colon, or at the start of the
//     paragraph) and before a letter or digit, and is not the elision of
//     a year ('90s, '69) or of "and" ('n');
//   - the closing mark stands at the end of a word (after a letter, digit
//     or punctuation) and before a space, punctuation or the paragraph's
//     end;
//   - and the reporting clause says it is speech: either it follows the
//     closing mark after a comma ("…,' said Diane Swonk", "…', the
//     minister told the BBC", "…?' she asked"), or it precedes the
//     opening mark in the same sentence ("X said: '…'", "she told the
//     BBC, '…'") and the closing mark ends the quoted words (after . ! ?
//     or before punctuation).
//
// A quotation in single marks never runs over a paragraph (one block is
// read at a time); marks inside a quotation in double marks are left to
// it (a nested quotation stays nested), and double-marked quotations
// inside a single-marked one become part of it. The scan is linear: the
// closing marks are listed once and each opening mark looks forward with
// a pointer that only moves on.

// enSingleMaxClauseWords bounds the words of the reporting clause before
// its verb: "said X" (0), "she said" (1), "the minister told" (2), "Fed
// Chair Jerome Powell said" (4).
const enSingleMaxClauseWords = 5

// enSingleLookBytes bounds the text read for a reporting clause on
// either side of a mark, so that the scan stays linear.
const enSingleLookBytes = 120

// enSingleClose is a closing single mark candidate.
type enSingleClose struct {
	at    int  // byte offset of the mark
	after bool // a reporting clause follows it ("…,' said X")
	ends  bool // it ends the quoted words (. ! ? before, or punctuation after)
	// possessive: after an s and before a word ("the Lees' house"), it
	// may be a plural's possessive inside the quotation.
	possessive bool
}

// enSingleQuotes adds to spans, the quotations in double marks found in
// s, those in single marks (see above). isVerb tells a reporting verb in
// lower case. The result is in text order.
func enSingleQuotes(s string, spans []qspan, isVerb func(string) bool) []qspan {
	if !hasSingleMark(s) || strings.Contains(s, "''") {
		// (Copy that writes a double mark as two apostrophes, the
		// typewriter's way kept in newspaper archives, ''…'', leaves a
		// single mark ambiguous: its quotations inside are nested.)
		return spans
	}
	inside := func(i int, k *int) bool {
		for *k < len(spans) && spans[*k].oend <= i {
			*k++
		}
		return *k < len(spans) && i >= spans[*k].ostart
	}
	// The closing candidates, in order, outside the double-marked spans.
	var closes []enSingleClose
	k := 0
	for i, r := range s {
		if r != '\'' && r != '’' || i == 0 || inside(i, &k) {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(prev) || prev == '‘' || prev == '\'' {
			continue
		}
		j := i + utf8.RuneLen(r)
		next := ' '
		if j < len(s) {
			next, _ = utf8.DecodeRuneInString(s[j:])
		}
		if unicode.IsLetter(next) || unicode.IsDigit(next) {
			continue // it's, o'clock
		}
		c := enSingleClose{at: i, possessive: prev == 's' && next == ' ' && j+1 < len(s) && unicode.IsLetter(textutil.FirstRune(s[j+1:]))}
		c.ends = j >= len(s) || strings.ContainsRune(".!?…", prev) || strings.ContainsRune(".,;:!?)…", next)
		rest := s[j:]
		comma := strings.ContainsRune(",!?…", prev)
		if strings.HasPrefix(rest, ",") {
			rest, comma = rest[1:], true
		}
		c.after = comma && enReportingClause(rest[:min(len(rest), enSingleLookBytes)], isVerb)
		closes = append(closes, c)
	}
	if len(closes) == 0 {
		return spans
	}
	// The next closing candidate from each on that is no plural's
	// possessive (the Lees' house): an opening pairs with it or with
	// nothing, so that a quotation never runs over the closing marks of
	// scare quotes ('reckless' and 'unworkable') to a later one.
	next := make([]int, len(closes)+1)
	next[len(closes)] = -1
	for x := len(closes) - 1; x >= 0; x-- {
		next[x] = next[x+1]
		if !closes[x].possessive {
			next[x] = x
		}
	}
	var out []qspan
	ci := 0 // closes before ci are behind the scan
	k = 0
	from := 0 // the end of the last quotation found
	for i, r := range s {
		if i < from || r != '\'' && r != '‘' || inside(i, &k) {
			continue
		}
		if !enSingleOpens(s, i, r) {
			continue
		}
		for ci < len(closes) && closes[ci].at <= i {
			ci++
		}
		c := next[ci]
		if c < 0 || !closes[c].after && !(closes[c].ends && enReportingBefore(s[max(0, i-enSingleLookBytes):i], isVerb)) {
			continue
		}
		start := i + utf8.RuneLen(r)
		end := closes[c].at
		if strings.TrimSpace(s[start:end]) == "" {
			continue
		}
		out = append(out, qspan{start: start, end: end, ostart: i, oend: end + utf8.RuneLen(textutil.FirstRune(s[end:]))})
		from = out[len(out)-1].oend
		ci = c + 1
	}
	if len(out) == 0 {
		return spans
	}
	// Merge: double-marked spans inside a single-marked one are part of it.
	merged := make([]qspan, 0, len(spans)+len(out))
	a, b := 0, 0
	for a < len(spans) || b < len(out) {
		if b < len(out) && (a >= len(spans) || out[b].ostart < spans[a].ostart) {
			merged = append(merged, out[b])
			for a < len(spans) && spans[a].oend <= out[b].oend {
				a++
			}
			b++
			continue
		}
		merged = append(merged, spans[a])
		a++
	}
	return merged
}

// enSingleOpens reports whether the single mark r at byte offset i of s
// stands where a quotation opens: at a word's start, before a letter or
// digit, and not as the elision of a year ('90s, '69) or of "and"
// (rock 'n' roll).
func enSingleOpens(s string, i int, r rune) bool {
	if i > 0 {
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsSpace(prev) && !strings.ContainsRune("([—–-:“\"", prev) {
			return false
		}
	}
	rest := s[i+utf8.RuneLen(r):]
	next, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return false
	}
	if next >= '0' && next <= '9' {
		d := 0
		for d < len(rest) && rest[d] >= '0' && rest[d] <= '9' {
			d++
		}
		if d == 2 && (d == len(rest) || rest[d] == 's' || !unicode.IsLetter(rune(rest[d])) && !unicode.IsDigit(rune(rest[d]))) {
			return false // the '90s, the summer of '69
		}
	}
	if strings.HasPrefix(rest, "n'") || strings.HasPrefix(rest, "n’") {
		return false // rock 'n' roll
	}
	for _, w := range []string{"em", "tis", "twas", "til", "cause", "bout", "round"} {
		// Elisions: tell 'em, 'tis, 'til, 'cause.
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) && (len(rest) == len(w) || !unicode.IsLetter(textutil.FirstRune(rest[len(w):]))) {
			return false
		}
	}
	return true
}

// enReportingClause reports whether s, the text after a quotation's
// closing mark (and its comma), opens with an English reporting clause:
// a verb of speech in lower case among its first words, before the
// sentence ends ("said Diane Swonk", "the minister told the BBC", "she
// asked").
func enReportingClause(s string, isVerb func(string) bool) bool {
	if !strings.HasPrefix(s, " ") {
		return false
	}
	n := 0
	for _, w := range strings.Fields(s) {
		if n > enSingleMaxClauseWords {
			return false
		}
		core := strings.TrimRight(w, ",.;:!?")
		if core != "" && unicode.IsLower(textutil.FirstRune(core)) && isVerb(core) {
			return true
		}
		if core != w || strings.ContainsAny(w, "'‘’\"“”") {
			return false // the clause ended, or a quotation begins
		}
		n++
	}
	return false
}

// enReportingBefore reports whether s, the text before a quotation's
// opening mark, ends with the reporting clause that introduces it in the
// same sentence: a verb of speech in lower case among its last words,
// then a colon, a comma or nothing ("X said: '…'", "she told the BBC,
// '…'", "he said '…'").
func enReportingBefore(s string, isVerb func(string) bool) bool {
	s = strings.TrimRight(s, " ")
	s = strings.TrimSuffix(strings.TrimSuffix(s, ":"), ",")
	fields := strings.Fields(s)
	for n := 0; n < len(fields) && n <= enSingleMaxClauseWords; n++ {
		w := fields[len(fields)-1-n]
		core := strings.TrimRight(w, ",")
		if n > 0 && (core != w || strings.ContainsAny(w, ".!?;:'‘’\"“”")) {
			return false // another clause or sentence
		}
		if core != "" && unicode.IsLower(textutil.FirstRune(core)) && isVerb(core) {
			return true
		}
	}
	return false
}

// enSingleRunOn returns the quotation in single marks that the paragraph
// s holds under the convention for quotations of several paragraphs:
// each paragraph of the quotation opens with an opening mark and only
// the last closes it. A paragraph read so is one that opens with a
// single mark (or has one after its reporting clause, "warns Mr Johnson:
// '…") that nothing closes, before a paragraph that opens with a single
// mark too (next); or one that opens with a single mark and ends with its
// closing mark after . ! ? or … ("'The task ahead is vast.'"). A
// paragraph that opens with the mark must follow one that quotes
// (quoting): the quotation goes on from it. isVerb tells a reporting verb
// in lower case. It returns the span and whether there is one.
func enSingleRunOn(s string, quoting bool, next string, isVerb func(string) bool) (qspan, bool) {
	if strings.Contains(s, "''") {
		return qspan{}, false
	}
	s = strings.TrimRight(s, " ")
	if s == "" {
		return qspan{}, false
	}
	open := -1
	if r := textutil.FirstRune(s); (r == '\'' || r == '‘') && enSingleOpens(s, 0, r) {
		if !quoting {
			return qspan{}, false
		}
		open = 0
	} else {
		for i, r := range s {
			if (r == '\'' || r == '‘') && i > 0 && enSingleOpens(s, i, r) && enReportingBefore(s[max(0, i-enSingleLookBytes):i], isVerb) {
				open = i
				break
			}
		}
	}
	if open < 0 {
		return qspan{}, false
	}
	start := open + utf8.RuneLen(textutil.FirstRune(s[open:]))
	last, size := utf8.DecodeLastRuneInString(s)
	if last == '\'' || last == '’' {
		// The last paragraph, closed at its end after the sentence's
		// own end: the whole paragraph is the quotation.
		before, _ := utf8.DecodeLastRuneInString(s[:len(s)-size])
		if open != 0 || !strings.ContainsRune(".!?…", before) || textutil.CountWords(s[start:len(s)-size]) < minUnattributedWords {
			// (A line of a few words in single marks between
			// paragraphs is a subheading that quotes words the text
			// attributes later: "'We're vetting VP candidates!'".)
			return qspan{}, false
		}
		return qspan{start: start, end: len(s) - size, ostart: 0, oend: len(s)}, true
	}
	if !strings.ContainsRune(".!?…", last) {
		return qspan{}, false
	}
	// Nothing closes it in this paragraph, and the next reopens.
	for i, r := range s[start:] {
		if (r == '\'' || r == '’') && start+i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(s[:start+i])
			j := start + i + utf8.RuneLen(r)
			nextR := ' '
			if j < len(s) {
				nextR, _ = utf8.DecodeRuneInString(s[j:])
			}
			if !unicode.IsSpace(prev) && !unicode.IsLetter(nextR) && !unicode.IsDigit(nextR) {
				// A mark in closing position, or a possessive that
				// may be one ('humbling' and …): not surely unclosed.
				return qspan{}, false
			}
		}
	}
	if r := textutil.FirstRune(next); (r != '\'' && r != '‘') || !enSingleOpens(next, 0, r) {
		return qspan{}, false
	}
	return qspan{start: start, end: len(s), ostart: open, oend: len(s)}, true
}
