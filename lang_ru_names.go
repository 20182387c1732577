package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nominativeNames returns a copy of toks with the capitalised Cyrillic
// words put from the genitive, as Russian writes a name after «по словам»
// or «по мнению», back into the nominative: «Анны Петровой» → «Анна
// Петрова», «Сергея Собянина» → «Сергей Собянин». Other words are kept.
func nominativeNames(toks []token) []token {
	out := make([]token, len(toks))
	copy(out, toks)
	for i, t := range out {
		if t.kind != tokWord || !isCap(t.text) || !unicode.Is(unicode.Cyrillic, firstRune(t.text)) {
			continue
		}
		if n := genitiveToNominative(t.text); n != t.text {
			out[i].text, out[i].lower = n, strings.ToLower(n)
		}
	}
	return out
}

// genitiveSuffixes maps the endings of Russian names in the genitive to
// their nominative endings, longest first.
var genitiveSuffixes = []struct{ gen, nom string }{
	{"ского", "ский"}, {"цкого", "цкий"}, {"ской", "ская"}, {"цкой", "цкая"},
	{"овой", "ова"}, {"евой", "ева"}, {"ёвой", "ёва"}, {"иной", "ина"}, {"ыной", "ына"},
	{"ова", "ов"}, {"ева", "ев"}, {"ёва", "ёв"}, {"ина", "ин"}, {"ына", "ын"},
	{"ии", "ия"}, {"ьи", "ья"}, {"ия", "ий"}, {"ея", "ей"}, {"ая", "ай"},
	{"ги", "га"}, {"ки", "ка"}, {"хи", "ха"}, {"жи", "жа"}, {"ши", "ша"}, {"чи", "ча"}, {"щи", "ща"},
	{"ы", "а"},
}

// genitiveToNominative puts one name word into the nominative, or returns
// it as it is when it has no genitive ending it knows.
func genitiveToNominative(w string) string {
	for _, s := range genitiveSuffixes {
		if strings.HasSuffix(w, s.gen) && utf8.RuneCountInString(w) > utf8.RuneCountInString(s.gen)+1 {
			return strings.TrimSuffix(w, s.gen) + s.nom
		}
	}
	// A masculine first name: «Ивана» → «Иван», «Петра» → «Петр».
	if strings.HasSuffix(w, "а") && utf8.RuneCountInString(w) > 3 {
		if r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(w, "а")); !strings.ContainsRune("аеёиоуыэюяьй", r) {
			return strings.TrimSuffix(w, "а")
		}
	}
	return w
}
