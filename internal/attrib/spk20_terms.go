package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// spkRuQualifiedTerm reports whether the quotation toks[k] is a Russian
// noun phrase in lower case that the adjective right before it qualifies
// («такие «мелочи»», «незаконные «массовые мероприятия»»,
// «7-ступенчатый «робот»», «несуществующие «достоверные источники»»,
// «соответствующих «рекомендаций»»): the adjective agrees with the noun
// inside the marks, so the marks sit inside one noun phrase of the
// writer's sentence, the writer's scare quotes on a term or a
// nickname, not anyone's words reported, which Russian sets after a verb,
// a conjunction, a colon or a comma. It is ruQuotedAttribute's other side
// (the adjective in marks before its noun). Left alone: one abstract noun
// («разовое «снисхождение»», an assessment that may be the speaker's
// word), a phrase in the first person, and what opens with a preposition,
// a conjunction or a verb.
func spkRuQualifiedTerm(toks []token, k int) bool {
	words, ok := ruTermWords(toks, k)
	if !ok {
		return false
	}
	if w := words[0]; ruPrepositions[w] || lang.NonNameSet[w] || isPastVerb(w) || len(words) == 1 && ruAbstractNoun(w) {
		return false
	}
	return spkRuQualifyingAdjective(toks[k-1].text)
}

// spkRuQualifyingAdjective reports whether w is a Russian full adjective
// or participle in lower case, by its ending: the endings of
// ruAdjectiveEndings that no common noun or adverb shares (-ее is left
// out: более, ранее; -ие only after the consonants that end adjectival
// stems, not the -ние, -тие of nouns; -ий likewise, not комментарий; -ой
// not after a vowel: герой, строй).
func spkRuQualifyingAdjective(w string) bool {
	if utf8.RuneCountInString(w) < 5 || !unicode.IsLower(textutil.FirstRune(w)) || !unicode.Is(unicode.Cyrillic, textutil.FirstRune(w)) {
		return false
	}
	lw := strings.ToLower(w)
	switch {
	case hasSuffixAny(lw, []string{"ие", "ий"}):
		return hasSuffixAny(lw, []string{"кие", "гие", "хие", "шие", "щие", "чие", "жие", "кий", "гий", "хий", "ший", "щий", "чий", "жий"})
	case strings.HasSuffix(lw, "ой"):
		return !hasSuffixAny(lw, []string{"аой", "еой", "оой", "уой", "ыой", "иой", "рой", "бой", "кой", "ной"}) || hasSuffixAny(lw, []string{"ской", "цкой", "ной"}) && !strings.HasSuffix(lw, "покой")
	}
	return hasSuffixAny(lw, []string{"ый", "ая", "яя", "ое", "ые", "ого", "его", "ому", "ему", "ым", "им", "ых", "их", "ую", "юю", "ыми", "ими"}) && lw != "режим"
}
