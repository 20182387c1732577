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

// sampleCases returns the texts an equivalence test reads: all of them, or
// every tenth under the race detector, as randomCases does for random
// cases.
func sampleCases(texts []string) []string {
	if !raceEnabled {
		return texts
	}
	out := make([]string, 0, len(texts)/10+1)
	for i := 0; i < len(texts); i += 10 {
		out = append(out, texts[i])
	}
	return out
}
