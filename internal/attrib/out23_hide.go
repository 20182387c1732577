package attrib

import (
	"maps"
	"strings"

	"github.com/articlekit/article/internal/lang"
)

// HideOutlets takes the outlets named in names (any case form, with or
// without a type word, and every alias of theirs) out of the outlet
// tables until restore is called, so that the rules can be measured on
// outlets the tables have never seen: only the frame and the name's shape
// are left to find them (cmd/articleeval's TestOut23HiddenOutlets, issue
// 13). Not safe while texts are being parsed; never called by the
// library.
func HideOutlets(names []string) (restore func()) {
	keys := map[string]bool{}
	aliases := map[string]bool{}
	for _, n := range names {
		n = strings.Trim(n, " ,.:;«»“”\"")
		if n == "" {
			continue
		}
		keys[outletKey(n)] = true
		if o := outletByKey[outletKey(n)]; o != "" {
			keys[outletKey(o)] = true
		}
		if c := canonicalSource(n); c != "" {
			keys[outletKey(c)] = true
		}
		if a, ok := outletAliases[strings.ToLower(n)]; ok {
			aliases[a] = true
		}
	}
	hidden := func(o string) bool {
		return keys[outletKey(o)] || aliases[outletAliases[strings.ToLower(o)]] && outletAliases[strings.ToLower(o)] != ""
	}
	byKey := maps.Clone(outletByKey)
	for k, o := range outletByKey {
		if keys[k] || hidden(o) {
			delete(outletByKey, k)
		}
	}
	restoreLang := lang.HideOutlets(hidden)
	return func() {
		restoreLang()
		clear(outletByKey)
		maps.Copy(outletByKey, byKey)
	}
}
