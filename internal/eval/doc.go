// Package eval holds the scorers behind cmd/articleeval: the article
// extraction benchmark's shingle matching, the trafilatura corpus's snippet
// matching and metadata comparison, and the matching of direct quotations
// and their speakers against annotated attributions.
//
// The scorers work on plain strings and small structs so that they can be
// tested on hand-made cases without reading any corpus.
package eval
