package threadcpu

import (
	"runtime"
	"testing"
)

// TestNowAdvances checks that the clock moves forward over work done on
// the calling thread.
func TestNowAdvances(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	t0 := Now()
	x := 0
	for i := range 20_000_000 {
		x ^= i * i
	}
	if t1 := Now(); t1 <= t0 {
		t.Errorf("thread clock did not advance over the loop: %v then %v (x=%d)", t0, t1, x)
	}
}
