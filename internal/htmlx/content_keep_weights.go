package htmlx

// keepWeights are the keep scorer's weights, by feature index (none fitted
// yet: every block is kept).
var keepWeights = [NKeep]float64{
	KBias: 10,
}
