package htmlx

import (
	"encoding/binary"
	"math"
	"sync"
)

// stopTable holds the stopwords of allStopwords that statsOf can look up
// (16 bytes or fewer) in an open-addressed table: each word as its bytes
// in two little-endian words, zero past its end, and its length. A
// lookup costs a multiply and a compare or two, where the map hashes
// and compares a string.
type stopTable struct {
	slots []stopSlotEntry
	mask  uint64
}

// stopSlotEntry is one slot of a stopTable: a word's two halves and its
// length, 0 for an empty slot (one slot, one cache line at most).
type stopSlotEntry struct {
	lo, hi uint64
	n      uint64
}

// stopWords16 is the table of allStopwords, built on first use.
var stopWords16 = sync.OnceValue(func() *stopTable {
	words := 0
	for w := range allStopwords() {
		if len(w) > 0 && len(w) <= 16 {
			words++
		}
	}
	size := 64
	for size < 4*words {
		size *= 2
	}
	t := &stopTable{slots: make([]stopSlotEntry, size), mask: uint64(size - 1)}
	var buf [16]byte
	for w := range allStopwords() {
		if len(w) == 0 || len(w) > 16 {
			continue
		}
		buf = [16]byte{}
		copy(buf[:], w)
		lo, hi := stopHalves(&buf, len(w))
		i := stopSlot(lo, hi, len(w)) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = stopSlotEntry{lo, hi, uint64(len(w))}
	}
	return t
})

// stopHalves reads the first n bytes of buf (n at most 16) as two
// little-endian words, the bytes past n as zero.
func stopHalves(buf *[16]byte, n int) (lo, hi uint64) {
	lo = binary.LittleEndian.Uint64(buf[:8])
	hi = binary.LittleEndian.Uint64(buf[8:])
	switch {
	case n < 8:
		lo &= 1<<(8*uint(n)) - 1
		hi = 0
	case n < 16:
		hi &= 1<<(8*uint(n-8)) - 1
	}
	return lo, hi
}

// stopSlot is the table slot a word's probe starts at (before masking).
func stopSlot(lo, hi uint64, n int) uint64 {
	h := (lo*0x9e3779b97f4a7c15 ^ hi*0xc2b2ae3d27d4eb4f ^ uint64(n)*0x165667b19e3779f9) * 0xff51afd7ed558ccd
	return h >> 32
}

// has reports whether the first n bytes of buf (1 to 16) are a stopword.
func (t *stopTable) has(buf *[16]byte, n int) bool {
	lo, hi := stopHalves(buf, n)
	for i := stopSlot(lo, hi, n) & t.mask; ; i = (i + 1) & t.mask {
		e := &t.slots[i]
		if e.n == 0 {
			return false
		}
		if e.lo == lo && e.hi == hi && e.n == uint64(n) {
			return true
		}
	}
}

// log1pTable holds math.Log1p(n) for the counts featuresInto takes it of
// most often (letters of a block or an element, distances in blocks).
var log1pTable = func() (t [4096]float64) {
	for n := range t {
		t[n] = math.Log1p(float64(n))
	}
	return t
}()

// log1pInt is math.Log1p(float64(n)) for n >= 0, read from log1pTable
// when n is small.
func log1pInt(n int) float64 {
	if uint(n) < uint(len(log1pTable)) {
		return log1pTable[n]
	}
	return math.Log1p(float64(n))
}
