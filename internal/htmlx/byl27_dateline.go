package htmlx

import (
	"regexp"
	"strings"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/lang"
)

// A name over the date line (issue 12, byl27).
//
// Newspapers of the 2000s print the byline under the headline and its deck
// as a block of short lines with no "By": the writer's name (often with
// the place filed from, "Tom Roe in Berlin", "Ann Doe at Villa Park"),
// then the date line, then maybe the paper's name ("Jane Roe / Tuesday
// January 8, 2008 / The Guardian"; "Jane Roe / 06 January, 2008").
// nameOverJob reads the name over a job line; here the date line under
// the name is what says the line is a byline and not a deck. A deck in
// title case may stand over a date line too ("Tom Hanks Returns"), so the
// line must read as a name of two or three words: its first word a first
// name the name lists know (attrib.IsFirstName: common English given
// names, so a name like "Subhash" or "Jordan" is not taken here), no word
// of it a function word, a month or a weekday.

// reNameOverDate matches a line that is a name of two or three capitalised
// words (a middle initial may go without its period), with an optional
// place after "in" or "at". Four title-case words over a date are a deck
// more often than a name ("Tom Hanks Returns Home").
var reNameOverDate = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+(?:[ \t\x{a0}]+\p{Lu}[\p{L}'’.-]*){1,2})(?:[ \t\x{a0}]+(?:in|at)[ \t\x{a0}]+\p{Lu}[\p{L}'’. -]{1,40})?$`)

// nameOverDateNear is how much visible text after the headline is searched
// for a name over a date line: a deck of two sentences may stand between.
const nameOverDateNear = 400

// nameOverDate returns the name of a byline set as a name line right over
// a date line under the headline (see above), or "".
func nameOverDate(m *PageMeta) string {
	t := textAfterHead(m, nameOverDateNear)
	if t == "" {
		return ""
	}
	prev := ""
	for l := range strings.SplitSeq(t, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if prev != "" && isDateLine(l) {
			if name := nameLineName(prev); name != "" {
				return name
			}
		}
		prev = l
	}
	return ""
}

// nameLineName returns the name a byline line without "By" gives
// ("Tom Roe in Berlin": Tom Roe), or "" when the line does not read as a
// person's name.
func nameLineName(line string) string {
	if len(line) > 80 {
		return ""
	}
	g := reNameOverDate.FindStringSubmatch(line)
	if g == nil {
		return ""
	}
	name := g[1]
	words := strings.Fields(name)
	if !attrib.IsFirstName(strings.Trim(words[0], ".,")) {
		return ""
	}
	for _, w := range words {
		low := strings.ToLower(strings.Trim(w, ".,"))
		if isInitial(w) || len(low) == 1 {
			continue
		}
		if lang.NonNameSet[low] || lang.MonthNames[low] != 0 {
			return ""
		}
	}
	if isJunkName(name) || isDeskLine(name) || isJobTitle(name) {
		return ""
	}
	return name
}
