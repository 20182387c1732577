package htmlx

import (
	"flag"
	"fmt"
	"hash/crc32"
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/learn"
	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The training of the element's re-ranker (content_rerank.go), on
// web-extract dev/ only (never validation/):
//
//	go test ./internal/htmlx -run TestTrainRerank -trainrerank -count=1 -v
//
// makes the extraction of every dev page, and for
// the element chosen and each alternative the re-ranker would look at,
// emits its body and scores it against the ground truth. Each alternative
// whose body's token F1 differs from the choice's by -reranktie or more is
// a sample (labelled by which is better, weighing by how much), and a
// logistic regression is fitted with an L2 penalty (-reranklambda). It is
// fitted on one half of the sites and measured on the other half, both
// ways: the logged figures are each half's mean F1 with the choice and
// with the re-ranker trained on the other half, at several thresholds
// (a page whose body the fallback changed keeps its figure).
// -rerankrel keeps one relation only, -reranknorm weighs each site as one
// page and each page's alternatives as one sample, -rerankboost N also
// fits boosted stumps (N rounds) in place of the linear model,
// -rerankaeb trains on the AEB's pages too (measured on dev only); -v
// lists the alternatives 0.1 or more better than the choice.
//
// At 601fd60 (dev body F1 0.9287 / 0.9241 by site halves; an oracle
// taking the best of the choice and its alternatives on every page:
// 0.9425 / 0.9357, +0.013), out of half, best threshold of each:
//
//	model (λ 0.001 unless said)      half 0            half 1
//	linear, all alternatives          0.9289 (+0.0002)  0.9241 (0)        at 0.6
//	linear, λ 0.0001                  0.9290 (+0.0003)  0.9238 (-0.0003)  at 0.7
//	linear, tie 0.1, λ 0.0003         0.9289 (+0.0002)  0.9241 (0)        (half 1: 0.9227 at 0.6)
//	linear, ancestors only            0.9277 (-0.0010)  0.9246 (+0.0005)  (λ 0.0003)
//	  the same, sites normalised      0.9275 (-0.0012)  0.9253 (+0.0012)
//	linear, descendants only          0.9287 (0)        0.9245 (+0.0004)  at 0.8
//	linear, other candidates only     0.9287 (0)        0.9241 (0)
//	boosted stumps, 300 rounds, norm  0.9287 (0)        0.9246 (+0.0005)  at 0.9; 0.9280 / 0.9249 at 0.8
//	the same, trained with the AEB    0.9290 (+0.0003)  0.9250 (+0.0009)  at 0.7 (8 up 9 down, 6 up 5 down)
//	  150 rounds                      0.9283 (-0.0004)  0.9250 (+0.0009)  at 0.7
//	  500 rounds                      0.9295 (+0.0008)  0.9250 (+0.0009)  at 0.8 (6 up 3 down, 4 up 3 down)
//	                                  0.9286 (-0.0001)  0.9249 (+0.0008)  at 0.9
//	  300 rounds, not normalised      0.9300 (+0.0013)  0.9246 (+0.0005)  at 0.7 (13 up 7 down, 6 up 21 down)
//
// Most settings gained on one half only; each half's model picks up
// what the other half's few sites do (7 of the 34 pages with a
// descendant 0.1 better share one site's markup), and fitted on all
// pages the linear model lifts its own training pages by 0.0010 at most.
// The one setting that gained on both halves (500 rounds, sites
// normalised, with the AEB, at 0.8) was put in the extractor as
// generated Go source (500 stumps; fitted on all of dev and the AEB):
// AEB 0.979 unchanged, but trafilatura-dev 0.942 -> 0.941 (a blog page
// took an ancestor that brought in its view counter, time and comment
// count: 3 leaked snippets), the same at 0.85; at 0.9 trafilatura-dev
// was unchanged but half 0 lost (above). So it was not kept, and
// validation/ was not measured. The choice's errors are not told apart
// by these shallow features much better than the blocks inside the body
// were (content_precision_diag_test.go).

// The re-ranker of the chosen element.
//
// The choice (content_choose.go) takes the element whose blocks' learned
// weights sum highest, widened over its ancestors by a hand rule. Where it
// errs, the better element is usually a near relative of the one chosen:
// an ancestor that holds the rest of a story cut short, a descendant that
// leaves out a comment thread or a column of links taken in with the
// story, or the next candidate by the same score (TestChoiceLoss files the
// pages by where the best body's element lies). The re-ranker looks at a
// few such alternatives (the chosen element's ancestors up to
// rerankLevels levels, its best-scored descendants, the next elements by
// score not nested in it) and judges each against the chosen one with a
// small logistic model over what the two differ by: how much text, of
// what link density, how many paragraphs of prose, how many of the
// text's blocks end as sentences, how sure the block scorer is of it,
// whether it holds the headline, and the generic words of the
// candidate's class and id (comment, related, sidebar, footer, author,
// teaser, promo against article, story, post, entry, content, body).
// The alternative replaces the choice only when the model is confident
// (a threshold well above 0.5): a wrong override costs a whole page.
//
// Not kept: trained on one half of the sites of web-extract dev/ and
// measured on the other, no model held on both halves without costing
// the other tuning corpora (see TestTrainRerank's comment), so this code
// lives in the tests only, for the trial to be made again.

// Relations of a candidate to the chosen element.
const (
	relAncestor = iota
	relDescendant
	relOther
)

const (
	// rerankLevels is how far up the ancestors are looked at.
	rerankLevels = 3
	// rerankDesc is how many of the best-scored descendants are.
	rerankDesc = 4
	// rerankOther is how many elements not nested in the choice are.
	rerankOther = 2
)

// rerankCand is one alternative to the chosen element.
type rerankCand struct {
	n   *html.Node
	rel int
}

// rerankSums are what the features read of the blocks under an element.
type rerankSums struct {
	runes, links, boil, prob, paras, sents, blocks float64
	head                                           bool
}

// rerankCands lists the alternatives to best: its ancestors below the
// body, its best-scored descendants, the next elements by score nested
// neither in it nor in each other (widened as the choice is).
func (w *ContentWalker) rerankCands(best *html.Node, score []float64) []rerankCand {
	t := w.tree()
	bi, ok := t.index[best]
	if !ok {
		return nil
	}
	var out []rerankCand
	up := best
	for k := 0; k < rerankLevels; k++ {
		up = up.Parent
		if up == nil || up.Type != html.ElementNode || up.DataAtom == atom.Body || up.DataAtom == atom.Html {
			break
		}
		out = append(out, rerankCand{up, relAncestor})
	}
	// The best-scored descendants and other elements, by one pass over
	// the tree's elements keeping the top few of each.
	var desc [rerankDesc]int32
	var other [rerankOther]int32
	nd, no := 0, 0
	insert := func(top []int32, n int, j int32) int {
		k := n
		if n < len(top) {
			n++
		} else if score[j] <= score[top[n-1]] {
			return n
		} else {
			k = n - 1
		}
		for ; k > 0 && score[top[k-1]] < score[j]; k-- {
			top[k] = top[k-1]
		}
		top[k] = j
		return n
	}
	for j := range t.nodes {
		jj := int32(j)
		if jj == bi || score[j] <= 0 || t.nodes[j].Type != html.ElementNode {
			continue
		}
		under, above := false, false
		for a := t.parent[j]; a >= 0; a = t.parent[a] {
			if a == bi {
				under = true
				break
			}
		}
		if !under {
			for a := t.parent[bi]; a >= 0; a = t.parent[a] {
				if a == jj {
					above = true
					break
				}
			}
		}
		switch {
		case under:
			nd = insert(desc[:], nd, jj)
		case !above:
			// The best of its own line only: a parent scoring at
			// least as high as the element stands for it.
			if p := t.parent[j]; p >= 0 && score[p] >= score[j] && !isAncestorIdx(t, p, bi) {
				continue
			}
			no = insert(other[:], no, jj)
		}
	}
	for _, j := range desc[:nd] {
		out = append(out, rerankCand{t.nodes[j], relDescendant})
	}
	for _, j := range other[:no] {
		n := w.widen(t.nodes[j])
		if isAncestor(n, best) {
			continue
		}
		out = append(out, rerankCand{n, relOther})
	}
	return out
}

// isAncestorIdx reports whether tree node a is b or one of its ancestors.
func isAncestorIdx(t *blockTree, a, b int32) bool {
	for ; b >= 0; b = t.parent[b] {
		if b == a {
			return true
		}
	}
	return false
}

// rerankSumsOf sums, for best (first) and each candidate, what the
// features read of the blocks under it, and the same for the whole page.
func (w *ContentWalker) rerankSumsOf(best *html.Node, cands []rerankCand, headline string) (sums []rerankSums, page rerankSums) {
	t := w.tree()
	slot := make([]int8, len(t.nodes))
	sums = make([]rerankSums, len(cands)+1)
	if j, ok := t.index[best]; ok {
		slot[j] = 1
	}
	for k, c := range cands {
		if j, ok := t.index[c.n]; ok {
			slot[j] = int8(k + 2)
		}
	}
	for i := range w.Blocks {
		b := &w.Blocks[i]
		var one rerankSums
		one.runes = float64(b.Runes)
		one.links = float64(b.LinkRun)
		if b.boiler {
			one.boil = one.runes
		}
		one.prob = one.runes * float64(w.prob[i])
		one.blocks = 1
		if b.kind == kindPara && isProse(b) {
			one.paras = 1
		}
		if endsSentence(b.Text) {
			one.sents = 1
		}
		one.head = headline != "" && b.kind == kindHeading && strings.EqualFold(b.Text, headline)
		page.add(&one)
		for j := t.block[i]; j >= 0; j = t.parent[j] {
			if s := slot[j]; s > 0 {
				sums[s-1].add(&one)
			}
		}
	}
	return sums, page
}

func (s *rerankSums) add(o *rerankSums) {
	s.runes += o.runes
	s.links += o.links
	s.boil += o.boil
	s.prob += o.prob
	s.paras += o.paras
	s.sents += o.sents
	s.blocks += o.blocks
	s.head = s.head || o.head
}

// Generic class and id words: of furniture, and of the article.
var (
	rerankNegWords = []string{"comment", "related", "sidebar", "footer", "author", "bio", "teaser", "promo", "widget", "nav", "menu"}
	rerankPosWords = []string{"article", "story", "post", "entry", "content", "body", "text"}
)

// classWords reports whether n's class or id holds a furniture word and
// an article word.
func classWords(n *html.Node) (neg, pos float64) {
	var buf [128]byte
	s := attr(n, "class") + " " + attr(n, "id")
	if len(s) > len(buf) {
		s = s[:len(buf)]
	}
	l := buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		l = append(l, c)
	}
	ls := string(l)
	for _, wd := range rerankNegWords {
		if strings.Contains(ls, wd) {
			neg = 1
			break
		}
	}
	for _, wd := range rerankPosWords {
		if strings.Contains(ls, wd) {
			pos = 1
			break
		}
	}
	return neg, pos
}

// nRerank is the number of the re-ranker's features.
const nRerank = 32

// rerankFeatures are the model's inputs for candidate c (its sums sn)
// against the chosen element best (its sums sb).
func rerankFeatures(best *html.Node, c rerankCand, sb, sn, page *rerankSums, scoreB, scoreN float64) [nRerank]float64 {
	var x [nRerank]float64
	x[0] = 1
	ratio := func(a, b float64) float64 {
		if b <= 0 {
			return 0
		}
		return a / b
	}
	b2f := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	negN, posN := classWords(c.n)
	negB, posB := classWords(best)
	x[19], x[20], x[21], x[22] = negN, posN, negB, posB
	x[23] = math.Max(-2, math.Min(2, ratio(scoreN, scoreB)))
	x[24] = ratio(sb.runes, page.runes)
	x[25] = ratio(sn.runes, page.runes)
	x[26] = ratio(sb.links, sb.runes)
	x[27] = ratio(sb.prob, sb.runes) - 0.5
	x[28] = math.Log1p(sb.runes) / 8
	switch c.rel {
	case relAncestor, relDescendant:
		// d is the text the two differ by: what the ancestor adds, or
		// what the descendant leaves out.
		hi, lo := sn, sb
		o := 0
		if c.rel == relDescendant {
			hi, lo = sb, sn
			o = 1
		}
		d := rerankSums{runes: hi.runes - lo.runes, links: hi.links - lo.links, boil: hi.boil - lo.boil,
			prob: hi.prob - lo.prob, paras: hi.paras - lo.paras, sents: hi.sents - lo.sents, blocks: hi.blocks - lo.blocks}
		x[1+o] = 1
		x[4+o] = math.Log1p(d.runes) / 8
		x[6+o] = ratio(d.prob, d.runes) - 0.5
		x[8+o] = ratio(d.links, d.runes)
		x[10+o] = math.Log1p(d.paras) / 3
		x[12+o] = ratio(d.sents, d.blocks)
		x[14+o] = ratio(d.boil, d.runes)
		x[16+o] = math.Min(5, ratio(d.runes, sb.runes))
		x[18] += b2f(hi.head && !lo.head) * float64(1-2*o)
	default:
		x[3] = 1
		x[29] = math.Log1p(sn.runes) - math.Log1p(sb.runes)
		x[30] = ratio(sn.prob, sn.runes) - ratio(sb.prob, sb.runes)
		x[31] = ratio(sn.links, sn.runes) - ratio(sb.links, sb.runes)
		x[18] = b2f(sn.head) - b2f(sb.head)
	}
	return x
}

// rerankProb is the model's probability that candidate c's body is
// better than the choice's, with weights wt.
func rerankProb(wt *[nRerank]float64, x *[nRerank]float64) float64 {
	z := 0.0
	for k, v := range x {
		z += wt[k] * v
	}
	return 1 / (1 + math.Exp(-z))
}

var (
	flagTrainRerank = flag.Bool("trainrerank", false, "train the element's re-ranker on web-extract dev/ and log its cross-check by site halves")
)

var flagRerankTie = flag.Float64("reranktie", 0.02, "with -trainrerank, the least difference of F1 a sample is made of")

var (
	flagRerankRel  = flag.Int("rerankrel", -1, "with -trainrerank, only the alternatives of this relation (0 ancestors, 1 descendants, 2 others)")
	flagRerankNorm = flag.Bool("reranknorm", false, "with -trainrerank, weigh each site as one page and each page's samples as one")
)

var flagRerankAEB = flag.Bool("rerankaeb", false, "with -trainrerank, also train on the AEB's pages (measured on dev only)")

var flagRerankBoost = flag.Int("rerankboost", 0, "with -trainrerank, also try boosted stumps of this many rounds")

// stump is one split of boosted stumps: feature k below cut gives lo,
// else hi.
type stump struct {
	k      int
	cut    float64
	lo, hi float64
}

// stumps is an additive model of stumps on a logistic scale.
type stumps struct {
	base float64
	s    []stump
}

func (m *stumps) prob(x []float64) float64 {
	z := m.base
	for _, s := range m.s {
		if x[s.k] < s.cut {
			z += s.lo
		} else {
			z += s.hi
		}
	}
	return 1 / (1 + math.Exp(-z))
}

// fitStumps fits boosted stumps by Newton steps on the weighted log loss
// (shrinkage 0.1, leaf values pulled toward zero).
func fitStumps(ex []learn.Example, rounds int) *stumps {
	if len(ex) == 0 {
		return &stumps{}
	}
	nf := len(ex[0].X)
	pos, all := 0.0, 0.0
	for _, e := range ex {
		all += e.W
		if e.Y {
			pos += e.W
		}
	}
	pos = math.Max(pos, 1e-9)
	m := &stumps{base: math.Log(pos / math.Max(all-pos, 1e-9))}
	z := make([]float64, len(ex))
	for i := range z {
		z[i] = m.base
	}
	// The candidate cuts: quantiles of each feature.
	cuts := make([][]float64, nf)
	for k := 0; k < nf; k++ {
		v := make([]float64, len(ex))
		for i, e := range ex {
			v[i] = e.X[k]
		}
		sort.Float64s(v)
		for q := 1; q < 16; q++ {
			c := v[q*len(v)/16]
			if len(cuts[k]) == 0 || cuts[k][len(cuts[k])-1] != c {
				cuts[k] = append(cuts[k], c)
			}
		}
	}
	reg := 0.01 * all / float64(len(ex)) * 10
	g := make([]float64, len(ex))
	hs := make([]float64, len(ex))
	for r := 0; r < rounds; r++ {
		G, H := 0.0, 0.0
		for i, e := range ex {
			p := 1 / (1 + math.Exp(-z[i]))
			y := 0.0
			if e.Y {
				y = 1
			}
			g[i] = e.W * (y - p)
			hs[i] = e.W * p * (1 - p)
			G += g[i]
			H += hs[i]
		}
		best, bk, bc := 0.0, -1, 0.0
		var bl, bh float64
		for k := 0; k < nf; k++ {
			for _, c := range cuts[k] {
				gl, hl := 0.0, 0.0
				for i, e := range ex {
					if e.X[k] < c {
						gl += g[i]
						hl += hs[i]
					}
				}
				gr, hr := G-gl, H-hl
				gain := gl*gl/(hl+reg) + gr*gr/(hr+reg)
				if gain > best {
					best, bk, bc, bl, bh = gain, k, c, gl/(hl+reg), gr/(hr+reg)
				}
			}
		}
		if bk < 0 {
			break
		}
		s := stump{k: bk, cut: bc, lo: 0.1 * bl, hi: 0.1 * bh}
		m.s = append(m.s, s)
		for i, e := range ex {
			if e.X[bk] < bc {
				z[i] += s.lo
			} else {
				z[i] += s.hi
			}
		}
	}
	return m
}

var flagRerankLambda = flag.Float64("reranklambda", 0.001, "with -trainrerank, the L2 penalty")

// rerankRow is one page: its half, the F1 of the choice's body and of
// the body kept, and its alternatives.
type rerankRow struct {
	id, site     string
	aeb          bool
	half         int
	rel          []int
	fBest, final float64
	x            [][nRerank]float64
	f            []float64
	desc         []string
}

func TestTrainRerank(t *testing.T) {
	if !*flagTrainRerank {
		t.Skip("trains the re-ranker only when asked: -trainrerank")
	}
	pages := fallbackPages(t)
	if pages == nil {
		t.Skip("no shared corpora")
	}
	defer func() { contentProbe = nil }()
	var rows []rerankRow
	for _, p := range pages {
		if strings.HasPrefix(p.id, "aeb-") && !*flagRerankAEB {
			continue
		}
		raw, err := eval.ReadGzip(p.path)
		if err != nil {
			t.Fatal(err)
		}
		r := rerankRow{aeb: strings.HasPrefix(p.id, "aeb-"), id: p.id, site: p.site, half: int(crc32.ChecksumIEEE([]byte(p.site)) % 2)}
		contentProbe = func(w *ContentWalker, best *html.Node, headline string, authors []string, body []model.Block) {
			if best == nil || w.prob == nil {
				return
			}
			f1 := func(n *html.Node) float64 {
				return eval.ScoreTokens(joinBlocks(w.emit(n, headline, authors)), p.truth).F1
			}
			r.fBest = eval.ScoreTokens(joinBlocks(body), p.truth).F1
			score := w.nodeScores()
			cands := w.rerankCands(best, score)
			sums, page := w.rerankSumsOf(best, cands, headline)
			tr := w.tree()
			scoreOf := func(n *html.Node) float64 {
				if j, ok := tr.index[n]; ok {
					return score[j]
				}
				return 0
			}
			for k, c := range cands {
				r.x = append(r.x, rerankFeatures(best, c, &sums[0], &sums[k+1], &page, scoreOf(best), scoreOf(c.n)))
				r.f = append(r.f, f1(c.n))
				r.rel = append(r.rel, c.rel)
				r.desc = append(r.desc, fmt.Sprintf("rel %d <%s %s> runes %.0f/%.0f prob %.2f/%.2f paras %.0f/%.0f", c.rel, c.n.Data, classOf(c.n), sums[k+1].runes, sums[0].runes, sums[k+1].prob/max(1, sums[k+1].runes), sums[0].prob/max(1, sums[0].runes), sums[k+1].paras, sums[0].paras))
			}
		}
		d, _ := Extract(raw, &model.Config{URL: p.url})
		if d != nil {
			r.final = eval.ScoreTokens(joinBlocks(d.Body), p.truth).F1
		}
		rows = append(rows, r)
	}
	if testing.Verbose() {
		for _, r := range rows {
			for k := range r.x {
				if r.f[k] > r.fBest+0.1 && math.Abs(r.final-r.fBest) < 1e-9 {
					t.Logf("BETTER %s %.2f -> %.2f %s", r.id, r.fBest, r.f[k], r.desc[k])
				}
			}
		}
	}
	// Each site weighs as much as one page, and each page's samples
	// together as much as one sample: a site of many pages and a page of
	// many alternatives alike would otherwise set the weights.
	perSite := map[string]int{}
	for _, r := range rows {
		perSite[r.site]++
	}
	relOK := func(rel int) bool { return *flagRerankRel < 0 || rel == *flagRerankRel }
	samples := func(keep func(rerankRow) bool) []learn.Example {
		var ex []learn.Example
		for _, r := range rows {
			if !keep(r) {
				continue
			}
			m := 0
			for k := range r.x {
				if relOK(r.rel[k]) {
					m++
				}
			}
			for k := range r.x {
				if !relOK(r.rel[k]) {
					continue
				}
				d := r.f[k] - r.fBest
				if math.Abs(d) < *flagRerankTie {
					continue
				}
				wt := math.Abs(d)
				if *flagRerankNorm {
					wt /= float64(perSite[r.site] * m)
				}
				ex = append(ex, learn.Example{X: r.x[k][:], Y: d > 0, W: wt})
			}
		}
		return ex
	}
	fit := func(ex []learn.Example) [nRerank]float64 {
		free := make([]bool, nRerank)
		free[0] = true
		var w [nRerank]float64
		copy(w[:], learn.Logistic(ex, learn.Options{Lambda: *flagRerankLambda, Free: free, Iters: 25}))
		return w
	}
	// apply is the page's F1 with the re-ranker at threshold min.
	apply := func(w *[nRerank]float64, r rerankRow, min float64) (float64, bool) {
		if math.Abs(r.final-r.fBest) > 1e-9 {
			return r.final, false // the fallback changed the body
		}
		top, topP := -1, min
		for k := range r.x {
			if !relOK(r.rel[k]) {
				continue
			}
			if p := rerankProb(w, &r.x[k]); p > topP {
				top, topP = k, p
			}
		}
		if top < 0 {
			return r.final, false
		}
		return r.f[top], true
	}
	if *flagRerankBoost > 0 {
		for h := 0; h < 2; h++ {
			m := fitStumps(samples(func(r rerankRow) bool { return r.half != h }), *flagRerankBoost)
			for _, min := range []float64{0.5, 0.6, 0.7, 0.8, 0.9} {
				n, base, got, up, down := 0, 0.0, 0.0, 0, 0
				for _, r := range rows {
					if r.half != h || r.aeb {
						continue
					}
					n++
					base += r.final
					f := r.final
					if math.Abs(r.final-r.fBest) < 1e-9 {
						top, topP := -1, min
						for k := range r.x {
							if !relOK(r.rel[k]) {
								continue
							}
							if p := m.prob(r.x[k][:]); p > topP {
								top, topP = k, p
							}
						}
						if top >= 0 {
							f = r.f[top]
							if f > r.final+0.005 {
								up++
							} else if f < r.final-0.005 {
								down++
							}
						}
					}
					got += f
				}
				t.Logf("boosted stumps, half %d: choice %.4f, at %.1f %.4f (%d up, %d down)", h, base/float64(n), min, got/float64(n), up, down)
			}
		}
	}
	mins := []float64{0.5, 0.6, 0.7, 0.8, 0.9}
	for h := 0; h < 3; h++ {
		w := fit(samples(func(r rerankRow) bool { return r.half != h }))
		if h == 2 {
			// In sample: fitted on every page, measured on every page.
			w = fit(samples(func(rerankRow) bool { return true }))
		}
		n, base, oracle := 0, 0.0, 0.0
		got := make([]float64, len(mins))
		up, down := make([]int, len(mins)), make([]int, len(mins))
		for _, r := range rows {
			if r.half != h && h < 2 || r.aeb {
				continue
			}
			n++
			base += r.final
			o := r.final
			if math.Abs(r.final-r.fBest) < 1e-9 {
				for _, f := range r.f {
					o = math.Max(o, f)
				}
			}
			oracle += o
			for i, m := range mins {
				f, moved := apply(&w, r, m)
				got[i] += f
				if moved && f > r.final+0.005 {
					up[i]++
				} else if moved && f < r.final-0.005 {
					down[i]++
				}
			}
		}
		var sb strings.Builder
		for i, m := range mins {
			fmt.Fprintf(&sb, " at %.1f: %.4f (%d up, %d down)", m, got[i]/float64(n), up[i], down[i])
		}
		what := fmt.Sprintf("half %d (%d pages)", h, n)
		if h == 2 {
			what = fmt.Sprintf("every page, fitted on every page (in sample, %d pages)", n)
		}
		t.Logf("%s: choice %.4f, oracle %.4f; re-ranker trained on the other half%s", what, base/float64(n), oracle/float64(n), sb.String())
	}
	all := samples(func(rerankRow) bool { return true })
	w := fit(all)
	t.Logf("%d samples; weights fitted on all pages: %.3f", len(all), w)
}
