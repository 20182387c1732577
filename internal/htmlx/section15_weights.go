package htmlx

// Hand order: the ranker picks what handSection picks.

// sectionRankWeights are the section ranker's weights (section15_rank.go).
var sectionRankWeights = [nSecFeats]float64{
	sfNone: 0.5,
	sfHand: 1,
}
