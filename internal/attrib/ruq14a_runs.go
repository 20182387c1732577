package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// minRunOpenWords is how many words the piece of a quotation left open at
// the end of its paragraph must hold to be read as running on into the
// next one (a shorter one is a stray mark).
const minRunOpenWords = 3

// quoteRuns is unreopenedRuns with the two other ways Russian web copy
// runs one quotation over two paragraphs without reopening it in the
// second, the opening mark in the first and the closing mark, with the
// author's words after it, in the second:
//
//   - the quotation opens at the start of a later sentence of its
//     paragraph, not at the paragraph's start (« … заявил Джейк
//     Салливан. «Сколько именно … контрнаступление.» / «Но мы считаем …»,
//     – сказал он.»);
//   - it is set in straight marks, which do not tell opening from closing
//     by their shape: the paragraph's last mark opens a sentence and
//     nothing closes it, and the next paragraph's first mark follows a
//     word and is followed by the author's words or the paragraph's end
//     («"Мне было тяжело … плакала.» / «Сейчас … Это тяжело", – сказала
//     Харлан …»).
//
// Each paragraph is read once, so the cost stays linear in the text.
func quoteRuns(blocks []model.Block) map[int]qspan {
	out := unreopenedRuns(blocks)
	for i := 0; i+1 < len(blocks); i++ {
		if _, ok := out[i]; ok {
			continue
		}
		if _, ok := out[i+1]; ok || blocks[i].Type != model.Paragraph || blocks[i+1].Type != model.Paragraph {
			continue
		}

		s := blocks[i].Text
		var t string
		var end int
		var open, close, mark int
		if o := guillemetLeftOpen(s); o >= 0 {
			c := -1
			if end, c = q24GuillemetRunEnd(blocks, i); end < 0 {
				continue
			}
			t = blocks[end].Text
			open, close, mark = o, c, len("»")
		} else if o := straightLeftOpen(s); o >= 0 {
			if end = straightRunEnd(blocks, i); end < 0 {
				continue
			}
			t = blocks[end].Text
			c := strings.IndexByte(t, '"')
			if c < 0 || strings.Count(t, "\"")%2 != 1 || strings.ContainsAny(t[:c], "«»") {
				continue
			}
			open, close, mark = o, c, len("\"")
		} else {
			continue
		}
		lead := len(t) - len(strings.TrimLeft(t, " "))
		if first := textutil.FirstRune(t[lead:]); close <= lead || first == '—' || first == '–' || first == '-' || !closesSpeech(t[close+mark:]) {
			// (A paragraph a dash opens is dialogue of its own; the
			// closing mark must end the speech, before its author's
			// words or at the paragraph's end.)
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(t[:close]); unicode.IsSpace(r) {
			continue
		}
		if out == nil {
			out = map[int]qspan{}
		}
		e := len(strings.TrimRight(s, " "))
		out[i] = qspan{start: open + mark, end: e, ostart: open, oend: e, cont: true}
		for j := i + 1; j < end; j++ {
			m := blocks[j].Text
			b := len(m) - len(strings.TrimLeft(m, " "))
			out[j] = qspan{start: b, end: len(strings.TrimRight(m, " ")), ostart: b, oend: len(strings.TrimRight(m, " ")), cont: true}
		}
		out[end] = qspan{start: lead, end: close, ostart: lead, oend: close + mark, cont: true, last: true}
		i = end
	}
	return out
}

// straightRunEnd returns the paragraph after blocks[i] where a quotation
// that blocks[i] leaves open in a straight mark closes, or -1. Web copy
// sets a long answer in straight marks over several paragraphs and, as
// with guillemets (unreopenedRuns), reopens none of them: the paragraphs
// between hold no quote mark at all and do not open with a dash (a line
// of dialogue), and the run ends at the first paragraph that holds a
// straight mark, within maxRunParagraphs. Each paragraph is looked at
// once.
func straightRunEnd(blocks []model.Block, i int) int {
	for j := i + 1; j < len(blocks) && j <= i+maxRunParagraphs; j++ {
		t := strings.TrimSpace(blocks[j].Text)
		if blocks[j].Type != model.Paragraph || t == "" {
			return -1
		}
		if strings.IndexByte(t, '"') >= 0 {
			return j
		}
		if first := textutil.FirstRune(t); first == '—' || first == '–' || first == '-' || strings.ContainsAny(t, "«»„“”") {
			return -1
		}
	}
	return -1
}

// guillemetLeftOpen returns the offset of the « that s opens at the start
// of a sentence after its first and leaves open at its end, with nothing
// else left open or closed unmatched, and at least minRunOpenWords words
// after it; -1 if there is none. (A paragraph that opens with the mark is
// unreopenedRuns' case.)
func guillemetLeftOpen(s string) int {
	depth, open := 0, -1
	for i, r := range s {
		switch r {
		case '«':
			if depth == 0 {
				open = i
			}
			depth++
		case '»':
			depth--
			if depth < 0 {
				return -1
			}
		}
	}
	if depth != 1 || !opensSentenceAt(s, open) {
		return -1
	}
	return open
}

// straightLeftOpen returns the offset of the last straight mark of s when
// s holds an odd number of them and that one opens a sentence (at the
// start of s, or after a sentence's end) with at least minRunOpenWords
// words after it and no other mark; -1 otherwise.
func straightLeftOpen(s string) int {
	if strings.Count(s, "\"")%2 != 1 || strings.ContainsAny(s, "«»") {
		return -1
	}
	o := strings.LastIndexByte(s, '"')
	lead := len(s) - len(strings.TrimLeft(s, " "))
	if o != lead && !opensSentenceAt(s, o) {
		return -1
	}
	if textutil.CountWords(s[o+1:]) < minRunOpenWords || !unicode.IsUpper(textutil.FirstRune(s[o+1:])) {
		return -1
	}
	return o
}

// opensSentenceAt reports whether the quote mark at byte offset o of s
// stands after the end of a sentence or a colon and a space (not at the
// start of s) and opens at least minRunOpenWords words that start with a
// capital.
func opensSentenceAt(s string, o int) bool {
	if o <= 0 {
		return false
	}
	before := strings.TrimRight(s[:o], " ")
	if len(before) == len(s[:o]) || before == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if !strings.ContainsRune(".!?…:", r) {
		return false
	}
	rest := s[o+utf8.RuneLen(textutil.FirstRune(s[o:])):]
	return textutil.CountWords(rest) >= minRunOpenWords && unicode.IsUpper(textutil.FirstRune(rest))
}
