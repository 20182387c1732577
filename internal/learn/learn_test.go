package learn

import (
	"math"
	"math/rand/v2"
	"testing"
)

// synthetic draws n examples of a logistic model with weights truth (the
// first feature a constant 1).
func synthetic(n int, truth []float64, seed uint64) []Example {
	r := rand.New(rand.NewPCG(seed, 1))
	ex := make([]Example, n)
	for i := range ex {
		x := make([]float64, len(truth))
		x[0] = 1
		for k := 1; k < len(x); k++ {
			x[k] = r.NormFloat64()
		}
		p := 1 / (1 + math.Exp(-Score(truth, x)))
		ex[i] = Example{X: x, Y: r.Float64() < p}
	}
	return ex
}

func TestLogisticRecoversWeights(t *testing.T) {
	truth := []float64{-0.5, 2, -1, 0}
	w := Logistic(synthetic(20000, truth, 7), Options{})
	for k := range truth {
		if math.Abs(w[k]-truth[k]) > 0.12 {
			t.Errorf("weight %d = %.3f, want about %.3f", k, w[k], truth[k])
		}
	}
}

func TestLogisticMaskAndPrior(t *testing.T) {
	truth := []float64{0, 1.5, -1.5}
	ex := synthetic(5000, truth, 3)
	w := Logistic(ex, Options{Mask: []bool{true, true, false}})
	if w[2] != 0 {
		t.Errorf("masked weight = %v, want 0", w[2])
	}
	prior := []float64{0, -3, 3}
	w = Logistic(ex, Options{Lambda: 1e4, Prior: prior, Free: []bool{true, false, false}})
	for k := 1; k < 3; k++ {
		if math.Abs(w[k]-prior[k]) > 0.01 {
			t.Errorf("weight %d = %.3f under a strong pull, want the prior %.1f", k, w[k], prior[k])
		}
	}
	// Weights scale the loss: doubling every example's weight changes
	// nothing, while weighting the positives moves the bias up.
	for i := range ex {
		ex[i].W = 2
	}
	a := Logistic(ex, Options{})
	for i := range ex {
		if ex[i].Y {
			ex[i].W = 10
		}
	}
	b := Logistic(ex, Options{})
	if b[0] <= a[0] {
		t.Errorf("bias %.3f with heavier positives, not above %.3f", b[0], a[0])
	}
	if Logistic(nil, Options{}) != nil {
		t.Error("weights from no examples")
	}
}

func TestCondLogitChoosesRight(t *testing.T) {
	// The right candidate is the one with the largest first feature; the
	// second feature is noise, the third a constant (a bias).
	r := rand.New(rand.NewPCG(5, 9))
	var gs []Group
	for range 400 {
		var g Group
		best, bx := 0, math.Inf(-1)
		for c := range 4 {
			x := []float64{r.NormFloat64(), r.NormFloat64(), 1}
			if x[0] > bx {
				best, bx = c, x[0]
			}
			g.X = append(g.X, x)
		}
		g.Right = make([]bool, 4)
		g.Right[best] = true
		gs = append(gs, g)
	}
	gs = append(gs, Group{X: [][]float64{{1, 1, 1}}, Right: []bool{false}}) // no right one: skipped
	w := CondLogit(gs, Options{Lambda: 1e-3, Prior: []float64{0, 0, 0.5}})
	if w[0] < 1 || math.Abs(w[1]) > w[0]/4 {
		t.Errorf("weights %.3f: the deciding feature should dominate", w)
	}
	if math.Abs(w[2]-0.5) > 1e-6 {
		t.Errorf("bias moved from its prior 0.5 to %v", w[2])
	}
	right := 0
	for _, g := range gs[:400] {
		bi, bs := 0, math.Inf(-1)
		for c, x := range g.X {
			if s := Score(w, x); s > bs {
				bi, bs = c, s
			}
		}
		if g.Right[bi] {
			right++
		}
	}
	if right < 390 {
		t.Errorf("%d of 400 groups chosen right", right)
	}
	if CondLogit(nil, Options{}) != nil {
		t.Error("weights from no groups")
	}
}

func TestSolve(t *testing.T) {
	h := [][]float64{{0, 2, 1}, {1, 1, 0}, {2, 0, 3}} // needs pivoting
	want := []float64{1, -2, 3}
	g := make([]float64, 3)
	for r := range h {
		g[r] = Score(h[r], want)
	}
	x := Solve(h, g)
	for k := range want {
		if math.Abs(x[k]-want[k]) > 1e-9 {
			t.Fatalf("x = %v, want %v", x, want)
		}
	}
	// A singular system gives zeros where it is undetermined, not NaN.
	x = Solve([][]float64{{1, 0}, {0, 0}}, []float64{2, 0})
	if x[0] != 2 || x[1] != 0 {
		t.Errorf("singular: x = %v, want [2 0]", x)
	}
}
