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

// postText returns the page's visible text from the end of the headline
// to postedByReach after it, where a blog post's credit line stands. With
// no headline known (an older blog template that sets the post's title in
// no <h1>), it starts at the page's start: the post's credit line still
// comes before the comments'.
func postText(m *PageMeta) string {
	_, end, ok := m.headSpan()
	if !ok {
		end = 0
	}
	if end > len(m.text) {
		return ""
	}
	return m.text[end:ForwardVisible(m.text, end, postedByReach)]
}

// postedByCredit returns the name that a blog's "Posted by" line after the
// headline credits, or "". Comment threads are not searched beyond the
// first credit: it is the post's, which comes before its comments.
func postedByCredit(m *PageMeta) string {
	t := postText(m)
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

// reDateByHandle matches a blog post's meta line that opens with its date
// and credits the writer by a handle after "by": "August 25th, 2012 by
// SB", "Posted on August 9th, 2012 by lucky", "11/05/2012 by jdoe | 3
// Comments". The handle is one word, lower case or in capitals (a name in
// capitalised words is reTextByline's); what follows it on the line is a
// category, a time or a comments link.
var reDateByHandle = regexp.MustCompile(`^[ \t\x{a0}]*((?:[Pp]osted|[Pp]ublished)(?:[ \t\x{a0}]+on)?[ \t\x{a0}]+)?([^\n]{6,40}?)[ \t\x{a0}]+by[ \t\x{a0}]+([\p{L}][\p{L}\p{N}_.-]{1,30})[ \t\x{a0}]*(?:$|[|·•,]|(?:in|at|on|-|–|Filed|filed)[ \t\x{a0}])`)

// dateByHandle returns the handle that a dated "by" line credits within
// postedByReach after the headline, or from the page's start when no
// headline is located (see reDateByHandle), or "": the line's opening must
// be a date, and the handle no label, month or account name. Templates set
// the label, the date, "by" and the handle in elements of their own
// ("Posted on / August 9th, 2012 / by lucky"): up to three lines before
// "by" and the line after it are read as one.
func dateByHandle(m *PageMeta) string {
	t := postText(m)
	for off := 0; off < len(t); {
		i := strings.Index(t[off:], "by")
		if i < 0 {
			return ""
		}
		at := off + i
		off = at + 2
		if at == 0 || !isSpaceByte(t[at-1]) || at+2 >= len(t) || !isSpaceByte(t[at+2]) {
			continue
		}
		// The handle: the rest of the line after "by", or the next
		// line when that is blank.
		rest := t[at+2:]
		if le := strings.IndexByte(rest, '\n'); le >= 0 && strings.TrimSpace(rest[:le]) != "" {
			rest = rest[:le]
		} else if le >= 0 {
			rest = strings.TrimLeft(rest, " \t\r\n\u00a0")
			if le2 := strings.IndexByte(rest, '\n'); le2 >= 0 {
				rest = rest[:le2]
			}
		}
		// A dated line holds a digit just before its "by", and the
		// handle's line is short: prose "by"s fail one or the other
		// and are passed over before any line is joined.
		if len(strings.TrimSpace(rest)) > 60 || !strings.ContainsAny(t[max(0, at-60):at], "0123456789") {
			continue
		}
		// The opening: the line's part before "by", with up to two
		// lines before it when it is short.
		head := t[:at]
		var parts []string
		for k := 0; k < 3 && len(head) > 0; {
			ls := strings.LastIndexByte(head, '\n') + 1
			if p := strings.TrimSpace(head[ls:]); p != "" {
				parts = append([]string{p}, parts...)
				k++
			}
			if ls == 0 {
				break
			}
			head = head[:ls-1]
			if len(strings.Join(parts, " ")) > 50 {
				break
			}
			line := strings.Join(parts, " ") + " by " + strings.TrimSpace(rest)
			if h := handleOfDatedBy(line); h != "" {
				return h
			}
		}
	}
	return ""
}

// isSpaceByte reports whether c is ASCII white space.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// handleOfDatedBy returns the handle that line, a dated "by" line as
// reDateByHandle reads it, credits, or "".
func handleOfDatedBy(line string) string {
	g := reDateByHandle.FindStringSubmatch(line)
	if g == nil || !isDateLine(g[2]) && !datedOpening(g[2]) {
		return ""
	}
	h := strings.TrimRight(g[3], ".-")
	if len(h) < 2 || lang.NonNameSet[strings.ToLower(h)] || isJunkName(h) {
		return ""
	}
	// A capitalised word is a name's first word, not a handle.
	if r, _ := utf8.DecodeRuneInString(h); unicode.IsUpper(r) && strings.ToUpper(h) != h {
		return ""
	}
	return h
}

// datedOpening reports whether s, the opening of a dated "by" line, is a
// date and little else: the date spans all of it but for a weekday, a
// comma or an "@ time" ("August 25th, 2012", "Saturday, Aug 25, 2012").
func datedOpening(s string) bool {
	_, from, to, ok := AnyDateSpan(s, nil, true, orderUnknown)
	if !ok {
		return false
	}
	return len(strings.TrimSpace(s[:from]))+len(strings.TrimSpace(s[to:])) <= 12
}

// footerBylineWords are the links a blog post's footer line sets after its
// byline, lower case.
var footerBylineWords = []string{"permalink", "comment", "link", "trackback"}

// footerByline returns the name of a byline that closes a blog post with
// the post's date or links after a bar: "By Jennifer Agiesta | January 14,
// 2008; 4:38 PM ET", "By Carrie Meathrell in News | Link | Comments"
// (Movable Type's, TypePad's and many newspaper blogs' footer), its parts
// often set in elements of their own, each on a line of the page's text.
// "By" opens a line; the first such footer after the headline (see
// postText) is the post's: the comments' credits come after it and carry a
// colon ("Posted by: jim | January 14, 2008"). "" when there is none.
func footerByline(m *PageMeta) string {
	t := postText(m)
	for off := 0; off < len(t); {
		i := strings.IndexByte(t[off:], '|')
		if i < 0 {
			return ""
		}
		bar := off + i
		off = bar + 1
		// The "By" that opens the footer: within 80 bytes before the
		// bar, at a line's start.
		from := max(0, bar-80)
		by := -1
		for _, w := range []string{"By", "by", "BY"} {
			if k := strings.LastIndex(t[from:bar], w); k >= 0 && from+k > by {
				by = from + k
			}
		}
		if by < 0 || strings.TrimLeft(t[strings.LastIndexByte(t[:by], '\n')+1:by], " \t\r\u00a0") != "" {
			continue
		}
		head := strings.Join(strings.Fields(t[by:bar]), " ")
		end := min(len(t), bar+80)
		tail := strings.Join(strings.Fields(t[bar+1:end]), " ")
		low := strings.ToLower(tail)
		footer := false
		for _, w := range footerBylineWords {
			footer = footer || strings.HasPrefix(low, w)
		}
		if !footer {
			if _, from, _, ok := AnyDateSpan(tail, nil, true, orderUnknown); !ok || from > 12 {
				continue
			}
		}
		if all := textBylines(head); len(all) > 0 && all[0] != "" {
			return all[0]
		}
	}
	return ""
}
