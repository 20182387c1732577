package attrib

import (
	"strings"
	"unicode/utf8"
)

// ruCommonGenderSurname reports whether w ends in -а or -я, as Russian
// and Ukrainian surnames that men and women share in the nominative do
// (Кочура, Дзюба, Сковорода), and as a man's surname in the genitive
// does (Кочур → Кочура): written after a first name that is both a
// woman's nominative and a man's genitive («Валентина Кочура»), the pair
// may be a woman's name in the nominative, which only a verb in the
// feminine with the name for subject settles (verbGender).
func ruCommonGenderSurname(w string) bool {
	return utf8.RuneCountInString(w) >= 4 && (strings.HasSuffix(w, "а") || strings.HasSuffix(w, "я"))
}
