package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// The date line over a story's lead. News templates of the 2000s, most of
// them without structured data or date-named elements, print the story's
// date on a short line of its own right over the lead paragraph, or open
// the lead with it: "Monday, January 14, 2008 (Mumbai):", "01-14-2008
// 15:45" over the headline, "Associated Press - January 14, 2008 12:53 PM
// ET", "2008-01-14 / United Press International". Their headline is often
// a bold line no element names, so the date lines searched around a
// located headline miss it. The lead is the first paragraph of prose (a
// long line of many words with a sentence's end); a masthead's "today" is
// followed by the navigation, a teaser's date by a short teaser.

// Bounds of leadDateLine.
const (
	// leadMinBytes is the shortest line taken as the lead paragraph.
	leadMinBytes = 200
	// leadMinSpaces is the fewest spaces in it (words of prose).
	leadMinSpaces = 25
	// leadDateReach is how many visible characters before the lead the
	// date line is searched in: a headline, a byline and a picture's
	// caption may stand between.
	leadDateReach = 250
	// leadDateLineMax bounds the date line's length in bytes.
	leadDateLineMax = 100
	// leadOpenReach is how far into the lead a dateline that opens it may
	// start ("(Mumbai):" after it, a quote mark before).
	leadOpenReach = 3
	// leadSearchMax bounds the bytes of page text searched for the lead.
	leadSearchMax = 60000
)

// leadDateLine returns the date printed on a short line over the page's
// first paragraph of prose (searched from the located headline's end,
// else from the page's start), or opening it, with a four-digit year;
// else the zero Date.
func leadDateLine(m *PageMeta, c *model.Config, order numericOrder) model.Date {
	t := m.text
	lead := m.leadAt()
	if lead < 0 {
		return model.Date{}
	}
	// A dateline that opens the lead.
	line := t[lead:]
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	open := strings.TrimLeft(line, " \t\r\u00a0")
	if d, at, end, ok := AnyDateSpan(open[:min(len(open), leadDateLineMax)], c, true, order); ok && at <= leadOpenReach && plausibleYear(d) && textutil.HasDigitRun(open[at:end], 4) {
		return d
	}
	// The nearest short line with a date over it.
	start := BackVisible(t, lead, leadDateReach)
	lines := strings.Split(t[start:lead], "\n")
	for k := len(lines) - 1; k >= 0; k-- {
		l := strings.TrimSpace(lines[k])
		if l == "" || len(l) > leadDateLineMax {
			continue
		}
		if d, at, end, ok := AnyDateSpan(l, c, true, order); ok && plausibleYear(d) && textutil.HasDigitRun(l[at:end], 4) {
			return d
		}
	}
	return model.Date{}
}

// leadAt returns the offset in the page text of the story's lead (see
// findLead), searched from the located headline's end, else from the
// page's start; -1 when there is none.
func (m *PageMeta) leadAt() int {
	from := 0
	if _, end, ok := m.headSpan(); ok && end <= len(m.text) {
		from = end
	}
	lead := findLead(m.text, from)
	if lead < 0 && from > 0 {
		// The headline located stands after the story (a footer's <h1>).
		lead = findLead(m.text, 0)
	}
	return lead
}

// findLead returns the offset in t of the first line of the first run of
// prose lines after from that holds a long paragraph (isLeadLine), or -1:
// a lead's first paragraph may be short ("LOS ANGELES (AP) - Laura Linney
// could not live like Lindsay Lohan."), the next ones long.
func findLead(t string, from int) int {
	stop := min(len(t), from+leadSearchMax)
	for i := from; i < stop; {
		j := strings.IndexByte(t[i:stop], '\n')
		if j < 0 {
			j = stop - i
		}
		if isLeadLine(t[i : i+j]) {
			return runStart(t, from, i)
		}
		i += j + 1
	}
	return -1
}

// runStart returns the start of the run of prose lines (isProseLine,
// blank lines between) that ends with the line at i, not before from.
func runStart(t string, from, i int) int {
	start := i
	for start > from {
		// The line before start (start-1 is its line break).
		k := strings.LastIndexByte(t[from:start-1], '\n') + from + 1
		l := strings.TrimSpace(t[k : start-1])
		if l != "" && !isProseLine(l) {
			break
		}
		if l != "" {
			i = k
		}
		start = k
	}
	return i
}

// Bounds of isProseLine.
const (
	proseMinBytes  = 60
	proseMinSpaces = 8
)

// isProseLine reports whether a line (trimmed) reads as a sentence or more
// of prose: of some length and words, with a sentence's end.
func isProseLine(l string) bool {
	if len(l) < proseMinBytes || strings.Count(l, " ") < proseMinSpaces {
		return false
	}
	if strings.Contains(l, ". ") {
		return true
	}
	l = strings.TrimRight(l, "\"'”’ ")
	return strings.HasSuffix(l, ".") || strings.HasSuffix(l, "!") || strings.HasSuffix(l, "?")
}

// isLeadLine reports whether a line of the page text reads as a paragraph
// of prose: long, of many words, with a sentence's end.
func isLeadLine(l string) bool {
	if len(l) < leadMinBytes || strings.Count(l, " ") < leadMinSpaces {
		return false
	}
	return strings.Contains(l, ". ") || strings.HasSuffix(strings.TrimSpace(l), ".")
}
