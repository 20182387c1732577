package attrib

import (
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

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

// spk28RoleBodySurname returns the index of the surname that names the
// holder of the Russian role at toks[i] across the body it serves, in
// abbreviations in capitals: «глава МИД РФ Лавров», «директор ФСБ Бортников»
// (a surname with a surname's nominative ending, -ов, -ев, -ин, -ский …,
// and no name word after it). The role is then no periphrasis of someone
// named before: its holder is named. It returns 0 when there is none.
func (m *reader) spk28RoleBodySurname(toks []token, i int) int {
	if !m.russian() || i+2 >= len(toks) || toks[i].kind != tokWord || textutil.IsCap(toks[i].text) {
		return 0
	}
	if _, ok := m.role(toks[i].lower); !ok {
		return 0
	}
	j := i + 1
	k := j
	for k < len(toks) && k-j < maxBodyAbbrevs && toks[k].kind == tokWord && textutil.IsAllCaps(toks[k].text) && utf8.RuneCountInString(toks[k].text) >= 2 {
		k++
	}
	if k == j || k >= len(toks) || toks[k].kind != tokWord || ruSurnameGender([]string{toks[k].text}) == 0 {
		return 0
	}
	if k+1 < len(toks) && toks[k+1].kind == tokWord && isNameTok(toks[k+1]) {
		return 0
	}
	return k
}

// maxBodyAbbrevs bounds the abbreviations between a role and a surname.
const maxBodyAbbrevs = 3
