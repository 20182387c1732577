package attrib

import (
	"math"
	"sort"
	"strings"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"
)

// The learned speaker chooser (Russian and English).
//
// The reading in Extract finds, for each quotation, several people who may
// have said it: who its own sentence's reporting verb names, who the
// nearest sentence before or after it names, who the next paragraph names
// when it points back («Об этом заявил …»), who spoke the previous
// paragraph's quotation, who was last the subject of a sentence, who the
// quotation's sentence names, and the pick of the hand-written order of
// preference. Each candidate gets the features below, and a logistic
// regression, trained on the tuning half of the Russian quotations corpus
// and the English PolNeAR training split pooled (speaker_train_test.go in
// the repository root:
//
//	go test -run TestTrainSpeakerChooser -trainspeaker -count=1 .
//
// rewrites speaker_weights.go), scores them; the best scored is the
// speaker. The features are about the structure of news writing (where
// the attribution stands, whether the verb agrees in gender, how often and
// how recently the candidate was named), not about words of any one text.

// Speaker candidate features, by index.
const (
	SFBias           = iota
	SFOwn            // named by the quotation's own sentence
	SFNeighPrev      // named by the nearest earlier sentence of the paragraph
	SFNeighNext      // named by the nearest later sentence of the paragraph
	SFAnaphNext      // named by the next sentence, which points back («Об этом заявил …»)
	SFNextBlock      // named by the next paragraph's first sentence, which points back
	SFNextBlockFirst // named by the next paragraph's first sentence
	SFPending        // named by a sentence ending in a colon before the paragraph
	SFPrevQuote      // spoke the last quotation of the previous paragraph
	SFPrevQuoteOpen  // SFPrevQuote, and the paragraph opens with the quotation
	SFSalient0       // the last subject or speaker
	SFSalient1       // the one before
	SFSalient0NoCue  // SFSalient0 and the sentence has no reporting verb
	SFInSentence     // named in the quotation's sentence
	SFSign           // signs the quotation in the next paragraph («— Иван Петров, …»)
	SFFirstSalient   // the first subject, for a quotation met before anyone was named
	SFRole           // holds a role its sentence names («министр», «глава ведомства»)
	SFPronoun        // the last subject or speaker a pronoun of its sentence (он, она) agrees with
	SFRule           // the pick of the hand-written order of preference
	SFGenderAgree    // the sentence's verb agrees in gender (+1), disagrees (-1)
	SFPersonEvidence // the name holds a first name or patronymic
	SFMultiWord      // the name has two words or more
	SFLogMentions    // log of 1 + how many times the candidate was named
	SFLogDistance    // log of 1 + sentences between the last mention and the quotation
	SFOwnCueNoOwn    // the own sentence has a reporting verb but names no one, and the candidate comes from elsewhere
	SFLowerWord      // a word of the name is one the article also writes in lower case (a sentence opener, a common noun)
	NSpeakerFeatures
)

// Candidate sources as bit flags, by feature index.
type candFlags uint32

// cand is one candidate speaker of a quotation.
type cand struct {
	p     *person
	flags candFlags
	dist  int // sentences between the candidate's last mention and the quotation
}

// addCand records p as a candidate with the source feature f.
func addCand(cs []cand, p *person, f int, dist int) []cand {
	if p == nil {
		return cs
	}
	if dist < 0 {
		dist = -dist
	}
	for i := range cs {
		if cs[i].p == p {
			cs[i].flags |= 1 << f
			if dist < cs[i].dist {
				cs[i].dist = dist
			}
			return cs
		}
	}
	return append(cs, cand{p: p, flags: 1 << f, dist: dist})
}

// candIndexMin is the number of people a sentence names or refers to up
// to which candidatesFor adds them by addCand's scan; above it they are
// found through an index.
const candIndexMin = 16

// candWindowMin is the number of people a sentence names or refers to
// above which each of its quotations gets as candidates only those named
// within candWindow quotations of it (candidatesFor).
const candWindowMin = 64

// candWindow is how many quotations before and after a quotation the
// people it may get as candidates stand within, in a sentence naming more
// than candWindowMin.
const candWindow = 8

// candSubjects is how many of the people a sentence names first stay
// candidates of each of its quotations when the window applies.
const candSubjects = 2

// addCandIndexed is addCand with the candidates' positions kept in idx
// (every person of cs in it): the same list, in the same order, found in
// constant time.
func addCandIndexed(cs []cand, idx map[*person]int, p *person, f int, dist int) []cand {
	if p == nil {
		return cs
	}
	if dist < 0 {
		dist = -dist
	}
	if i, ok := idx[p]; ok {
		cs[i].flags |= 1 << f
		if dist < cs[i].dist {
			cs[i].dist = dist
		}
		return cs
	}
	idx[p] = len(cs)
	return append(cs, cand{p: p, flags: 1 << f, dist: dist})
}

// quoteCtx is what the chooser knows of a quotation beyond its candidates.
type quoteCtx struct {
	verbGender byte // 'm', 'f', 'p' (plural) or 0, of the own sentence's verb
	cue        bool // the own sentence has a reporting verb
	own        bool // the own sentence names a speaker
}

// features returns the feature vector of candidate c.
func (c cand) features(m *reader, q quoteCtx) [NSpeakerFeatures]float64 {
	var x [NSpeakerFeatures]float64
	x[SFBias] = 1
	for f := SFOwn; f <= SFRule; f++ {
		if c.flags&(1<<f) != 0 {
			x[f] = 1
		}
	}
	if x[SFSalient0] == 1 && !q.cue {
		x[SFSalient0NoCue] = 1
	}
	if q.cue && !q.own && x[SFOwn] == 0 {
		x[SFOwnCueNoOwn] = 1
	}
	switch {
	case q.verbGender == 0 || q.verbGender == 'p' || c.p.gender == 0:
	case q.verbGender == c.p.gender:
		x[SFGenderAgree] = 1
	default:
		x[SFGenderAgree] = -1
	}
	f := m.nameFacts(c.p)
	if f&factPersonEvidence != 0 {
		x[SFPersonEvidence] = 1
	}
	if len(c.p.name) >= 2 {
		x[SFMultiWord] = 1
	}
	if f&factLowerWord != 0 {
		x[SFLowerWord] = 1
	}
	x[SFLogMentions] = math.Log1p(float64(c.p.mentions))
	x[SFLogDistance] = math.Log1p(float64(c.dist))
	return x
}

// score is the chooser's score of a feature vector.
func score(x [NSpeakerFeatures]float64, w *[NSpeakerFeatures]float64) float64 {
	z := 0.0
	for k, v := range x {
		z += w[k] * v
	}
	return z
}

// choose returns the best scored candidate and its score, or nil when
// there is none.
func (m *reader) choose(cs []cand, q quoteCtx, w *[NSpeakerFeatures]float64) (*person, float64) {
	var best *person
	bestZ := math.Inf(-1)
	for _, c := range cs {
		if z := score(c.features(m, q), w); z > bestZ {
			best, bestZ = c.p, z
		}
	}
	return best, bestZ
}

// lastSentOf returns the sentence p was last named in, 0 for nil.
func lastSentOf(p *person) int {
	if p == nil {
		return 0
	}
	return p.lastSent
}

// candidatesFor gathers the candidates the quotation's own paragraph
// gives: the speaker its own sentence names, those of the nearest
// sentences before and after that name one, the next sentence's when it
// points back, the last two subjects or speakers, the people its sentence
// names.
func (m *reader) candidatesFor(sents []sentence, text string, attrs []attribution, si int, info sentInfo, qslot int) ([]cand, quoteCtx) {
	sentNo, named, verbG, refs := info.no, info.named, info.verbG, info.refs
	cs := make([]cand, 0, 8)
	d := func(p *person) int { return sentNo - lastSentOf(p) }
	cs = addCand(cs, attrs[si].speaker, SFOwn, d(attrs[si].speaker))
	// (The nearest speaking sentences come from m.near, built for
	// attrs.)
	if k := m.near.prev[si]; k >= 0 {
		cs = addCand(cs, attrs[k].speaker, SFNeighPrev, d(attrs[k].speaker))
	}
	if k := m.near.next[si]; k >= 0 {
		cs = addCand(cs, attrs[k].speaker, SFNeighNext, d(attrs[k].speaker))
	}
	if k := si + 1; k < len(attrs) && attrs[k].speaker != nil && opensAnaphoric(text[sents[k].Start:sents[k].End]) {
		cs = addCand(cs, attrs[k].speaker, SFAnaphNext, d(attrs[k].speaker))
	}
	if n := len(m.salient); n > 0 {
		cs = addCand(cs, m.salient[n-1], SFSalient0, d(m.salient[n-1]))
		if n > 1 {
			cs = addCand(cs, m.salient[n-2], SFSalient1, d(m.salient[n-2]))
		}
	}
	if len(named)+len(refs) <= candIndexMin {
		for _, p := range named {
			cs = addCand(cs, p, SFInSentence, d(p))
		}
		for _, r := range refs {
			cs = addCand(cs, r.p, r.f, d(r.p))
		}
		return cs, quoteCtx{verbGender: verbG, cue: attrs[si].cue, own: attrs[si].speaker != nil}
	}
	// A sentence naming many people (a long run of names, a paragraph
	// with no full stop): addCand's scan of the candidates so far would
	// make gathering them quadratic in the names, so they are indexed.
	if len(named)+len(refs) > candWindowMin && len(info.namedSlot) == len(named) {
		// And a sentence naming or referring to more than candWindowMin
		// people (a paragraph of headline lines or of lists of names
		// run together without a full stop; rarely a news sentence
		// listing people sanctioned or awarded) gives each of its
		// quotations only the people within candWindow quotations of it:
		// every quotation carrying them all made time and memory grow
		// with quotations × people. The first candSubjects people the
		// sentence names stay candidates of every quotation: the
		// subject of a long sentence that lists names and then quotes
		// its subject stands at its start («Министр Антон Силуанов
		// рассказал, что в список вошли компании «…», … и люди …, и
		// добавил: «…»»), however many names in quote marks stand
		// between. (The slots grow along the sentence: the window is
		// found by binary search.)
		lo, hi := qslot-candWindow, qslot+1+candWindow
		a, b := sort.SearchInts(info.namedSlot, lo), sort.SearchInts(info.namedSlot, hi+1)
		ra := sort.Search(len(refs), func(k int) bool { return refs[k].slot >= lo })
		rb := sort.Search(len(refs), func(k int) bool { return refs[k].slot > hi })
		head := named[:min(candSubjects, len(named), a)]
		named, refs = append(head[:len(head):len(head)], named[a:b]...), refs[ra:rb]
	}
	idx := make(map[*person]int, len(cs)+len(named)+len(refs))
	for i := range cs {
		idx[cs[i].p] = i
	}
	for _, p := range named {
		cs = addCandIndexed(cs, idx, p, SFInSentence, d(p))
	}
	for _, r := range refs {
		cs = addCandIndexed(cs, idx, r.p, r.f, d(r.p))
	}
	return cs, quoteCtx{verbGender: verbG, cue: attrs[si].cue, own: attrs[si].speaker != nil}
}

// sentenceVerbGender returns the gender and number a Russian past-tense
// reporting verb of the sentence tells: 'm' (сказал), 'f' (сказала), 'p'
// (сказали), 0 when none does.
func (m *reader) sentenceVerbGender(toks []token) byte {
	for i, t := range toks {
		if t.kind != tokWord || !m.isSpeechVerb(t.lower) && !authorWordsVerb(toks, i) {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.lower, "ся"), "сь")
		switch {
		case strings.HasSuffix(w, "ла"):
			return 'f'
		case strings.HasSuffix(w, "ли"):
			return 'p'
		case strings.HasSuffix(w, "л"):
			return 'm'
		}
	}
	return 0
}

// SpeakerSample is one quotation with its candidate speakers, for
// training the chooser.
type SpeakerSample struct {
	// Text is the quotation as Extract returns it.
	Text string
	// Names are the candidates' names, Feats their features.
	Names []string
	Feats [][NSpeakerFeatures]float64
	// QuoteFeats are the quotation's features for the quotation filter
	// (quotekeep.go).
	QuoteFeats [NQuoteFeatures]float64
	// Rescued marks a span the rules left out: a sample of the filter
	// only.
	Rescued bool
	// Partial marks a quotation woven into the writer's sentence.
	Partial bool
}

// SpeakerSamples reads the body as Extract does and returns, for each
// quotation, its candidate speakers with their features.
func SpeakerSamples(blocks []model.Block, langTag string) []SpeakerSample {
	_, _, s, _ := extract(blocks, langTag, func() error { return nil }, true)
	return s
}

// sentRef is a person a role or pronoun of a sentence refers to.
type sentRef struct {
	p    *person
	f    int // SFRole or SFPronoun
	slot int // how many quotations of the sentence stand before the word
}

// sentenceRefs returns who the roles and the personal pronouns in the
// nominative (он, она, he, she) of a sentence refer to: the person last named with the role,
// the last subject or speaker of the pronoun's gender. It changes nothing
// the reader knows.
func (m *reader) sentenceRefs(toks []token) []sentRef {
	var out []sentRef
	slot := 0
	for k, t := range toks {
		if t.kind == tokQuote {
			slot++
		}
		if t.kind != tokWord {
			continue
		}
		if t.lower == "он" || t.lower == "она" || t.lower == "he" || t.lower == "she" {
			g := pronounGender(t.lower)
			for k := len(m.salient) - 1; k >= 0; k-- {
				if p := m.salient[k]; p.gender == 0 || p.gender == g {
					out = append(out, sentRef{p, SFPronoun, slot})
					break
				}
			}
			continue
		}
		if p := m.headPeriphrasis(toks, k); p != nil {
			// «глава ведомства» (ruspk13m.go)
			out = append(out, sentRef{p, SFRole, slot})
			continue
		}
		if stem, ok := m.role(t.lower); ok && m.roleHolder(stem) != nil {
			out = append(out, sentRef{m.roleHolder(stem), SFRole, slot})
		}
	}
	return out
}

// notOutlets drops the candidates that are outlets («"…," told Reuters»):
// an outlet the words were said to, or that reports them, is a cited
// source, not who said them; but for the outlet that is the subject of the
// quotation's own sentence («…», — пишет «Коммерсантъ»), whose report
// the words are.
func (m *reader) notOutlets(cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		if m.nameFacts(c.p)&factOutlet == 0 || c.p.speaksAsOutlet && c.flags&(1<<SFOwn) != 0 {
			out = append(out, c)
		}
	}
	return out
}

// sentInfo is what the chooser keeps of a sentence of a block that quotes.
type sentInfo struct {
	named []*person // the people the sentence names
	// namedSlot holds, for each of named, how many quotations of the
	// sentence stand before it; kept only for a sentence naming or
	// referring to more than candWindowMin people.
	namedSlot []int
	refs      []sentRef // who its roles and pronouns refer to
	no        int       // its number in the article
	verbG     byte      // the gender of its reporting verb (sentenceVerbGender)
	cue       bool      // it has a verb of speech
}

// spanInfo is what the filter keeps of a span in quote marks.
type spanInfo struct {
	sent    int  // the sentence it is in, -1 before it is read
	slot    int  // how many quotations of its sentence stand before it
	partial bool // woven into its sentence
	taken   bool // the rules took it for a quotation
}

// nameFacts are what the chooser asks of a person's name, as bits.
type nameFacts uint8

const (
	factKnown          nameFacts = 1 << iota // the facts below are known
	factPersonEvidence                       // a first name or patronymic
	factLowerWord                            // a word the article also writes in lower case
	factOutlet                               // the name of an outlet
)

// nameFacts returns what the chooser asks of p's name, worked out once for
// each name p is given.
func (m *reader) nameFacts(p *person) nameFacts {
	if p.facts != 0 {
		return p.facts
	}
	f := factKnown
	for _, w := range p.name {
		if isPersonEvidence(w) {
			f |= factPersonEvidence
		}
		if !p.body && hasLower(m.lowerWords, w) {
			f |= factLowerWord
		}
	}
	if m.isOutletName(p.name) || lang.OutletSet[strings.ToLower(strings.Join(p.name, " "))] {
		f |= factOutlet
	}
	p.facts = f
	return f
}

// SpeakerWeights returns the chooser's weights in use, for the training
// test to compare a retraining with.
func SpeakerWeights() [NSpeakerFeatures]float64 { return speakerWeights }
