//go:build !race

package attrib

// raceEnabled reports whether the tests run under the race detector.
const raceEnabled = false
