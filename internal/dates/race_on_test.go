//go:build race

package dates

// raceEnabled reports whether the tests run under the race detector, which
// makes the equivalence tests several times slower.
const raceEnabled = true
