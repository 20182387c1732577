package textlayout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/credits"
	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"
)

// parseCreditParts reads a byline of several role parts (credits.Split)
// when every part is a byline.
func parseCreditParts(s string) ([]model.Author, bool) {
	parts := credits.Split(s)
	if parts == nil {
		return nil, false
	}
	var out []model.Author
	for _, p := range parts {
		names, ok := parseByline(p)
		if !ok {
			return nil, false
		}
		out = append(out, names...)
	}
	return out, true
}

// bylineOfParts reports whether the header line t is a byline and a date
// set apart by headerSeparators ("By Jane Smith and John Doe | March 5,
// 2024"), which headerParts reads part by part: read whole as a byline,
// the names would run into the date, and only those before the last "and"
// would stay.
func bylineOfParts(t string, c *model.Config) bool {
	f, ok := headerParts(t, c)
	return ok && len(f.authors) > 0 && !f.date.IsZero()
}

// outletWithAgency reads the French credit of a story an outlet's staff
// wrote with an agency's copy, "Le Monde avec AFP", "Le Figaro avec
// Reuters": the outlet is the author. The agency must be one the tables
// know; the outlet, one to four capitalised words.
func outletWithAgency(s string) ([]model.Author, bool) {
	outlet, agency, ok := strings.Cut(strings.TrimSpace(s), " avec ")
	if !ok || !lang.IsKnownOutlet(strings.TrimSpace(agency)) || !isNameLike(outlet) {
		return nil, false
	}
	return []model.Author{{Name: strings.TrimSpace(outlet), Type: model.Organization, Role: "author"}}, true
}

// honorifics are the titles a byline may set before a person's name, which
// Author.Name leaves out.
var honorifics = []string{"Dr.", "Dr", "Prof.", "Prof", "Mr.", "Mrs.", "Ms.", "Mx.", "Dott.", "Dra.", "Pr."}

// dropHonorific removes a title before a person's name ("Dr. Jane
// Smith-Jones" -> "Jane Smith-Jones") when a name follows it.
func dropHonorific(n string) string {
	for _, h := range honorifics {
		if rest, ok := strings.CutPrefix(n, h+" "); ok {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) && strings.Contains(rest, " ") {
				return rest
			}
		}
	}
	return n
}
