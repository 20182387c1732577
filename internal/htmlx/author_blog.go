package htmlx

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
)

// rePostedBy matches the credit line that blog platforms print with a post
// (Movable Type, TypePad, Blogger, Slashdot, many WordPress themes): a line
// that opens with "Posted by" or "Written by", then the author's name and
// what follows it on the line: "Posted by laurie at September 10, 2012
// 9:01 AM", "Posted by Larry Dignan @ 5:56 am", "Written by Clark filed
// under General Finance". The name may be a lower-case handle, which
// reTextByline does not take. The line may open with the post's date
// ("November 6, 2012 @ 2:00 pm - Written by Trent"). Comment credits carry
// a colon ("Posted by: Ellen at …") and do not match.
var rePostedBy = regexp.MustCompile(`(?m)^[ \t\x{a0}]*(?:[^\n]{0,60}?[-–|•·][ \t\x{a0}]+)?(?:[Pp]osted|POSTED|[Ww]ritten|WRITTEN|[Ss]ubmitted)[ \t\x{a0}]+(?:by|By|BY)[ \t\x{a0}\n]+([\p{L}][\p{L}\p{N}'’._-]*(?:[ \t\x{a0}]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t\x{a0}]*(?:\n[ \t\x{a0}]*)?(?:(?:at|on|in|filed|-|–|@|\|)(?:[ \t\x{a0}\n]|$)|,|$)`)

// postedByWords are the labels rePostedBy opens with, as printed.
var postedByWords = []string{"Posted", "posted", "POSTED", "Written", "written", "WRITTEN", "Submitted", "submitted"}

// postedByReach bounds the search for a blog's credit line after the
// headline, in visible characters: the post's footer, after a post of
// average length.
const postedByReach = 8000

// postedByCredit returns the name that a blog's "Posted by" line after the
// headline credits, or "". Comment threads are not searched beyond the
// first credit: it is the post's, which comes before its comments.
func postedByCredit(m *PageMeta) string {
	// With no headline known (an older blog template that sets the
	// post's title in no <h1>), the post is searched from the page's
	// start: its credit line still comes before the comments'.
	_, end, ok := m.headSpan()
	if !ok {
		end = 0
	}
	if end > len(m.text) {
		return ""
	}
	t := m.text[end:ForwardVisible(m.text, end, postedByReach)]
	// The pattern runs only on the lines that hold one of its labels: a
	// plain search finds them far faster than the pattern would.
	var at []int
	for _, w := range postedByWords {
		for off := 0; len(at) < 16; {
			i := strings.Index(t[off:], w)
			if i < 0 {
				break
			}
			at = append(at, off+i)
			off += i + len(w)
		}
	}
	slices.Sort(at)
	var g []string
	for _, i := range at {
		start := strings.LastIndexByte(t[:i], '\n') + 1
		if i-start > 80 {
			continue
		}
		if g = rePostedBy.FindStringSubmatch(t[start:min(len(t), i+200)]); g != nil {
			break
		}
	}
	if g == nil {
		return ""
	}
	name := strings.TrimRight(g[1], ".-_")
	if lang.NonNameSet[strings.ToLower(name)] || isJunkName(name) {
		return ""
	}
	return name
}

// reNameLine matches a line that is a name alone, two to four words, each
// capitalised or in capitals ("CHARLES GOLDBERG", "Veronica Schmidt").
var reNameLine = regexp.MustCompile(`^[ \t\x{a0}]*(\p{Lu}[\p{L}'’.-]+(?:[ \t\x{a0}]+\p{Lu}[\p{L}'’.-]*){1,3})[ \t\x{a0}]*$`)

// nameOverJobNear is how much visible text after the headline is searched
// for a name set over its job title.
const nameOverJobNear = 250

// nameOverJob returns the name of a newspaper byline set as two lines
// under the headline, the name alone and then the job title or the desk
// ("CHARLES GOLDBERG / News staff writer", "SHAWN LEVY / The Oregonian
// Staff"), capitals made normal case; "" when there is none. The job line
// is what says the name is the writer's and not a deck's words.
func nameOverJob(m *PageMeta) string {
	_, end, ok := m.headSpan()
	if !ok || end > len(m.text) {
		return ""
	}
	var lines []string
	for l := range strings.SplitSeq(m.text[end:ForwardVisible(m.text, end, nameOverJobNear)], "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	for i := 0; i+1 < len(lines); i++ {
		g := reNameLine.FindStringSubmatch(lines[i])
		if g == nil || !isDeskLine(lines[i+1]) || isDeskLine(g[1]) {
			continue
		}
		name := g[1]
		bad := false
		for k, w := range strings.Fields(name) {
			// A middle initial is the name's own, and so is a first
			// name that is also a month's ("April M. Mohr", "June
			// Thomas"): the job line under it says it is a name.
			if isInitial(w) || k == 0 && monthGivenNames[strings.ToLower(w)] {
				continue
			}
			if lang.NonNameSet[strings.ToLower(strings.Trim(w, ".,"))] {
				bad = true
			}
		}
		if bad || isJunkName(name) {
			continue
		}
		if name == strings.ToUpper(name) {
			name = capitalizeWords(strings.ToLower(name))
		}
		return name
	}
	return ""
}

// deskWords name a newspaper writer's job, lower case.
var deskWords = []string{"writer", "reporter", "correspondent", "editor", "columnist", "staff", "contributor", "journalist", "critic"}

// isDeskLine reports whether s is a short job line under a writer's name
// ("News staff writer", "The Oregonian Staff", "Political Editor").
func isDeskLine(s string) bool {
	if len(strings.Fields(s)) > 5 {
		return false
	}
	low := strings.ToLower(s)
	for _, w := range deskWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// monthGivenNames are the English months' names that are given names too,
// lower case.
var monthGivenNames = map[string]bool{"april": true, "may": true, "june": true}

// isInitial reports whether w is an initial: one capital letter and a
// period ("M.").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && unicode.IsUpper(r) && w[n:] == "."
}
