package attrib

import "strings"

// Impersonal attribution to a document (Russian and Ukrainian news
// style). «…», — отмечается в пресс-релизе; «…», — говорится в
// сообщении; «…», — йдеться у повідомленні: the reflexive present or the
// short passive participle of a verb of speech has no subject; the words
// are a document's. When the clause names whose document it is («в
// пресс-релизе ЦБ») that body speaks (ruImpersonalBody); when it does
// not, the author is someone the text has named by the end of the
// paragraph (the body or person whose statement the story is about, or
// the one the next sentence names: «Об этом сообщил …»), never someone
// the text introduces only in a later paragraph: the next paragraph's
// speaker speaks on his own account, not as the author of a document
// quoted before he was named.

// ukImpersonalVerbs are the Ukrainian impersonal forms of verbs of speech
// (the reflexive present and the participle in -но/-то).
var ukImpersonalVerbs = map[string]bool{
	"йдеться": true, "йшлося": true, "зазначається": true, "зазначалося": true, "повідомляється": true, "повідомлялося": true,
	"наголошується": true, "наголошувалося": true, "вказується": true, "говориться": true, "підкреслюється": true,
	"стверджується": true, "заявляється": true, "зазначено": true, "сказано": true, "вказано": true, "наголошено": true,
}

// impersonalDocument reports whether a sentence attributes its words with
// an impersonal verb of speech (ruImpersonalVerb, ukImpersonalVerbs).
func impersonalDocument(toks []token) bool {
	for _, t := range toks {
		if t.kind == tokWord && (ruImpersonalVerb(t.lower) || ukImpersonalVerbs[t.lower]) {
			return true
		}
	}
	return false
}

// noteKnown records, in at, that the quotations of sentence si may only
// be spoken by the first n-1 people the reader met (0 is no record).
func noteKnown(at map[int]int, si, n int) map[int]int {
	if at == nil {
		at = map[int]int{}
	}
	at[si] = n
	return at
}

// knownBefore drops the pick of the rules and the candidates the reader
// met only after the first n people (after the quotation's paragraph).
func knownBefore(sp *person, cs []cand, n int) (*person, []cand) {
	if sp != nil && sp.seq >= n {
		sp = nil
	}
	out := cs[:0]
	for _, c := range cs {
		if c.p.seq < n {
			out = append(out, c)
		}
	}
	return sp, out
}

// bareAgencyDocument reports whether the impersonal verb of speech at
// toks[i] has its words in a document of «ведомство» («говорится в
// сообщении ведомства») when the text has named no state body it can
// refer to: the generic noun, which no body's name holds (as «суд» or
// «прокуратура» are held by the names they stand for), names no one.
func (m *reader) bareAgencyDocument(toks []token, i int) bool {
	if !ruImpersonalVerb(toks[i].lower) {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].kind != tokWord {
			return false
		}
		if toks[k].lower != "в" && toks[k].lower != "во" && toks[k].lower != "на" {
			continue
		}
		j := k + 1
		for j < len(toks) && j <= k+3 && toks[j].kind == tokWord && !hasPrefixAny(toks[j].lower, ruDocumentNouns) {
			j++ // «в официальном заявлении»
		}
		if j+1 >= len(toks) || toks[j].kind != tokWord || !hasPrefixAny(toks[j].lower, ruDocumentNouns) {
			return false
		}
		return toks[j+1].kind == tokWord && strings.HasPrefix(toks[j+1].lower, "ведомств") && m.genericBodyReferent([]string{"ведомство"}) == nil
	}
	return false
}
