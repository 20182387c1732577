package attrib

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/textutil"
)

// q28GluedHyphen reads a paragraph opened by a hyphen glued to a capital
// letter («-Поручил привести в порядок …, - резюмировал глава региона.»):
// plain-text copy that types the dash of direct speech as a hyphen often
// drops the space after it too. It returns the paragraph after the
// hyphen and true when a capital letter follows it at once; a number
// («-5 градусов») or a lower-case word («-то») does not open speech so.
// dashQuote, which calls it for Russian only, still wants the author's
// words with their verb of speech after a second dash, so an item of a
// list typed «-Молоко» is not read as speech.
func q28GluedHyphen(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "-")
	if !ok || !unicode.IsUpper(textutil.FirstRune(rest)) {
		return "", false
	}
	return rest, true
}
