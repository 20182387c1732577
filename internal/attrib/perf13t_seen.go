package attrib

import "sync"

// seenSlots is the size of reader.seenLower, a power of two.
const seenSlots = 512

// seenPool keeps the emptied caches of recent lower-case words.
var seenPool = sync.Pool{New: func() any { return new([seenSlots]string) }}

// seenSlot is where w goes in reader.seenLower: a cheap mix of its
// length and its first, second and last bytes (words that share them
// only evict one another; the cache is never wrong, only missed).
func seenSlot(w string) int {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint(n)*0x9e37 ^ uint(w[0])*0x2f ^ uint(w[n-1])*0x1b3
	if n > 1 {
		h ^= uint(w[1]) << 4
	}
	if n > 3 {
		h ^= uint(w[n/2]) * 0x61
	}
	return int(h & (seenSlots - 1))
}
