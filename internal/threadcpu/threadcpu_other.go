//go:build !linux

package threadcpu

import "time"

var start = time.Now()

// Now returns the wall time since the package was loaded: where no
// per-thread CPU clock is read, differences of Now are wall time, which
// other processes' load inflates.
func Now() time.Duration { return time.Since(start) }
