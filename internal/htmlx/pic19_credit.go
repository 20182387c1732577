package htmlx

import "strings"

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
