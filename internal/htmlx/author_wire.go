package htmlx

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
)

// reTextAgency matches a credit to a news agency or a wire in running page
// text, which names no person: "By THE ASSOCIATED PRESS", "By the
// Associated Press", "Written by: AFP", "Author : DPA".
var reTextAgency = regexp.MustCompile(`(?:^|[\s|·•(])(?:[Bb]y|BY|[Ww]ritten by\s*:?|[Aa]uthor\s*:|AUTHOR\s*:|[Ss]ource\s*:)\s+((?:[Tt]he|THE)\s+)?(\p{Lu}[\p{L}&.-]*(?:[ \t]+\p{Lu}[\p{L}&.-]*){0,3})`)

// wireServices are the news agencies and wires that bylines credit alone
// ("By The Associated Press"), lower case.
var wireServices = map[string]bool{
	"associated press": true, "ap": true, "reuters": true, "afp": true, "agence france-presse": true,
	"agence france presse": true, "dpa": true, "upi": true, "united press international": true,
	"canadian press": true, "press association": true, "pa": true, "aap": true, "australian associated press": true,
	"ians": true, "pti": true, "press trust of india": true, "ani": true, "xinhua": true, "kyodo": true,
	"yonhap": true, "efe": true, "ansa": true, "interfax": true, "tass": true, "bloomberg news": true,
	"cnn wire": true, "sports network": true, "itn": true, "uni": true, "united news of india": true,
	// Adnkronos International, Italy's wire in English (issue 12,
	// auth26). (The entertainment wire WENN was tried and left out: its
	// copyright line closes gossip blogs' posts too, which credit no one.)
	"aki": true, "adnkronos international": true,
}

// textAgency returns the first credit to a wire service in t: a byline
// reTextAgency finds, else a line that is the wire's name alone; "" when
// there is none. Only the agencies of wireServices count: "By Staff" or
// "By Design" credit no one.
func textAgency(t string) string {
	for _, g := range findTextAgencies(t, 4) {
		if name := agencyName(g[1], g[2], false); name != "" {
			return name
		}
	}
	for line := range strings.SplitSeq(t, "\n") {
		if !mayAgencyLine(line) || !agencyLineShaped(line) || !agencyLineBytes(line) {
			continue
		}
		if g := reAgencyLine.FindStringSubmatch(line); g != nil {
			if name := agencyName(g[1], g[2], true); name != "" {
				return name
			}
		}
	}
	return ""
}

// reAgencyLine matches a line of the page text that is a name alone ("The
// Associated Press" under the headline), perhaps in parentheses ("(IANS)")
// or followed by the story's date ("Associated Press - January 8, 2008
// 7:04 PM ET"): a wire service alone on a line by the headline is its
// credit. "of" may join the name's words ("Press Trust of India").
var reAgencyLine = regexp.MustCompile(`^[ \t\r]*\(?[ \t]*((?:[Tt]he|THE)\s+)?(\p{Lu}[\p{L}&.-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}&.-]*){0,3})[ \t]*\)?[ \t\r]*(?:[-–|,][^\n]*\d[^\n]*)?$`)

// agencyName returns the wire service that the capitalised words open
// (or, with whole, make up), with "The" when the printed article is
// given, capitals made normal case but for an acronym; "" when they name
// no wire service.
func agencyName(article, words string, whole bool) string {
	w := strings.Fields(strings.TrimRight(words, ".-"))
	lo := 1
	if whole {
		lo = len(w)
	}
	for n := len(w); n >= lo && n > 0; n-- {
		name := strings.Join(w[:n], " ")
		if !wireServices[strings.ToLower(name)] {
			continue
		}
		if article != "" {
			name = "The " + name
		}
		if len(w[0]) > 3 && name == strings.ToUpper(name) {
			name = capitalizeWords(strings.ToLower(name))
		}
		return name
	}
	return ""
}

// capitalizeWords upper-cases the first letter of each word of s.
func capitalizeWords(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		r, n := utf8.DecodeRuneInString(x)
		w[i] = string(unicode.ToUpper(r)) + x[n:]
	}
	return strings.Join(w, " ")
}

// reLeadAgency matches the wire credit in a lead's dateline: a place in
// capitals (with a state or a date after a comma), then the agency in
// parentheses ("DHAKA (AFP) —", "FRANKFURT, Jan 9 (Reuters) -", "CALGARY,
// Alberta (AP) -", "LONDON, JAN 17 (PTI)"); a place in normal case, or
// none, when a dash follows ("Fairfield (AP) _", "( Reuters )- A
// long-delayed …"): without it, "Marcos Baghdatis (AAP)" is a caption. A
// place in normal case may carry a state or a date after a comma too,
// again when a dash follows ("Montreal, QC (Sports Network) -",
// "St. Louis, MO (Sports Network) -").
var reLeadAgency = regexp.MustCompile(`^[ \t\x{a0}]*(?:\p{Lu}[\p{Lu}\p{Zs}.\-']{1,40}(?:,[^()\n]{1,30}?)?[ \t\x{a0}]*\(([\p{L} .&-]{2,40})\)|(?:\p{Lu}[\p{L}.\-']{1,30}[ \t\x{a0}]*)?\([ \t\x{a0}]*([\p{L} .&-]{2,40}?)[ \t\x{a0}]*\)[ \t\x{a0}]*[-–—_]|\p{Lu}[\p{L}.\-']{1,30}(?:[ \t\x{a0}]+\p{Lu}[\p{L}.\-']{1,30})?,[^()\n]{1,30}?[ \t\x{a0}]*\([ \t\x{a0}]*([\p{L} .&-]{2,40}?)[ \t\x{a0}]*\)[ \t\x{a0}]*[-–—_])`)

// reCopyrightWire matches a wire's copyright line under a story it
// supplied, with its year ("Copyright 2008 The Associated Press. All rights
// reserved.", "© 2007 United Press International"); a bare "© Reuters" is
// a picture's credit. Old templates break the line anywhere and put "by"
// before the holder ("Copyright 2008 by The / Associated Press"), and a
// site that runs agency copy names itself and the wire ("All Content is
// Copyright © 2008 / WorldSoccerNews.com / and AFP."): the second group
// is the holder named after "and".
var reCopyrightWire = regexp.MustCompile(`(?:Copyright|COPYRIGHT|©|\([Cc]\))[\s\x{a0}]*(?:©[\s\x{a0}]*)?\d{4}[\s\x{a0}]+(?:by[\s\x{a0}]+)?(?:[Tt]he[\s\x{a0}]+|THE[\s\x{a0}]+)?(\p{Lu}[\p{L}&.-]*(?:[ \t]+\p{Lu}[\p{L}&.-]*){0,3})(?:[\s\x{a0}]+and[\s\x{a0}]+(?:[Tt]he[\s\x{a0}]+)?(\p{Lu}[\p{L}&.-]*(?:[ \t]+\p{Lu}[\p{L}&.-]*){0,3}))?`)

// datelineReach bounds datelineAgency's search after the headline, in
// visible characters: about a story's length, which a wire's copyright
// line closes; a deck, pictures and captions may stand before the lead.
const datelineReach = 6000

// datelineAgency returns the news agency that the dateline of the article's
// lead credits, as printed ("AFP", "Reuters"; "AP" written out), else the
// wire whose copyright line closes the story, or "": with no byline, the
// wire is the article's only credit.
func datelineAgency(m *PageMeta) string {
	_, end, located := m.headSpan()
	if !located {
		// With no headline located, the lead's dateline is searched
		// from the page's start; the wire's copyright and credit lines,
		// which close the story, from its lead (leadCopyrightWire).
		end = 0
	}
	if end > len(m.text) {
		return ""
	}
	t := m.text[end:ForwardVisible(m.text, end, datelineReach)]
	for line := range strings.SplitSeq(t, "\n") {
		if strings.IndexByte(line, '(') < 0 {
			continue // both of reLeadAgency's forms hold the agency in parentheses
		}
		g := reLeadAgency.FindStringSubmatch(line)
		if g == nil {
			continue
		}
		name := strings.TrimSpace(g[1] + g[2] + g[3])
		if wireServices[strings.ToLower(name)] {
			if full := agencyFullNames[name]; full != "" {
				return full
			}
			return name
		}
	}
	if !located {
		return leadCopyrightWire(m)
	}
	return copyrightWire(t)
}

// copyrightWire returns the wire whose copyright line closes the story
// in t, else the wire of its sign-off or "Source:" line, or "".
func copyrightWire(t string) string {
	for _, g := range reCopyrightWire.FindAllStringSubmatch(fromCopyrightMark(t), 4) {
		for _, holder := range g[1:] {
			// The name ends at its sentence's end ("The Associated
			// Press. All rights reserved").
			words, _, _ := strings.Cut(holder, ". ")
			if name := agencyName("", words, false); name != "" {
				return name
			}
		}
	}
	if name := signOffWire(t); name != "" {
		return name
	}
	return sourceCredit(t)
}

// signOffDashes are the dashes a wire's sign-off opens with.
var signOffDashes = []string{"—", "–", "--", "-"}

// signOffWire returns the wire that signs off the story in t (the text
// after the headline, see datelineAgency) the way papers close the agency
// copy they run: a dash and the wire's name after the story's last
// sentence or alone on a line ("… to deport him. — PTI", "- REUTERS");
// "" when there is none. Only the wires of wireServices count: a dash
// and a person's name is as often a quotation's source.
func signOffWire(t string) string {
	for line := range strings.SplitSeq(t, "\n") {
		line = strings.TrimRight(line, " \t\r\u00a0.")
		at, dash := -1, ""
		for _, d := range signOffDashes {
			if i := strings.LastIndex(line, d); i > at {
				at, dash = i, d
			}
		}
		if at < 0 || len(line)-at > 40 {
			continue
		}
		// The dash opens the line or follows a sentence's end.
		before := strings.TrimRight(line[:at], " \t\u00a0")
		if before != "" && !strings.HasSuffix(before, ".") && !strings.HasSuffix(before, "\"") && !strings.HasSuffix(before, "”") {
			continue
		}
		if before != "" && !strings.HasPrefix(line[len(before):], " ") && !strings.HasPrefix(line[len(before):], "\u00a0") {
			continue // "U.S.-based": the dash inside a word
		}
		if name := agencyName("", strings.TrimSpace(line[at+len(dash):]), true); name != "" {
			if full := agencyFullNames[name]; full != "" {
				return full
			}
			return name
		}
	}
	return ""
}

// reSourceLine matches a credit line of the form agency and syndicated
// copy close a story with, alone on its line: "Source: SBS", "(Source:
// Guardian)", "Source: China Daily/Agencies" (the paper named, the
// "Agencies" that helped left out). The name is one to four capitalised
// words; a line that goes on ("Source: a spokesman said …") is prose.
var reSourceLine = regexp.MustCompile(`^[ \t\x{a0}]*\(?[ \t\x{a0}]*(?:Source|SOURCE)[ \t\x{a0}]*:[ \t\x{a0}]*((?:[Tt]he[ \t]+)?\p{Lu}[\p{L}&.'-]*(?:[ \t]+\p{Lu}[\p{L}&.'-]*){0,3})[ \t\x{a0}]*(?:/[ \t\x{a0}]*(?:[Aa]gencies|[Ww]ires))?[ \t\x{a0}]*\)?[ \t\x{a0}.]*$`)

// sourceCredit returns the outlet that a "Source: X" line credits in t
// (the text after the headline, see datelineAgency), or "": with no
// byline, it is the article's only credit, the README's "an organisation
// or agency when only it is credited".
func sourceCredit(t string) string {
	for i := 0; i < len(t); {
		j := strings.Index(t[i:], "ource")
		if j < 0 {
			return ""
		}
		at := i + j
		ls := strings.LastIndexByte(t[:at], '\n') + 1
		le := strings.IndexByte(t[at:], '\n')
		if le < 0 {
			le = len(t)
		} else {
			le += at
		}
		if g := reSourceLine.FindStringSubmatch(t[ls:le]); g != nil {
			return strings.TrimRight(g[1], ".")
		}
		i = le
	}
	return ""
}

// copyrightMarks are the openings of reCopyrightWire, each a literal.
var copyrightMarks = []string{"Copyright", "COPYRIGHT", "©", "(C)", "(c)"}

// fromCopyrightMark returns t from the first of copyrightMarks on, or ""
// when it holds none: every match of reCopyrightWire opens with one, and
// the expression asserts nothing about what stands before it (no ^, no
// \b), so it finds the same matches there as in t, without trying the
// page's text position by position.
func fromCopyrightMark(t string) string {
	first := -1
	for _, mark := range copyrightMarks {
		if i := strings.Index(t, mark); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	if first < 0 {
		return ""
	}
	return t[first:]
}

// agencyFullNames are the names that bylines write out for the wires
// that datelines abbreviate.
var agencyFullNames = map[string]string{"AP": "Associated Press", "UPI": "United Press International", "PA": "Press Association"}

// mayAgencyLine reports whether line may match reAgencyLine: after the
// blanks and the opening parenthesis the expression allows, its first
// character is a capital (the name's, or The's) or the t of "the". Most
// lines of a page's text open otherwise, and skip the expression.
func mayAgencyLine(line string) bool {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
		i++
	}
	if i < len(line) && line[i] == '(' {
		i++
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
	}
	if i == len(line) {
		return false
	}
	if c := line[i]; c < utf8.RuneSelf {
		return c == 't' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(line[i:])
	return unicode.IsUpper(r)
}

// agencyLineShaped reports whether a line may be what reAgencyLine
// matches: a name of a few words, whose blanks (spaces, tabs, carriage
// returns, form feeds) make at most 11 runs (before and after an opening
// parenthesis, after "The", around up to three "of"s and between up to
// four words, before and after a closing one: the expression allows no
// other character in a name), unless a dash, bar or comma and a digit
// follow the name ("Associated Press - January 8, 2008"). A line of prose
// has more blanks and, as a rule, no digit.
func agencyLineShaped(line string) bool {
	runs := 0
	for i := 0; i < len(line); i++ {
		if isAgencyBlank(line[i]) && (i == 0 || !isAgencyBlank(line[i-1])) {
			if runs++; runs > 11 {
				return strings.ContainsAny(line, "-–|,") && strings.ContainsAny(line, "0123456789")
			}
		}
	}
	return true
}

// isAgencyBlank reports whether c is a blank agencyLineShaped counts.
func isAgencyBlank(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\n'
}

// leadAgency returns the byline over the story's lead (the first run of
// prose, see leadAt; "By Jane Roe"), else the wire credited over it or by
// the dateline that opens it, or "": the
// credit of pages whose headline is a bold line no element names, where
// the searches around a located headline find nothing. Over the lead,
// the wire's name alone on a line ("Press Trust of India", "2008-01-14 /
// United Press International", "UNI") or a "By" credit to it; opening
// the lead, a dateline as datelineAgency reads it.
func leadAgency(m *PageMeta) string {
	lead := m.leadAt()
	if lead < 0 {
		return ""
	}
	t := m.text
	before := t[BackVisible(t, lead, leadDateReach):lead]
	// A person's byline over the lead is the credit ("By Jane Roe"): a
	// byline that opens its line; "von" or "by" inside a heading ("Auf
	// den Spuren von Rafael Nadal") credits no one.
	name := ""
	for _, loc := range findTextBylines(before, -1) {
		// (The match opens with the white space before "By", which may
		// be the line break itself, or with "By" at the text's start.)
		line := before[:loc[0]]
		if before[loc[0]] == '\n' {
			line = ""
		} else if i := strings.LastIndexByte(line, '\n'); i >= 0 {
			line = line[i+1:]
		}
		if strings.TrimSpace(strings.Trim(line, "|·•")) != "" {
			continue
		}
		if all := textBylines(before[loc[0]:loc[1]]); len(all) > 0 && all[0] != "" {
			name = all[0]
		}
	}
	if name != "" {
		return name
	}
	lines := strings.Split(before, "\n")
	for k := len(lines) - 1; k >= 0; k-- {
		l := strings.TrimSpace(lines[k])
		if l == "" || len(l) > leadDateLineMax {
			continue
		}
		// A date line before the name ("2008-01-14 / United Press
		// International") is cut off.
		if _, _, end, ok := AnyDateSpan(l, nil, true, orderUnknown); ok {
			l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l[end:]), "/|-–—,"))
		}
		if name := textAgency(l); name != "" {
			return name
		}
	}
	line := t[lead:]
	next := ""
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line, next = line[:i], strings.TrimLeft(line[i+1:], " \t\r\n\u00a0")
		if j := strings.IndexByte(next, '\n'); j >= 0 {
			next = next[:j]
		}
	}
	if len(strings.TrimSpace(line)) > 40 || !strings.HasPrefix(next, "(") {
		next = ""
	}
	name = ""
	if g := reLeadAgency.FindStringSubmatch(line); g != nil {
		name = strings.TrimSpace(g[1] + g[2] + g[3])
	} else if opening := strings.TrimLeft(line, " \t\u00a0"); strings.HasPrefix(opening, "(") || next != "" {
		if !strings.HasPrefix(opening, "(") {
			opening = next
		}
		rest := opening[1:]
		// The dateline broken before the wire: the place and date
		// close the line over the lead ("Islamabad, Jan 14 / (IANS)
		// The Scotland Yard team …"), the lead opens with the wire
		// in parentheses and then its first sentence; the short
		// dateline may be taken as the lead's first line, the wire
		// opening the next.
		if w, after, ok := strings.Cut(rest, ")"); ok && len(w) < 40 {
			if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " \t\u00a0")); unicode.IsUpper(r) {
				name = strings.TrimSpace(w)
			}
		}
	}
	if wireServices[strings.ToLower(name)] {
		if full := agencyFullNames[name]; full != "" {
			return full
		}
		return name
	}
	return ""
}

// reReportingBy matches the credit line that closes a wire story in the
// Reuters style, in parentheses or not: "(Reporting by Michael Shields;
// editing by Rory Channing)", "Reporting by Laura Zuckerman and Jim Roe;
// Writing by …". The first group is the reporters (one to four
// capitalised words each, joined by "and" or commas); the editors after
// the semicolon are no authors.
var reReportingBy = regexp.MustCompile(`(?m)^[ \t\x{a0}]*\(?[ \t\x{a0}]*(?:Additional )?[Rr]eporting by[ \t\x{a0}]+(\p{Lu}[\p{L}.'’-]*(?:[ \t\x{a0}]+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:,[ \t\x{a0}]*|[ \t\x{a0}]+and[ \t\x{a0}]+)\p{Lu}[\p{L}.'’-]*(?:[ \t\x{a0}]+\p{Lu}[\p{L}.'’-]*){0,3}){0,3})[ \t\x{a0}]*(?:[;)]|$)`)

// wireReporters returns the reporters that a wire story's closing
// "Reporting by" line credits in the text after the headline (see
// reReportingBy), or nil: the byline credits the wire, the line the people
// who wrote the story, the README's authors ("the people credited";
// an agency only when only it is credited).
func wireReporters(m *PageMeta) []string {
	_, end, ok := m.headSpan()
	if !ok {
		end = 0
	}
	if end > len(m.text) {
		return nil
	}
	t := m.text[end:ForwardVisible(m.text, end, datelineReach)]
	i := strings.Index(t, "eporting by")
	if i < 0 {
		return nil
	}
	t = t[strings.LastIndexByte(t[:i], '\n')+1:]
	g := reReportingBy.FindStringSubmatch(t)
	if g == nil || strings.Contains(g[0], "dditional") {
		return nil
	}
	var names []string
	for _, part := range strings.Split(strings.ReplaceAll(g[1], " and ", ","), ",") {
		if name := strings.TrimSpace(part); name != "" && !isJunkName(name) {
			names = append(names, name)
		}
	}
	return names
}

// reportersReplace reports whether the reporters of a "Reporting by" line
// replace the authors out chosen: none, the wire alone, or the first of
// several reporters alone (a text byline read from the line itself).
func reportersReplace(out []model.Author, reporters []string) bool {
	return len(reporters) > 0 && (len(out) == 0 || allWires(out) || len(out) == 1 && len(reporters) > 1 && strings.EqualFold(out[0].Name, reporters[0]))
}

// allWires reports whether every author of out is a wire service
// (wireServices, with or without "The").
func allWires(out []model.Author) bool {
	for _, a := range out {
		n := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(a.Name, "The "), "the "))
		if !wireServices[n] {
			return false
		}
	}
	return len(out) > 0
}
