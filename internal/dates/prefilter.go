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
