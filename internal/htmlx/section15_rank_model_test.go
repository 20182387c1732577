package htmlx

import (
	"math"
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The section ranker. Every section source of the page (the structured
// ones, and each printed form that section.go, section_scan.go,
// section_trail.go, section_url.go, section_heading.go and
// section_body.go read) gives its candidates, and a few looser forms give
// more: every crumb of a trail with its place from the trail's end, every
// part of the <title> beside the headline's, every heading just over the
// headline, every link to a directory above the page's address, every
// highlighted menu item, category label and category link. The same text
// (case folded) from several sources is one candidate that carries all of
// their marks. Each candidate is described by which sources gave it, how
// many agree, its shape (words, length, capitals, digits, whether it
// looks like the site's name or lies inside the headline), how the page
// prints it elsewhere (as links, as menu links, outside links, in the
// <title>) and whether the hand order (handSection) picks it. A linear
// score over these features ranks the candidates against a "no section"
// option of its own score; the weights are learned on the web-extract dev
// labels only (TestTrainSectionRanker, section15_train_test.go).
//
// The learned weights did not beat the hand order on both halves of the
// dev sites, so Extract keeps the hand order (chooseSection) and
// sectionRankWeights (section15_weights_test.go) hold the hand order as
// weights: the ranker is the training command's, and the switch a later
// session may throw when a ranker beats the hand order.

// Features of a section candidate. The first sixteen source marks follow
// handSection's order: the three structured sources, then
// printedSections' list.
const (
	sfNone = iota // the "no section" option (its only feature)
	sfLD
	sfOG
	sfMicro
	sfLDTrail
	sfMicroTrail
	sfTrail
	sfCategory
	sfLabelOver
	sfHeading
	sfMeta
	sfTab
	sfBody
	sfTitleSeg
	sfURL
	sfDirCat
	sfClassHead
	sfHand      // the hand order's choice
	sfCrumb     // a crumb of a trail
	sfCrumbEnd  // 1/k for the k-th crumb from the trail's end
	sfTitlePart // a part of the <title> beside the headline's, not the site's
	sfTitleNext // the part next to the headline's
	sfHead      // a heading within reach over the headline
	sfHeadNear  // how near (1 right over it, 0 at the reach)
	sfDir       // a link to a directory above the page's address
	sfDirDeep   // to the deepest such directory that has a link
	sfDirMarked // marked as the current item
	sfTabAny    // a highlighted menu item anywhere before the headline's end
	sfLabelAny  // a category or rubric label anywhere
	sfCatAny    // a category link of the post
	sfAgree     // distinct sources that give it, less one, over four (at most 1)
	sfWords1
	sfWords2
	sfWords3 // three words or more
	sfLong   // more than 25 letters
	sfCaps   // in capitals
	sfDigits
	sfSite       // looks like the site's name
	sfInHeadline // lies inside the headline
	sfLinks      // links that print it (log, at most 1)
	sfNavLink    // a menu's link prints it
	sfApart      // printed outside links
	sfInTitle    // a part of the <title>
	sfStructured // a structured source gives it
	sfHeadApart  // a heading over the headline that is no link (sfHeadNear when so)
	sfTitleNav   // the <title> part next to the headline's, which a menu links
	sfDirNav     // the deepest directory's link, which a menu holds
	sfMarked     // a link marked as the current item of its list (markedItem), before the headline
	sfMetaLink   // a link in a box whose class names categories, a taxonomy or the post's meta line
	sfHeadFar    // a heading over the headline beyond sectionHeadReach
	sfTitleAlone // a part of a <title> that does not print the headline
	sfPageCands  // the page's candidates (log, at most 1): a threshold that rises with them
	sfPageTrail  // the page has a breadcrumb trail
	sfPageStruct // the page has a structured section
	nSecFeats
)

// secFeatNames name the features, for the training command's output.
var secFeatNames = [nSecFeats]string{
	"sfNone", "sfLD", "sfOG", "sfMicro", "sfLDTrail", "sfMicroTrail", "sfTrail", "sfCategory", "sfLabelOver", "sfHeading",
	"sfMeta", "sfTab", "sfBody", "sfTitleSeg", "sfURL", "sfDirCat", "sfClassHead", "sfHand", "sfCrumb", "sfCrumbEnd",
	"sfTitlePart", "sfTitleNext", "sfHead", "sfHeadNear", "sfDir", "sfDirDeep", "sfDirMarked", "sfTabAny", "sfLabelAny",
	"sfCatAny", "sfAgree", "sfWords1", "sfWords2", "sfWords3", "sfLong", "sfCaps", "sfDigits", "sfSite", "sfInHeadline",
	"sfLinks", "sfNavLink", "sfApart", "sfInTitle", "sfStructured", "sfHeadApart", "sfTitleNav", "sfDirNav",
	"sfMarked", "sfMetaLink", "sfHeadFar", "sfTitleAlone", "sfPageCands", "sfPageTrail", "sfPageStruct",
}

// secCand is one section candidate: its text as first given, its folded
// text, the source it is reported from and its features.
type secCand struct {
	text, fold string
	src        model.Source
	srcRank    int // the rank of src among the sources (lower first)
	x          [nSecFeats]float64
}

// secCands gathers candidates by folded text.
type secCands struct {
	list []secCand
	at   map[string]int
}

// add marks text t with feature f (value v, the larger kept), from src of
// rank r.
func (cs *secCands) add(t string, f int, v float64, src model.Source, r int) *secCand {
	t = textutil.NormalizeSpace(t)
	if t == "" {
		return nil
	}
	k := FoldSection(t)
	i, ok := cs.at[k]
	if !ok {
		if cs.at == nil {
			cs.at = map[string]int{}
		}
		i = len(cs.list)
		cs.at[k] = i
		cs.list = append(cs.list, secCand{text: t, fold: k, src: src, srcRank: r})
	}
	c := &cs.list[i]
	if r < c.srcRank {
		c.src, c.srcRank = src, r
	}
	c.x[f] = max(c.x[f], v)
	return c
}

// Ranks of the looser sources' provenance, after the hand sources'.
const looseRank = 100

// rankSections returns the section weights w pick among the page's
// candidates (none when the "no section" option's score, w[sfNone], is
// not beaten), its source, and the candidates. A candidate that is the
// hand order's choice is returned as handSection gives it (its text and
// source).
func rankSections(w *[nSecFeats]float64, a *model.Draft, m *PageMeta, root *html.Node, c *model.Config) (string, model.Source, []secCand) {
	ld := m.bestLD()
	printed, trails, s := printedSections(a, m, root, c)
	handV, handSrc := handSection(m, ld, printed, trails)
	cands := sectionCandidates(a, m, root, s, ld, printed, trails, handV, handSrc)
	best, bestScore := -1, w[sfNone]
	for i := range cands {
		if z := secScore(w, &cands[i].x); z > bestScore {
			best, bestScore = i, z
		}
	}
	if best < 0 {
		return "", model.Source{}, cands
	}
	b := cands[best]
	if b.x[sfHand] > 0 {
		return handV, handSrc, cands
	}
	return b.text, b.src, cands
}

// secScore is the score weights w give a candidate with features x.
func secScore(w, x *[nSecFeats]float64) float64 {
	z := 0.0
	for k, v := range x {
		z += w[k] * v
	}
	return z
}

// sectionCandidates gathers the candidates of every source with their
// features.
func sectionCandidates(a *model.Draft, m *PageMeta, root *html.Node, s *sectionScan, ld ldArticle, printed []sourced, trails []namedTrail, handV string, handSrc model.Source) []secCand {
	var cs secCands
	structured := []sourced{
		{structuredSection(ld.section), model.Source{From: model.FromJSONLD, Confidence: model.ConfStructured}},
		{structuredSection(m.metaValue("article:section")), model.Source{From: model.FromOpenGraph, Confidence: model.ConfMeta}},
		{structuredSection(m.micro.section), model.Source{From: model.FromMicrodata, Confidence: model.ConfStructured}},
	}
	for i, p := range append(structured, printed...) {
		if i+sfLD > sfClassHead {
			break
		}
		if c := cs.add(p.v, sfLD+i, 1, p.from, i); c != nil && i < 3 {
			c.x[sfStructured] = 1
		}
	}
	if handV != "" {
		cs.add(handV, sfHand, 1, handSrc, -1)
	}
	guess := func(from string) model.Source { return model.Source{From: from, Confidence: model.ConfGuess} }
	// Every crumb of every trail, by its place from the end.
	for _, tr := range trails {
		var valid []string
		for _, cr := range tr.crumbs {
			t := textutil.NormalizeSpace(strings.Trim(cr.text, " :|>»›/\\-–—•·→▸►"))
			f := FoldSection(t)
			if t == "" || HomeWords[f] || pageWords[f] || s.headline != "" && (f == s.headline || strings.Contains(f, s.headline)) ||
				!sectionShaped(t) || matchesSite(t, s.sites) || siteLike(t, s.sites) || frameWord(t) {
				continue
			}
			valid = append(valid, t)
		}
		for k := len(valid) - 1; k >= 0; k-- {
			if c := cs.add(valid[k], sfCrumb, 1, model.Source{From: tr.from, Confidence: model.ConfGuess}, looseRank); c != nil {
				c.x[sfCrumbEnd] = max(c.x[sfCrumbEnd], 1/float64(len(valid)-k))
			}
		}
	}
	// The parts of the <title> beside the headline's.
	parts := titleParts(m.title)
	h := FoldSection(storyHeadline(a.Headline, m.title))
	hi := -1
	for i, p := range parts {
		if h != "" && headlinePart(p, h) {
			hi = i
			break
		}
	}
	inTitle := map[string]bool{}
	for i, p := range parts {
		inTitle[FoldSection(p)] = true
		if hi < 0 && len(parts) >= 2 && h != "" && sectionShaped(p) && textutil.CountWords(p) <= 4 && !matchesSite(p, s.sites) && !siteLike(p, s.sites) {
			cs.add(p, sfTitleAlone, 1, guess(model.FromTitleTag), looseRank+1)
		}
		if hi < 0 || i == hi || !sectionShaped(p) || textutil.CountWords(p) > 5 || matchesSite(p, s.sites) || siteLike(p, s.sites) {
			continue
		}
		if c := cs.add(p, sfTitlePart, 1, guess(model.FromTitleTag), looseRank+1); c != nil && (i == hi+1 || i == hi-1) {
			c.x[sfTitleNext] = 1
		}
	}
	// Headings within reach over the headline.
	if s.h1Start >= 0 {
		for _, list := range [][]headCand{s.heads, s.classHeads} {
			for _, hc := range list {
				if hc.at >= s.h1Start {
					continue
				}
				f := FoldSection(hc.text)
				if f == s.headline || tabWords[f] || boxHeadings[f] || matchesSite(hc.text, s.sites) || siteLike(hc.text, s.sites) {
					continue
				}
				if s.h1Start-hc.at > sectionHeadReach {
					cs.add(hc.text, sfHeadFar, 1, guess(model.FromCategory), looseRank+2)
				} else if c := cs.add(hc.text, sfHead, 1, guess(model.FromCategory), looseRank+2); c != nil {
					c.x[sfHeadNear] = max(c.x[sfHeadNear], 1-float64(s.h1Start-hc.at)/sectionHeadReach)
				}
			}
		}
	}
	// Links to the directories above the page's address, deepest first,
	// not at or above one the site's name links to.
	deep := true
	for k := len(s.dirCands) - 1; k > 0; k-- {
		if s.dirHome&(1<<min(k, 63)) != 0 {
			break
		}
		dc := s.dirCands[k]
		if dc.text == "" {
			continue
		}
		c := cs.add(dc.text, sfDir, 1, guess(model.FromBreadcrumb), looseRank+3)
		if c == nil {
			continue
		}
		if deep {
			c.x[sfDirDeep], deep = 1, false
		}
		if dc.marked {
			c.x[sfDirMarked] = 1
		}
	}
	for _, t := range s.tabs {
		if s.h1Start < 0 || t.at <= s.h1Start {
			cs.add(t.text, sfTabAny, 1, guess(model.FromBreadcrumb), looseRank+4)
		}
	}
	for _, l := range s.labels {
		cs.add(l.text, sfLabelAny, 1, guess(model.FromCategory), looseRank+5)
	}
	for _, t := range s.catLinks {
		if sectionShaped(t) {
			cs.add(t, sfCatAny, 1, guess(model.FromCategory), looseRank+6)
		}
	}
	marked, meta := looseLinks(root, s)
	for _, t := range marked {
		cs.add(t, sfMarked, 1, guess(model.FromBreadcrumb), looseRank+7)
	}
	for _, t := range meta {
		cs.add(t, sfMetaLink, 1, guess(model.FromCategory), looseRank+8)
	}
	if len(cs.list) == 0 {
		return nil
	}
	links, nav, apart := printedCounts(root, cs.list)
	pageTrail, pageStruct := 0.0, 0.0
	for _, tr := range trails {
		if len(tr.crumbs) > 0 {
			pageTrail = 1
		}
	}
	for _, p := range structured {
		if p.v != "" {
			pageStruct = 1
		}
	}
	for i := range cs.list {
		c := &cs.list[i]
		c.x[sfPageCands] = min(1, math.Log1p(float64(len(cs.list)))/4)
		c.x[sfPageTrail], c.x[sfPageStruct] = pageTrail, pageStruct
		srcs := 0
		for f := sfLD; f <= sfTitleAlone; f++ {
			if f > sfCatAny && f < sfMarked {
				continue
			}
			if f != sfHand && f != sfCrumbEnd && f != sfHeadNear && f != sfTitleNext && f != sfDirDeep && f != sfDirMarked && c.x[f] > 0 {
				srcs++
			}
		}
		c.x[sfAgree] = min(1, float64(max(srcs-1, 0))/4)
		switch w := textutil.CountWords(c.text); {
		case w <= 1:
			c.x[sfWords1] = 1
		case w == 2:
			c.x[sfWords2] = 1
		default:
			c.x[sfWords3] = 1
		}
		if textutil.RuneLen(c.text) > 25 {
			c.x[sfLong] = 1
		}
		if allCaps(c.text) {
			c.x[sfCaps] = 1
		}
		if strings.ContainsAny(c.text, "0123456789") {
			c.x[sfDigits] = 1
		}
		if matchesSite(c.text, s.sites) || siteLike(c.text, s.sites) {
			c.x[sfSite] = 1
		}
		if s.headline != "" && strings.Contains(s.headline, c.fold) {
			c.x[sfInHeadline] = 1
		}
		c.x[sfLinks] = min(1, math.Log1p(float64(links[i]))/3)
		if nav[i] > 0 {
			c.x[sfNavLink] = 1
		}
		if apart[i] {
			c.x[sfApart] = 1
		}
		if inTitle[c.fold] {
			c.x[sfInTitle] = 1
		}
		if apart[i] && links[i] == 0 {
			c.x[sfHeadApart] = c.x[sfHeadNear]
		}
		if nav[i] > 0 {
			c.x[sfTitleNav], c.x[sfDirNav] = c.x[sfTitleNext], c.x[sfDirDeep]
		}
	}
	return cs.list
}

// allCaps reports whether s has letters and none in lower case.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// secBox is what a walk of the page knows of the boxes around a node:
// inside a link, a menu (inNav deep), a box of the post's categories or
// meta line, a sidebar or a menu (side).
type secBox struct {
	inLink, metaBox, side bool
	inNav                 int
}

// secWalk walks the page's text and elements outside scripts, styles and
// the <head>, to 400 levels: text is called on each text node, elem on
// each element before its children, with the boxes around them.
func secWalk(n *html.Node, box secBox, depth int, text func(*html.Node, secBox), elem func(*html.Node, secBox)) {
	switch n.Type {
	case html.TextNode:
		text(n, box)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head, atom.Select, atom.Option:
			return
		}
		elem(n, box)
		if n.DataAtom == atom.A {
			box.inLink = true
		}
		if n.DataAtom == atom.Nav {
			box.inNav++
		} else if n.DataAtom != atom.Body && n.DataAtom != atom.Html {
			if cls, id := strings.ToLower(attr(n, "class")), strings.ToLower(attr(n, "id")); cls != "" || id != "" {
				if navBlock(n, cls, id) {
					box.inNav++
				}
				box.side = box.side || box.inNav > 0 || sideBlock(cls, id)
				box.metaBox = box.metaBox || metaBoxName(cls) || metaBoxName(id)
			}
		}
	case html.DocumentNode:
	default:
		return
	}
	if depth > 400 {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		secWalk(c, box, depth+1, text, elem)
	}
}

// printedCounts walks the page once and counts, for each candidate, the
// links whose text is the candidate's, those of them in a menu, and
// whether a text outside links prints it.
func printedCounts(root *html.Node, cands []secCand) (links, nav []int, apart []bool) {
	links, nav, apart = make([]int, len(cands)), make([]int, len(cands)), make([]bool, len(cands))
	longest := 0
	for _, c := range cands {
		longest = max(longest, len(c.fold))
	}
	text := func(n *html.Node, box secBox) {
		if len(n.Data) > 3*longest+20 {
			return
		}
		for i := range cands {
			if FoldEquals(n.Data, cands[i].fold) {
				switch {
				case !box.inLink:
					apart[i] = true
				case box.inNav > 0:
					links[i]++
					nav[i]++
				default:
					links[i]++
				}
			}
		}
	}
	secWalk(root, secBox{}, 0, text, func(*html.Node, secBox) {})
	return links, nav, apart
}

// Bounds of looseLinks: the links it keeps of each kind.
const looseLinksMax = 8

// looseLinks walks the page for two looser forms of the section: the
// links marked as the current item of their list (markedItem: a class
// that says so, or one that sets the item apart from its siblings) up to
// the headline, as old menus mark the section's tab in every way CMSs
// name it; and the links in a box whose class or id names the post's
// categories, a taxonomy or its meta line ("cats", "taxonomy",
// "postmeta", "posted"), outside menus and sidebars.
func looseLinks(root *html.Node, s *sectionScan) (marked, meta []string) {
	at := 0
	text := func(n *html.Node, _ secBox) {
		if t := strings.TrimSpace(n.Data); t != "" {
			at += len(t) + 1
		}
	}
	elem := func(n *html.Node, box secBox) {
		if n.DataAtom != atom.A {
			return
		}
		if (s.h1Start < 0 || at <= s.h1Start) && len(marked) < looseLinksMax && markedItem(n) {
			if t := s.dirLinkText(n); t != "" {
				marked = append(marked, t)
			}
		}
		if box.metaBox && !box.side && len(meta) < looseLinksMax {
			if t := shortText(n); sectionShaped(t) && textutil.CountWords(t) <= 4 && !strings.Contains(strings.ToLower(attr(n, "rel")), "tag") {
				meta = append(meta, t)
			}
		}
	}
	secWalk(root, secBox{}, 0, text, elem)
	return marked, meta
}

// metaBoxName reports whether a lowered class or id names a box of the
// post's categories or meta line.
func metaBoxName(v string) bool {
	for f := range strings.FieldsSeq(v) {
		if strings.HasPrefix(f, "cat") && !strings.HasPrefix(f, "catch") || strings.Contains(f, "taxonom") || strings.Contains(f, "postmeta") ||
			strings.Contains(f, "post-meta") || strings.Contains(f, "entry-meta") || strings.Contains(f, "posted") || strings.Contains(f, "categor") {
			return true
		}
	}
	return false
}
