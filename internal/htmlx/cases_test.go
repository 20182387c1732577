package htmlx

// randomCases returns how many random cases an equivalence test runs: n,
// or a tenth of it under the race detector (the test's logic is the same;
// .ci/run runs these packages both with and without -race).
func randomCases(n int) int {
	if raceEnabled {
		return n / 10
	}
	return n
}
