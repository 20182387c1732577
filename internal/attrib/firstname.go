package attrib

import "strings"

// IsFirstName reports whether w is a first name the name lists know: an
// English first name (any case) or a Russian or foreign first name in
// Russian spelling, in the nominative. The text path uses it to tell a
// bare byline ("Jane Smith") from a rubric ("World News") among an
// article's header lines.
func IsFirstName(w string) bool {
	if enNameGender[strings.ToLower(w)] != 0 {
		return true
	}
	return ruFirstNames[w] != 0
}

// TitleCaps writes a word printed in capitals in title case (titleCaps):
// "O'BRIEN-JONES" → "O'Brien-Jones". The text path re-cases bylines set
// in capitals with it.
func TitleCaps(w string) string { return titleCaps(w) }
