package attrib

import (
	"strings"
	"unicode/utf8"
)

// compoundRole returns the role stem a German compound noun ends in
// ("finanzminister", "außenministerin", "regierungssprecher",
// "parteichef"): German joins the domain to the front of the role in one
// word, which the stems, read from the start of a word, miss. The stem
// must be five letters or more, follow at least three letters, and be
// followed by at most an inflection of three letters ("-in", "-s",
// "-en"), so that a word that only holds a role's letters inside it is
// none.
func compoundRole(w string, roles []string) (string, bool) {
	if len(w) < 8 {
		return "", false
	}
	for _, r := range roles {
		// («-chef», «-chefin»: the short stem German joins to any
		// domain, Parteichef, Unionsfraktionschef, Konzernchefin, after
		// four letters or more; attr19.)
		short := r == "chef" || r == "chefin"
		if utf8.RuneCountInString(r) < 5 && !short {
			continue
		}
		i := strings.LastIndex(w, r)
		if i < 3 || short && utf8.RuneCountInString(w[:i]) < 4 {
			continue
		}
		if utf8.RuneCountInString(w[i+len(r):]) <= 3 {
			return r, true
		}
	}
	return "", false
}
