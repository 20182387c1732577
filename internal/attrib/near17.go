package attrib

// nearIndex tells, for every sentence of one block, the nearest sentence
// before and after it whose attribution names a speaker, and the nearest
// that also quotes. The attribution of a quotation without its own looks
// there (neighbour, candidatesFor); finding it by walking out from every
// quotation cost the square of the sentences in a block of thousands of
// short quoting sentences (a one-paragraph paste), and this index is
// built once per block in one pass each way.
type nearIndex struct {
	prev, next   []int32 // any sentence with a speaker; -1 when none
	prevQ, nextQ []int32 // a quoting sentence with a speaker; -1 when none
}

// build fills the index for the block's attributions, reusing its slices.
func (x *nearIndex) build(attrs []attribution) {
	n := len(attrs)
	grow := func(s []int32) []int32 {
		if cap(s) < n {
			return make([]int32, n)
		}
		return s[:n]
	}
	x.prev, x.next, x.prevQ, x.nextQ = grow(x.prev), grow(x.next), grow(x.prevQ), grow(x.nextQ)
	p, pq := int32(-1), int32(-1)
	for i := range attrs {
		x.prev[i], x.prevQ[i] = p, pq
		if attrs[i].speaker != nil {
			p = int32(i)
			if attrs[i].quoting {
				pq = int32(i)
			}
		}
	}
	nx, nq := int32(-1), int32(-1)
	for i := n - 1; i >= 0; i-- {
		x.next[i], x.nextQ[i] = nx, nq
		if attrs[i].speaker != nil {
			nx = int32(i)
			if attrs[i].quoting {
				nq = int32(i)
			}
		}
	}
}

// nearest returns the index of the nearest sentence to si with a speaker
// (with quoting, one that quotes too), the earlier at equal distance; -1
// when the block has none.
func (x *nearIndex) nearest(si int, quoting bool) int {
	p, n := x.prev[si], x.next[si]
	if quoting {
		p, n = x.prevQ[si], x.nextQ[si]
	}
	if p >= 0 && (n < 0 || si-int(p) <= int(n)-si) {
		return int(p)
	}
	return int(n)
}
