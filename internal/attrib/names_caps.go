package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Russian papers, the regional press above all, print the surname of the
// person a piece is about, interviews or quotes in capitals after the
// first name or the initials: «председатель отделения Александр
// ВИЛИСОВ», «попросили рассказать … Александра ТЕЛЁСОВА», «В.К.
// МАНЫШЕВ, депутат РА:», and the byline «Алексей МИШИН». Such a word is
// the surname, not an abbreviation, and is read in title case, as the
// name it is (ru-quotes-dev normalises «Юрий НЕЧАЕВ» to «Юрий Нечаев»).

// minCapsSurnameRunes is the shortest surname in capitals read as one
// (ЛИ, ЮН are too like abbreviations: РА, РФ, ЕС).
const minCapsSurnameRunes = 3

// capsSurname returns w in title case when it is a Cyrillic word in
// capitals with a vowel (МВД, ФСБ, ГИБДД have none) right after prev, a
// first name or patronymic in any case or initials: a surname printed in
// capitals. ok is false otherwise.
func capsSurname(prev token, w string) (string, bool) {
	r0, n0 := utf8.DecodeRuneInString(w)
	if n0 >= len(w) || !unicode.Is(unicode.Cyrillic, r0) {
		return "", false
	}
	if r1, _ := utf8.DecodeRuneInString(w[n0:]); !unicode.IsUpper(r1) {
		return "", false // (the usual case: a word in title case)
	}
	if prev.kind != tokWord || utf8.RuneCountInString(w) < minCapsSurnameRunes {
		return "", false
	}
	vowel := false
	for _, r := range w {
		if r == '-' {
			continue
		}
		if !unicode.Is(unicode.Cyrillic, r) || !unicode.IsUpper(r) {
			return "", false
		}
		vowel = vowel || strings.ContainsRune("АЕЁИОУЫЭЮЯ", r)
	}
	if !vowel || !nameBeforeCaps(prev.text) {
		return "", false
	}
	return titleCaps(w), true
}

// titleCaps writes a word printed in capitals in title case, each part
// of a hyphenated word too, and the letter after an apostrophe or an
// initial's dot: «РИМСКИЙ-КОРСАКОВ» → «Римский-Корсаков», "O'BRIEN" →
// "O'Brien", "J.R." → "J.R.".
func titleCaps(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	up := true
	for _, r := range w {
		if up {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = !unicode.IsLetter(r)
	}
	return b.String()
}

// nameBeforeCaps reports whether w, the word before a word in capitals,
// is a first name or patronymic in any case, or initials («В.К.», «А.»).
func nameBeforeCaps(w string) bool {
	if t := strings.TrimSuffix(w, "."); t != w && (isInitials(t) || utf8.RuneCountInString(t) == 1 && unicode.IsUpper(firstRune(t))) {
		return true
	}
	r := firstRune(w)
	if !unicode.IsUpper(r) {
		return false
	}
	return isPersonEvidence(w)
}

// firstRune returns the first rune of w.
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}
