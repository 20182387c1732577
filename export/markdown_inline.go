package export

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article"
)

// Inline marks in Markdown. A block's spans (article.Span) are written
// line by line: a link as [text](<address>), emphasis as *text*, strong
// emphasis as **text**, inline code as `code`. The text between and
// inside the marks is escaped as everywhere else, so that only the marks
// are live. A mark is written only where CommonMark reads it back as the
// same mark:
//   - emphasis and strong emphasis only at word edges (white space,
//     punctuation or the line's ends on both sides), where a "*" run is
//     sure to open and close; inside a word the text is written plain;
//   - a link only to an http or https address;
//   - nothing inside inline code (it is verbatim), no link inside a link;
//   - a span that crosses a line of the block, overlaps another without
//     nesting, or does not fall on character boundaries is left out.
// What is left out keeps its text: the words never change.

// lineSpans returns the spans of spans that lie inside text[from:to],
// shifted to be offsets into that line, checked and nested.
func lineSpans(text string, spans []article.Span, from, to int) []article.Span {
	var out []article.Span
	for _, sp := range spans {
		if sp.Start < from || sp.End > to || sp.Start >= sp.End {
			continue
		}
		if !utf8.RuneStart(text[sp.Start]) || sp.End < len(text) && !utf8.RuneStart(text[sp.End]) {
			continue
		}
		sp.Start -= from
		sp.End -= from
		out = append(out, sp)
	}
	slices.SortStableFunc(out, func(a, b article.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	// Keep the spans that nest: drop partial overlaps, marks inside code,
	// links inside links and repeats of the enclosing mark.
	kept := out[:0]
	var stack []article.Span
	for _, sp := range out {
		for len(stack) > 0 && stack[len(stack)-1].End <= sp.Start {
			stack = stack[:len(stack)-1]
		}
		ok := true
		for _, o := range stack {
			if sp.End > o.End || o.Type == article.SpanCode || o.Type == sp.Type {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, sp)
			stack = append(stack, sp)
		}
	}
	return kept
}

// markdownInline writes one line of text with its spans (offsets into
// line) as Markdown; lineStart escapes the block markers a line may begin
// with. The line's white space at both ends is dropped, as
// escapeMarkdownLine does.
func markdownInline(line string, spans []article.Span, lineStart bool) string {
	if len(spans) == 0 || !utf8.ValidString(line) {
		return escapeMarkdown(line, lineStart)
	}
	// Trim the line as escapeMarkdown does, and the spans with it.
	lo := len(line) - len(strings.TrimLeft(line, " \t\r\f\v"))
	hi := len(strings.TrimRight(line, " \t\r\f\v"))
	if lo >= hi {
		return ""
	}
	s := line[lo:hi]
	var sp []article.Span
	for _, x := range spans {
		x.Start, x.End = max(x.Start, lo)-lo, min(x.End, hi)-lo
		if x.Start < x.End && strings.TrimSpace(s[x.Start:x.End]) != "" {
			sp = append(sp, x)
		}
	}
	var b strings.Builder
	b.Grow(len(s) + 16*len(sp))
	r := inlineWriter{b: &b, s: s, marker: -1}
	if lineStart {
		r.marker = blockMarker(s)
	}
	r.write(0, len(s), sp)
	return b.String()
}

// inlineWriter writes s with its nested spans.
type inlineWriter struct {
	b *strings.Builder
	s string
	// marker is where the line needs a backslash not to begin a block,
	// or -1 (blockMarker).
	marker int
}

// write writes s[from:to], with the spans that lie in it (nested, in
// order of start).
func (w *inlineWriter) write(from, to int, spans []article.Span) {
	pos := from
	for i := 0; i < len(spans); {
		sp := spans[i]
		// The spans nested in this one follow it.
		j := i + 1
		for j < len(spans) && spans[j].Start < sp.End {
			j++
		}
		w.text(pos, sp.Start)
		w.span(sp, spans[i+1:j])
		pos = sp.End
		i = j
	}
	w.text(pos, to)
}

// text writes s[from:to] escaped, with the backslash that keeps the
// line's start from reading as a block marker when it falls there.
func (w *inlineWriter) text(from, to int) {
	if from >= to {
		return
	}
	if w.marker >= from && w.marker < to {
		w.b.WriteString(escapeInline(w.s[from:w.marker]))
		w.b.WriteByte('\\')
		w.b.WriteString(escapeInline(w.s[w.marker:to]))
		return
	}
	w.b.WriteString(escapeInline(w.s[from:to]))
}

// blockMarker returns where a backslash must go so that the line s does
// not begin a block (a list item "- ", "+ ", "1. ", "1) ", a setext
// underline "=", a definition ":"), or -1.
func blockMarker(s string) int {
	digits := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	switch {
	case digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')'):
		return digits
	case s != "" && strings.IndexByte("-+=:", s[0]) >= 0:
		return 0
	}
	return -1
}

// span writes one span and the spans nested in it, or its text alone
// when the mark cannot be written (see the rules above).
func (w *inlineWriter) span(sp article.Span, inner []article.Span) {
	inside := w.s[sp.Start:sp.End]
	trimmed := strings.TrimSpace(inside) == inside
	switch sp.Type {
	case article.SpanCode:
		if !trimmed {
			break
		}
		w.b.WriteString(codeSpan(inside))
		return
	case article.SpanLink:
		u := linkURL(sp.URL)
		if u == "" {
			break
		}
		w.b.WriteByte('[')
		w.write(sp.Start, sp.End, inner)
		w.b.WriteString("](<")
		w.b.WriteString(u)
		w.b.WriteString(">)")
		return
	case article.SpanEmphasis, article.SpanStrong:
		if !trimmed || !w.edge(sp.Start, true) || !w.edge(sp.End, false) {
			break
		}
		d := "*"
		if sp.Type == article.SpanStrong {
			d = "**"
		}
		w.b.WriteString(d)
		w.write(sp.Start, sp.End, inner)
		w.b.WriteString(d)
		return
	}
	w.write(sp.Start, sp.End, inner)
}

// edge reports whether offset i of the line is at a word edge: the
// character on the outer side of a mark there (before it for an opening
// mark, after it for a closing one) is white space or punctuation, or the
// line ends there.
func (w *inlineWriter) edge(i int, opening bool) bool {
	var r rune
	if opening {
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(w.s[:i])
	} else {
		if i == len(w.s) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(w.s[i:])
	}
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// codeSpan writes code as a CommonMark code span: a run of backticks
// longer than any inside it, with a space inside each end when the code
// begins or ends with a backtick.
func codeSpan(code string) string {
	code = strings.NewReplacer("\n", " ", "\r", " ").Replace(code)
	run, longest := 0, 0
	for i := 0; i < len(code); i++ {
		if code[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(code, "`") || strings.HasSuffix(code, "`") {
		return fence + " " + code + " " + fence
	}
	return fence + code + fence
}

// linkURL returns u as a Markdown link destination in angle brackets
// (spaces, angle brackets and backslashes percent-encoded), or "" when it
// is not an absolute http or https address.
func linkURL(u string) string {
	u = safeURL(u)
	if u == "" {
		return ""
	}
	return strings.NewReplacer(" ", "%20", "<", "%3C", ">", "%3E", "\\", "%5C", "\n", "", "\r", "").Replace(u)
}

// escapeInline escapes the inline constructs of s (see Markdown) without
// trimming it or looking at block markers.
func escapeInline(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	writeEscaped(&b, s, true)
	return b.String()
}
