package htmlx

import (
	"strings"

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

// creditLabelsIn returns strings.ToLower(caption) and creditLabelForms
// when one of the forms may stand in the lowered caption, and nothing
// when none does. The ASCII part of caption is searched without lowering
// it first.
func creditLabelsIn(caption string) (lower string, forms []string) {
	found, ascii := creditLabelSet.InFold(caption)
	if !found && ascii {
		return "", nil
	}
	lower = strings.ToLower(caption)
	if !found && !creditLabelSet.In(lower) {
		return "", nil
	}
	return lower, creditLabelForms
}
