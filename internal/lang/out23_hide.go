package lang

import (
	"maps"
	"strings"
)

// HideOutlets takes the outlets for which hide reports true out of every
// table's lookups (OutletSet and the stems CanonicalOutlet compares) until
// restore is called. It serves one measurement only: how the outlet rules
// do on outlets the tables have never seen (cmd/articleeval's
// TestOut23HiddenOutlets, issue 13). It is not safe while texts are being
// parsed.
func HideOutlets(hide func(name string) bool) (restore func()) {
	set := maps.Clone(OutletSet)
	stems := outletStems
	for _, t := range Languages {
		for _, o := range t.Outlets {
			if hide(o) {
				delete(OutletSet, strings.ToLower(o))
			}
		}
	}
	var kept []outletStem
	for _, s := range stems {
		if !hide(s.name) {
			kept = append(kept, s)
		}
	}
	outletStems = kept
	return func() {
		clear(OutletSet)
		maps.Copy(OutletSet, set)
		outletStems = stems
	}
}
