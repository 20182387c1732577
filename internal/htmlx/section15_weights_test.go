package htmlx

// The hand order as ranker weights: the hand's choice over the "no
// section" option over every other candidate. The weights learned on the
// dev labels did not beat it on both halves of the dev sites
// (section15_train_test.go has the figures); rewrite this file with
//
//	go test -run TestTrainSectionRanker -trainsection -writesection -count=1 ./internal/htmlx
//
// (from the repository root: the command runs in internal/htmlx).

// sectionRankWeights are the section ranker's weights (section15_rank_model_test.go).
var sectionRankWeights = [nSecFeats]float64{
	sfNone: 0.5,
	sfHand: 1,
}
