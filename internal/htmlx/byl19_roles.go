package htmlx

import (
	"slices"
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/credits"
	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// Bylines that credit roles.
//
// A byline may credit the writing and other parts in turn, as the text
// layout reads them (internal/credits, the RoleBylines of the language
// tables): "By Jane Smith. Edited by John Doe", "Story by Jane Smith;
// photos by John Doe", "Editor: John Doe", "Translated by Ana Gómez",
// "Текст: Мария Иванова, фото: Пётр Смирнов". The writers are the authors
// (writerNames gives their names only); the others are credited with
// their role beside them (withRoleCredits), never as authors.

// maxRoleByline is the longest byline text read for role parts: a credit
// of several roles, with a date or a place after a bar.
const maxRoleByline = 300

// rolePart is one part of a byline that credits roles: the role of
// credits.Role ("" for a part without a prefix, read as the writers') and
// the names after the prefix.
type rolePart struct {
	role, text string
}

// creditParts splits a byline's text, white space normalised, into its
// role parts: the parts a bar sets apart ("By Jane Smith | Photos by John
// Doe"), each split again where a byline or role prefix follows a
// semicolon, a comma or a full stop (credits.Split). nil when no part
// credits a role other than the writing, the common byline that
// CleanAuthors reads whole.
//
// (CleanAuthors itself reads every part as names: its answers are
// checked against an earlier form of it.)
func creditParts(s string) []rolePart {
	if len(s) > maxRoleByline || !mayHoldRole(s) {
		return nil
	}
	var out []rolePart
	other := false
	for _, chunk := range strings.Split(s, "|") {
		chunk = strings.TrimSpace(chunk)
		parts := credits.Split(chunk)
		if parts == nil {
			parts = []string{chunk}
		}
		for _, p := range parts {
			role, rest, ok := credits.Role(p)
			if !ok {
				out = append(out, rolePart{text: p})
				continue
			}
			if role == credits.Author {
				rest = p // CleanAuthors cuts its label ("By", "Текст:")
			}
			other = other || role != credits.Author
			out = append(out, rolePart{role: role, text: rest})
		}
	}
	if !other {
		return nil
	}
	return out
}

// mayHoldRole reports whether s holds a role prefix of the tables, case
// folded: a byline without one credits no role, and is not split.
func mayHoldRole(s string) bool {
	low := strings.ToLower(s)
	for _, w := range roleWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// roleWords are the tables' role prefixes, lower case and without their
// colon or full stop.
var roleWords = func() []string {
	var out []string
	for _, t := range lang.Languages {
		for p := range t.RoleBylines {
			w := strings.ToLower(strings.TrimSpace(strings.TrimRight(p, ":.")))
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	slices.Sort(out)
	return out
}()

// cleanSpace is a byline's raw text as CleanAuthors reads it: its
// entities decoded, its white space normalised.
func cleanSpace(raw string) string {
	return textutil.NormalizeSpace(unescapeTitle(raw))
}

// isWriterRole reports whether a part's role is the writing.
func isWriterRole(role string) bool { return role == "" || role == credits.Author }

// writerNames is CleanAuthors(raw, pub) (memo's, when memo is not nil)
// for a byline that credits the writing alone, and the names of its
// writers' parts for a byline that credits roles.
func writerNames(memo *cleanMemo, raw, pub string) []string {
	if len(raw) > maxAuthorValue || !mayHoldRole(raw) {
		return memo.clean(raw, pub)
	}
	parts := creditParts(cleanSpace(raw))
	if parts == nil {
		return memo.clean(raw, pub)
	}
	var out []string
	for _, p := range parts {
		if !isWriterRole(p.role) {
			continue
		}
		for _, n := range memo.clean(p.text, pub) {
			if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, n) }) {
				out = append(out, n)
			}
		}
	}
	return out
}

// roleCredits returns the people a byline credits with a role other than
// the writing, each with that role, or nil.
func roleCredits(raw string) []model.Author {
	if len(raw) > maxAuthorValue {
		return nil
	}
	var out []model.Author
	for _, p := range creditParts(cleanSpace(raw)) {
		if isWriterRole(p.role) {
			continue
		}
		for _, n := range CleanAuthors(p.text, "") {
			if slices.ContainsFunc(out, func(a model.Author) bool { return strings.EqualFold(a.Name, n) }) {
				continue
			}
			typ := model.Person
			if lang.IsKnownOutlet(n) || lang.IsOutletLike(n, "", false) || isAcronym(n) {
				typ = model.Organization // "Photos: Reuters", "Photo by NWS"
			}
			out = append(out, model.Author{Name: n, Type: typ, Role: p.role})
		}
	}
	return out
}

// withRoleCredits adds to the authors chosen the people that the byline
// by the headline credits with another role (an editor, a translator, a
// photographer), each with the role. The byline must agree with the
// choice: when it names writers, one of them is among the authors (else
// it may be another article's). A byline that credits photographs and
// nothing else is a picture's credit and adds no one.
func withRoleCredits(m *PageMeta, out []model.Author) []model.Author {
	for _, raw := range roleBylines(m) {
		roles := roleCredits(raw)
		if len(roles) == 0 {
			continue
		}
		writers := writerNames(nil, raw, "")
		if len(writers) == 0 && !slices.ContainsFunc(roles, func(a model.Author) bool { return a.Role != "photographer" }) {
			continue
		}
		if len(out) > 0 && len(writers) > 0 && !slices.ContainsFunc(writers, func(n string) bool {
			return slices.ContainsFunc(out, func(a model.Author) bool { return strings.EqualFold(a.Name, n) })
		}) {
			continue
		}
		for _, r := range roles {
			if !slices.ContainsFunc(out, func(a model.Author) bool { return strings.EqualFold(a.Name, r.Name) }) && len(out) < maxAuthors {
				out = append(out, r)
			}
		}
		return out
	}
	return out
}

// roleBylines are the byline texts by the headline that may credit roles:
// the line of the byline printed in the text under the headline, then
// the byline elements by the headline in the order they are weighed.
func roleBylines(m *PageMeta) []string {
	var out []string
	if line := headBylineLine(m); line != "" {
		out = append(out, line)
	}
	for _, i := range bylineOrder(m) {
		if i < len(m.bylineAt) && m.nearHeadline(m.bylineAt[i]) {
			out = append(out, m.bylines[i])
		}
	}
	return out
}

// headBylineLine returns the line of the byline printed in the text just
// after the headline, from its label on, when the line credits roles;
// else "".
func headBylineLine(m *PageMeta) string {
	if !mayHoldRole(textAfterHead(m, headBylineNear)) {
		return "" // (the byline search is not run again for nothing)
	}
	if line := headBylineText(m); creditParts(cleanSpace(line)) != nil {
		return line
	}
	return ""
}

// roleLineAt returns the line of t from the byline label at on, when it
// credits roles ("By Jane Smith. Edited by John Doe"), for CleanAuthors
// to read whole; else "".
func roleLineAt(t string, at int) string {
	// (The match opens with the white space or bar before the label.)
	rest := strings.TrimLeft(t[at:], " \t\r\n\u00a0|·•")
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimSpace(rest)
	if creditParts(cleanSpace(rest)) == nil {
		return ""
	}
	return rest
}

// roleBy reports whether the word before a "by" (lower case) opens a role
// credit of the tables with it ("edited by", "translated by", "photos
// by"): the name after it is no author's.
func roleBy(prev string) bool {
	role, _, ok := credits.Role(prev + " by x")
	return ok && role != credits.Author
}

// isAcronym reports whether s is one word of two to six capitals, an
// organisation's initials as picture credits print them ("AP", "NWS",
// "NASA"): a person is credited by name.
func isAcronym(s string) bool {
	if strings.ContainsRune(s, ' ') {
		return false
	}
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}
