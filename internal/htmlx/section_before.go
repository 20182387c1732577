package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/textutil"
)

// The short lines over the headline. Many pages print the section as a
// plain heading or label just over the story's headline ("Business",
// "Rugby Union", "Clips"), with no class or markup that names it so: the
// last short lines before the headline are candidates of the section
// ranker (section_rank.go), which weighs them by their shape, whether a
// heading or a link sets them, and how close they stand. Most such lines
// are something else (a menu's last item, a date, a share button): the
// ranker's empty answer and the other sources outweigh them when the
// labelled pages say so.

// nRecent is how many short lines before the headline are kept.
const nRecent = 3

// maxShortLine bounds the bytes of a short line.
const maxShortLine = 48

// shortLine is one short text: the text, where it ends in the scan's
// text, and whether a heading or a link sets it.
type shortLine struct {
	text          string
	end           int
	heading, link bool
	outside       bool // in a menu, a sidebar or a comment block
}

// noteShort keeps t as the latest short line when it can name a section.
func (s *sectionScan) noteShort(t string) {
	if textutil.CountWords(t) > 4 || !sectionShaped(t) {
		return
	}
	l := shortLine{text: t, end: s.at + len(t), heading: s.inHeading > 0, link: s.inLink > 0, outside: s.nav > 0 || s.aside > 0}
	if s.nRecent == nRecent {
		copy(s.recent[:], s.recent[1:])
		s.nRecent--
	}
	s.recent[s.nRecent] = l
	s.nRecent++
}

// linesOver returns the short lines kept before the headline (as a
// heading, else as text), nearest first, those within reach of it.
func (s *sectionScan) linesOver() []shortLine {
	lines, n, at := s.beforeH1, s.nBeforeH1, s.h1Start
	if !s.h1Found {
		lines, n, at = s.beforeText, s.nBeforeText, s.textHead
	}
	if at < 0 || n == 0 {
		return nil
	}
	var out []shortLine
	for i := n - 1; i >= 0; i-- {
		l := lines[i]
		if at-l.end > headingOverReach {
			break
		}
		f := FoldSection(l.text)
		if f == s.headline || matchesSite(l.text, s.sites) || siteLike(l.text, s.sites) || tabWords[f] || strings.HasSuffix(l.text, ":") {
			continue
		}
		out = append(out, l)
	}
	return out
}
