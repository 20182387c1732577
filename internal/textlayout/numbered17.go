package textlayout

import (
	"strconv"
	"strings"

	"github.com/articlekit/article/internal/model"
)

// itemNumber reads the number a numbered list item opens with ("1. ",
// "12) "): up to three digits, a full stop or a closing parenthesis, a
// space and text. ok false when s opens otherwise.
func itemNumber(s string) (n int, rest string, ok bool) {
	d := 0
	for d < len(s) && d < 4 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d == 0 || d > 3 || d+2 > len(s) || s[d] != '.' && s[d] != ')' || s[d+1] != ' ' {
		return 0, "", false
	}
	rest = strings.TrimSpace(s[d+2:])
	if rest == "" {
		return 0, "", false
	}
	n, _ = strconv.Atoi(s[:d])
	return n, rest, true
}

// numberedRun returns how many lines from lines[0] form a numbered list:
// two or more lines in a row, each opening with the number after the one
// before ("1. …", "2. …", "3. …"; a list may start at any number), the
// same mark after every number. 0 when there is none. A lone numbered
// line, or numbers out of order, stay text: a date ("2024. год") or a
// paragraph that happens to open with a figure.
func numberedRun(lines []textLine) int {
	first, _, ok := itemNumber(lines[0].text)
	if !ok {
		return 0
	}
	mark := lines[0].text[strings.IndexAny(lines[0].text, ".)")]
	k := 1
	for k < len(lines) {
		n, _, ok := itemNumber(lines[k].text)
		if !ok || n != first+k || lines[k].text[strings.IndexAny(lines[k].text, ".)")] != mark {
			break
		}
		k++
	}
	if k < 2 {
		return 0
	}
	return k
}

// numberedPair reports whether b is the numbered item after a: the two
// lines open a numbered list (numberedRun), looked at in constant time.
func numberedPair(a, b textLine) bool {
	return numberedRun([]textLine{a, b}) == 2
}

// numberedList returns the ordered list block numberedRun finds at
// lines[0] and how many lines it takes (0 when none): the items without
// their numbers, Start the first number when it is not 1.
func numberedList(lines []textLine) (model.Block, int) {
	k := numberedRun(lines)
	if k == 0 {
		return model.Block{}, 0
	}
	items := make([]string, k)
	start := 0
	for j := range k {
		n, rest, _ := itemNumber(lines[j].text)
		if j == 0 && n != 1 {
			start = n
		}
		items[j] = rest
	}
	return model.Block{Type: model.List, Ordered: true, Start: start, Text: strings.Join(items, "\n")}, k
}
