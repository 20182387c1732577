package htmlx

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// creditLabelForms are captionCreditLabels as French typography also
// prints them: a space before the colon ("Photo : Jean Martin / AFP",
// "Crédit photo : …"), an ordinary one or the no-break spaces (U+00A0,
// U+202F) that French house styles set there. splitCredit matches each
// form where it stands in the caption, so the credit keeps its printed
// spacing.
var creditLabelForms = func() []string {
	out := make([]string, 0, 4*len(captionCreditLabels))
	for _, l := range captionCreditLabels {
		out = append(out, l)
		if strings.HasSuffix(l, ":") {
			w := strings.TrimSuffix(l, ":")
			for _, sp := range []string{" ", "\u00a0", "\u202f"} {
				out = append(out, w+sp+":")
			}
		}
	}
	return out
}()

// creditLabelSet finds whether any of creditLabelForms stands in a lowered
// caption, in one pass: most captions and lines beside pictures hold none,
// and splitCredit then skips its search of each form (one scan of the
// caption per form, over a hundred forms).
var creditLabelSet = textutil.NewWordSet(creditLabelForms)

// creditLabelsIn returns caption lowered by lowerSameLength and
// creditLabelForms when one of the forms may stand in it, and nothing when
// none does. The ASCII part of caption is searched without lowering it
// first.
func creditLabelsIn(caption string) (lower string, forms []string) {
	found, ascii := creditLabelSet.InFold(caption)
	if !found && ascii {
		return "", nil
	}
	lower = lowerSameLength(caption)
	if !found && !creditLabelSet.In(lower) {
		return "", nil
	}
	return lower, creditLabelForms
}

// lowerSameLength lowers s rune by rune, but keeps a rune whose lower case
// is written in another number of bytes ("Ⱥ", "İ", "ẞ"): an index into the
// result is an index into s, where the caption is cut. The credit labels
// are written in letters whose two cases have one length.
func lowerSameLength(s string) string {
	// strings.ToLower keeps every length when s is valid UTF-8 (it writes
	// a bad byte as three) and no rune's lower case changes its length.
	if utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool {
		return r >= utf8.RuneSelf && utf8.RuneLen(unicode.ToLower(r)) != utf8.RuneLen(r)
	}) {
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); r != utf8.RuneError && utf8.RuneLen(l) == w {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+w]...) // a bad byte, or a rune whose lower case is longer or shorter
		}
		i += w
	}
	return string(b)
}
