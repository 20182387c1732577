package attrib

import "strings"

// Regnal names: monarchs and popes are named by one or two first names
// and a Roman numeral («Иоанна Павла II», «Николая II», «Елизаветы II»,
// «Бенедикта XVI»), the numeral not declining and every name word a first
// name declined in the same case. Such a name has no surname, so the
// rules that read a name back from a comma (relative and participial
// clauses) stopped at the numeral, and the case endings of the words
// before the last known first name were left as written.

// isRomanNumeral reports whether w is a Roman numeral of a regnal number
// (I to XXXIX: letters I, V, X only, at most six).
func isRomanNumeral(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	return strings.Trim(w, "IVX") == ""
}

// regnalNameBefore reads a regnal name that ends right before toks[end]
// (a comma): a Roman numeral after one to three name words whose last is
// a first name in any case. It returns the name in the nominative with
// its numeral, and whether there is one.
func regnalNameBefore(toks []token, end int) ([]string, bool) {
	if end < 2 || end > len(toks) || toks[end-1].kind != tokWord || !isRomanNumeral(toks[end-1].text) {
		return nil, false
	}
	num := end - 1
	start := num
	for start > 0 && num-start < 3 && toks[start-1].kind == tokWord && isNameTok(toks[start-1]) {
		start--
	}
	if start == num {
		return nil, false
	}
	_, g, c, ok := ruFirstName(toks[num-1].text)
	if !ok {
		return nil, false
	}
	words := make([]string, 0, num-start+1)
	for _, w := range toks[start:num] {
		words = append(words, ruFirstNameNominative(w.text, g, c))
	}
	return append(words, toks[num].text), true
}

// ruNamedBodyAt reads the proper name of a body that opens at toks[i]: a
// capitalised head noun of ruOrgNameHeads in any case, as Russian spelling
// writes the first word of an organisation's name, and at least one word
// after it that says whose it is («Союза исламских организаций Франции» →
// Союз исламских организаций Франции, «Фонда защиты дикой природы»),
// which ruOrgAt reads. Such a body is named in the sentence as a person
// is, and so may be who speaks its quotations (a candidate of the
// chooser). It returns the name and the index after it, or nil.
func (m *reader) ruNamedBodyAt(toks []token, i int) ([]string, int) {
	if ruOrgNameHead(toks[i]) == "" {
		return nil, i
	}
	o, ok := m.ruOrgAt(toks, i)
	if !ok || len(o) < 2 {
		return nil, i
	}
	k := i + 1
	for n := 1; n < len(o) && k < len(toks) && toks[k].kind == tokWord && toks[k].text == o[n]; n++ {
		k++
	}
	return o, k
}
