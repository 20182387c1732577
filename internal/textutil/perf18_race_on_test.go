//go:build race

package textutil

// raceEnabled reports whether the tests run under the race detector, which
// makes the equivalence tests several times slower.
const raceEnabled = true
