package attrib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// straightClosesGuillemet reports whether the straight quote at byte
// offset i of s closes a quotation a guillemet opened. Russian web copy
// mixes the two kinds of marks: the editor types «…» where the keyboard
// layout gives them and the straight " where it does not, so a quotation
// opened with « is now and then closed with " («…работаю" — сказал он»).
// The straight mark closes it only where a closing mark of direct speech
// stands: after a word or punctuation (not a space), before the author's
// words (an optional comma, a dash and a verb of speech in lower case),
// with no » after it in s that could close the guillemet instead (one
// that closes a name of its own, «Матч ТВ», does not) and an
// odd number of straight quotes in s (so that it pairs with no other).
// m holds what is read from the whole of s, worked out once for all the
// straight quotes of s (the zero value is ready to use), so that a
// paragraph of many straight quotes costs a pass, not a pass a quote.
func straightClosesGuillemet(s string, i int, m *straightMarks) bool {
	if i <= 0 || i >= len(s) || s[i] != '"' {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsSpace(r) {
		return false
	}
	rest := strings.TrimPrefix(s[i+1:], ",")
	author := false
	for _, d := range []string{" — ", " – ", " - "} {
		if after, ok := strings.CutPrefix(rest, d); ok {
			words := leadingFields(after, 2)
			author = len(words) > 0 && unicode.IsLower([]rune(words[0])[0]) && speechVerbAmong(words)
			break
		}
	}
	return author && m.oddStraight(s) && !m.closeAfter(s, i)
}

// leadingFields returns the first n words of s (strings.Fields's, but
// reading no further than they go).
func leadingFields(s string, n int) []string {
	var out []string
	for len(out) < n {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		k := strings.IndexFunc(s, unicode.IsSpace)
		if k < 0 {
			k = len(s)
		}
		out = append(out, s[:k])
		s = s[k:]
	}
	return out
}

// straightMarks is what straightClosesGuillemet reads from a whole
// paragraph: the parity of its straight quotes and where its guillemets
// close, worked out on first use.
type straightMarks struct {
	ready bool
	odd   bool
	// opens and closes are the offsets of the paragraph's « and »;
	// minAfter[k] is the least depth (« counted up, » down, from the
	// paragraph's start) just after any » from closes[k] on.
	opens, closes []int
	minAfter      []int
}

// scan works out m for s.
func (m *straightMarks) scan(s string) {
	m.ready = true
	m.odd = strings.Count(s, "\"")%2 == 1
	var after []int
	depth := 0
	for i, r := range s {
		switch r {
		case '«':
			depth++
			m.opens = append(m.opens, i)
		case '»':
			depth--
			m.closes = append(m.closes, i)
			after = append(after, depth)
		}
	}
	m.minAfter = after
	for k := len(after) - 2; k >= 0; k-- {
		m.minAfter[k] = min(m.minAfter[k], m.minAfter[k+1])
	}
}

// oddStraight reports whether s holds an odd number of straight quotes.
func (m *straightMarks) oddStraight(s string) bool {
	if !m.ready {
		m.scan(s)
	}
	return m.odd
}

// closeAfter reports whether a » after offset i of s closes a guillemet
// opened before i (unmatchedClose(s[i:]) finds one).
func (m *straightMarks) closeAfter(s string, i int) bool {
	if !m.ready {
		m.scan(s)
	}
	k, _ := slices.BinarySearch(m.closes, i)
	if k == len(m.closes) {
		return false
	}
	o, _ := slices.BinarySearch(m.opens, i)
	depth := o - k // the depth at i
	return m.minAfter[k] < depth
}

// straightCloseIn returns the offset of the first straight quote in s that
// closes a guillemet-opened quotation (straightClosesGuillemet), or -1.
func straightCloseIn(s string) int {
	var m straightMarks
	for off := 0; ; {
		k := strings.IndexByte(s[off:], '"')
		if k < 0 {
			return -1
		}
		if straightClosesGuillemet(s, off+k, &m) {
			return off + k
		}
		off += k + 1
	}
}

// closesSpeech reports whether s, the text after a closing quote mark that
// nothing open matches, goes on as the end of direct speech does: with the
// author's words (authorWordsAfter) or with nothing but the punctuation
// that ends the paragraph. It serves the shared opening mark in straight
// quotes: plain-text copy, like print, merges the opening mark of a
// quotation with that of the name it opens with («Матвеев: "Хетафе"
// победил заслуженно, но …".», «"Зенит" — лучший клуб", — сказал он»),
// so the quotation's own opening mark is missing and its closing mark
// follows a word with nothing open; sharedOpening asks that the name open
// its sentence (after a colon, a sentence's end, or at the start).
func closesSpeech(s string) bool {
	return authorWordsAfter(s) || strings.TrimRight(s, " .!?…") == ""
}

// ruParenthesisedName reports whether the quotation toks[k] is a short
// capitalised name that fills a parenthesis on its own («Виталий Милонов
// («Единая Россия»)», «компания («Газпром нефть»)»): Russian news glosses a
// person's party, club or employer, or a company's brand, that way, and
// nobody's words stand alone in brackets after a noun.
func ruParenthesisedName(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) || toks[k-1].kind != tokPunct || toks[k-1].text != "(" || toks[k+1].kind != tokPunct || toks[k+1].text != ")" {
		return false
	}
	text := toks[k].text
	return unicode.IsUpper(textutil.FirstRune(text)) && textutil.CountWords(text) <= maxQuotedNameWords && !strings.ContainsAny(text, ".,!?:;…")
}
