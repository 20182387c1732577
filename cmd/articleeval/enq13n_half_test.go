package main

import (
	"fmt"
	"testing"
)

// TestPolnearHalf checks that the PolNeAR split puts every article id in
// half 1 or 2, always the same one, and divides ids of one publisher
// roughly in two.
func TestPolnearHalf(t *testing.T) {
	n := [3]int{}
	for i := range 400 {
		id := fmt.Sprintf("politico_2016-03-%02d_story-%d", i%28+1, i)
		h := polnearHalf(id)
		if h != 1 && h != 2 {
			t.Fatalf("polnearHalf(%q) = %d, want 1 or 2", id, h)
		}
		if polnearHalf(id) != h {
			t.Fatalf("polnearHalf(%q) not stable", id)
		}
		n[h]++
	}
	if n[1] < 150 || n[2] < 150 {
		t.Errorf("halves of 400 ids: %d and %d, want each at least 150", n[1], n[2])
	}
}
