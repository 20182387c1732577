// Package textutil holds the string helpers every stage of the parser
// uses: white space normalisation, word counts, ASCII case folding into
// reused buffers, word sets, and tests of capitalisation.
//
// It takes and returns strings; it knows no language and no markup.
package textutil
