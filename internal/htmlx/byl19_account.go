package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/model"
)

// An account name beside a printed byline.
//
// Drupal's node template prints "Submitted by <account>" (the user who
// filed the node, its login: "jthompson") while the article's own byline
// field prints the writer's full name ("Jordan Thompson, Staff Writer");
// WordPress and Blogger themes do the same with "Posted by <login>" over
// a byline the editor typed. When the one author chosen is such a login
// and a byline element by the headline prints a full name the login is
// made from (the first name's initial and the surname, the first name and
// the surname's initial, either name alone), the printed name is the
// author's: the same person as the page shows them.

// fullNameForAccount puts for a lone login-like author the full name a
// byline by the headline prints for the same person, else returns out
// unchanged.
func fullNameForAccount(m *PageMeta, out []model.Author) []model.Author {
	if len(out) != 1 || !isLoginName(out[0].Name) {
		return out
	}
	login := nameLetters(out[0].Name)
	for _, i := range bylineOrder(m) {
		if i >= len(m.bylineAt) || !m.nearHeadline(m.bylineAt[i]) {
			continue
		}
		for _, n := range writerNames(nil, m.bylines[i], "") {
			if len(strings.Fields(n)) >= 2 && nameShaped(n) && loginOf(login, n) {
				res := []model.Author{out[0]}
				res[0].Name, res[0].Type = n, model.Person
				return res
			}
		}
	}
	return out
}

// loginOf reports whether login (its letters, lower case) is made from
// the full name's first name and surname as account names are: "jthompson",
// "jordant", "thompsonj", "jordanthompson", "thompson", "jordan".
func loginOf(login, full string) bool {
	w := strings.Fields(full)
	first, last := nameLetters(w[0]), nameLetters(w[len(w)-1])
	if first == "" || last == "" {
		return false
	}
	f, l := first[:1], last[:1]
	for _, c := range []string{first + last, f + last, first + l, last + f, last + first, first, last} {
		if login == c && len(c) >= 5 {
			return true
		}
	}
	return false
}
