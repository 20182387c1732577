package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// enrich fills the fields shared by the text and HTML paths: language,
// quotes with their speakers, cited sources and word count. It fails only
// when the caller's context is done.
func enrich(a *Article, c *config) error {
	if c.language != "" {
		a.Language = c.language
		a.setSource("language", FromCaller, 1)
	}
	if a.Language == "" {
		var sb strings.Builder
		sb.WriteString(a.Headline)
		for _, b := range a.Body {
			if sb.Len() > maxDetectBytes {
				break
			}
			sb.WriteByte('\n')
			sb.WriteString(b.Text)
		}
		var share float64
		a.Language, share = detectLanguage(sb.String())
		if a.Language != "" {
			a.setSource("language", FromDetected, min(0.95, 0.5+2*share))
		}
	}
	a.Language = normalizeLangTag(a.Language)
	var err error
	a.Quotes, a.Sources, err = extractQuotes(a.Body, primaryTag(a.Language), c.canceled)
	if err != nil {
		return err
	}
	n := 0
	for _, b := range a.Body {
		n += countWords(b.Text)
	}
	a.WordCount = n
	return nil
}

// primaryTag returns the primary language subtag of a BCP 47 tag.
func primaryTag(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}

// normalizeLangTag writes a language tag in its usual case ("en-US",
// "zh-Hant") and replaces "_" by "-"; a value that is not a tag becomes "".
func normalizeLangTag(tag string) string {
	tag = strings.ReplaceAll(strings.TrimSpace(tag), "_", "-")
	if tag == "" {
		return ""
	}
	parts := strings.Split(tag, "-")
	for i, p := range parts {
		if p == "" || len(p) > 8 || !isAlnumASCII(p) || (i == 0 && (len(p) < 2 || len(p) > 3 || !isAlphaASCII(p))) {
			return ""
		}
		switch {
		case i == 0:
			parts[i] = strings.ToLower(p)
		case len(p) == 2 && isAlphaASCII(p):
			parts[i] = strings.ToUpper(p)
		case len(p) == 4 && isAlphaASCII(p):
			parts[i] = strings.ToUpper(p[:1]) + strings.ToLower(p[1:])
		default:
			parts[i] = strings.ToLower(p)
		}
	}
	return strings.Join(parts, "-")
}

func isAlphaASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isAlnumASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9') && !isAlphaASCII(s[i:i+1]) {
			return false
		}
	}
	return true
}

// tablesFor returns the language tables to read a text in: the one for its
// language, or all of them when the language is unknown.
func tablesFor(lang string) []*langTable {
	for _, t := range languages {
		if t.tag == lang {
			return []*langTable{t}
		}
	}
	return languages
}

// minUnattributedWords is the length from which a quotation with no
// reporting verb in its paragraph still counts as a direct quote; shorter
// ones are scare quotes and titles.
const minUnattributedWords = 6

// attribution is what a sentence says about who is speaking.
type attribution struct {
	speaker *person
	cue     bool // a reporting verb or "according to" is present
}

// cancelEvery is how many sentences of one block are read between two
// looks at the caller's context.
const cancelEvery = 32

// extractQuotes finds the direct quotations in the body, who said each,
// and the outlets the article cites.
func extractQuotes(blocks []Block, lang string, canceled func() error) ([]Quote, []string, error) {
	m := newReader(tablesFor(lang))
	for _, b := range blocks {
		m.noteLowerWords(b.Text)
	}
	type found struct {
		block   int
		text    string
		speaker *person
		partial bool
	}
	var all []found
	var toks []token
	var pending *attribution // a sentence ending in ':' that introduces the next block
	var prevSpeaker *person  // the speaker of the last quotation of the previous block
	for bi, b := range blocks {
		if err := canceled(); err != nil {
			return nil, nil, err
		}
		if b.Type == Heading {
			continue
		}
		spans := quoteSpans(b.Text)
		sents := sentences(b.Text, spans)
		notQuote := map[int]bool{}
		partial := map[int]bool{}
		attrs := make([]attribution, len(sents))
		quoteIn := make([][]int, len(sents))
		for si, sn := range sents {
			if si%cancelEvery == cancelEvery-1 {
				// A block may be one paragraph of thousands of
				// sentences: look at the context inside it too.
				if err := canceled(); err != nil {
					return nil, nil, err
				}
			}
			// No token outlives its sentence: the slice is reused.
			toks = tokenize(toks, b.Text, sn, spans)
			m.findSources(toks, notQuote, lang)
			for k, t := range toks {
				if t.kind == tokQuote && !notQuote[t.q] && m.isQuotedName(toks, k) {
					// «ТаксиЛайн», the union «Объединение»: a name, not speech.
					notQuote[t.q] = true
					if isOutletLike(t.text, lang, false) || isKnownOutlet(t.text) {
						m.addSource(t.text)
					}
				}
				if t.kind == tokQuote && !notQuote[t.q] {
					quoteIn[si] = append(quoteIn[si], t.q)
					partial[t.q] = m.isPartial(toks, k)
				}
			}
			endsColon := strings.HasSuffix(strings.TrimSpace(b.Text[sn.start:sn.end]), ":")
			if len(quoteIn[si]) > 0 || endsColon {
				attrs[si] = m.attribute(toks, lang)
				if attrs[si].speaker != nil {
					m.lastSpeaker = attrs[si].speaker
					m.makeSalient(attrs[si].speaker)
				}
			}
			m.learn(toks)
		}
		startsWithQuote := len(spans) > 0 && spans[0].ostart == 0
		for si := range sents {
			if len(quoteIn[si]) == 0 {
				continue
			}
			at := attrs[si]
			if at.speaker == nil && !at.cue {
				at = neighbour(attrs, si)
			}
			if at.speaker == nil && !at.cue && pending != nil && startsWithQuote {
				at = *pending
			}
			if at.speaker == nil && !at.cue && prevSpeaker != nil && startsWithQuote {
				// A paragraph of quotation only, after a paragraph
				// quoting someone, goes on with the same speaker.
				at = attribution{speaker: prevSpeaker, cue: true}
			}
			for _, qi := range quoteIn[si] {
				text := strings.TrimRight(strings.TrimSpace(b.Text[spans[qi].start:spans[qi].end]), ",")
				words := countWords(text)
				if text == "" || (!at.cue && at.speaker == nil && words < minUnattributedWords) || (!m.capitalNouns() && isTitleCase(text)) ||
					(at.speaker == nil && words < 2) {
					// (One word with nobody to say it is a scare quote.)
					continue
				}
				all = append(all, found{bi, text, at.speaker, partial[qi]})
			}
		}
		prevSpeaker = nil
		for k := len(all) - 1; k >= 0 && all[k].block == bi; k-- {
			if all[k].speaker != nil {
				prevSpeaker = all[k].speaker
				break
			}
		}
		pending = nil
		if n := len(sents); n > 0 && strings.HasSuffix(strings.TrimSpace(b.Text[sents[n-1].start:sents[n-1].end]), ":") && attrs[n-1].cue {
			pending = &attrs[n-1]
		}
	}
	quotes := make([]Quote, 0, len(all))
	for _, f := range all {
		q := Quote{Text: f.text, Block: f.block, Partial: f.partial}
		if f.speaker != nil {
			q.Speaker = f.speaker.String()
		}
		quotes = append(quotes, q)
	}
	if len(quotes) == 0 {
		quotes = nil
	}
	return quotes, m.sources, nil
}

// isPartial reports whether the quotation toks[k] is woven into the
// writer's sentence rather than quoted on its own: it does not open with a
// capital letter and is not the sentence's first token, and it does not
// continue a quotation interrupted by its attribution ("“…,” he said,
// “and …”"). A capitalised quotation is partial only when it follows a
// word of the sentence directly, with no colon, comma or dash between.
func (m *reader) isPartial(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	if unicode.IsUpper(firstRune(strings.TrimLeft(toks[k].text, " .…"))) {
		return false
	}
	if toks[k-1].kind == tokWord {
		return true
	}
	// "По словам министра, «мост будет…»", "as he said, “we…”": a clause
	// quoted after its attribution and a comma.
	if toks[k-1].text == "," && m.attributionBefore(toks[:k-1]) {
		return false
	}
	// An interrupted quotation: another quotation a few tokens back.
	for j := k - 1; j >= 0 && j >= k-maxInterruption; j-- {
		if toks[j].kind == tokQuote {
			return false
		}
	}
	return true
}

// attributionBefore reports whether toks ends with an attribution: a
// reporting verb or an "according to" phrase among its last few words.
func (m *reader) attributionBefore(toks []token) bool {
	phrases := m.accordingTo
	for j := len(toks) - 1; j >= 0 && j >= len(toks)-maxNPWords/2; j-- {
		if toks[j].kind != tokWord {
			return false
		}
		if m.isSpeechVerb(toks[j].lower) {
			return true
		}
		for _, ph := range phrases {
			if _, ok := matchPhrase(toks, j, ph); ok {
				return true
			}
		}
	}
	return false
}

// maxInterruption is how many tokens an attribution may take between the
// two halves of an interrupted quotation ("“…,” the senator told reporters,
// “…”").
const maxInterruption = 8

// neighbour returns the attribution of the nearest sentence of the same
// block that has one, preferring the earlier.
func neighbour(attrs []attribution, si int) attribution {
	for d := 1; d < len(attrs); d++ {
		if k := si - d; k >= 0 && (attrs[k].speaker != nil) {
			return attrs[k]
		}
		if k := si + d; k < len(attrs) && (attrs[k].speaker != nil) {
			return attrs[k]
		}
	}
	return attribution{}
}

// npAfter returns the noun phrase that follows a reporting verb at toks[i]:
// up to the first punctuation mark, skipping articles and possessives.
func npAfter(toks []token, i int) []token {
	j := i + 1
	for j < len(toks) && j < i+8 && toks[j].kind != tokPunct {
		j++
	}
	return toks[i+1 : j]
}

// maxNPWords bounds the noun phrase read before a reporting verb ("Jenna
// Brooks of the advocacy group Safe Plates told").
const maxNPWords = 10

// npBefore returns the words between the previous punctuation mark or
// quotation and the reporting verb at toks[i].
func npBefore(toks []token, i int) []token {
	j := i
	for j > 0 && toks[j-1].kind == tokWord && i-j < maxNPWords {
		j--
	}
	return toks[j:i]
}

// attribute finds who a sentence says is speaking: after "according to" /
// "по словам", or next to a reporting verb (before it: "Putin said", "he
// added"; after it: "сказал Путин", "said the minister").
func (m *reader) attribute(toks []token, lang string) attribution {
	var at attribution
	phrases := m.accordingTo
	for i := range toks {
		for _, ph := range phrases {
			if n, ok := matchPhrase(toks, i, ph); ok {
				at.cue = true
				np := npAfter(toks, i+n-1)
				if ph[0] == "по" {
					np = nominativeNames(np) // «по словам Анны Петровой»
				}
				p, src := m.resolve(np, lang)
				if src != "" {
					m.addSource(src)
				}
				if p != nil {
					at.speaker = p
					return at
				}
			}
		}
	}
	for i, t := range toks {
		if t.kind != tokWord || !m.isSpeechVerb(t.lower) {
			continue
		}
		at.cue = true
		if p := m.apposition(toks, i); p != nil {
			at.speaker = p
			verbGender(p, t.lower)
			return at
		}
		if before := npBefore(toks, i); len(before) > 0 {
			if p, _ := m.resolve(before, lang); p != nil {
				at.speaker = p
				verbGender(p, t.lower)
				return at
			}
		}
		p, src := m.resolve(npAfter(toks, i), lang)
		if src != "" {
			m.addSource(src)
		}
		if p != nil {
			at.speaker = p
			verbGender(p, t.lower)
			return at
		}
	}
	if !at.cue {
		// "Rosa Whitaker put it simply: “…”", or a sentence ending in a
		// colon that introduces the next paragraph.
		for k, t := range toks {
			if t.kind == tokPunct && t.text == ":" && (k == len(toks)-1 || toks[k+1].kind == tokQuote) {
				if p := m.subjectOf(toks); p != nil {
					return attribution{speaker: p, cue: true}
				}
				break
			}
		}
	}
	if at.cue {
		// "Paul Benedetti of the coalition called the plan “…” and urged …":
		// the reporting verb is far from its subject.
		at.speaker = m.subjectOf(toks)
	}
	return at
}

// apposition returns the person named before an apposition that ends at
// the reporting verb toks[i]: "Rick Wilson, a Republican strategist,
// said"; «Иван Петров, глава союза, заявил».
func (m *reader) apposition(toks []token, i int) *person {
	j := i
	if j > 0 && toks[j-1].kind == tokPunct && toks[j-1].text == "," {
		j--
	}
	k := j
	for k > 0 && toks[k-1].kind == tokWord && j-k < 8 {
		k--
	}
	if k == j || k < 2 || toks[k-1].kind != tokPunct || toks[k-1].text != "," || j == i {
		return nil
	}
	if toks[k-2].kind == tokWord && !isNameWord(toks[k-2].text) {
		// "Its chief executive, Marieke Jansen, told": the name stands
		// between the commas, after the description.
		for b := k; b < j; b++ {
			if isNameWord(toks[b].text) {
				name, _ := m.stripTitles(capRun(toks, b))
				if len(name) >= 2 || (len(name) == 1 && m.known(name)) {
					return m.lookup(name, true)
				}
				break
			}
		}
	}
	if isNameWord(toks[k].text) && !m.isArticle(toks[k].lower) {
		return nil // "Smith, Jones said": a list, not an apposition
	}
	e := k - 1
	b := e
	for b > 0 && toks[b-1].kind == tokWord && isNameWord(toks[b-1].text) && e-b < 4 {
		b--
	}
	if b == e {
		return nil
	}
	name, _ := m.stripTitles(capRun(toks, b))
	if len(name) == 0 || !(len(name) >= 2 || m.known(name)) {
		return nil
	}
	return m.lookup(name, true)
}

// isArticle reports whether w is an article that may open an apposition.
func (m *reader) isArticle(w string) bool {
	return w == "a" || w == "an" || w == "the"
}

// subjectOf returns the person named at the start of a sentence, before
// any quotation, when the name has two words or is someone already named.
func (m *reader) subjectOf(toks []token) *person {
	for i := 0; i < len(toks) && i <= maxSubjectOffset; i++ {
		t := toks[i]
		if t.kind == tokQuote {
			return nil
		}
		if t.kind != tokWord || !isNameWord(t.text) {
			continue
		}
		run := capRun(toks, i)
		if len(run) == 0 {
			return nil
		}
		name, _ := m.stripTitles(run)
		if len(name) >= 2 || m.known(name) {
			return m.lookup(name, true)
		}
		return nil
	}
	return nil
}

// findSources records the outlets a sentence cites: a name (in quotation
// marks or not) after a verb of reporting such as «передает», "according
// to", "told". A quotation that is such a name is not a quote.
func (m *reader) findSources(toks []token, notQuote map[int]bool, lang string) {
	verbs := m.sourceVerbs
	for i := range toks {
		for _, v := range verbs {
			n, ok := matchPhrase(toks, i, v)
			if !ok {
				continue
			}
			j := i + n
			for j < len(toks) && toks[j].kind == tokWord && (toks[j].lower == "the" || toks[j].lower == "агентство" || toks[j].lower == "агентства") {
				j++
			}
			if j >= len(toks) {
				continue
			}
			// "told Norwegian broadcaster NRK": skip a description ending
			// in an outlet noun.
			for k := j; k < len(toks) && k < j+3 && toks[k].kind == tokWord && !isCap(toks[k].text); k++ {
				if m.isOutletNoun(toks[k].lower) {
					j = k + 1
					break
				}
			}
			if j >= len(toks) {
				continue
			}
			t := toks[j]
			switch {
			case t.kind == tokQuote && isOutletLike(t.text, lang, true):
				notQuote[t.q] = true
				m.addSource(t.text)
			case t.kind == tokWord && (isCap(t.text) || isAllCaps(t.text)):
				if name := outletRun(toks, j); isOutletLike(name, lang, false) {
					m.addSource(name)
				}
			}
		}
		// An outlet noun followed by a name ("broadcaster NOS", «газеты
		// «Ведомости»») names an outlet wherever it stands.
		if t := toks[i]; t.kind == tokWord && m.isOutletNoun(t.lower) && i+1 < len(toks) {
			switch n := toks[i+1]; {
			case n.kind == tokQuote && isCap(n.text) && countWords(n.text) <= maxQuotedNameWords:
				notQuote[n.q] = true
				m.addSource(n.text)
			case n.kind == tokWord && (isCap(n.text) || isAllCaps(n.text)):
				m.addSource(outletRun(toks, i+1))
			}
		}
	}
}

// outletRun returns the name starting at toks[i]: capitalised words and
// abbreviations in capitals ("NBC News", "BBC").
func outletRun(toks []token, i int) string {
	j := i
	for j < len(toks) && toks[j].kind == tokWord && (isCap(toks[j].text) || isAllCaps(toks[j].text)) && j-i < 5 {
		j++
	}
	words := make([]string, 0, j-i)
	for _, t := range toks[i:j] {
		words = append(words, t.text)
	}
	return strings.Join(words, " ")
}

// isOutletNoun reports whether w is a noun that introduces an outlet's name
// ("broadcaster", «газеты»).
func (m *reader) isOutletNoun(w string) bool {
	for _, t := range m.tables {
		for _, n := range t.outletNouns {
			if strings.HasPrefix(w, n) && utf8.RuneCountInString(w)-utf8.RuneCountInString(n) <= 2 {
				return true
			}
		}
	}
	return false
}

// maxQuotedNameWords is the length up to which a capitalised quotation
// that follows a noun is taken for a name (a company, a union, an outlet, a
// title) rather than speech.
const maxQuotedNameWords = 3

// isQuotedName reports whether the quotation toks[k] is a proper name in
// quotation marks, as Russian writes the names of companies and outlets:
// short, capitalised, with no sentence punctuation inside, and following a
// word that is not a reporting verb (сервиса «ТаксиЛайн», в интервью
// «Интерфаксу»).
func (m *reader) isQuotedName(toks []token, k int) bool {
	text := toks[k].text
	if k == 0 || toks[k-1].kind != tokWord || m.isSpeechVerb(toks[k-1].lower) {
		return false
	}
	if countWords(text) > maxQuotedNameWords || strings.ContainsAny(text, ".,!?:;—–…") {
		return false
	}
	return unicode.IsUpper(firstRune(text))
}

// verbGender sets the gender of a speaker from a Russian past-tense verb
// agreeing with it («сказала», «заявил»), when it is not yet known.
func verbGender(p *person, verb string) {
	if p.gender != 0 || !strings.HasSuffix(verb, "л") && !strings.HasSuffix(verb, "ла") {
		return
	}
	if strings.HasSuffix(verb, "ла") {
		p.gender = 'f'
	} else {
		p.gender = 'm'
	}
}

// maxTitleWords is the length up to which a quotation in title case is
// taken for the title of a show, book or slogan rather than speech.
const maxTitleWords = 8

// isTitleCase reports whether text, of two to maxTitleWords words, has
// every word of four letters or more capitalised, function words apart ("Meet the Press", "The
// Nightly Show with Larry Wilmore", "Make America Great Again").
func isTitleCase(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > maxTitleWords {
		return false
	}
	long := 0
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if utf8.RuneCountInString(w) < 4 || nonNameSet[w] {
			continue // "of", "the", "with"
		}
		long++
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return long >= 2
}
