package attrib

import (
	"math"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/articlekit/article/internal/model"
)

// The English he/she antecedent ranker.
//
// The candidates for what "he" or "she" refers to are the people last
// made salient (subjects of sentences, speakers of attributions: the
// centre of attention of English discourse), most recent first, who can
// be a person of the pronoun's gender (enCanBe). Each gets the features
// below, and the weights of enspk13q_weights.go score them. A conditional
// logit (a softmax over the candidates) fitted on the first half of the
// PolNeAR training split only,
//
//	go test -run TestTrainEnPronoun -trainenpron -count=1 -v .
//
// rewrites those weights; the committed ones are the hand rule's. (The
// weights the command fitted chose the annotated referent for 586 of 787
// pronoun attributions of half 1 and 552 of 797 of half 2, hand rule 579
// and 546, but moved the he/she speakers of quotations by +1 and 0 on
// the halves, -1 and +1 in an earlier round: within noise, so not kept.
// Written here because the command rewrites the weights file.) The features are about discourse (how
// recently the candidate was the centre, whether it spoke last, how often
// it was named, whether its gender is known to agree), never about the
// words of any one text.

// English pronoun-candidate features, by index.
const (
	EPRank0       = iota // the most recent salient person who can be the pronoun's referent
	EPRank1              // the next
	EPRankFar            // salient, further back
	EPLastSpeaker        // the speaker of the last attribution
	EPLastMention        // the last person named
	EPGenderKnown        // its gender is known and agrees
	EPMultiWord          // named by two words or more
	EPFirstName          // its first word is a first name the lists know
	EPLogMentions        // log of 1 + how many times it was named
	EPLogDistance        // log of 1 + sentences since it was last named
	EPSameSent           // named in the pronoun's own sentence
	EPLowerWord          // a word of its name is one the article writes in lower case
	NEnPronFeatures
)

// enPronCand is one candidate referent with its features.
type enPronCand struct {
	p *person
	x [NEnPronFeatures]float64
}

// enPronounCands returns the candidates for an English pronoun of gender
// g, with their features, in the order of the hand rule (most recent
// salient first).
func (m *reader) enPronounCands(g byte) []enPronCand {
	var out []enPronCand
	rank := 0
	add := func(p *person) {
		for _, c := range out {
			if c.p == p {
				return
			}
		}
		var c enPronCand
		c.p = p
		switch {
		case rank == 0:
			c.x[EPRank0] = 1
		case rank == 1:
			c.x[EPRank1] = 1
		default:
			c.x[EPRankFar] = 1
		}
		rank++
		if p == m.lastSpeaker {
			c.x[EPLastSpeaker] = 1
		}
		if p == m.lastMention {
			c.x[EPLastMention] = 1
		}
		if p.gender == g {
			c.x[EPGenderKnown] = 1
		}
		if len(p.name) >= 2 {
			c.x[EPMultiWord] = 1
		}
		if enNameGender[strings.ToLower(p.name[0])] != 0 {
			c.x[EPFirstName] = 1
		}
		c.x[EPLogMentions] = math.Log1p(float64(p.mentions))
		c.x[EPLogDistance] = math.Log1p(float64(max(0, m.sent-p.lastSent)))
		if p.lastSent == m.sent {
			c.x[EPSameSent] = 1
		}
		if m.nameFacts(p)&factLowerWord != 0 {
			c.x[EPLowerWord] = 1
		}
		out = append(out, c)
	}
	for k := len(m.salient) - 1; k >= 0; k-- {
		if p := m.salient[k]; m.enCanBe(p, g) {
			add(p)
		}
	}
	return out
}

// enHandWeights are the hand rule as weights: the most recent salient
// person who can be the referent.
var enHandWeights = [NEnPronFeatures]float64{EPRank0: 3, EPRank1: 2, EPRankFar: 1}

// EnHandWeights returns enHandWeights, the prior of the ranker's training.
func EnHandWeights() []float64 { return enHandWeights[:] }

// enRank returns the best scored candidate, nil when there is none.
func enRank(cs []enPronCand, w *[NEnPronFeatures]float64) *person {
	var best *person
	bestZ := math.Inf(-1)
	for _, c := range cs {
		z := 0.0
		for k, v := range c.x {
			z += w[k] * v
		}
		if z > bestZ {
			best, bestZ = c.p, z
		}
	}
	return best
}

// EnPronounSample is one English he/she the reader resolved, for training
// the ranker: the sentence it stands in (its tokens joined by spaces,
// quotations in straight double quotes) and its candidates.
type EnPronounSample struct {
	Sentence string
	Gender   byte
	Names    []string
	Feats    [][NEnPronFeatures]float64
}

// enCollect, when not nil, receives the candidates of each English
// pronoun resolved (enPronounReferent) and then, at the end of each
// sentence, the sentence (enAfterLearn). Only EnPronounSamples sets it,
// under enCollectMu; the library never does.
// (An atomic pointer: Extract may run in other goroutines meanwhile, and
// reads it there; it then collects their samples too, and ranks by the
// hand weights, which the committed weights reproduce. Only a training
// run, alone, asks for samples; the collector's own lock keeps such
// concurrent calls from racing on its slices.)
var (
	enCollectMu sync.Mutex
	enCollect   atomic.Pointer[enCollector]
)

type enCollector struct {
	mu      sync.Mutex
	pending []EnPronounSample
	out     []EnPronounSample
}

// EnPronounSamples reads the body as Extract does and returns, for each
// sentence with an English he or she the reader resolved, the first such
// pronoun's candidates.
func EnPronounSamples(blocks []model.Block) []EnPronounSample {
	enCollectMu.Lock()
	defer enCollectMu.Unlock()
	c := &enCollector{}
	enCollect.Store(c)
	defer enCollect.Store(nil)
	extract(blocks, "en", func() error { return nil }, false)
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.out
}

// noteCands records the candidates of a pronoun when collecting.
func (c *enCollector) noteCands(g byte, cs []enPronCand) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.pending) > 0 {
		return // (the first pronoun of the sentence)
	}
	s := EnPronounSample{Gender: g}
	for _, x := range cs {
		s.Names = append(s.Names, x.p.String())
		s.Feats = append(s.Feats, x.x)
	}
	c.pending = append(c.pending, s)
}

// noteSentence attaches the sentence to the pending samples.
func (c *enCollector) noteSentence(toks []token) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.pending) == 0 {
		return
	}
	var sb strings.Builder
	for i, t := range toks {
		if i > 0 {
			sb.WriteByte(' ')
		}
		if t.kind == tokQuote {
			sb.WriteString("\"" + t.text + "\"")
			continue
		}
		sb.WriteString(t.text)
	}
	for _, s := range c.pending {
		s.Sentence = sb.String()
		c.out = append(c.out, s)
	}
	c.pending = c.pending[:0]
}
