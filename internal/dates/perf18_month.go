package dates

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"unicode/utf8"
)

// DayMonthHasMonth reports whether s may give reDayMonth a match that
// matchWords keeps: one whose month group is a month name LookupMonth
// knows. The group follows a byte of \s (the run of \s after the day, or
// "de" and its \s) and, every part after it being optional, is the first
// twelve letters of the run of letters there, or the whole run when it is
// shorter (three at least): the expression tries the longest run first,
// and the first path it tries reaches a match. A text in which no run of
// letters after a \s byte opens with a month so read holds no match
// matchWords keeps, and matchWords, which ran the expression over it to
// find nothing (seven texts in eight of those it read on the AEB pages),
// need not run (perf18).
func DayMonthHasMonth(s string) bool {
	return monthRunAfter(s, false, false)
}

// DayMonthAnyHasMonth is DayMonthHasMonth for htmlx's reDayMonthAny,
// whose month group follows a \s byte or the day's dot ("12.März 2019")
// and, a year being needed after it past a dot, a comma and \s bytes
// alone, is a whole run of three to twelve letters.
func DayMonthAnyHasMonth(s string) bool {
	return monthRunAfter(s, true, true)
}

// monthRunAfter reports whether a run of letters after a \s byte (or a
// dot, with dot) opens with a month name: its first twelve letters, or,
// with whole, the run itself when it holds no more than twelve.
func monthRunAfter(s string, dot, whole bool) bool {
	for q := 1; q < len(s); q++ {
		if c := s[q-1]; !isRE2Space(c) && !(dot && c == '.') {
			continue
		}
		end, n := q, 0
		for end < len(s) && n <= 12 {
			r, size := utf8.DecodeRuneInString(s[end:])
			if !inFoldLetter(r) {
				break
			}
			if n == 12 {
				n++ // a thirteenth letter: the run is longer than a group
				break
			}
			end, n = end+size, n+1
		}
		if n > 12 {
			if whole {
				continue
			}
			n = 12
		}
		if n >= 3 {
			if _, ok := LookupMonth(s[q:end]); ok {
				return true
			}
		}
	}
	return false
}

// foldLetters is the class (?i)\p{L} of reDayMonth's month group, as the
// regexp package builds it (the letters and the characters whose case
// folds to one, U+0345 among them), in sorted pairs of first and last
// rune.
var foldLetters = func() []rune {
	re, err := syntax.Parse(`(?i)\p{L}`, syntax.Perl)
	if err != nil || re.Op != syntax.OpCharClass {
		panic("dates: (?i)\\p{L} is no character class")
	}
	return re.Rune
}()

// inFoldLetter reports whether r is in foldLetters.
func inFoldLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	// The first pair whose last rune is r or after it.
	i := sort.Search(len(foldLetters)/2, func(i int) bool { return foldLetters[2*i+1] >= r })
	return i < len(foldLetters)/2 && foldLetters[2*i] <= r
}

// MonthGroupMiss serves the tests of the month prefilters (this
// package's DayMonthHasMonth, htmlx's DayMonthAnyHasMonth): it returns
// the first of texts in which re finds a match whose group-th group is a
// month LookupMonth knows while has rules the text out, "" when there is
// none, with the number of texts has keeps, rules out and in which such a
// match stands.
func MonthGroupMiss(texts []string, re *regexp.Regexp, group int, has func(string) bool) (miss string, kept, ruledOut, month int) {
	for _, s := range texts {
		ok := has(s)
		if ok {
			kept++
		} else {
			ruledOut++
		}
		for _, g := range re.FindAllStringSubmatchIndex(s, -1) {
			if _, isMonth := LookupMonth(s[g[2*group]:g[2*group+1]]); isMonth {
				month++
				if !ok && miss == "" {
					miss = s
				}
				break
			}
		}
	}
	return miss, kept, ruledOut, month
}
