package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// ruBodies are the state bodies Russian news makes speak with a verb in
// the plural and no subject («в Кремле заявили», «сообщили в Минздраве»),
// in the nominative: their names are single words of their own (often
// compounds, Минздрав, Роспотребнадзор) that no head noun tells. They are
// filed by ruStem, so that any case form finds them («Госдуме» →
// Госдума, «Кремле» → Кремль).
var ruBodies = func() map[string]string {
	m := map[string]string{}
	for _, n := range strings.Fields(`Кремль Госдума Совфед Центробанк Генпрокуратура Генштаб Пентагон Госдеп Минздрав Минфин
		Минюст Минтранс Минтруд Минэнерго Минприроды Минпромторг Минцифры Минкультуры Минсельхоз Минстрой Минспорт
		Минобороны Минобрнауки Минпросвещения Минэкономразвития Минвостокразвития Минкомсвязи Минрегион Минобрнауки
		Роспотребнадзор Росздравнадзор Роскомнадзор Ростехнадзор Рособрнадзор Росприроднадзор Ространснадзор
		Росстат Росреестр Росавиация Росгвардия Росстандарт Роснедра Росимущество Ростуризм Росморречфлот Росаккредитация
		Росфинмониторинг Рослесхоз Росрыболовство Росархив Роскосмос Росатом Евросоюз Еврокомиссия Европарламент
		Белстат Минобразования Горсовет Горизбирком Облизбирком Мосгордума Мосгоризбирком Минсоцразвития Минимущества
		Минздравсоцразвития Заксобрание Госсовет Совбез Минэкономики Минпромэнерго Погранслужба`) {
		m[ruStem(n)] = n
	}
	return m
}()

// ruPluralSpeechVerb reports whether w is a Russian verb in the past
// tense plural (заявили, сообщили, отметили): with no subject before or
// after it, the indefinite-personal sentence of Russian grammar, whose
// doers are the body the «в» after or before it names.
func ruPluralSpeechVerb(w string) bool {
	return strings.HasSuffix(w, "ли") && utf8.RuneCountInString(w) > 4
}

// ruImpersonalBody finds the body an indefinite-personal verb of speech
// at toks[i] has speak: «в X» right after the verb («заявили в Кремле»,
// «сообщили в пресс-службе МЧС») or shortly before it, in the same
// clause («В МИД России сообщили»), read by ruBodyAt.
func (m *reader) ruImpersonalBody(toks []token, i int) []string {
	if !ruPluralSpeechVerb(toks[i].lower) {
		return nil
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		t := toks[k]
		if t.kind != tokWord {
			break
		}
		if t.lower == "в" || t.lower == "во" {
			return m.ruBodyAt(toks, k+1)
		}
		if IsNameWord(t.text) || ruPrepositions[t.lower] {
			break // a subject after the verb, or another circumstance
		}
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		if t.kind != tokWord {
			break
		}
		if t.lower == "в" || t.lower == "во" {
			return m.ruBodyAt(toks, k+1)
		}
	}
	return nil
}

// ruBodyAt reads the name of a body in the prepositional case at toks[j],
// in the nominative: a head noun with its genitive words (ruOrgAt:
// «пресс-службе МЧС», «администрации района»), one or more adjectives
// before the head («Верховном суде» → Верховный суд, «Следственном
// комитете»), an abbreviation with the genitive words after it («МИД
// России», «МВД по Москве»), or a body of the ruBodies table.
func (m *reader) ruBodyAt(toks []token, j int) []string {
	if j >= len(toks) || toks[j].kind != tokWord {
		return nil
	}
	if o, ok := m.ruOrgAt(toks, j); ok {
		return o
	}
	if j+1 < len(toks) && textutil.IsCap(toks[j].text) && !textutil.IsAllCaps(toks[j].text) {
		if o, ok := m.ruOrgAt(toks, j+1); ok {
			if a := ruAdjectiveNominative(toks[j].lower, o[0]); a != "" {
				o[0] = strings.ToLower(o[0])
				return append([]string{capitalise(a)}, o...)
			}
		}
	}
	t := toks[j]
	var name []string
	switch {
	case textutil.IsAllCaps(t.text) && utf8.RuneCountInString(t.text) <= 6 && !knownOutlet(t.text):
		name = []string{t.text}
	case textutil.IsCap(t.text) && ruBodies[ruStem(t.text)] != "":
		name = []string{ruBodies[ruStem(t.text)]}
	default:
		return nil
	}
	// The genitive words that say whose it is: «России», «РФ», «по
	// Москве».
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		w := toks[k]
		if w.kind != tokWord {
			break
		}
		if w.lower == "по" && k+1 < len(toks) && toks[k+1].kind == tokWord && textutil.IsCap(toks[k+1].text) {
			name = append(name, w.text, toks[k+1].text)
			k++
			continue
		}
		if !textutil.IsCap(w.text) || isPersonEvidence(w.text) || m.isSpeechVerb(w.lower) {
			break
		}
		name = append(name, w.text)
	}
	return name
}

// ruAdjectiveNominative puts a Russian adjective in the prepositional
// case (the locative after «в») into the nominative of the gender its
// head noun's nominative tells: -ом → -ый (Верховном суде → Верховный),
// -ем → -ий, -ой → -ая (Государственной думе), -ом → -ое for a neuter
// head; "" when w has no such ending.
func ruAdjectiveNominative(w, head string) string {
	fem := strings.HasSuffix(head, "а") || strings.HasSuffix(head, "я") || strings.HasSuffix(head, "ия")
	neut := strings.HasSuffix(head, "о") || strings.HasSuffix(head, "е")
	if utf8.RuneCountInString(w) < 5 {
		return ""
	}
	switch {
	case fem && strings.HasSuffix(w, "ой"):
		return strings.TrimSuffix(w, "ой") + "ая"
	case fem && strings.HasSuffix(w, "ей"):
		return strings.TrimSuffix(w, "ей") + "яя"
	case neut && strings.HasSuffix(w, "ом"):
		return strings.TrimSuffix(w, "ом") + "ое"
	case neut && strings.HasSuffix(w, "ем"):
		return strings.TrimSuffix(w, "ем") + "ее"
	case !fem && !neut && strings.HasSuffix(w, "ом"):
		return strings.TrimSuffix(w, "ом") + "ый"
	case !fem && !neut && strings.HasSuffix(w, "ем"):
		return strings.TrimSuffix(w, "ем") + "ий"
	}
	return ""
}

// capitalise returns w with its first letter in upper case.
func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return strings.ToUpper(string(r)) + w[n:]
}
