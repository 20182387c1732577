package attrib

import "unicode/utf8"

// spk28NoteRunRole records as p's the role stem that stripTitles found
// inside the run of capitalised words before p's name, when the run's
// first word is no role: Russian may open a sentence with its object, so
// that the sentence's capitalised first word runs into a role written with
// a capital and the name («Договор Губернатор Иван Лосев подписал …»,
// «Награду Министр Олег Рябов вручил …»); the role is still the person's,
// and «как отметил Губернатор» later refers to him.
func (m *reader) spk28NoteRunRole(stem string, p *person) {
	if stem == "" || p == nil {
		return
	}
	m.roles[stem] = p
}

// spk28ParticipleEndings end Russian active participles in the nominative
// singular (ведущий, ведущая, выступающий, пострадавшая, отдыхающий).
var spk28ParticipleEndings = []string{"щий", "щая", "вший", "вшая"}

// spk28Participle reports whether the lower-case word w is a Russian active
// participle in the nominative singular: used as a noun it names who holds
// a part or a role («Ведущая вспомнила», «Выступающий добавил»,
// «Пострадавшая рассказала»), never a person's name, which no surname in
// the nominative ends so. Capitalised at a sentence's start, it is no new
// person.
func spk28Participle(w string) bool {
	return utf8.RuneCountInString(w) >= 6 && hasSuffixAny(w, spk28ParticipleEndings)
}
