// Package lang holds what the parser knows of each language, one Table a
// language and one file a table (lang_ru.go, lang_en.go, …): month names in
// every form news uses, function words, reporting verbs, phrases that
// introduce a speaker or a cited outlet, pronouns, roles, byline prefixes,
// and outlets often cited in that language's press.
//
// Adding a language is adding a table to Languages. The package also
// gives the lookups over all tables (MonthNames, NonNameSet, the outlet
// sets, CanonicalOutlet, StemEq for inflected names) and Detect, which
// tells a text's language (84 languages, every script) by the trigram
// profiles of github.com/RadhiFadlillah/whatlanggo, the tables' function
// words and alphabets answering where the profiles are unsure.
package lang
