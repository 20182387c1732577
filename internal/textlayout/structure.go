package textlayout

import (
	"strings"

	"github.com/articlekit/article/internal/model"
)

// Code and tables in pasted text, recognised only where the writer used
// the Markdown conventions that say so without doubt: a code block between
// two fences of three or more backticks or tildes, a table of lines that
// all begin and end with "|" with as many cells each.

// fence returns the fence a line opens or closes (``` or ~~~, three or
// more) and what follows it, or "" when the line is no fence.
func fence(text string) (f, info string) {
	if len(text) < 3 || (text[0] != '`' && text[0] != '~') {
		return "", ""
	}
	n := 0
	for n < len(text) && text[n] == text[0] {
		n++
	}
	if n < 3 {
		return "", ""
	}
	info = strings.TrimSpace(text[n:])
	if text[0] == '`' && strings.Contains(info, "`") {
		return "", ""
	}
	return text[:n], info
}

// fencedCode reads a fenced code block at the start of lines: the opening
// fence, the code verbatim (indentation, tabs and blank lines kept), a
// closing fence of the same character at least as long. n is the number
// of lines it takes, 0 when lines do not start with a closed fence. The
// language is the first word of the opening fence's info string.
func fencedCode(lines []textLine) (b model.Block, n int) {
	open, info := fence(lines[0].text)
	if open == "" || lines[0].quoteMarker {
		return b, 0
	}
	indent := len(lines[0].raw) - len(strings.TrimLeft(lines[0].raw, " \t"))
	var sb strings.Builder
	for i := 1; i < len(lines) && i < 2000; i++ {
		l := lines[i]
		if f, rest := fence(l.text); f != "" && rest == "" && f[0] == open[0] && len(f) >= len(open) {
			code := strings.TrimRight(sb.String(), "\n")
			if strings.TrimSpace(code) == "" {
				return b, 0
			}
			lang := ""
			if fs := strings.Fields(info); len(fs) > 0 {
				lang = codeLanguage(fs[0])
			}
			return model.Block{Type: model.Code, Text: code, Language: lang}, i + 1
		}
		if sb.Len() > 0 {
			sb.WriteString(strings.Repeat("\n", l.blanks+1))
		}
		raw := l.raw
		if raw == "" {
			raw = l.text
		}
		// The fence's own indentation is not the code's.
		cut := 0
		for cut < indent && cut < len(raw) && (raw[cut] == ' ' || raw[cut] == '\t') {
			cut++
		}
		sb.WriteString(raw[cut:])
	}
	return b, 0
}

// codeLanguage keeps an info string's word when it reads as a language
// name (letters, digits, + # - _ .), lower case.
func codeLanguage(w string) string {
	w = strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(w, "language-"), "{."))
	if w == "" || len(w) > 30 {
		return ""
	}
	for _, r := range w {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || strings.ContainsRune("+#-_.", r)) {
			return ""
		}
	}
	return w
}

// pipeCells splits a table line "| a | b |" into its cells, "\|" standing
// for a pipe inside a cell; ok is false when the line does not begin and
// end with "|" or has fewer than two cells.
func pipeCells(text string) (cells []string, ok bool) {
	if len(text) < 3 || text[0] != '|' || text[len(text)-1] != '|' || strings.HasSuffix(text, "\\|") {
		return nil, false
	}
	inner := text[1 : len(text)-1]
	var cur strings.Builder
	for i := 0; i < len(inner); i++ {
		switch {
		case inner[i] == '\\' && i+1 < len(inner) && inner[i+1] == '|':
			cur.WriteByte('|')
			i++
		case inner[i] == '|':
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(inner[i])
		}
	}
	cells = append(cells, strings.TrimSpace(cur.String()))
	return cells, len(cells) >= 2
}

// delimiterRow reports whether cells are a Markdown table's delimiter row
// (---, :--, --:, :-:; hyphens with an optional colon at either end).
func delimiterRow(cells []string) bool {
	for _, c := range cells {
		c = strings.TrimSuffix(strings.TrimPrefix(c, ":"), ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return false
		}
	}
	return true
}

// pipeTable reads a table at the start of lines: two or more lines with no
// blank between them, each beginning and ending with "|", with as many
// cells each. A delimiter row second makes the first row the header (and
// is not a row). n is the number of lines it takes, 0 when lines do not
// start with such a table.
func pipeTable(lines []textLine) (b model.Block, n int) {
	first, ok := pipeCells(lines[0].text)
	if !ok || lines[0].quoteMarker {
		return b, 0
	}
	rows := [][]string{first}
	header := false
	for n = 1; n < len(lines) && n < 1000; n++ {
		l := lines[n]
		cells, ok := pipeCells(l.text)
		if !ok || l.afterBlank || l.quoteMarker || len(cells) != len(first) {
			break
		}
		if n == 1 && delimiterRow(cells) {
			header = true
			continue
		}
		rows = append(rows, cells)
	}
	filled := false
	for _, r := range rows {
		for _, c := range r {
			filled = filled || strings.TrimSpace(c) != ""
		}
	}
	if len(rows) < 2 || !filled {
		return b, 0
	}
	text := make([]string, len(rows))
	for i, r := range rows {
		text[i] = strings.Join(r, "\t")
	}
	return model.Block{Type: model.Table, Text: strings.Join(text, "\n"), Rows: rows, Header: header}, n
}
