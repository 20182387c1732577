package dates

import "strings"

// The date regexps have no literal prefix, so the regexp package tries
// them from every byte of a text. Each form needs a separator between runs
// of ASCII digits (\d is ASCII in RE2) that most texts do not hold: an
// ISO date "2019-05-12" a dash after four digits and before one, a dotted
// date "12.05.2019" a dot after a digit and before four, a worded date
// with its year ("12 May 2019", "May 12, 2019") a space before four
// digits. These tests look for that necessary shape with a byte scan and
// let a text without it skip the regexp, whose answer they cannot change:
// a regexp that cannot match finds nothing.

// DigitsAround reports whether s holds the byte sep with at least before
// ASCII digits right before it and at least after right after it.
func DigitsAround(s string, sep byte, before, after int) bool {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], sep)
		if j < 0 {
			return false
		}
		p := i + j
		i = p + 1
		if p < before || len(s)-p-1 < after {
			continue
		}
		if digitsAt(s, p-before, before) && digitsAt(s, p+1, after) {
			return true
		}
	}
	return false
}

// SpaceDigits reports whether s holds n ASCII digits right after a byte
// of RE2's \s ([\t\n\f\r ]): the year of "12 May 2019", "May 12, 2019",
// "4. 2. 2022".
func SpaceDigits(s string, n int) bool {
	for p := 0; p+n < len(s); p++ {
		if isRE2Space(s[p]) && digitsAt(s, p+1, n) {
			return true
		}
	}
	return false
}

// SlashOrSpaceDigits reports whether s holds n ASCII digits right after a
// slash or a byte of RE2's \s: the year of "17/02/2022" and "4. 2. 2022".
func SlashOrSpaceDigits(s string, n int) bool {
	for p := 0; p+n < len(s); p++ {
		if (s[p] == '/' || isRE2Space(s[p])) && digitsAt(s, p+1, n) {
			return true
		}
	}
	return false
}

// isRE2Space reports whether b is in RE2's \s class.
func isRE2Space(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// digitsAt reports whether s[at:at+n] are n ASCII digits (at and n within
// s).
func digitsAt(s string, at, n int) bool {
	for k := at; k < at+n; k++ {
		if c := s[k]; c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// The worded forms (reDayMonth, reMonthDay) match any word of three to
// twelve letters as the month and keep only matches with a year, which
// follows a run of \s bytes. These two tests look for the bytes that
// must stand before such a year; a text without them holds no match
// with a year, and matchWords, which skips the others, finds nothing in
// it (perf17).

// DayMonthYearShape reports whether s holds a year (four ASCII digits
// after a \s byte) before which, past bytes of \s, ASCII letters, dots,
// commas and bytes outside ASCII alone, stands an ASCII digit: what
// reDayMonth (and htmlx's reDayMonthAny, which also takes a comma before
// the year) needs between its day and its year ("12 May 2019", "1er mars
// 2020", "5 de mayo de 2021", "12. März 2019", "3º de junio 2020").
func DayMonthYearShape(s string) bool {
	afterDigit := false // the run of skipped bytes that ends here follows a digit
	for p := 0; p < len(s); p++ {
		b := s[p]
		if afterDigit && p > 0 && p+4 <= len(s) && isRE2Space(s[p-1]) && digitsAt(s, p, 4) {
			return true
		}
		switch {
		case isRE2Space(b), b == '.', b == ',', b >= 0x80, 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z':
		default:
			afterDigit = '0' <= b && b <= '9'
		}
	}
	return false
}

// MonthDayYearShape reports whether s holds a year (four ASCII digits
// after a run of \s bytes) with an ASCII digit among the five bytes
// before that run: what reMonthDay needs between its day and its year
// ("May 12, 2019", "June 1st 2020"; the ordinal's letters, up to three
// bytes as (?i) reads "ſt", and a comma may stand between).
func MonthDayYearShape(s string) bool {
	for p := 1; p+4 <= len(s); p++ {
		if !isRE2Space(s[p-1]) || !digitsAt(s, p, 4) {
			continue
		}
		j := p - 1
		for j > 0 && isRE2Space(s[j-1]) {
			j--
		}
		for k := max(0, j-5); k < j; k++ {
			if '0' <= s[k] && s[k] <= '9' {
				return true
			}
		}
	}
	return false
}
