package htmlx

import (
	"regexp"
	"strings"
)

// Hand-written scanners in front of the regular expressions of hot
// paths. The expressions that find a byline or a wire credit in running
// text have no literal prefix, and Go's engines try them at every offset
// of a text; a scanner finds the few offsets where a match can start (a
// label word after white space), and the expression, anchored, is tried
// there only. The matches are the expression's own, the same as
// FindAllStringSubmatchIndex gives (scan_test.go checks it).

// textBylineLabels are the words that open a match of reTextByline, in the
// cases it accepts.
var textBylineLabels = []string{
	"Von", "von", "VON", "By", "by", "BY", "Par", "par", "Por", "por",
	"Autor:", "autor:", "Autorin:", "autorin:", "Author:", "author:", "Text:", "text:",
}

// textAgencyLabels are the words that open a match of reTextAgency.
var textAgencyLabels = []string{
	"By", "by", "BY", "Written by", "written by", "Author", "author", "AUTHOR", "Source", "source",
}

var (
	reTextBylineAt = anchored(reTextByline)
	reTextAgencyAt = anchored(reTextAgency)
)

// anchored returns re matching only at the start of its input. The
// expressions anchored here open with (?:^|separator): at a candidate
// offset past 0 the separator is what stands there, never a label, so the
// ^ that is true at the start of the slice adds no match.
func anchored(re *regexp.Regexp) *regexp.Regexp {
	return regexp.MustCompile(`^(?:` + re.String() + `)`)
}

// findTextBylines is reTextByline.FindAllStringSubmatchIndex(t, n).
func findTextBylines(t string, n int) [][]int {
	return findAllAt(reTextBylineAt, t, n, func(t string, from int) int {
		return labelStart(t, from, textBylineLabels, "", true)
	})
}

// findTextAgencies is reTextAgency.FindAllStringSubmatch(t, n).
func findTextAgencies(t string, n int) [][]string {
	locs := findAllAt(reTextAgencyAt, t, n, func(t string, from int) int {
		return labelStart(t, from, textAgencyLabels, "(", false)
	})
	if locs == nil {
		return nil
	}
	out := make([][]string, len(locs))
	for i, loc := range locs {
		g := make([]string, len(loc)/2)
		for j := range g {
			if loc[2*j] >= 0 {
				g[j] = t[loc[2*j]:loc[2*j+1]]
			}
		}
		out[i] = g
	}
	return out
}

// findAllAt returns the matches FindAllStringSubmatchIndex(t, n) of an
// expression would, given at its anchored form and next, which returns
// the first offset at or after from where a match may start (-1 for
// none). The matches found are never empty.
func findAllAt(at *regexp.Regexp, t string, n int, next func(t string, from int) int) [][]int {
	var out [][]int
	for pos := 0; pos <= len(t) && (n < 0 || len(out) < n); {
		p := next(t, pos)
		if p < 0 {
			break
		}
		loc := at.FindStringSubmatchIndex(t[p:])
		if loc == nil {
			pos = p + 1
			continue
		}
		for i := range loc {
			if loc[i] >= 0 {
				loc[i] += p
			}
		}
		out = append(out, loc)
		pos = loc[1]
	}
	return out
}

// labelStart returns the first offset at or after from where one of
// labels stands at the start of t or after a separator (white space as \s
// reads it, "|", "·", "•", or a byte of extra), as the offset of that
// separator (0 at the start of t); with digits, a digit there counts as
// a label. With a label word, the labels of reTextByline must be followed
// by white space or a no-break space, as the expression requires; -1 when
// there is none.
func labelStart(t string, from int, labels []string, extra string, digits bool) int {
	for i := from; i < len(t); i++ {
		c := t[i]
		digit := digits && c >= '0' && c <= '9'
		if !digit && !labelByte(c) {
			continue
		}
		p := i
		if i > 0 {
			n := sepBefore(t[:i], extra)
			if n == 0 {
				continue
			}
			p = i - n
		}
		if p < from {
			continue
		}
		if digit {
			return p
		}
		for _, l := range labels {
			if strings.HasPrefix(t[i:], l) && (!digits || spaceOrNBSPAt(t, i+len(l))) {
				return p
			}
		}
	}
	return -1
}

// labelByte reports whether c opens a label of textBylineLabels or
// textAgencyLabels.
func labelByte(c byte) bool {
	switch c {
	case 'V', 'v', 'B', 'b', 'P', 'p', 'A', 'a', 'T', 't', 'W', 'w', 'S', 's':
		return true
	}
	return false
}

// sepBefore returns the length of the separator s ends with (white space
// as \s reads it, "|", "·", "•", or a byte of extra), or 0.
func sepBefore(s, extra string) int {
	switch c := s[len(s)-1]; c {
	case '\t', '\n', '\f', '\r', ' ', '|':
		return 1
	default:
		if strings.IndexByte(extra, c) >= 0 {
			return 1
		}
	}
	switch {
	case strings.HasSuffix(s, "·"):
		return len("·")
	case strings.HasSuffix(s, "•"):
		return len("•")
	}
	return 0
}

// spaceOrNBSPAt reports whether t has, at i, white space as \s reads it or
// a no-break space.
func spaceOrNBSPAt(t string, i int) bool {
	if i >= len(t) {
		return false
	}
	switch t[i] {
	case '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return strings.HasPrefix(t[i:], "\u00a0")
}
