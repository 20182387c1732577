package htmlx

import (
	"strings"
	"unicode/utf8"
)

// A sign-off closing the post (issue 12, byl27).
//
// Bloggers and reviewers of the 2000s sign a post at its foot with a dash
// and their name on a line of its own, after the last paragraph ("… what
// I wanted. / -- Jane Roe", "— Jane Roe", the name often a link to the
// writer's page: "- / Jane Roe"), and print no byline by the headline. The
// sign-off is read only when no other source names anyone (pickAuthors's
// last list): it stands after a paragraph of prose (a line of 60 bytes or
// more ending a sentence) some way into the text, so that an epigraph's
// attribution over the post ("— Mark Twain" under a quotation in its first
// lines) is passed over, and the name must read as a person's
// (nameLineName: two or three words, a known first name first).

// nameSignOffDashes are the marks a sign-off opens with.
var nameSignOffDashes = []string{"--", "-", "–", "—", "~"}

// signOffAfter is how much visible text of the post must come before a
// sign-off.
const signOffAfter = 400

// signOffName returns the name of the first sign-off in the post's text
// (postText), or "".
func signOffName(m *PageMeta) string {
	t := postText(m)
	from := ForwardVisible(t, 0, signOffAfter) // no sign-off before
	prev := ""
	for off := 0; off < len(t); {
		le := strings.IndexByte(t[off:], '\n')
		end := len(t)
		if le >= 0 {
			end = off + le
		}
		line := strings.TrimSpace(strings.Trim(t[off:end], "\u00a0"))
		lineAt := off
		off = end + 1
		if line == "" {
			continue
		}
		if rest, ok := cutSignOffDash(line); ok && lineAt >= from && signOffAfterProse(prev) {
			if rest == "" {
				// The name on the next line ("- / Jane Roe").
				next := t[min(off, len(t)):]
				next = strings.TrimLeft(next, " \t\r\n\u00a0")
				if i := strings.IndexByte(next, '\n'); i >= 0 {
					next = next[:i]
				}
				rest = strings.TrimSpace(strings.Trim(next, "\u00a0"))
			}
			if name := nameLineName(rest); name != "" && name == rest {
				return name
			}
		}
		prev = line
	}
	return ""
}

// cutSignOffDash returns what follows a sign-off's opening dash on line
// and true, or false when line does not open with one.
func cutSignOffDash(line string) (string, bool) {
	for _, d := range nameSignOffDashes {
		if rest, ok := strings.CutPrefix(line, d); ok {
			if rest != "" {
				r, _ := utf8.DecodeRuneInString(rest)
				if r != ' ' && r != '\u00a0' {
					return "", false // "-based", "--flag": no sign-off
				}
			}
			return strings.TrimSpace(strings.Trim(rest, "\u00a0")), true
		}
	}
	return "", false
}

// signOffAfterProse reports whether line, the line before a sign-off, is
// the end of a paragraph of prose: 60 bytes or more, ending a sentence.
func signOffAfterProse(line string) bool {
	if len(line) < 60 {
		return false
	}
	line = strings.TrimRight(line, " \"'”’)")
	return strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, "?")
}
