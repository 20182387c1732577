package attrib

import (
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
func straightClosesGuillemet(s string, i int) bool {
	if i <= 0 || i >= len(s) || s[i] != '"' {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsSpace(r) {
		return false
	}
	if k, _ := unmatchedClose(s[i:]); k >= 0 || strings.Count(s, "\"")%2 == 0 {
		return false
	}
	rest := strings.TrimPrefix(s[i+1:], ",")
	for _, d := range []string{" — ", " – ", " - "} {
		if after, ok := strings.CutPrefix(rest, d); ok {
			words := strings.Fields(after)
			return len(words) > 0 && unicode.IsLower([]rune(words[0])[0]) && speechVerbAmong(words[:min(len(words), 2)])
		}
	}
	return false
}

// straightCloseIn returns the offset of the first straight quote in s that
// closes a guillemet-opened quotation (straightClosesGuillemet), or -1.
func straightCloseIn(s string) int {
	for off := 0; ; {
		k := strings.IndexByte(s[off:], '"')
		if k < 0 {
			return -1
		}
		if straightClosesGuillemet(s, off+k) {
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
