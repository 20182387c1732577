package attrib

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/textutil"
)

// spk23NoteRoleInRun files, in Russian, the last role among the words
// that open a run of capitals before the name it was cut to («Соглашение
// Губернатор Алексей Дюмин подписал …»): officialese capitalises a
// role in mid-sentence («Губернатор», «Президент», «Глава»), so the role
// joins the run of capitals that the sentence's first word (a common noun
// opening the sentence) starts, and the name begins after it; the role is
// the person's, and «Как отметил Губернатор» later refers to him.
func (m *reader) spk23NoteRoleInRun(lead []token, p *person) {
	if !m.russian() {
		return
	}
	for k := len(lead) - 1; k >= 0; k-- {
		if lead[k].kind == tokWord && m.noteRole(lead[k].lower, p) {
			return
		}
	}
}

// spk23SurnameEndings end Russian surnames in the nominative of a man
// (Лавров, Лебедев, Путин, Вишневский) and the surnames no case changes
// (Шевченко, Шойгу is left out: a vowel ends many a noun): a word with
// one, after the body a role serves, is the holder's surname, not the
// body's.
var spk23SurnameEndings = []string{"ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "енко", "ук", "юк", "ян", "дзе", "швили"}

// spk23BodyBeforeSurname cuts, in Russian, the body glued before a
// surname alone («глава МИД РФ Лавров», «глава Минфина Силуанов»,
// «пресс-секретарь Кремля Песков»): after a role, Russian names the body
// the role serves in the genitive (a state body the table knows, an
// abbreviation in capitals, a place in an oblique case), then the holder;
// a surname in the nominative closing the run is the holder's name, and
// the words before it are no part of it. A run with a first name or
// initials is left to the rules that start the name there.
func (m *reader) spk23BodyBeforeSurname(run []string, cut int) int {
	if !m.russian() || len(run)-cut < 2 {
		return cut
	}
	last := run[len(run)-1]
	if textutil.IsAllCaps(last) || isPersonEvidence(last) || nameInitialsWord(last) || ruBodies[ruStem(last)] != "" ||
		!unicode.Is(unicode.Cyrillic, textutil.FirstRune(last)) || !hasSuffixAny(last, spk23SurnameEndings) {
		return cut
	}
	for _, w := range run[cut : len(run)-1] {
		if isPersonEvidence(w) || nameInitialsWord(w) || !unicode.Is(unicode.Cyrillic, textutil.FirstRune(w)) {
			return cut
		}
		lw := strings.ToLower(w)
		if !textutil.IsAllCaps(w) && ruBodies[ruStem(w)] == "" && !hasSuffixAny(lw, obliqueEndings) {
			return cut
		}
	}
	return len(run) - 1
}

// spk23RoleBodySurname returns, in Russian, the holder of the role at
// toks[i] when the body the role serves and the holder's surname alone
// follow it («глава МИД РФ Лавров», «глава Минфина Силуанов»;
// spk23BodyBeforeSurname): the surname is the holder's name, who takes
// the role; nil when no such words follow.
func (m *reader) spk23RoleBodySurname(toks []token, i int) *person {
	if !m.russian() || i+2 >= len(toks) || toks[i].kind != tokWord || isNameTok(toks[i]) {
		return nil
	}
	stem, ok := m.role(toks[i].lower)
	if !ok {
		return nil
	}
	var run []string
	for _, t := range toks[i+1:] {
		if t.kind != tokWord || !(isNameTok(t) || textutil.IsAllCaps(t.text)) {
			break
		}
		run = append(run, t.text)
	}
	if len(run) < 2 || m.spk23BodyBeforeSurname(run, 0) != len(run)-1 {
		return nil
	}
	p := m.lookup(run[len(run)-1:], true)
	if p != nil {
		m.roles[stem] = p
	}
	return p
}

// spk23ParenTitle reads, in Russian, a role's title set as a run of
// capitals at toks[i] — the role and the body it serves in the genitive,
// with the body's abbreviation in a parenthesis — before the holder's
// name («Руководитель Офиса Президента (ОП) Андрей Ермак», «Министр
// Республики Саха (Якутия) Иван Петров»; parenGlued): the title is no
// person, and the name after the parenthesis is the sentence's subject
// as the title's first words were, and holds the role. It returns the
// index of the closing parenthesis and the role's word, or 0.
func (m *reader) spk23ParenTitle(toks []token, i int) (int, string) {
	if i+1 >= len(toks) || toks[i].kind != tokWord {
		return 0, ""
	}
	if _, ok := m.role(toks[i].lower); !ok {
		return 0, ""
	}
	run := capRun(toks, i)
	if len(run) < 2 {
		return 0, ""
	}
	if e := m.parenGlued(toks, i+1, run[1:]); e > 0 {
		return e, toks[i].lower
	}
	return 0, ""
}

// spk23ParticipleEndings end Russian participles in the nominative, the
// present active (-щий, -щая: ведущий, выступающая), the past active
// (-вший, -вшая: пострадавший) and the past passive (-нный, -нная:
// задержанный), singular and plural. Russian makes nouns of them
// («Ведущая вспомнила», «Пострадавший рассказал», «Задержанный заявил»):
// one such word, capitalised as a sentence's first, is no one's name.
var spk23ParticipleEndings = []string{"щий", "щая", "щее", "щие", "вший", "вшая", "вшее", "вшие", "нный", "нная", "нное", "нные"}

// spk23Participle reports whether the lower-case word w is a Russian
// participle by its ending (spk23ParticipleEndings).
func spk23Participle(w string) bool {
	return hasSuffixAny(w, spk23ParticipleEndings)
}
