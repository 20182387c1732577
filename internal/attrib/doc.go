// Package attrib finds direct quotations in an article's body, with who
// said them, and the outlets the article cites as its sources.
//
// Extract takes the body blocks (model.Block) and the primary language tag
// and returns the quotations (model.Quote: text, speaker in the fullest
// form and, for Russian, in the nominative, block index, partial) and the
// cited outlets in their canonical names. It reads sentence by sentence,
// keeping the people named so far, so that a pronoun or a role resolves to
// the last compatible person (attrib.go), and uses the tables of package
// lang for reporting verbs, roles and outlets.
package attrib
