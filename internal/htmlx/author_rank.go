package htmlx

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"
)

// The authors as a learned choice among candidates.
//
// Every source pickAuthors weighs (structured data, meta tags, rel=author
// links, the bylines printed by the headline or named so by class, a blog's
// "Posted by" line, a name over a job line, a labelled credit, an author
// box, a wire's dateline) proposes a list of names, cleaned as pickAuthors
// cleans them. The distinct lists are the candidates; each gets the
// features below: which kinds of source propose it, how many agree, the
// shape of its names (word count, capitals, a login's lower case, digits),
// whether it names the site or an outlet. Beside them stands the empty
// answer, for pages that credit nobody. A conditional logit picks one; its
// weights are learned from testdata/webextract-dev-meta.json by
// TestTrainAuthorRanker in the root package.

// Author candidate features. NAuthorFeatures must stay the last.
const (
	AEmpty          = iota // the empty answer
	AEmptyNCands           // the empty answer: log(1 + candidates)
	AJSONLD                // JSON-LD author
	AMicro                 // microdata author
	AMeta                  // author meta tags
	ARel                   // rel=author links
	AHeadByline            // "By …" in the text under the headline
	AJob                   // a name over a job line under the headline
	APosted                // a blog's "Posted by" line
	ABylineNear            // a byline element by the headline
	ABylineFar             // a byline element away from it
	ABylineFarTeas         // ... on a page whose far bylines name 3+ people
	AText                  // a byline in the text by the headline
	ALabelled              // a labelled credit ("Author: …")
	ACredit                // a paragraph that is a byline alone
	ABox                   // an author box's heading
	AWire                  // a wire's dateline ("(AFP)")
	ANSources              // kinds of source that propose it, over 3
	ASite                  // names the site or the publisher
	AOutlet                // names an outlet or a wire
	ALogNames              // log(1 + names)
	AWords                 // mean words per name, over 3
	AOneWord               // a one-word name
	ALower                 // a name all lower case
	ACaps                  // a name all capitals
	AJobWords              // a name holds a job's word
	ARule                  // the hand rules' choice (pickAuthors)
	NAuthorFeatures
)

// AuthorCandidate is one candidate of the author ranker.
type AuthorCandidate struct {
	Names []string
	X     [NAuthorFeatures]float64
}

// AuthorTrace, when set, is called with every page's author candidates
// (the empty answer first). The training sets it; the library never does.
var AuthorTrace func(cands []AuthorCandidate)

// traceAuthors gathers the candidates of every source of the authors and
// hands them to AuthorTrace.
func traceAuthors(m *PageMeta, ld ldArticle, pub, base string, rule []model.Author) {
	type src struct {
		au   []model.Author
		kind int
	}
	var ss []src
	ss = append(ss, src{ld.authors, AJSONLD}, src{m.micro.authors, AMicro})
	var metaAuthors []model.Author
	for _, k := range []string{"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "citation_author"} {
		for _, v := range m.metas[k] {
			if !strings.Contains(v, "://") && !strings.HasPrefix(v, "www.") {
				metaAuthors = append(metaAuthors, model.Author{Name: v})
			}
		}
		if len(metaAuthors) > 0 {
			break
		}
	}
	ss = append(ss, src{metaAuthors, AMeta})
	var rel []model.Author
	for _, r := range m.relAuthors {
		if r.Name != "" {
			rel = append(rel, r)
		}
	}
	ss = append(ss, src{rel, ARel})
	one := func(name string, kind int) {
		if name != "" {
			ss = append(ss, src{[]model.Author{{Name: name}}, kind})
		}
	}
	one(headBylineText(m), AHeadByline)
	one(nameOverJob(m), AJob)
	one(postedByCredit(m), APosted)
	teasers := farBylinePeople(m) >= 3
	for i, s := range m.bylines {
		if i+1 < len(m.bylines) && m.bylines[i+1] != s && strings.Contains(s, m.bylines[i+1]) && len(CleanAuthors(m.bylines[i+1], "")) > 0 {
			continue
		}
		switch {
		case i < len(m.bylineAt) && m.nearHeadline(m.bylineAt[i]):
			one(s, ABylineNear)
		case teasers:
			one(s, ABylineFarTeas)
		default:
			one(s, ABylineFar)
		}
	}
	one(textByline(m), AText)
	if hasBylineLabel(m.text) {
		one(labelledByline(m), ALabelled)
	}
	for _, c := range m.credits {
		one(c, ACredit)
	}
	one(m.authorBox, ABox)
	one(datelineAgency(m), AWire)
	sites := append(authorSites(m, base), pub)
	cands := []AuthorCandidate{{}}
	var keys []string
	keys = append(keys, "")
	for _, s := range ss {
		out, _ := authorsFrom([][]model.Author{s.au}, "", nil, 0, base)
		if len(out) == 0 {
			continue
		}
		var names []string
		for _, a := range out {
			names = append(names, a.Name)
		}
		key := strings.ToLower(strings.Join(names, "|"))
		k := slices.Index(keys, key)
		if k < 0 {
			k = len(cands)
			keys = append(keys, key)
			c := AuthorCandidate{Names: names}
			x := &c.X
			x[ALogNames] = math.Log1p(float64(len(names)))
			words := 0
			for _, n := range names {
				w := len(strings.Fields(n))
				words += w
				if w == 1 {
					x[AOneWord] = 1
				}
				if strings.ToLower(n) == n {
					x[ALower] = 1
				}
				if strings.ToUpper(n) == n && strings.IndexFunc(n, unicode.IsLetter) >= 0 {
					x[ACaps] = 1
				}
				if isJobTitle(n) {
					x[AJobWords] = 1
				}
				if matchesSite(n, sites) || siteLike(n, sites) || isLegalEntity(n) {
					x[ASite] = 1
				}
				if lang.IsKnownOutlet(n) || wireServices[strings.ToLower(n)] {
					x[AOutlet] = 1
				}
			}
			x[AWords] = float64(words) / float64(len(names)) / 3
			cands = append(cands, c)
		}
		cands[k].X[s.kind] = 1
	}
	var ruleNames []string
	for _, a := range rule {
		ruleNames = append(ruleNames, a.Name)
	}
	key := strings.ToLower(strings.Join(ruleNames, "|"))
	if k := slices.Index(keys, key); k >= 0 {
		cands[k].X[ARule] = 1
	} else {
		c := AuthorCandidate{Names: ruleNames}
		c.X[ARule] = 1
		cands = append(cands, c)
	}
	for k := 1; k < len(cands); k++ {
		n := 0
		for f := AJSONLD; f <= AWire; f++ {
			if cands[k].X[f] != 0 {
				n++
			}
		}
		cands[k].X[ANSources] = float64(n) / 3
	}
	cands[0].X[AEmpty] = 1
	cands[0].X[AEmptyNCands] = math.Log1p(float64(len(cands) - 1))
	AuthorTrace(cands)
}
