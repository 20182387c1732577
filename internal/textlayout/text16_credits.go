package textlayout

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// reCreditPart is one part of the credit line that closes a wire story in
// the Reuters and AP style, "(Reporting by Maria Rossi and Tom Brown;
// Additional reporting by Ann Lee; Editing by Mark Potter)": a role
// phrase and the names after "by".
var reCreditPart = regexp.MustCompile(`(?i)^(additional reporting|reporting|writing|written|compiled|editing|edited|photos?|photography) by\s+(.+)$`)

// reCreditPlace is the place a credit line gives after a name ("Paige
// Lim in Singapore and Ben Blanchard in Beijing").
var reCreditPlace = regexp.MustCompile(`\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?`)

// creditRoles gives the role of each role phrase of reCreditPart.
var creditRoles = map[string]string{
	"additional reporting": "author", "reporting": "author", "writing": "author", "written": "author", "compiled": "author",
	"editing": "editor", "edited": "editor", "photo": "photographer", "photos": "photographer", "photography": "photographer",
}

// parseWireCredits reads a closing credit line of reCreditPart parts set
// apart by semicolons, in parentheses or not, into authors with their
// roles; every part must be one, so that prose ("Reporting by the BBC
// showed …") is not taken.
func parseWireCredits(t string) ([]model.Author, bool) {
	t = strings.TrimSpace(t)
	if len(t) > 300 {
		return nil, false
	}
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		t = t[1 : len(t)-1]
	}
	var out []model.Author
	for _, part := range strings.Split(t, ";") {
		g := reCreditPart.FindStringSubmatch(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(part), ".")))
		if g == nil {
			return nil, false
		}
		names := splitNames(reCreditPlace.ReplaceAllString(g[2], ""))
		if len(names) == 0 {
			return nil, false
		}
		for _, n := range names {
			out = append(out, model.Author{Name: recaseName(n), Type: model.Person, Role: creditRoles[strings.ToLower(g[1])]})
		}
	}
	return out, len(out) > 0
}

// mergeCredits adds the people a closing credit line names to the
// authors: they replace a byline that credits only organisations (the
// wire: "By Reuters"), as the people who wrote the story.
func mergeCredits(authors, credits []model.Author) []model.Author {
	onlyOrgs := len(authors) > 0
	for _, a := range authors {
		onlyOrgs = onlyOrgs && a.Type == model.Organization
	}
	if onlyOrgs {
		authors = authors[:0]
	}
	return append(authors, credits...)
}

// recaseName writes a name printed in capitals ("JANE SMITH", "O'BRIEN",
// "SMITH-JONES") in the normal case of names, as bylines set in capitals
// are read; a name with a lower-case letter is returned as it is.
func recaseName(name string) string {
	if !strings.ContainsRune(strings.TrimSpace(name), ' ') {
		return name // one word in capitals is an acronym as often as a name ("NASA")
	}
	caps := false
	for _, w := range strings.Fields(name) {
		if textutil.IsAllCaps(w) {
			caps = true
		} else if strings.IndexFunc(w, unicode.IsLower) >= 0 {
			return name
		}
	}
	if !caps {
		return name
	}
	words := strings.Fields(name)
	for i, w := range words {
		if textutil.IsAllCaps(w) {
			words[i] = attrib.TitleCaps(w)
		}
	}
	return strings.Join(words, " ")
}
