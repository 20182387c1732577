package textutil

// HasDigitRun reports whether s holds n ASCII digits in a row. Regular
// expressions whose every match needs such a run (a four-digit year, the
// \d of Go's regexp being [0-9]) are skipped on text without one, which is
// most of a page's text: a cheap test that cannot change what they find.
func HasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return n <= 0
}
