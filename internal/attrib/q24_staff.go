package attrib

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/textutil"
)

// q24MediaStaff are the stems of the nouns of a newsroom's staff and of
// the newsroom itself. A name in quote marks right after one of them, in
// the genitive of belonging (корреспондент «Газеты.Ru», главный редактор
// «Красного знамени», редакция «Ведомостей»), is the outlet the person
// works for: Russian sets a medium's title in quote marks there, never
// someone's words.
var q24MediaStaff = []string{"корреспондент", "журналист", "обозревател", "редакци", "редактор", "колумнист", "спецкор", "фотокорреспондент"}

// q24StaffEmployer reports whether the quotation toks[k] is a short
// capitalised name (quotedTitle) right after a noun of q24MediaStaff.
func q24StaffEmployer(toks []token, k int) bool {
	if k == 0 || toks[k-1].kind == tokQuote {
		return false
	}
	t := strings.TrimSpace(toks[k].text)
	if !unicode.IsUpper(textutil.FirstRune(t)) || textutil.CountWords(t) > 4 || strings.ContainsAny(t, ",!?:;…") {
		return false
	}
	prev := toks[k-1].lower
	if prev == "" {
		prev = strings.ToLower(toks[k-1].text)
	}
	return hasPrefixAny(prev, q24MediaStaff)
}
