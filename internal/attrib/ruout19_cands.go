package attrib

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/learn"
	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// The learned outlet scorer of Russian and Ukrainian text (off:
// outletScorerOn). Every span the
// extractor could call a cited outlet is a candidate: a short capitalised
// name in guillemets or straight quotes, a run of capitalised words, an
// abbreviation, a name in Latin letters or a site address, when a table
// knows it as an outlet or a cue of citing stands near it (a verb of
// reporting before or after it, an outlet's type word, a preposition with
// a published piece, «со ссылкой на», «по данным», an informant or a
// journalist in an oblique case). Each candidate has cheap features of
// its context (below); a logistic regression trained on the odd halves of
// the ru-fresh sets and the tune half of ru-quotes-dev (ruout19_train_test.go
// at the repository's root) scores it, and the outlets the article cites
// are the candidates' canonical names that score above outletThreshold,
// with the hand rules' outlets that no candidate covers.

// The outlet candidates' features, by index.
const (
	OFBias          = iota
	OFKnown         // a table knows the name as an outlet, in any case
	OFQuoted        // the name is in quote marks
	OFLatin         // the name is in Latin letters
	OFAbbrev        // one word in capitals (ТАСС, RNS)
	OFTypeWord      // an outlet's type word stands right before (газета, агентство, Telegram-канал)
	OFMediaVerb     // a verb outlets take (пишет, передает, сообщает) among the three words before
	OFReportVerb    // any other verb of reporting or speech among the three words before
	OFVerbAfter     // a verb of reporting among the three words after (the name its subject)
	OFPrep          // a preposition of citing right before the name or its type word (в, на, для, по)
	OFPiece         // a published piece among the three words before (интервью, статье, эфире)
	OFAccording     // «со ссылкой на», «по данным», «по информации», their Ukrainian forms, before
	OFInformant     // an informant noun right before (источник, собеседник)
	OFJournalist    // a journalist in the dative or instrumental right before
	OFInitial       // the name opens the sentence
	OFPersonAfter   // a first name follows (рассказал РБК Иван Петров)
	OFPersonName    // the name's first word is a first name (a person, not an outlet)
	OFRule          // the hand rules cited the same outlet
	OFSocial        // a social network or a page on one
	OFSite          // a site address
	OFLong          // three words or more
	OFOblique       // a Cyrillic name ending as an oblique case does (-у, -ю, -е, -ой, -ом)
	OFOutletLike    // the language tables take the name for an outlet's (lang.IsOutletLike)
	OFNonMedia      // a body or company no news outlet (a rating agency, a ministry)
	OFColonAfter    // a colon or dash follows (the name opens speech)
	OFSpeakerVerb   // a verb of speech among the three words after that is not a verb outlets take
	OFPublish       // a word of publishing among the four words before (опубликовал, публикация, материал)
	OFCoord         // coordinated with a name before it («Bloomberg и Reuters»)
	OFRepeat        // the article names the same outlet more than once
	OFOtherRule     // the hand rules cite another outlet in the article
	OFDateline      // in a wire dateline («МОСКВА, 1 авг — РИА Новости», «/ТАСС/»)
	OFSubject       // a finite verb follows right after: the name is its subject (Bloomberg изложил)
	OFAfterNoun     // a lower-case word that is no verb, preposition or conjunction stands right before the name or its type word: a genitive attribute (продаже медиахолдинга РБК, директор радиостанции)
	NOutletFeatures // the number of features
)

// outletThreshold is the score above which a candidate is cited.
const outletThreshold = 0.0

// outletCand is one candidate: its canonical name and its features.
type outletCand struct {
	name string // canonicalSource of the span
	raw  string
	ctx  string // the sentence, collected for training only
	x    [NOutletFeatures]float64
}

// OutletSample is one outlet candidate for training: its canonical name,
// the span as written and its features (rule feature filled).
type OutletSample struct {
	Name, Raw string
	Ctx       string // the sentence
	X         []float64
}

// outletSink, when set, receives each article's candidates and the hand
// rules' outlets. OutletSamples sets it for the time of one extraction,
// holding outletSinkMu; training reads its articles one at a time.
var (
	outletSinkMu sync.Mutex
	outletSink   atomic.Pointer[func([]OutletSample, []string)]
)

// OutletSamples reads the body as Extract does and returns its outlet
// candidates with their features, and the hand rules' outlets.
func OutletSamples(blocks []model.Block, langTag string) ([]OutletSample, []string) {
	outletSinkMu.Lock()
	defer outletSinkMu.Unlock()
	var out []OutletSample
	var rules []string
	sink := func(s []OutletSample, r []string) { out, rules = s, r }
	outletSink.Store(&sink)
	defer outletSink.Store(nil)
	_, _, _ = Extract(blocks, langTag, func() error { return nil })
	return out, rules
}

// outletScorerOn says whether the learned scorer adds outlets to the hand
// rules'. It is off: trained on the odd halves, it gained little on the
// even halves of the ru-fresh sets (outlets F 0.782 -> 0.786, 4 found and
// 9 false) and lost precision on the validation half of ru-quotes-dev
// (0.864 -> 0.792, nothing found); the candidates are gathered only to
// train it (OutletSamples).
const outletScorerOn = false

// collectingOutlets reports whether the outlet candidates are gathered.
func collectingOutlets() bool { return outletScorerOn || outletSink.Load() != nil }

// ruOutletCands records the outlet candidates of a sentence.
func (m *reader) ruOutletCands(toks []token) {
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		var raw string
		n := 1
		switch {
		case t.kind == tokQuote:
			text := strings.TrimSpace(t.text)
			if text == "" || !unicode.IsUpper(textutil.FirstRune(text)) && !unicode.IsDigit(textutil.FirstRune(text)) || textutil.CountWords(text) > 4 || strings.ContainsAny(text, ",!?:;…") {
				continue
			}
			raw = text
		case t.kind == tokWord:
			if site, ok := siteAt(toks, k); ok {
				raw = site
				break
			}
			if !(textutil.IsCap(t.text) || textutil.IsAllCaps(t.text) || hasUpperInside(t.text)) {
				continue
			}
			if k > 0 && toks[k-1].kind == tokWord && (textutil.IsCap(toks[k-1].text) || textutil.IsAllCaps(toks[k-1].text)) {
				continue // inside a run, read from its start
			}
			raw, n = outletRun(toks, k)
			if raw == "" {
				continue
			}
		default:
			continue
		}
		var c outletCand
		x := &c.x
		x[OFBias] = 1
		known := knownOutlet(raw)
		if !known && isLatin(raw) && textutil.CountWords(raw) > 1 {
			// «Bloomberg Иван Петров» is read short by the next word
			if p := knownOutletPrefix(raw); p != "" {
				raw, known = p, true
			}
		}
		if known {
			x[OFKnown] = 1
		}
		before := m.ruCandBefore(toks, k, x)
		after := m.ruCandAfter(toks, k+n, x)
		if !known && !before && !after {
			continue
		}
		c.raw = raw
		if outletSink.Load() != nil {
			c.ctx = joinTexts(toks)
		}
		c.name = canonicalSource(raw)
		if c.name == "" {
			continue
		}
		if t.kind == tokQuote {
			x[OFQuoted] = 1
		}
		if isLatin(raw) {
			x[OFLatin] = 1
		}
		if !strings.ContainsRune(raw, ' ') && textutil.IsAllCaps(raw) && utf8.RuneCountInString(raw) >= 2 {
			x[OFAbbrev] = 1
		}
		if k == 0 {
			x[OFInitial] = 1
		}
		if w := strings.Fields(raw); len(w) > 0 && IsFirstName(strings.Trim(w[0], "«»\"")) {
			x[OFPersonName] = 1
		}
		if isSocialNetwork(raw) || isSocialNetwork(strings.Fields(raw)[0]) {
			x[OFSocial] = 1
		}
		if isSiteAddress(raw) {
			x[OFSite] = 1
		}
		if textutil.CountWords(raw) >= 3 {
			x[OFLong] = 1
		}
		if !isLatin(raw) && ruObliqueEnding(raw) {
			x[OFOblique] = 1
		}
		if lang.IsOutletLike(raw, "ru", t.kind == tokQuote) {
			x[OFOutletLike] = 1
		}
		key := strings.ToLower(c.name)
		if ratingAgencies[key] || nonMediaOrg(key) {
			x[OFNonMedia] = 1
		}
		m.ocands = append(m.ocands, c)
		k += n - 1
	}
}

// ruObliqueEnding reports whether the last word of name ends as a
// Russian noun or adjective in an oblique case («Интерфаксу»,
// «Медузе», «Деловой столице», «Ведомостям»).
func ruObliqueEnding(name string) bool {
	w := name
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	w = strings.ToLower(strings.Trim(w, "«»\""))
	for _, e := range []string{"у", "ю", "е", "ой", "ом", "ам", "ям", "ами", "ях", "ах"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// ruPublishStems are the stems of Russian and Ukrainian words of
// publishing: the outlet named after them published the news
// («опубликованная агентствами Bloomberg», «Публикация Bloomberg»).
var ruPublishStems = []string{"опубликова", "публикаци", "публику", "материал", "опублікува", "публікаці", "публіку", "матеріал"}

// ruAccordingWords are the last words of «со ссылкой на», «по данным», «по
// информации», «по сведениям» and their Ukrainian forms.
var ruAccordingWords = map[string]bool{"ссылкой": true, "данным": true, "информации": true, "сведениям": true, "посиланням": true, "даними": true, "інформацією": true, "відомостями": true}

// ruCandBefore fills the features of the words before the candidate at
// toks[k] and reports whether any cue of citing stands there.
func (m *reader) ruCandBefore(toks []token, k int, x *[NOutletFeatures]float64) bool {
	cue := false
	j := k - 1
	if j >= 0 && toks[j].kind == tokWord && (m.isOutletNoun(toks[j].lower) || slicesContainsFold(outletTypeWords, toks[j].text) || ruTelegramChannel(toks[j].lower) || ruChannelNouns[toks[j].lower]) {
		x[OFTypeWord] = 1
		cue = true
		j--
	}
	if j >= 0 && toks[j].kind == tokWord && m.citePreposition(toks[j].lower) {
		x[OFPrep] = 1
	}
	if k > 1 && toks[k-1].kind == tokWord && (toks[k-1].lower == "и" || toks[k-1].lower == "і") && (toks[k-2].kind == tokQuote || textutil.IsCap(toks[k-2].text) || textutil.IsAllCaps(toks[k-2].text)) {
		x[OFCoord] = 1
	}
	if j >= 0 && toks[j].kind == tokWord && ruAttributeWord(toks[j]) && !m.isSpeechVerb(toks[j].lower) && !isSourceVerbWord(m, toks[j].lower) && !hasPrefixAny(toks[j].lower, pieceNouns) && !hasPrefixAny(toks[j].lower, ruPublishStems) && !ruInformantNouns[toks[j].lower] && !ruJournalistObliques[toks[j].lower] && !ruAccordingWords[toks[j].lower] {
		x[OFAfterNoun] = 1
	}
	if ruInDateline(toks, k) {
		x[OFDateline] = 1
	}
	if k > 0 && toks[k-1].kind == tokWord && ruInformantNouns[toks[k-1].lower] {
		x[OFInformant] = 1
		cue = true
	}
	if k > 0 && toks[k-1].kind == tokWord && ruJournalistObliques[toks[k-1].lower] {
		x[OFJournalist] = 1
		cue = true
	}
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		t := toks[i]
		if t.kind != tokWord {
			if t.kind == tokPunct && t.text != "," {
				break
			}
			continue
		}
		switch {
		case ruMediaVerbs[t.lower] || ruPastMediaVerbs[t.lower] || ruSlotVerbs[t.lower]:
			x[OFMediaVerb] = 1
			cue = true
		case m.isSpeechVerb(t.lower) || isSourceVerbWord(m, t.lower):
			x[OFReportVerb] = 1
			cue = true
		case hasPrefixAny(t.lower, pieceNouns):
			x[OFPiece] = 1
			cue = true
		case hasPrefixAny(t.lower, ruPublishStems):
			x[OFPublish] = 1
			cue = true
		case ruAccordingWords[t.lower] || t.lower == "на" && i > 0 && toks[i-1].lower == "ссылкой":
			x[OFAccording] = 1
			cue = true
		}
	}
	return cue
}

// isSourceVerbWord reports whether w is a one-word phrase of the table's
// verbs of citing (передает, сообщили) or a form ruSlotVerbs lists.
func isSourceVerbWord(m *reader, w string) bool {
	if _, ok := ruSlotVerbs[w]; ok {
		return true
	}
	for _, v := range m.sourceVerbs {
		if len(v) == 1 && v[0] == w {
			return true
		}
	}
	return false
}

// ruCandAfter fills the features of the words after the candidate, which
// ends before toks[k], and reports whether a cue of citing stands there.
func (m *reader) ruCandAfter(toks []token, k int, x *[NOutletFeatures]float64) bool {
	cue := false
	if k < len(toks) && toks[k].kind == tokPunct && strings.ContainsAny(toks[k].text, ":—–") {
		x[OFColonAfter] = 1
	}
	if k < len(toks) && toks[k].kind == tokWord && IsFirstName(toks[k].text) {
		x[OFPersonAfter] = 1
	}
	if k < len(toks) && toks[k].kind == tokWord && ruVerbEnding(toks[k].lower) {
		x[OFSubject] = 1
		cue = true
	}
	for i := k; i < len(toks) && i < k+3; i++ {
		t := toks[i]
		if t.kind != tokWord {
			break
		}
		if ruMediaVerbs[t.lower] || ruPastMediaVerbs[t.lower] || ruSlotVerbs[t.lower] || ruPublishVerbs[t.lower] {
			x[OFVerbAfter] = 1
			cue = true
		} else if m.isSpeechVerb(t.lower) || isSourceVerbWord(m, t.lower) {
			x[OFSpeakerVerb] = 1
			cue = true
		}
	}
	return cue
}

// ruNonAttributeWords are the short words that stand before a name
// without making it a genitive attribute: prepositions, conjunctions,
// particles.
var ruNonAttributeWords = map[string]bool{"и": true, "или": true, "а": true, "но": true, "что": true, "как": true, "также": true, "же": true, "ли": true, "не": true, "ни": true,
	"к": true, "ко": true, "с": true, "со": true, "у": true, "о": true, "об": true, "при": true, "за": true, "под": true, "через": true, "про": true, "после": true, "до": true, "без": true, "между": true,
	"і": true, "й": true, "та": true, "що": true, "як": true, "також": true, "після": true, "ранее": true, "раніше": true, "сегодня": true, "вчера": true, "сьогодні": true, "вчора": true}

// ruAttributeWord reports whether t, right before a name, is a
// lower-case word that makes the name its genitive attribute: no
// preposition of citing, conjunction, particle or finite verb.
func ruAttributeWord(t token) bool {
	w := t.lower
	if !unicode.IsLower(textutil.FirstRune(t.text)) || !unicode.Is(unicode.Cyrillic, textutil.FirstRune(w)) || ruNonAttributeWords[w] || citePrepositions[w] || len(w) <= 2 {
		return false
	}
	return !ruVerbEnding(w)
}

// ruVerbEnding reports whether w ends as a Russian or Ukrainian finite
// verb in the past or the third person does (-л, -ла, -ло, -ли, -ет,
// -ит, -ют, -ят, -ет(ся), -є, -ть), a rough test by the ending.
func ruVerbEnding(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "ся"), "сь")
	for _, e := range []string{"л", "ла", "ло", "ли", "ет", "ёт", "ит", "ют", "ят", "ут", "ат", "є", "ють", "ять", "ить", "ав", "ив", "ів"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// ruInDateline reports whether the name at toks[k] is a wire dateline's
// agency: after a slash («/ТАСС/»), or after a dash that follows a date
// at the sentence's start («МОСКВА, 1 авг — РИА Новости»).
func ruInDateline(toks []token, k int) bool {
	if k == 0 || toks[k-1].kind != tokPunct {
		return false
	}
	if toks[k-1].text == "/" {
		return true
	}
	if !strings.ContainsAny(toks[k-1].text, "—–-") || k > 7 {
		return false
	}
	for i := 0; i < k-1; i++ {
		if toks[i].kind == tokWord && isDigits(toks[i].text) {
			return true
		}
	}
	return false
}

// outletScore is a candidate's score under the learned weights.
func outletScore(x *[NOutletFeatures]float64) float64 {
	return learn.Score(outletWeights[:], x[:])
}

// decideOutlets returns the outlets the article cites: the hand rules'
// outlets, and, with the scorer on, for Russian-style text the candidates
// they do not cite whose score is above outletThreshold.
func (m *reader) decideOutlets() []string {
	// (A wire agency named only by its staff: out20_wire.go.)
	m.sources = m.out20DropOwnWire(m.sources)
	m.srcGen++ // (the list is rewritten: sourceRefs builds its index again)
	if m.russian() {
		// (One outlet cited in two case forms: out23_outlets.go.)
		m.sources = out23MergeForms(m.sources)
	}
	if !m.russian() || !collectingOutlets() {
		return m.sources
	}
	rule := map[string]bool{}
	for _, s := range m.sources {
		rule[strings.ToLower(s)] = true
	}
	count := map[string]int{}
	for i := range m.ocands {
		count[strings.ToLower(m.ocands[i].name)]++
	}
	for i := range m.ocands {
		key := strings.ToLower(m.ocands[i].name)
		if rule[key] {
			m.ocands[i].x[OFRule] = 1
		}
		if count[key] > 1 {
			m.ocands[i].x[OFRepeat] = 1
		}
		if len(rule) > 1 || len(rule) == 1 && !rule[key] {
			m.ocands[i].x[OFOtherRule] = 1
		}
	}
	if sink := outletSink.Load(); sink != nil {
		out := make([]OutletSample, len(m.ocands))
		for i, c := range m.ocands {
			out[i] = OutletSample{Name: c.name, Raw: c.raw, Ctx: c.ctx, X: append([]float64(nil), c.x[:]...)}
		}
		(*sink)(out, append([]string(nil), m.sources...))
	}
	if !outletScorerOn || len(m.ocands) == 0 {
		return m.sources
	}
	// The hand rules' outlets stay; the candidates they do not cite
	// that score above the threshold are added, in their order.
	for i := range m.ocands {
		if c := &m.ocands[i]; c.x[OFRule] == 0 && outletScore(&c.x) > outletThreshold {
			m.addSource(c.name)
		}
	}
	return m.sources
}
