package attrib

import (
	"strings"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// The outlets English, German and French news cites. The press of these
// languages names a source in three places, each read from the language
// tables:
//
//   - after a preposition or a verb of reporting (Table.SourceVerbs),
//     with the language's article or an elided one before the name:
//     "according to the Associated Press", "reported by the BBC", "laut
//     dpa", "berichtete die „Süddeutsche Zeitung“", "selon l'AFP", "a
//     rapporté Le Figaro";
//   - before a verb of reporting whose subject it is, or a postposition
//     (Table.OutletSubjectVerbs): "The Associated Press said", "…, Reuters
//     reported", "Wie der Spiegel berichtet", "dpa zufolge";
//   - after an outlet noun, in any case ("die Nachrichtenagentur dpa",
//     "le quotidien Le Monde").
//
// A name the tables know is an outlet there; one they do not know only
// when its last word marks an outlet ("The New York Times", "Sky News":
// not "the Times Square") and its first is no first name ("Jane Post"),
// or when an outlet noun stands before it. A one-word outlet that is the
// surname of someone the text has named with a first name ("Michael
// Bloomberg" … "Bloomberg said") is that person. The article's own
// publisher is dropped later (WithoutPublisher).

// latinSources records the outlets a sentence of a language that does not
// write as Russian cites (see above).
func (m *reader) latinSources(toks []token, notQuote map[int]bool) {
	for i := range toks {
		if toks[i].kind != tokWord {
			continue
		}
		// (phraseFirst: no phrase of either index starts with most
		// words.)
		if m.sourceVerbsBy != nil && m.phraseFirst.may(toks[i].lower) {
			for _, c := range m.sourceVerbsBy[toks[i].lower] {
				if n, ok := matchPhrase(toks, i, m.sourceVerbs[c]); ok {
					m.latinOutletAfter(toks, i+n, notQuote)
				}
			}
		}
		if m.phraseFirst.may(toks[i].lower) {
			for _, c := range m.outletSubjectBy[toks[i].lower] {
				if _, ok := matchPhrase(toks, i, m.outletSubjectVerbs[c]); ok {
					m.latinOutletBefore(toks, i)
				}
			}
		}
		if m.isOutletNoun(toks[i].lower) && i+1 < len(toks) && (toks[i+1].kind == tokQuote || outletLead(toks[i+1])) {
			// "die Nachrichtenagentur dpa", "le quotidien Le Monde".
			m.latinOutletAfter(toks, i+1, notQuote)
		}
	}
}

// outletArticles are the articles (and the prepositions fused with one)
// that stand before an outlet's name in English, German and French.
var outletArticles = map[string]bool{
	"the": true, "der": true, "die": true, "das": true, "den": true, "dem": true, "des": true,
	"le": true, "la": true, "les": true, "du": true, "au": true,
}

// elidedArticles are the French articles written fused to the next word
// with an apostrophe ("l'AFP", "d'Europe 1").
var elidedArticles = []string{"l'", "l’", "d'", "d’", "L'", "L’", "D'", "D’"}

// cutElision returns w less an elided article before a capital ("l'AFP"
// → "AFP"), and whether it had one.
func cutElision(w string) (string, bool) {
	for _, a := range elidedArticles {
		if rest, ok := strings.CutPrefix(w, a); ok && rest != "" && (textutil.IsCap(rest) || textutil.IsAllCaps(rest)) {
			return rest, true
		}
		if rest, ok := strings.CutPrefix(w, a); ok && lowerOutlet(rest) {
			return w[len(a):], true
		}
	}
	return w, false
}

// outletLead reports whether t may open an outlet's name: a capitalised
// word, an abbreviation, a known outlet written in lower case ("dpa",
// "taz"), or a word with an elided article before such a name.
func outletLead(t token) bool {
	if t.kind != tokWord {
		return false
	}
	if _, ok := cutElision(t.text); ok {
		return true
	}
	return textutil.IsCap(t.text) || textutil.IsAllCaps(t.text) || lowerOutlet(t.text)
}

// lowerOutlet reports whether w is an outlet the tables spell in lower
// case ("dpa", "taz"), as written: "time" is no form of Time.
func lowerOutlet(w string) bool {
	return lang.OutletSet[w] && lang.CanonicalOutlet(w) == w
}

// latinOutletAfter reads the outlet named at toks[j], after a verb of
// reporting, a preposition or an outlet noun, and records it.
func (m *reader) latinOutletAfter(toks []token, j int, notQuote map[int]bool) {
	art := ""
	for j < len(toks) && toks[j].kind == tokWord && outletArticles[toks[j].lower] {
		art = toks[j].lower
		j++
	}
	noun := false
	// "the news agency Reuters", "die Nachrichtenagentur dpa": a
	// description ending in an outlet noun (capitalised in German).
	for k := j; k < len(toks) && k < j+3 && toks[k].kind == tokWord; k++ {
		if m.isOutletNoun(toks[k].lower) {
			j, noun = k+1, true
			break
		}
		if textutil.IsCap(toks[k].text) && !m.capitalNouns() {
			break
		}
	}
	if j >= len(toks) {
		return
	}
	t := toks[j]
	if t.kind == tokQuote {
		// A name in quotation marks after an article or an outlet noun
		// ("die „Rheinpfalz“") is a title, not words reported.
		short := textutil.CountWords(t.text) <= maxQuotedNameWords && textutil.IsCap(t.text) && !strings.ContainsAny(t.text, ".,!?:;…")
		if knownOutlet(t.text) || short && (art != "" || noun) && hasOutletWord(t.text) || short && noun {
			notQuote[t.q] = true
			m.addSource(m.withArticle(t.text, art))
		}
		return
	}
	if !outletLead(t) {
		return
	}
	name := t.text
	if rest, ok := cutElision(t.text); ok {
		r, _ := outletRun(toks, j+1)
		name = strings.TrimSpace(rest + " " + r)
		art = "l'"
	} else if textutil.IsCap(t.text) || textutil.IsAllCaps(t.text) {
		name, _ = outletRun(toks, j)
	}
	if art == "the" && isOutletWordName(name) {
		// ("the Times": The Times, no form of Time.)
		m.addSource("The " + name)
	} else if noun && m.latinOutletName(name, noun) {
		m.addSource(m.withArticle(name, art))
	} else if o := m.latinOutletIn(name); o != "" {
		m.addSource(m.withArticle(o, art))
	}
}

// latinOutletBefore reads the outlet that stands right before the verb of
// reporting or postposition toks[i] as its subject or object, and records
// it: the longest run of capitalised words ending there that is a known
// outlet, less the words that open a sentence ("The", "Yesterday"), or one
// whose last word marks an outlet and first is no first name ("The New
// York Times reported", "Sky News said"; not "Jane Post said"). A name in
// quotation marks only when known.
func (m *reader) latinOutletBefore(toks []token, i int) {
	k := i - 1
	if k < 0 {
		return
	}
	if toks[k].kind == tokQuote {
		if knownOutlet(toks[k].text) {
			m.addSource(m.withArticle(toks[k].text, articleBefore(toks, k)))
		}
		return
	}
	if toks[k].kind != tokWord {
		return
	}
	if rest, ok := cutElision(toks[k].text); ok {
		if knownOutlet(rest) {
			m.addSource(rest)
		}
		return
	}
	if lowerOutlet(toks[k].text) {
		// "dpa zufolge"
		m.addSource(toks[k].text)
		return
	}
	start := k + 1
	for start > 0 && k+1-start < 5 && toks[start-1].kind == tokWord && (textutil.IsCap(toks[start-1].text) || textutil.IsAllCaps(toks[start-1].text)) {
		start--
	}
	if start > k {
		return
	}
	for s := start; s <= k; s++ {
		name := joinTexts(toks[s : k+1])
		art := articleBefore(toks, s)
		if art == "the" && isOutletWordName(name) && !knownOutlet(name) {
			m.addSource("The " + name)
			return
		}
		if knownOutlet(name) && !m.personNamed(name) || m.latinOutletName(name, false) {
			m.addSource(m.withArticle(name, art))
			return
		}
		if !lang.NonNameSet[toks[s].lower] {
			return
		}
	}
}

// articleBefore returns the article right before toks[k], lower-cased,
// or "".
func articleBefore(toks []token, k int) string {
	if k > 0 && toks[k-1].kind == tokWord && outletArticles[toks[k-1].lower] {
		return toks[k-1].lower
	}
	return ""
}

// latinOutletName reports whether name, read where an outlet is cited,
// is one: a known outlet (not someone's surname, personNamed), or a name
// whose last word marks an outlet and whose first is no first name; after
// an outlet noun (noun), any name but a person's.
func (m *reader) latinOutletName(name string, noun bool) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	if knownOutlet(name) {
		return !m.personNamed(name)
	}
	if IsFirstName(words[0]) || nonOutletLeads[strings.ToLower(words[0])] || m.personNamed(name) {
		return false
	}
	if noun {
		return len(words) <= 4
	}
	// "Daily Beast", "Daily Caller": an English paper's name may open
	// with "Daily"; the other outlet words end the name ("Times Square",
	// "Post Office", "Press Secretary" name no outlet).
	last := strings.ToLower(words[len(words)-1])
	if last == "agency" || last == "service" {
		// "the European Space Agency says": a news agency or service
		// only ("Xinhua News Agency", "Religion News Service").
		return len(words) >= 3 && lang.OutletWordSet[strings.ToLower(words[len(words)-2])]
	}
	return len(words) >= 2 && (lang.OutletWordSet[last] || words[0] == "Daily")
}

// nonOutletLeads are words that open a sentence or a clause before a name
// and are no part of it ("The New York Times reported" reports "New York
// Times", the tables' spelling of a known outlet aside).
var nonOutletLeads = map[string]bool{
	"the": true, "a": true, "an": true, "yesterday": true, "today": true, "but": true, "and": true, "meanwhile": true,
	"also": true, "on": true, "in": true, "at": true, "as": true, "when": true, "while": true, "after": true,
	"before": true, "if": true, "so": true, "then": true, "now": true, "earlier": true, "later": true,
}

// personNamed reports whether name is the last name of someone the text
// has named with more than one word ("Michael Bloomberg", then
// "Bloomberg said").
func (m *reader) personNamed(name string) bool {
	if strings.ContainsRune(name, ' ') {
		return false
	}
	cands, last := m.candidates(name)
	for _, p := range cands {
		if len(p.name) >= 2 && nameStemEq(p.key, last) && !knownOutlet(strings.Join(p.name, " ")) {
			return true
		}
	}
	return false
}

// withArticle returns the outlet name as the tables spell it with the
// article written before it, when they do ("der Spiegel" → "Der
// Spiegel", "le Monde" → "Le Monde"); else name.
func (m *reader) withArticle(name, art string) string {
	if art == "" || art == "l'" {
		return name
	}
	if c := canonicalSource(name); c != "" {
		name = c
	}
	for _, a := range []string{"Der ", "Die ", "Das ", "Le ", "La ", "Les ", "The "} {
		if o := outletByKey[outletKey(a+name)]; o != "" {
			return o
		}
	}
	return name
}

// latinSource returns the outlet src names, src being a name a verb of
// speech or "according to" introduces: in Russian-style text src (its
// rules are its own), else latinOutletIn.
func (m *reader) latinSource(src string) string {
	if src == "" {
		return src
	}
	if m.russian() {
		// «подтвердил The Bell», read as «Bell»: Russian text keeps the
		// article of a Latin title, so a Latin name the tables know
		// only with «The» is that title (out21).
		if isLatin(src) && !knownOutlet(src) && knownOutlet("The "+src) {
			return "The " + src
		}
		return src
	}
	return m.latinOutletIn(src)
}

// latinOutletIn returns the outlet a run of capitalised words read after
// a verb of reporting names, or "": the run itself when latinOutletName
// takes it; less a day after it ("Fox News on Sunday", "the New York
// Times Tuesday"); the outlet a journalist named before it works for
// ("Megyn Kelly of Fox News"); or the longest outlet name that opens it,
// starting with a known outlet ("NBC News Senior Investigative
// Correspondent"). A place ("the Times Square crowd") or a person ("Ralph
// Nader") gives "".
func (m *reader) latinOutletIn(name string) string {
	name = strings.Trim(name, " ,.:;«»“”\"")
	words := strings.Fields(name)
	for k := 2; k+1 < len(words); k++ {
		if words[k] == "of" && !m.latinOutletName(strings.Join(words[:k], " "), false) {
			if o := m.latinOutletIn(strings.Join(words[k+1:], " ")); o != "" {
				return o
			}
		}
	}
	for k := 1; k+1 < len(words); k++ {
		if titleFunctionWords[words[k]] && lang.NonNameSet[strings.ToLower(words[k+1])] {
			words = words[:k]
			break
		}
	}
	for len(words) > 1 && lang.NonNameSet[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	if name = strings.Join(words, " "); m.latinOutletName(name, false) {
		return name
	}
	if knownOutletPrefix(name) == "" {
		return ""
	}
	for k := len(words) - 1; k >= 1; k-- {
		if n := strings.Join(words[:k], " "); m.latinOutletName(n, false) {
			return n
		}
	}
	return ""
}

// isOutletWordName reports whether name is one word that marks an outlet
// ("Post", "Times", "Journal"): after "the" it is a paper named short
// ("told the Post", "the Times reported").
func isOutletWordName(name string) bool {
	return !strings.ContainsRune(name, ' ') && textutil.IsCap(name) && lang.OutletWordSet[strings.ToLower(name)]
}
