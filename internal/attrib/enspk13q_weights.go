package attrib

// The English he/she ranker's weights (enspk13q_ranker.go). These are the
// hand rule's (enHandWeights: the most recent salient person who can be
// the referent): the weights the training command fits on half 1 of
// PolNeAR,
//
//	go test -run TestTrainEnPronoun -trainenpron -count=1 -v .
//
// (which rewrites this file) chose the annotated referent for 586 of 787
// pronoun attributions of half 1 and 552 of 797 of half 2 (hand rule 579
// and 546), but moved the he/she speakers of quotations by +1 and 0
// (`articleeval quotes`, halves 1 and 2; -1 and +1 in an earlier round):
// within noise, so not kept.

// enPronounWeights are the English he/she ranker's weights, by feature index.
var enPronounWeights = enHandWeights
