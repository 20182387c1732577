// Package learn fits the small linear models behind the extractor's learned
// choices (the block scorer, the speaker chooser, the quotation filter):
// a weighted logistic regression by Newton's method and a conditional
// logit (a softmax over each group's candidates) by gradient descent, both
// with an L2 pull toward prior weights. It is used by the training
// commands in the repository's tests; the library itself only evaluates
// the weights they write into Go source.
package learn

import (
	"fmt"
	"go/format"
	"math"
	"os"
	"strings"
)

// Example is one labelled sample of a logistic regression.
type Example struct {
	X []float64 // features, the same length in every example
	Y bool      // the label
	W float64   // weight in the loss; 0 counts as 1
}

// Group is one choice among candidates, for a conditional logit: the
// candidates' features and which of them are right.
type Group struct {
	X     [][]float64 // features of each candidate
	Right []bool      // whether each candidate is a right answer
	W     float64     // weight in the loss; 0 counts as 1
}

// Options set a fit. The zero value fits every feature with no penalty.
type Options struct {
	// Lambda weighs the squared distance of the weights from Prior in the
	// loss (the loss is the weighted mean log loss).
	Lambda float64
	// Prior is the weights' prior mean, and the start of the fit; nil
	// means zeros.
	Prior []float64
	// Mask, when not nil, says which features are fitted; the others stay
	// at zero.
	Mask []bool
	// Free, when not nil, says which features are not pulled toward the
	// prior (a bias, say).
	Free []bool
	// Iters is the number of steps: Newton steps for Logistic (0 means
	// 30), gradient steps for CondLogit (0 means 1500).
	Iters int
	// Step is CondLogit's gradient step (0 means 1).
	Step float64
}

func (o Options) used(k int) bool { return o.Mask == nil || o.Mask[k] }

func (o Options) pulled(k int) bool { return o.Free == nil || !o.Free[k] }

func (o Options) prior(k int) float64 {
	if o.Prior == nil {
		return 0
	}
	return o.Prior[k]
}

// start returns the first weights: the prior on the fitted features.
func (o Options) start(n int) []float64 {
	w := make([]float64, n)
	for k := range w {
		if o.used(k) {
			w[k] = o.prior(k)
		}
	}
	return w
}

func weight(w float64) float64 {
	if w == 0 {
		return 1
	}
	return w
}

// Score returns the dot product of w and x.
func Score(w, x []float64) float64 {
	z := 0.0
	for k, v := range x {
		z += w[k] * v
	}
	return z
}

// Logistic fits the weights of a logistic regression on ex by Newton's
// method, minimising the weighted mean log loss plus o.Lambda times the
// squared distance of the pulled weights from o.Prior. It returns nil when
// ex is empty.
func Logistic(ex []Example, o Options) []float64 {
	if len(ex) == 0 {
		return nil
	}
	n := len(ex[0].X)
	w := o.start(n)
	total := 0.0
	for _, e := range ex {
		total += weight(e.W)
	}
	iters := o.Iters
	if iters == 0 {
		iters = 30
	}
	h := make([][]float64, n)
	for k := range h {
		h[k] = make([]float64, n)
	}
	g := make([]float64, n)
	for range iters {
		for k := range h {
			clear(h[k])
		}
		clear(g)
		for _, e := range ex {
			z := 0.0
			for k, v := range e.X {
				if o.used(k) {
					z += w[k] * v
				}
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if e.Y {
				y = 1
			}
			c := weight(e.W) / total
			d, q := c*(p-y), c*p*(1-p)
			for k, v := range e.X {
				if v == 0 || !o.used(k) {
					continue
				}
				g[k] += d * v
				for l, u := range e.X {
					if o.used(l) {
						h[k][l] += q * v * u
					}
				}
			}
		}
		for k := range n {
			if !o.used(k) {
				h[k][k], g[k] = 1, 0
				continue
			}
			if o.pulled(k) {
				g[k] += 2 * o.Lambda * (w[k] - o.prior(k))
				h[k][k] += 2 * o.Lambda
			}
			h[k][k] += 1e-9
		}
		step := Solve(h, g)
		for k := range w {
			w[k] -= step[k]
		}
	}
	return w
}

// CondLogit fits the weights of a conditional logit on gs by gradient
// descent: the probability of a group's right candidates among all of its
// candidates (a softmax of their scores), its weighted mean log loss plus
// o.Lambda times the squared distance of the pulled weights from o.Prior.
// Groups with no right candidate carry no information and are skipped. A
// feature the same for every candidate of a group (a bias) has no
// gradient, so it keeps its prior. It returns nil when gs is empty.
func CondLogit(gs []Group, o Options) []float64 {
	n := 0
	for _, g := range gs {
		if len(g.X) > 0 {
			n = len(g.X[0])
			break
		}
	}
	if n == 0 {
		return nil
	}
	w := o.start(n)
	total := 0.0
	for _, g := range gs {
		total += weight(g.W)
	}
	iters, step := o.Iters, o.Step
	if iters == 0 {
		iters = 1500
	}
	if step == 0 {
		step = 1
	}
	grad := make([]float64, n)
	var z []float64
	for range iters {
		clear(grad)
		for _, g := range gs {
			if !anyTrue(g.Right) {
				continue
			}
			z = z[:0]
			mx := math.Inf(-1)
			for _, x := range g.X {
				v := 0.0
				for k := range x {
					if o.used(k) {
						v += w[k] * x[k]
					}
				}
				z = append(z, v)
				mx = max(mx, v)
			}
			sum, sumRight := 0.0, 0.0
			for c := range z {
				z[c] = math.Exp(z[c] - mx)
				sum += z[c]
				if g.Right[c] {
					sumRight += z[c]
				}
			}
			for c, x := range g.X {
				d := z[c] / sum
				if g.Right[c] {
					d -= z[c] / sumRight
				}
				d *= weight(g.W) / total
				for k := range x {
					if o.used(k) {
						grad[k] += d * x[k]
					}
				}
			}
		}
		for k := range w {
			if !o.used(k) {
				continue
			}
			if o.pulled(k) {
				grad[k] += 2 * o.Lambda * (w[k] - o.prior(k))
			}
			w[k] -= step * grad[k]
		}
	}
	return w
}

func anyTrue(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// Solve returns x with h x = g, by Gaussian elimination with partial
// pivoting; h and g are overwritten. A singular column gives a zero in x.
func Solve(h [][]float64, g []float64) []float64 {
	n := len(g)
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		if h[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := h[r][c] / h[c][c]
			for k := c; k < n; k++ {
				h[r][k] -= f * h[c][k]
			}
			g[r] -= f * g[c]
		}
	}
	x := make([]float64, n)
	for c := n - 1; c >= 0; c-- {
		if h[c][c] == 0 {
			continue
		}
		s := g[c]
		for k := c + 1; k < n; k++ {
			s -= h[c][k] * x[k]
		}
		x[c] = s / h[c][c]
	}
	return x
}

// WriteWeights writes w as Go source to path: a file of package pkg
// opening with the comment header (its lines without "//"), then a doc
// comment doc and `var name = [size]float64{...}` keyed by names (the
// feature constants, by index), four decimals; with skipZero, zero weights
// are left out.
func WriteWeights(path, pkg, header, doc, name, size string, names []string, w []float64, skipZero bool) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "package %s\n\n", pkg)
	for _, l := range strings.Split(header, "\n") {
		fmt.Fprintf(&sb, "// %s\n", l)
	}
	fmt.Fprintf(&sb, "\n// %s\nvar %s = [%s]float64{\n", doc, name, size)
	for k, v := range w {
		if skipZero && v == 0 {
			continue
		}
		fmt.Fprintf(&sb, "\t%s: %.4f,\n", names[k], v)
	}
	sb.WriteString("}\n")
	src, err := format.Source([]byte(sb.String()))
	if err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}
