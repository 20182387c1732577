package textlayout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"
)

// splitCreditParts splits a byline that credits several roles in turn
// ("Story by Jane Smith; photos by John Doe", "By Jane Smith. Photography
// by John Doe", "Words by Jane Smith, pictures by John Doe", "Texte : Jean
// Dupont ; photos : Marie Curie") into its parts: a semicolon, a full stop
// or a comma splits only where a byline or role prefix of the tables
// follows it, so that a list of names ("By Jane Smith, John Doe") stays
// one part. nil when the line has one part.
func splitCreditParts(s string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != ';' && c != ',' && c != '.' {
			continue
		}
		rest := strings.TrimLeft(s[i+1:], " ")
		if rest == "" || len(rest) == len(s[i+1:]) && c != ';' {
			continue // ". " and ", " need their space ("J.Smith")
		}
		if c == '.' {
			// A full stop after an initial ("By J. Smith") does not
			// end a part.
			if w := s[strings.LastIndexByte(s[:i], ' ')+1 : i]; utf8.RuneCountInString(w) < 2 {
				continue
			}
		}
		if !opensCredit(rest) {
			continue
		}
		parts = append(parts, strings.TrimSpace(s[start:i]))
		start = len(s) - len(rest)
	}
	if parts == nil {
		return nil
	}
	return append(parts, strings.TrimSpace(s[start:]))
}

// opensCredit reports whether s opens with a byline or role prefix of the
// tables.
func opensCredit(s string) bool {
	if _, ok := cutPrefixFold(s, textBylinePrefixes); ok {
		return true
	}
	for _, t := range lang.Languages {
		for prefix := range t.RoleBylines {
			if _, ok := cutPrefixFold(s, []string{prefix}); ok {
				return true
			}
		}
	}
	return false
}

// parseCreditParts reads a byline of several role parts (splitCreditParts)
// when every part is a byline.
func parseCreditParts(s string) ([]model.Author, bool) {
	parts := splitCreditParts(s)
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
