package attrib

import (
	"math/rand/v2"
	"testing"
)

// walkNeighbour is the walk out from si that nearIndex replaces: the
// nearest sentence with a speaker (and quoting, when asked), the earlier
// at equal distance.
func walkNeighbour(attrs []attribution, si int, quoting bool) int {
	for d := 1; d < len(attrs); d++ {
		if k := si - d; k >= 0 && attrs[k].speaker != nil && (attrs[k].quoting || !quoting) {
			return k
		}
		if k := si + d; k < len(attrs) && attrs[k].speaker != nil && (attrs[k].quoting || !quoting) {
			return k
		}
	}
	return -1
}

// TestNearIndexMatchesWalk: the index answers as the walk did, on random
// blocks, and its prev/next are the nearest speaking sentence on each side.
func TestNearIndexMatchesWalk(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 4))
	p := &person{}
	var x nearIndex
	for range randomCases(3000) {
		attrs := make([]attribution, r.IntN(12))
		for i := range attrs {
			if r.IntN(3) == 0 {
				attrs[i].speaker = p
			}
			attrs[i].quoting = r.IntN(2) == 0
		}
		x.build(attrs)
		for si := range attrs {
			for _, q := range []bool{false, true} {
				if got, want := x.nearest(si, q), walkNeighbour(attrs, si, q); got != want {
					t.Fatalf("attrs %+v si %d quoting %v: nearest %d, walk %d", attrs, si, q, got, want)
				}
			}
			prev, next := -1, -1
			for k := si - 1; k >= 0 && prev < 0; k-- {
				if attrs[k].speaker != nil {
					prev = k
				}
			}
			for k := si + 1; k < len(attrs) && next < 0; k++ {
				if attrs[k].speaker != nil {
					next = k
				}
			}
			if int(x.prev[si]) != prev || int(x.next[si]) != next {
				t.Fatalf("attrs %+v si %d: prev/next %d/%d, want %d/%d", attrs, si, x.prev[si], x.next[si], prev, next)
			}
		}
	}
}
