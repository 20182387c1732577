package lang

import (
	"strings"
	"unicode/utf8"
)

// outletStem is a one-word outlet name of a table as CanonicalOutlet
// compares it with a name: its NameKey, computed once instead of on every
// comparison.
type outletStem struct {
	name, key string
}

// outletStems holds the one-word outlets of at least four letters of every
// table, in the order CanonicalOutlet tries them (tables in Languages'
// order, each table's outlets in its order): the only ones whose stem can
// stand for an inflected name.
var outletStems = func() []outletStem {
	var out []outletStem
	for _, t := range Languages {
		for _, o := range t.Outlets {
			if !strings.ContainsRune(o, ' ') && utf8.RuneCountInString(o) >= 4 {
				out = append(out, outletStem{o, NameKey(o)})
			}
		}
	}
	return out
}()
