package attrib

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// A wire story in Russian or Ukrainian opens with its dateline: the
// place, the date and the agency that wrote it («МОСКВА, 21 авг — РИА
// Новости. …», «Москва. 17 мая. INTERFAX.RU - …», «КИЕВ, 3 июня /ТАСС/.»).
// The agency's own staff named in the story, its correspondent or its
// informant («передает корреспондент РИА Новости», «источник "Интерфакса"
// сообщил»), are the agency reporting itself, not an outlet the story
// cites. Someone who speaks to the agency («сказал РИА Новости депутат»)
// still makes it the origin of the words, as annotators of Russian news
// count it: the agency is left out only when every mention of it after
// the dateline is one of its staff (out20CountWire, out20DropOwnWire).

// reRuDatelineHead matches the place and the date of a dateline at the
// start of a paragraph: a capitalised place of up to four words, a comma
// or a full stop, a day's number and a month's name or abbreviation, an
// optional year.
var reRuDatelineHead = regexp.MustCompile(`^\p{Lu}[\p{L}\-]*(?:[ \-]\p{L}[\p{L}\-]*){0,3}[,.]\s*\d{1,2}\s+\p{Ll}{3,9}\.?(?:\s+\d{4}(?:\s*г(?:ода)?\.?)?)?[.,]?\s*`)

// maxWireAgencyBytes bounds the agency's name in a dateline.
const maxWireAgencyBytes = 40

// out20WireAgency returns the agency named in the wire dateline that
// opens the first non-empty block, as written, or "". The agency stands
// after a dash or between slashes («— РИА Новости.», «/ТАСС/»), or after
// the date's full stop and before a dash («17 мая. INTERFAX.RU - …»); it
// must be a known outlet, a site address or one word in capitals.
func out20WireAgency(blocks []model.Block) string {
	text := ""
	for _, b := range blocks {
		if t := strings.TrimSpace(b.Text); t != "" {
			text = t
			break
		}
	}
	loc := reRuDatelineHead.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	rest := text[loc[1]:]
	slash := strings.HasPrefix(rest, "/")
	if slash {
		rest = rest[1:]
	} else {
		rest = strings.TrimLeft(strings.TrimLeft(rest, "—–-"), " ")
	}
	end := -1
	if slash {
		end = strings.IndexByte(rest, '/')
	} else {
		// The name ends at a full stop before a space, or at a dash
		// after a space.
		for i, r := range rest {
			if r == '.' && (i+1 == len(rest) || rest[i+1] == ' ') || (r == '—' || r == '–' || r == '-') && i > 0 && rest[i-1] == ' ' {
				end = i
				break
			}
		}
	}
	if end <= 0 || end > maxWireAgencyBytes {
		return ""
	}
	name := strings.TrimSpace(rest[:end])
	if name == "" || !unicode.IsUpper(textutil.FirstRune(name)) {
		return ""
	}
	if knownOutlet(name) || isSiteAddress(name) || !strings.ContainsRune(name, ' ') && textutil.IsAllCaps(name) {
		return name
	}
	return ""
}

// out20OutletKeys returns the keys under which a cited outlet and a wire
// agency are the same outlet: the canonical name, lower-cased, and the
// first name of its alias group; for a site address (INTERFAX.RU), the
// same of the name before its domain too.
func out20OutletKeys(s string) []string {
	var keys []string
	add := func(n string) {
		c := canonicalSource(n)
		if c == "" {
			c = strings.Trim(n, " ,.:;«»“”\"")
		}
		k := strings.ToLower(c)
		keys = append(keys, k)
		if g := outletAliases[k]; g != "" {
			keys = append(keys, g)
		}
	}
	add(s)
	if isSiteAddress(s) {
		add(s[:strings.LastIndexByte(s, '.')])
	}
	return keys
}

// out20SameOutlet reports whether the names a and b are one outlet
// (out20OutletKeys).
func out20SameOutlet(a, b string) bool {
	for _, ka := range out20OutletKeys(a) {
		for _, kb := range out20OutletKeys(b) {
			if ka == kb {
				return true
			}
		}
	}
	return false
}

// ruStaffNouns are the nouns, in any case, for an outlet's own
// correspondent or informant, which Russian follows by the outlet in the
// genitive («корреспондент РИА Новости», «источник "Интерфакса"»).
var ruStaffNouns = []string{"корреспондент", "журналист", "репортер", "репортёр", "обозревател", "источник", "собеседник"}

// out20CountWire counts, in a sentence of a text whose dateline names an
// agency (m.ownWire), the mentions of that agency after a word (the
// dateline's own, after a dash or a slash, is not one) and, among them,
// those after a noun of its staff.
func (m *reader) out20CountWire(toks []token) {
	for k := 1; k < len(toks); k++ {
		if toks[k-1].kind != tokWord {
			continue
		}
		t := toks[k]
		if t.kind != tokQuote && (t.kind != tokWord || !unicode.IsUpper(textutil.FirstRune(t.text))) {
			continue
		}
		name, _, ok := m.outletAt(toks, k)
		if !ok || !out20SameOutlet(name, m.ownWire) {
			continue
		}
		m.wireMentions++
		if hasPrefixAny(toks[k-1].lower, ruStaffNouns) {
			m.wireStaff++
		}
	}
}

// out20DropOwnWire leaves out of sources, in place, the text's wire agency
// when every mention of it is one of its staff.
func (m *reader) out20DropOwnWire(sources []string) []string {
	if m.ownWire == "" || m.wireMentions == 0 || m.wireStaff < m.wireMentions || len(sources) == 0 {
		return sources
	}
	out := sources[:0]
	for _, s := range sources {
		if !out20SameOutlet(s, m.ownWire) {
			out = append(out, s)
		}
	}
	return out
}
