package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// spk28NoteRunRole records as p's the role stem that stripTitles found
// inside the run of capitalised words before p's name (the words words),
// when the run's first word is no role: Russian may open a sentence with
// its object, so that the sentence's capitalised first word runs into a
// role written with a capital and the name («Договор Губернатор Иван Лосев
// подписал …», «Награду Министр Олег Рябов вручил …»); the role is still
// the person's, and «как отметил Губернатор» later refers to him. The role
// word must stand in the nominative singular, as the subject's title
// does: in another case it is someone else's, whose object or owner the
// words before name («Поручение Губернатора Олег Рыбин выполнил»).
func (m *reader) spk28NoteRunRole(stem string, words []token, p *person) {
	if stem == "" || p == nil {
		return
	}
	for k := len(words) - 1; k >= 0; k-- {
		w := words[k].lower
		if s, ok := m.role(w); ok && s == stem {
			if spk28NominativeRole(w, stem) {
				m.roles[stem] = p
			}
			return
		}
	}
}

// spk28NomRoleA are the Russian role nouns whose nominative singular ends
// in -а/-я, the ending of other nouns' genitive.
var spk28NomRoleA = map[string]bool{"глава": true, "замглава": true, "судья": true}

// spk28NominativeRole reports whether the lower-case Russian role word w,
// of role stem stem, is in the nominative singular: the stem itself
// (губернатор, министр), the stem and a soft sign (председатель) or an
// adjective's ending (командующий, ученый), or a noun of spk28NomRoleA;
// not «губернатора», «министру», «председателем», «главы».
func spk28NominativeRole(w, stem string) bool {
	if spk28NomRoleA[w] {
		return true
	}
	if !strings.HasPrefix(w, stem) {
		return false
	}
	switch w[len(stem):] {
	case "", "ь", "ий", "ый":
		return true
	}
	return false
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
// (one word with a masculine surname's ending, -ов, -ев, -ёв, -ин, -ын,
// -ский, -цкий, or -ская, -цкая, as ruSurnameGender reads it, and no name
// word after it). The role is then no periphrasis of someone named before:
// its holder is named. A word after an abbreviation of an organisation's
// legal or sports form (spk28OrgForms: «ФК Ростов», «ГО Королёв», «АО
// Рубин») is that organisation's own name, no surname. It returns 0 when
// there is none. (Feminine surnames in -ова/-ева/-ина are not read: they
// share their ending with places in the genitive, «УФСБ Ростова».)
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
	if k == j || k >= len(toks) || toks[k].kind != tokWord || ruSurnameGender([]string{toks[k].text}) == 0 || spk28OrgForms[toks[k-1].text] {
		return 0
	}
	if k+1 < len(toks) && toks[k+1].kind == tokWord && isNameTok(toks[k+1]) {
		return 0
	}
	return k
}

// spk28OrgForms are Russian abbreviations of an organisation's legal or
// sports form or of a municipality, written before the organisation's own
// name («ФК Ростов», «ХК Динамо», «ПАО Газпром», «ГО Королёв»).
var spk28OrgForms = map[string]bool{
	"ФК": true, "ПФК": true, "МФК": true, "ХК": true, "БК": true, "ВК": true, "ГК": true, "РФСО": true,
	"АО": true, "ПАО": true, "ОАО": true, "ЗАО": true, "ООО": true, "НАО": true, "АНО": true, "НКО": true, "ФГУП": true,
	"ГУП": true, "МУП": true, "ГО": true, "МР": true,
}

// maxBodyAbbrevs bounds the abbreviations between a role and a surname.
const maxBodyAbbrevs = 3
