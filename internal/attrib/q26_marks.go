package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// q26SharedSpeechClose returns the byte offset of the closing guillemet
// that closes both a quotation of direct speech left open at byte offset
// open of s and a word quoted at its end, or false. Russian typography
// writes one closing mark where a quotation ends with a quoted word or
// name («… а скажи мы так, услышали бы «не с кем играть», — сказал он»;
// Ukrainian the same: «… пропозиція товариства «Альфа», – йдеться у
// листі»):
// the mark after the inner words then closes the speech too, and the
// author's words follow it. The speech must open as speech does (the
// paragraph's start, or after a sentence's end, a colon or a dash); the
// shared mark is the first one after open that closes a quotation nested
// directly inside it, after a word of the sentence, and stands before the
// author's words (authorWordsAfter), and no mark closes the speech later.
// One pass over s from open.
func q26SharedSpeechClose(s string, open int) (int, bool) {
	if open < 0 || open >= len(s) || !strings.HasPrefix(s[open:], "«") {
		return 0, false
	}
	if before := strings.TrimRight(s[:open], " \u00a0"); before != "" {
		r, _ := utf8.DecodeLastRuneInString(before)
		if !strings.ContainsRune(".!?…:—–", r) {
			return 0, false
		}
	}
	depth, shared := 0, -1
	afterWord := false
	for i, r := range s[open+len("«"):] {
		at := open + len("«") + i
		switch r {
		case '«':
			if depth == 0 {
				p, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:at], " \u00a0"))
				afterWord = unicode.IsLetter(p) && at > 0 && s[at-1] == ' '
			}
			depth++
		case '»':
			if depth == 0 {
				return 0, false // (closed after all: not left open)
			}
			depth--
			if depth == 0 && shared < 0 && afterWord && authorWordsAfter(s[at+len("»"):]) {
				shared = at
			}
		}
	}
	return shared, shared >= 0
}
