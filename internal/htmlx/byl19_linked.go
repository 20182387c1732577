package htmlx

import "strings"

// Several linked authors on one byline line.
//
// A CMS that links each author's name to their profile page writes the
// byline as links with the joiners between them, "By <a>Jane Smith</a>
// and <a>John Doe</a> | London", "Por <a>Lucía García</a> y <a>Pedro
// Ruiz</a>": the page text sets each text node on a line of its own, so
// that the byline's line would end after the first name. A joiner that
// stands alone between two such lines is put back on one line with the
// names it joins.

// linkJoinerReach is how much of the text after a byline's first name is
// looked at for linked names.
const linkJoinerReach = 400

// joinLinkedNames returns t with the line breaks around each text node
// that is a joiner alone (a comma, "&", or the word for "and" of a
// language with byline tables) turned into spaces, within
// linkJoinerReach bytes: the joiner and the next name join the line. Text
// nodes of spaces alone (between inline elements) are passed over; an
// empty line (a block's end) stops the search.
func joinLinkedNames(t string) string {
	if len(t) > linkJoinerReach {
		t = t[:linkJoinerReach]
	}
	if strings.Count(t, "\n") < 2 {
		return t
	}
	lines := strings.Split(t, "\n")
	out := lines[0]
	i := 1
	for i < len(lines) {
		j := skipSpaceNodes(lines, i)
		if j >= len(lines) || !linkJoiners[strings.TrimSpace(lines[j])] {
			break
		}
		k := skipSpaceNodes(lines, j+1)
		if k >= len(lines) || strings.TrimSpace(lines[k]) == "" {
			break
		}
		out += " " + strings.TrimSpace(lines[j]) + " " + strings.TrimSpace(lines[k])
		i = k + 1
	}
	if i >= len(lines) {
		return out
	}
	return out + "\n" + strings.Join(lines[i:], "\n")
}

// skipSpaceNodes returns the index of the first of lines from i on that is
// not a text node of spaces alone (an empty line is a block's end, and is
// not passed over).
func skipSpaceNodes(lines []string, i int) int {
	for i < len(lines) && lines[i] != "" && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	return i
}

// linkJoiners join linked names: a comma, "&" and the words for "and" of
// the languages with byline tables.
var linkJoiners = map[string]bool{
	",": true, "&": true, "and": true, "und": true, "et": true, "y": true, "e": true, "i": true,
	"и": true, "і": true, "та": true, "oraz": true,
}
