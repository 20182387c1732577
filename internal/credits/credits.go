// Package credits reads the parts of a byline that credit people with
// their roles ("Story by Jane Smith; photos by John Doe", "Текст: Мария
// Иванова, фото: Пётр Смирнов", "Edited by John Doe") by the byline and
// role prefixes of the language tables (lang.Table.Bylines and
// RoleBylines). The text layout and the HTML extractor both read bylines
// so; each cleans the names of a part its own way.
package credits

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
)

// Author is the role of a part opened by a byline prefix ("By", "Автор:",
// "Texte :"), or of a part with no prefix in a line of several parts.
const Author = "author"

// CutPrefixFold removes the first of prefixes that s starts with
// (ignoring case, unless the prefix is written in lower case), requiring
// a word boundary after it, and the colon or dash after it.
func CutPrefixFold(s string, prefixes []string) (string, bool) {
	for _, p := range prefixes {
		if p != "" && p[0] >= 'a' && p[0] <= 'z' && !strings.HasPrefix(s, p) {
			// A prefix a table writes in lower case is matched as
			// written: Italian bylines open "di Marco Rossi", while "Di
			// Marco Rossi" is a surname.
			continue
		}
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			rest := s[len(p):]
			r, _ := utf8.DecodeRuneInString(rest)
			last, _ := utf8.DecodeLastRuneInString(p)
			if unicode.IsLetter(r) && unicode.IsLetter(last) {
				continue
			}
			return strings.TrimSpace(strings.TrimLeft(rest, " :—–-")), true
		}
	}
	return "", false
}

// BylinePrefixes are the byline prefixes of every language table.
var BylinePrefixes = func() []string {
	var out []string
	for _, t := range lang.Languages {
		out = append(out, t.Bylines...)
	}
	return out
}()

// rolePrefixes are the role prefixes of every table, longest first (then
// in byte order), so that the answer never depends on a map's order.
var rolePrefixes, rolePrefixRoles = func() ([]string, map[string]string) {
	roles := map[string]string{}
	var out []string
	for _, t := range lang.Languages {
		for p, r := range t.RoleBylines {
			if _, dup := roles[p]; !dup {
				out = append(out, p)
			}
			roles[p] = r
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	return out, roles
}()

// Role reads the prefix a credit opens with: Author for a byline prefix,
// the table's role for a role prefix ("Edited by" → "editor", "Фото:" →
// "photographer"), with the rest after the prefix. ok is false when s
// opens with neither.
func Role(s string) (role, rest string, ok bool) {
	if rest, ok := CutPrefixFold(s, BylinePrefixes); ok {
		return Author, rest, true
	}
	for _, p := range rolePrefixes {
		if rest, ok := CutPrefixFold(s, []string{p}); ok {
			return rolePrefixRoles[p], rest, true
		}
	}
	return "", "", false
}

// opens reports whether s opens with a byline or role prefix of the
// tables.
func opens(s string) bool {
	_, _, ok := Role(s)
	return ok
}

// Split splits a byline that credits several roles in turn ("Story by
// Jane Smith; photos by John Doe", "By Jane Smith. Photography by John
// Doe", "Words by Jane Smith, pictures by John Doe", "Texte : Jean Dupont
// ; photos : Marie Curie") into its parts: a semicolon, a full stop or a
// comma splits only where a byline or role prefix of the tables follows
// it, so that a list of names ("By Jane Smith, John Doe") stays one part.
// nil when the line has one part.
func Split(s string) []string {
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
		if !opens(rest) {
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
