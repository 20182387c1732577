package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/model"
)

// A wire's credit over a meta author the page never prints (issue 12).
//
// Sites that run agency copy (syndication sites, regional papers, the
// portals of 2008) set the author meta tag site-wide to their own name
// ("The Daily Example") and print the story's real credit in the page: a
// labelled field naming the wire ("Author : DPA"), the wire in the lead's
// dateline ("BERLIN (AFP) -"), a copyright line closing the story
// ("Copyright 2008 by UPI"), a sign-off ("… said. — IANS"). The README's
// labels credit the agency when only it is credited; the site's name is
// no one's credit. When the meta author is printed nowhere and no printed
// byline or field names a person (authors16_meta.go), the printed wire is
// taken.

// printedWire returns the wire the page prints as the story's credit, as
// an author list, or nil: a credit to a wire in the story's header ("By
// AFP", "Author : DPA", the wire's name alone on a line; textAgency), else
// the lead's dateline or the story's closing lines (datelineAgency), else
// the credit over the lead (leadAgency). Only the names of wireServices
// count, so a desk line or a site's name is never taken here.
func printedWire(memo *cleanMemo, m *PageMeta, pub string, sites []string, base string) []model.Author {
	for _, name := range []string{textAgency(textAfterHead(m, labelledNearHeadReach)), datelineAgency(m), leadAgency(m)} {
		if name == "" || !isWireName(name) || !wireAsPrinted(name) {
			continue
		}
		if full := agencyFullNames[name]; full != "" {
			name = full // "by UPI": written out, as bylines write it
		}
		if alt, _ := authorsFrom(memo, [][]model.Author{{{Name: name}}}, pub, sites, 1, base); len(alt) > 0 {
			return alt
		}
	}
	return nil
}

// wireAsPrinted reports whether a wire's name is printed as the wire
// prints it: an abbreviation of three letters in capitals ("AKI", "ANI",
// "EFE"), so that a first name ("a film by Aki Kaurismaki", "Author :
// Ani") is no wire; dpa writes its own name in lower case. Longer names
// pass (agencyName has already written "IANS" in normal case).
func wireAsPrinted(name string) bool {
	if strings.ContainsRune(name, ' ') || len(name) > 3 || name == "dpa" {
		return true
	}
	return strings.ToUpper(name) == name
}

// readsAsPerson reports whether an author list names a person: an entry
// opening with a first name the name lists know ("Jane Roe"). A site-wide
// meta author is the site's name ("The Daily Example"); a person's name
// in the meta tag is the story's writer even when the page does not
// print it, and a wire named somewhere in the text does not replace it
// (review of auth26: "according to a report by AFP", a market widget's
// "Source: Reuters").
func readsAsPerson(authors []model.Author) bool {
	for _, a := range authors {
		if opensWithFirstName(strings.TrimSpace(a.Name)) {
			return true
		}
	}
	return false
}

// isWireName reports whether name is a wire of wireServices, or its
// written-out name (agencyFullNames), with or without "The".
func isWireName(name string) bool {
	n := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the "))
	return wireServices[n] || wireFullNames[n]
}

// wireFullNames are agencyFullNames's values, lower case.
var wireFullNames = func() map[string]bool {
	out := map[string]bool{}
	for _, v := range agencyFullNames {
		out[strings.ToLower(v)] = true
	}
	return out
}()

// capsCoRest returns the part of a byline match after its first name when
// the byline is set in capitals and joins its credits with "AND" ("By
// JANE ROE AND AP", "BY JANE ROE AND JOHN DOE"): reTextByline takes the
// capitalised "AND" for a word of the name, and textBylines keeps the
// first name alone, so the credits after it are read again from there
// (withCoAuthors). "" when the match has no " AND " after the first name.
func capsCoRest(match, first string) string {
	if first == "" {
		return ""
	}
	at := strings.Index(match, first)
	if at < 0 {
		return ""
	}
	rest := match[at+len(first):]
	if !strings.HasPrefix(rest, " AND ") {
		return ""
	}
	// Only people and wires are split: the next credit is a wire, or
	// either opens with a first name the name lists know. An organisation
	// in capitals is not split at its "AND" ("By U.S. CUSTOMS AND BORDER
	// PROTECTION", "DEPARTMENT OF HEALTH AND HUMAN SERVICES").
	next := strings.Fields(rest[len(" AND "):])
	if len(next) == 0 {
		return ""
	}
	if !wireServices[strings.ToLower(strings.Trim(next[0], ".,"))] && !opensWithFirstName(first) && !opensWithFirstName(next[0]) {
		return ""
	}
	return rest
}

// opensWithFirstName reports whether the first word of a credit, in
// normal case or set in capitals, is a first name the name lists know
// ("Jane Roe", "JANE ROE": Jane).
func opensWithFirstName(credit string) bool {
	w, _, _ := strings.Cut(credit, " ")
	return attrib.IsFirstName(attrib.TitleCaps(strings.Trim(w, ".,")))
}

// leadCopyrightWire is datelineAgency's search of the lines that close a
// story (a wire's copyright line, a sign-off, a "Source:" line) for a
// page whose headline was not located: from the lead (leadAt), the first
// run of prose, to datelineReach after it, where the story stands. From
// the page's start the reach would end in the menus of an old template.
// "" when no lead is found.
func leadCopyrightWire(m *PageMeta) string {
	lead := m.leadAt()
	if lead < 0 || lead > len(m.text) {
		return ""
	}
	return copyrightWire(m.text[lead:ForwardVisible(m.text, lead, datelineReach)])
}

// wireCoCredit writes a wire credited beside a writer as bylines write
// it: an abbreviation written out ("AP": Associated Press), a name set in
// capitals in normal case less its "THE" ("THE ASSOCIATED PRESS":
// Associated Press, "REUTERS": Reuters); any other credit unchanged.
func wireCoCredit(co string) string {
	bare := strings.TrimPrefix(strings.TrimPrefix(co, "THE "), "The ")
	if !isWireName(bare) {
		return co
	}
	if full := agencyFullNames[bare]; full != "" {
		return full
	}
	if len(bare) > 3 && strings.ToUpper(bare) == bare {
		return capitalizeWords(strings.ToLower(bare))
	}
	return bare
}
