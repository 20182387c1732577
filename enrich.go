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
	quoting bool // the sentence holds a quotation
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
	var waiting []int        // quotations, in all, met before anyone was named
	var guessed []int        // quotations of the previous block that it did not attribute
	for bi, b := range blocks {
		if err := canceled(); err != nil {
			return nil, nil, err
		}
		if b.Type == Heading {
			continue
		}
		spans := quoteSpans(b.Text, lang == "ru")
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
					if (isOutletLike(t.text, lang, false) || knownOutlet(t.text)) && m.citesQuoted(toks, k) {
						m.addSource(t.text)
					}
				}
				if t.kind == tokQuote && !notQuote[t.q] {
					quoteIn[si] = append(quoteIn[si], t.q)
					partial[t.q] = m.isPartial(toks, k)
				}
			}
			endsColon := strings.HasSuffix(strings.TrimSpace(b.Text[sn.start:sn.end]), ":")
			// A sentence with no quotation may still say who spoke the
			// quotation next to it («…». Об этом заявил министр …).
			// (Not in German, where every noun is capitalised and
			// reading more sentences meets more nouns taken for names.)
			if len(quoteIn[si]) > 0 || endsColon || !m.capitalNouns() && m.hasSpeechCue(toks) {
				attrs[si] = m.attribute(toks, lang)
				attrs[si].quoting = len(quoteIn[si]) > 0
				if attrs[si].speaker == nil && attrs[si].quoting && m.russian() {
					// «Президент России Владимир Путин обвинил Киев в
					// нежелании «вести диалог»»: words quoted in a
					// sentence whose subject is a named person are that
					// person's.
					attrs[si].speaker = m.subjectOf(toks)
				}
				if attrs[si].speaker != nil {
					m.lastSpeaker = attrs[si].speaker
					m.makeSalient(attrs[si].speaker)
				}
			}
			m.learn(toks)
		}
		if len(guessed) > 0 && len(sents) > 0 && len(quoteIn[0]) == 0 && attrs[0].speaker != nil && m.russian() && opensAnaphoric(b.Text[sents[0].start:sents[0].end]) {
			// «…» as a paragraph, then «Так прокомментировал решение
			// министр …»: the next paragraph, pointing back at what was
			// said, names who said it.
			for _, k := range guessed {
				all[k].speaker = attrs[0].speaker
			}
		}
		guessed = guessed[:0]
		startsWithQuote := len(spans) > 0 && spans[0].ostart == 0
		for si := range sents {
			if len(quoteIn[si]) == 0 {
				continue
			}
			at := attrs[si]
			own := at.speaker != nil || at.cue
			if at.speaker == nil {
				if nb := m.neighbour(b.Text, sents, attrs, si, lang == "ru"); nb.speaker != nil || !at.cue {
					at = nb
				}
			}
			inBlock := at.speaker != nil
			if at.speaker == nil && !at.cue && pending != nil && startsWithQuote {
				at = *pending
			}
			if at.speaker == nil && !at.cue && prevSpeaker != nil && startsWithQuote {
				// A paragraph of quotation only, after a paragraph
				// quoting someone, goes on with the same speaker.
				at = attribution{speaker: prevSpeaker, cue: true}
			}
			if at.speaker == nil && startsWithQuote && m.russian() && len(m.salient) > 0 {
				// Russian news sets a paragraph of quotation with no
				// attribution after the paragraph that named its
				// speaker, as the subject of a sentence or the speaker
				// of an earlier quotation: the most recent of them.
				at = attribution{speaker: m.salient[len(m.salient)-1], cue: at.cue}
			}
			if at.speaker == nil && m.russian() && len(m.salient) > 0 && (at.cue || startsWithQuote) {
				// Russian news names who said every quotation; one with a
				// verb of speech but no speaker of its own, or a
				// paragraph of speech, is the words of the person the
				// text is about: the most recent subject or speaker.
				at.speaker = m.salient[len(m.salient)-1]
			}
			for _, qi := range quoteIn[si] {
				text := strings.TrimRight(strings.TrimSpace(b.Text[spans[qi].start:spans[qi].end]), ",")
				words := countWords(text)
				if text == "" || (!at.cue && at.speaker == nil && words < minUnattributedWords) || (!m.capitalNouns() && isTitleCase(text)) ||
					(at.speaker == nil && words < 2) ||
					(!own && words < minUnattributedWords && lang == "ru" && unicode.IsUpper(firstRune(text))) {
					// (A short capitalised quotation with no attribution
					// of its own is a name, as Russian quotes names:
					// «Газпром», «Южный поток».)
					// (One word with nobody to say it is a scare quote.)
					continue
				}
				sp := at.speaker
				if sp == nil && m.russian() && !partial[qi] && words >= minUnattributedWords && len(m.salient) > 0 {
					// A whole sentence of speech that no sentence of its
					// paragraph attributes: Russian news names who says
					// every quotation, and one it leaves unattributed
					// is the words of the person the text is about, the
					// most recent subject or speaker.
					sp = m.salient[len(m.salient)-1]
				}
				if sp == nil && m.russian() && len(m.salient) == 0 && (at.cue || !partial[qi] && words >= minUnattributedWords) {
					waiting = append(waiting, len(all))
				}
				if !inBlock {
					guessed = append(guessed, len(all))
				}
				all = append(all, found{bi, text, sp, partial[qi]})
			}
		}
		if len(spans) == 0 && signsQuote(b.Text) {
			// «— Татьяна Скригонюк, заместитель начальника пресс-службы»:
			// a paragraph of a dash and a name signs the quotation of
			// the paragraph before it.
			if p := m.subjectOf(toks0(b.Text, sents, spans, &toks)); p != nil {
				for k := len(all) - 1; k >= 0 && all[k].block == bi-1; k-- {
					if all[k].speaker == nil {
						all[k].speaker = p
					}
				}
			}
		}
		if len(waiting) > 0 && len(m.salient) > 0 && all[waiting[0]].block < bi {
			// «Спикер Госдумы выразил надежду …», then «Сергей Нарышкин
			// открыл …»: a lead that speaks of someone by role before
			// anyone is named is about the first person the next
			// paragraph names.
			for _, k := range waiting {
				if all[k].speaker == nil {
					all[k].speaker = m.firstSalient
				}
			}
			waiting = nil
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

// signsQuote reports whether a paragraph opens with a dash and a
// capitalised word: the signature under a quotation.
func signsQuote(s string) bool {
	for _, d := range []string{"— ", "– "} {
		if rest, ok := strings.CutPrefix(s, d); ok {
			return unicode.IsUpper(firstRune(rest)) && len(rest) < maxSignatureBytes
		}
	}
	return false
}

// maxSignatureBytes bounds a signature paragraph: a name and a role.
const maxSignatureBytes = 300

// toks0 tokenizes the first sentence of a block into *buf.
func toks0(s string, sents []sentence, spans []qspan, buf *[]token) []token {
	if len(sents) == 0 {
		return nil
	}
	*buf = tokenize(*buf, s, sents[0], spans)
	return *buf
}

// hasSpeechCue reports whether a sentence holds a verb of speech.
func (m *reader) hasSpeechCue(toks []token) bool {
	for i, t := range toks {
		if t.kind == tokWord && m.isSpeechVerb(t.lower) {
			return true
		}
		if t.kind == tokWord && m.russian() && (t.lower == "по" || t.lower == "как" || t.lower == "согласно") {
			// «По словам директора …»: an according-to phrase.
			for _, ph := range m.accordingTo {
				if _, ok := matchPhrase(toks, i, ph); ok {
					return true
				}
			}
		}
	}
	return false
}

// anaphoricOpeners open a Russian sentence that attributes what the
// sentence before said («Об этом заявил …», «Так прокомментировал …»,
// «Такое мнение высказал …»): the attribution of a quotation just before.
var anaphoricOpeners = []string{"об этом", "о том", "так ", "такое ", "такую ", "такой ", "это ", "этим ", "с таким", "с этим", "как ", "такими "}

// opensAnaphoric reports whether a Russian sentence opens by pointing
// back at what was said before it (anaphoricOpeners).
func opensAnaphoric(s string) bool {
	lower := strings.ToLower(s[:min(len(s), 16)])
	for _, o := range anaphoricOpeners {
		if strings.HasPrefix(lower, o) {
			return true
		}
	}
	return false
}

// neighbour returns the attribution of the nearest sentence of the same
// block that names a speaker, preferring the earlier, unless the next
// one opens by pointing back at what was said («Об этом заявил …»).
//
// Outside Russian only sentences that quote too are looked at.
func (m *reader) neighbour(s string, sents []sentence, attrs []attribution, si int, ru bool) attribution {
	if !ru {
		return neighbour(attrs, si, true)
	}
	if k := si + 1; k < len(attrs) && attrs[k].speaker != nil && opensAnaphoric(s[sents[k].start:sents[k].end]) {
		return attrs[k]
	}
	return neighbour(attrs, si, false)
}

// neighbour returns the attribution of the nearest sentence of the same
// block that has one, preferring the earlier; with quoting, only of a
// sentence that holds a quotation too.
func neighbour(attrs []attribution, si int, quoting bool) attribution {
	for d := 1; d < len(attrs); d++ {
		if k := si - d; k >= 0 && attrs[k].speaker != nil && (attrs[k].quoting || !quoting) {
			return attrs[k]
		}
		if k := si + d; k < len(attrs) && attrs[k].speaker != nil && (attrs[k].quoting || !quoting) {
			return attrs[k]
		}
	}
	return attribution{}
}

// npAfter returns the noun phrase that follows a reporting verb at toks[i]:
// up to the first punctuation mark, skipping articles and possessives.
func npAfter(toks []token, i int) []token { return npAfterN(toks, i, 8) }

// npAfterN is npAfter reading at most n-1 tokens.
func npAfterN(toks []token, i, n int) []token {
	j := i + 1
	for j < len(toks) && j < i+n && (toks[j].kind != tokPunct || isDomainDot(toks, j)) {
		j++
	}
	return toks[i+1 : j]
}

// isDomainDot reports whether the period toks[j] is the dot of a site
// address («Лента.ру», NEWSru.com), not punctuation.
func isDomainDot(toks []token, j int) bool {
	return toks[j].text == "." && j > 0 && j+1 < len(toks) && toks[j-1].kind == tokWord && toks[j+1].kind == tokWord && topLevelDomains[toks[j+1].lower]
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
				if len(ph) == 3 && ph[0] == "по" {
					// «по его словам»: the pronoun names the speaker.
					if p := m.pronounReferent(possessiveGender(ph[1])); p != nil {
						at.speaker = p
						return at
					}
					continue
				}
				np := npAfter(toks, i+n-1)
				if ph[0] == "по" || ph[0] == "согласно" {
					// «по словам Анны Петровой», «согласно заявлению
					// Госдепа США»: the genitive.
					np = nominativeNames(np)
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
		if t.kind != tokWord || !m.isSpeechVerb(t.lower) && !(m.russian() && authorWordsVerb(toks, i)) {
			continue
		}
		at.cue = true
		if p := m.apposition(toks, i); p != nil {
			at.speaker = p
			verbGender(p, t.lower)
			return at
		}
		if before := npBefore(toks, i); len(before) > 0 {
			if last := before[len(before)-1]; len(before) > 1 && m.isPronoun(last.lower) {
				// «Об этом он заявил»: the pronoun next to the verb is
				// its subject.
				before = before[len(before)-1:]
			}
			if p, _ := m.resolve(before, lang); p != nil {
				at.speaker = p
				verbGender(p, t.lower)
				return at
			}
		}
		after := npAfter(toks, i)
		if m.russian() {
			// «заявил в воскресенье в интервью Fox глава ведомства Джон
			// Керри»: Russian puts the circumstances between the verb and
			// its subject.
			after = npAfterN(toks, i, maxNPWords+2)
		}
		p, src := m.resolve(after, lang)
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

// authorWordsVerb reports whether toks[i] is the verb that opens the
// author's words after a quotation, as Russian punctuates direct speech:
// «…», — обратился Владимир Путин; «…?» — удивилась она. The words after
// the dash are in lower case and open with the verb, whatever verb it is;
// a verb in the past (-л, -ла, -ли, -лся, -лась) or present tense.
func authorWordsVerb(toks []token, i int) bool {
	if i < 2 || toks[i].kind != tokWord || !unicode.IsLower(firstRune(toks[i].text)) {
		return false
	}
	if d := toks[i-1].text; toks[i-1].kind != tokPunct || d != "—" && d != "–" && d != "-" {
		return false
	}
	// «…», — or «…?» — : a comma after the closing mark, or the
	// quotation's own ! ? … inside it; a name in quotation marks followed
	// by a dash («Зенит» — стал …) has neither.
	switch p := toks[i-2]; {
	case p.kind == tokQuote && strings.ContainsAny(lastRuneString(strings.TrimSpace(p.text)), "!?…"):
	case p.kind == tokPunct && p.text == "," && i >= 3 && toks[i-3].kind == tokQuote:
	default:
		return false
	}
	w := toks[i].lower
	for _, e := range authorVerbEndings {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// lastRuneString returns the last letter of s, as a string.
func lastRuneString(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// possessiveGender returns the pronoun whose gender a Russian possessive
// has: его → он, её → она; "" for their (их).
func possessiveGender(w string) string {
	switch w {
	case "его":
		return "он"
	case "ее", "её":
		return "она"
	}
	return ""
}

// authorVerbEndings end Russian verbs in the past tense and the third
// person of the present.
var authorVerbEndings = []string{"л", "ла", "ли", "лся", "лась", "лись", "ет", "ит", "ется", "ится", "ют", "ят", "ут", "ат"}

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
				if m.isOutletName(name) {
					break // «как сообщает Breaking Defense, заявил …»
				}
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
		// «Ольга, мама первоклассника: — …»: a first name alone names a
		// person too.
		if len(name) >= 2 || m.known(name) || isPersonEvidence(name[0]) {
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
			if name, q, ok := m.outletAt(toks, j); ok && (q >= 0 && isOutletLike(name, lang, true) || q < 0 && isOutletLike(name, lang, false) || knownOutlet(name)) {
				if q >= 0 {
					notQuote[q] = true
				}
				m.addSource(name)
				continue
			}
			// «цитирует заявление Мутко РИА «Новости»»: the verb's object
			// first, then the outlet; only a known outlet is taken there.
			for k := j + 1; lang == "ru" && k < len(toks) && k <= j+maxObjectWords && toks[k].kind != tokPunct; k++ {
				if name, q, ok := m.outletAt(toks, k); ok && knownOutlet(name) {
					if q >= 0 {
						notQuote[q] = true
					}
					m.addSource(name)
					break
				}
			}
		}
		// «опубликованной в Washington Times», «на «Первом канале»»: a
		// preposition before a known outlet, or a foreign name with an
		// outlet word, cites it.
		if t := toks[i]; t.kind == tokWord && citePrepositions[t.lower] && lang == "ru" {
			if name, q, ok := m.outletAt(toks, i+1); ok && (knownOutlet(name) || q < 0 && isOutletLike(name, lang, false) && hasOutletWord(name)) {
				if q >= 0 {
					notQuote[q] = true
				}
				m.addSource(name)
			}
		}
		// An outlet noun followed by a name ("broadcaster NOS", «газеты
		// «Ведомости»») names an outlet; in Russian it is cited when a
		// preposition or a verb of reporting stands before («в газете Sunday Times», «для
		// телеканала 1+1»), not when the outlet is the news' subject
		// («директор радиостанции «Эхо Москвы»»). An agency is a news
		// agency only when the name is a known outlet (not «антидопингового
		// агентства РУСАДА»).
		if t := toks[i]; t.kind == tokWord && m.isOutletNoun(t.lower) && i+1 < len(toks) {
			name, q, ok := m.outletAt(toks, i+1)
			if !ok || (q >= 0 && !(isCap(name) && countWords(name) <= maxQuotedNameWords)) {
				continue
			}
			if q >= 0 {
				notQuote[q] = true
			}
			agency := strings.HasPrefix(t.lower, "агентств") || t.lower == "agency"
			if lang != "ru" || m.citedAt(toks, i) && (!agency || knownOutlet(name)) {
				m.addSource(name)
			}
		}
	}
}

// maxObjectWords is how many words may stand between a verb of reporting
// and the outlet after its object («цитирует заявление министра РИА
// Новости»).
const maxObjectWords = 4

// citesQuoted reports whether the name in quotation marks at toks[k]
// stands where Russian names a cited outlet: right after a verb, a
// preposition, an outlet's type word or a piece it published («сказал
// «Интерфаксу»», «в беседе с «Известиями»», «газете «Труд»»), or after
// punctuation. After another noun it names that thing («детский сад
// «Огонек»», «АНО «Диалог»»).
func (m *reader) citesQuoted(toks []token, k int) bool {
	if k == 0 || toks[k-1].kind != tokWord {
		return true
	}
	w := toks[k-1].lower
	if m.isOutletNoun(w) || slicesContainsFold(outletTypeWords, w) {
		// «газете «Труд»» is cited as the noun before it is.
		return k < 2 || m.citedAt(toks, k-1)
	}
	if citePrepositions[w] || w == "с" || w == "со" || hasPrefixAny(w, pieceNouns) || m.isSpeechVerb(w) {
		return true
	}
	if name := toks[k].text; knownOutlet(name) && hasPrefixAny(reverse(strings.ToLower(name)), []string{"у", "ю", "ма", "мя"}) && m.hasSpeechCue(toks) {
		// «сказал министр «Интерфаксу»»: the outlet in the dative is
		// whom the words were said to.
		return true
	}
	for _, v := range m.sourceVerbs {
		if v[len(v)-1] == w {
			return true
		}
	}
	return false
}

// reverse returns s with its letters in reverse order.
func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// hasOutletWord reports whether a word of name marks it as an outlet's
// ("Times", "News").
func hasOutletWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if outletWordSet[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// citePrepositions introduce the outlet a text was published in, given
// to or quoted from («в газете», «на телеканале», «для журнала», «из
// интервью»).
var citePrepositions = map[string]bool{"в": true, "во": true, "на": true, "для": true, "из": true, "по": true, "от": true, "in": true, "on": true, "to": true, "by": true, "from": true}

// pieceNouns (stems) name a piece an outlet published or broadcast: the
// outlet after them is its source («в статье британской газеты», «в
// эфире телеканала»).
var pieceNouns = []string{"стать", "материал", "публикаци", "интервью", "эфир", "сюжет", "заметк", "колонк", "репортаж", "article", "interview", "report"}

// hasPrefixAny reports whether w starts with one of stems.
func hasPrefixAny(w string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// citedAt reports whether the outlet noun at toks[i] is cited: a
// preposition, a verb of reporting or a published piece stands among the
// few words before it ("told Norwegian broadcaster NRK").
func (m *reader) citedAt(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].kind == tokWord; k-- {
		if citePrepositions[toks[k].lower] || m.isSpeechVerb(toks[k].lower) || hasPrefixAny(toks[k].lower, pieceNouns) {
			return true
		}
		for _, v := range m.sourceVerbs {
			if len(v) == 1 && v[0] == toks[k].lower {
				return true
			}
		}
	}
	return false
}

// outletRun returns the name starting at toks[i]: capitalised words and
// abbreviations in capitals ("NBC News", "BBC"), or a site address
// («Лента.ру», NEWSru.com); and how many tokens it takes.
func outletRun(toks []token, i int) (string, int) {
	j := i
	for j < len(toks) && toks[j].kind == tokWord && (isCap(toks[j].text) || isAllCaps(toks[j].text)) && j-i < 5 {
		j++
		// English titles keep short function words in lower case
		// ("Mail on Sunday", "News of the World").
		for j+1 < len(toks) && toks[j].kind == tokWord && titleFunctionWords[toks[j].text] && toks[j+1].kind == tokWord && isNameWord(toks[j+1].text) && isLatin(toks[j+1].text) {
			j++
		}
	}
	words := make([]string, 0, j-i)
	for _, t := range toks[i:j] {
		words = append(words, t.text)
	}
	name := strings.Join(words, " ")
	// A site address: the name, a dot and a top-level domain (a dot
	// inside a sentence, with no space after it).
	if j > i && j+1 < len(toks) && toks[j].text == "." && toks[j+1].kind == tokWord && topLevelDomains[toks[j+1].lower] {
		name += "." + toks[j+1].text
		j += 2
	}
	return name, j - i
}

// titleFunctionWords stand in lower case inside an English title.
var titleFunctionWords = map[string]bool{"on": true, "of": true, "the": true, "and": true}

// isLatin reports whether w is written in Latin letters.
func isLatin(w string) bool { return unicode.Is(unicode.Latin, firstRune(w)) }

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

// maxRuQuotedNameWords is the length up to which a Russian capitalised
// quotation after a noun is taken for a name.
const maxRuQuotedNameWords = 8

// isPastVerb reports whether a Russian word has the ending of a verb in
// the past tense («написал «…»», «назвала его «…»»).
func isPastVerb(w string) bool {
	for _, e := range []string{"л", "ла", "ли", "лся", "лась", "лись"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > len([]rune(e))+2 {
			return true
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
	if m.russian() && unicode.IsUpper(firstRune(text)) && countWords(text) <= maxRuQuotedNameWords && !strings.ContainsAny(text, ".,!?:;…") && !isPastVerb(toks[k-1].lower) {
		// «при поддержке АНО «Россия – страна возможностей»», «лекторий
		// «Родной язык и культура народа – великая ценность»»: Russian
		// sets direct speech after a colon, a comma or a verb; a
		// capitalised quotation that follows a noun directly is the
		// name of what the noun names, a dash inside it too.
		return true
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
