//go:build !race

package lang

// raceEnabled reports whether the tests run under the race detector, which
// makes the randomised equivalence tests several times slower.
const raceEnabled = false
