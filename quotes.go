package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qspan is a quotation found in a block: the byte offsets of the text
// between the marks (start, end) and of the marks themselves (ostart, oend).
type qspan struct {
	start, end   int
	ostart, oend int
}

// quoteSpans finds the top-level quotations in s. Guillemets «» nest, with
// „“ inside them; “” and straight double quotes pair up; an English
// quotation left open at the end of a paragraph (the convention for quotes
// that run on into the next paragraph) runs to the end of s. Unbalanced
// guillemets are ignored.
func quoteSpans(s string) []qspan {
	if q, ok := dashQuote(s); ok {
		return append([]qspan{q}, quoteSpansFrom(s, q.oend)...)
	}
	return quoteSpansFrom(s, 0)
}

// dashQuote finds direct speech set off by dashes, as Russian prints it: a
// paragraph that opens with a dash and gives the speaker after a second
// one («— Мы готовы к переговорам, — заявил Песков.»). The quotation runs
// from the first dash to the punctuation before the second.
func dashQuote(s string) (qspan, bool) {
	rest, ok := strings.CutPrefix(s, "— ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "– "); !ok {
			return qspan{}, false
		}
	}
	start := len(s) - len(rest)
	for _, sep := range []string{", — ", "! — ", "? — ", "… — ", ", – "} {
		if i := strings.Index(rest, sep); i > 0 {
			end := start + i
			if sep[0] != ',' {
				end += len(sep) - len(" — ") // keep ! ? … in the quotation
			}
			return qspan{start: start, end: end, ostart: 0, oend: start + i + 1}, true
		}
	}
	return qspan{}, false
}

// quoteSpansFrom finds the quotations in s from byte offset from on.
func quoteSpansFrom(s string, from int) []qspan {
	var out []qspan
	var stack []rune
	open := 0 // byte offset of the top-level opening mark
	prev := ' '
	for i, r := range s {
		if i < from {
			continue
		}
		size := utf8.RuneLen(r)
		top := rune(0)
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		push := func() {
			if len(stack) == 0 {
				open = i
			}
			stack = append(stack, r)
		}
		pop := func() {
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				out = append(out, qspan{start: open + utf8.RuneLen(firstRune(s[open:])), end: i, ostart: open, oend: i + size})
			}
		}
		switch r {
		case '«':
			push()
		case '»':
			if top == '«' {
				pop()
			}
		case '„':
			push()
		case '“':
			if top == '„' {
				pop()
			} else {
				push()
			}
		case '”':
			if top == '“' || top == '„' {
				pop()
			}
		case '"':
			if top == '"' {
				pop()
			} else if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
				push()
			}
		}
		prev = r
	}
	// A quotation opened with “ or " and never closed runs to the end.
	if len(stack) > 0 && (stack[0] == '“' || stack[0] == '"') && len(s)-open > 1 {
		out = append(out, qspan{start: open + utf8.RuneLen(firstRune(s[open:])), end: len(s), ostart: open, oend: len(s)})
	}
	return out
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// sentence is a span of a block's text that ends at a sentence boundary
// outside any quotation.
type sentence struct{ start, end int }

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"capt": true, "sgt": true, "maj": true, "cpl": true, "adm": true, "cmdr": true, "rev": true, "supt": true, "det": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "gen": true,
	"st": true, "jr": true, "sr": true, "lt": true, "col": true, "prof": true, "mt": true, "no": true,
	"vs": true, "u.s": true, "u.k": true, "inc": true, "corp": true, "co": true, "jan": true, "feb": true,
	"aug": true, "sept": true, "oct": true, "nov": true, "dec": true, "г": true, "гг": true, "т": true,
	"др": true, "им": true, "ул": true, "млн": true, "млрд": true, "тыс": true, "руб": true, "см": true,
}

// sentences splits s at ., ! ?, … followed by a space and a capital, digit,
// dash or quotation mark, never inside a quotation and never after a known
// abbreviation or an initial.
func sentences(s string, spans []qspan) []sentence {
	var out []sentence
	start := 0
	// i only grows, and spans are in text order: move forward only.
	qi := 0
	inQuote := func(i int) bool {
		for qi < len(spans) && spans[qi].oend <= i {
			qi++
		}
		return qi < len(spans) && i >= spans[qi].ostart
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == '.' || r == '!' || r == '?' || r == '…') && !inQuote(i) {
			j := i + size
			for j < len(s) && strings.ContainsRune(".!?…»”\")", firstRune(s[j:])) {
				j += utf8.RuneLen(firstRune(s[j:]))
			}
			if j < len(s) && s[j] == ' ' {
				next := firstRune(s[j+1:])
				if (unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("«“\"—–-„", next)) && !(r == '.' && isAbbrevBefore(s[start:i])) {
					out = append(out, sentence{start, j})
					start = j + 1
				}
			}
			i = j
			continue
		}
		i += size
	}
	if start < len(s) {
		out = append(out, sentence{start, len(s)})
	}
	return out
}

// maxAbbrevBytes bounds the look-back for an abbreviation before a period.
const maxAbbrevBytes = 16

// isAbbrevBefore reports whether the text before a period ends with an
// abbreviation or a single-letter initial.
func isAbbrevBefore(s string) bool {
	if len(s) > maxAbbrevBytes {
		s = s[len(s)-maxAbbrevBytes:]
	}
	k := strings.LastIndexAny(s, " («“\"")
	w := s[k+1:]
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)) {
		return true
	}
	return abbreviations[strings.ToLower(w)]
}
