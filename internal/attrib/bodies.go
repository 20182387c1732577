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
		Минздравсоцразвития Заксобрание Госсовет Совбез Минэкономики Минпромэнерго Погранслужба Госдепартамент
		Верховная_рада Белый_дом Государственная_дума Совет_Федерации Следственный_комитет
		Генеральная_прокуратура Европейский_союз Европейская_комиссия Центральный_банк`) {
		n = strings.ReplaceAll(n, "_", " ")
		m[outletKey(n)] = n
	}
	return m
}()

// ruPluralSpeechVerb reports whether w is a Russian verb in the past
// tense plural (заявили, сообщили, отметили): with no subject before or
// after it, the indefinite-personal sentence of Russian grammar, whose
// doers are the body the «в» after or before it names.
func ruPluralSpeechVerb(w string) bool {
	if utf8.RuneCountInString(w) <= 4 {
		return false
	}
	// (And the present tense, «говорят в Кремле», «отмечают в
	// ведомстве», and the short plural of a verb of belief, «уверены в
	// компании»: ruspk13m.go.)
	return strings.HasSuffix(w, "ли") || hasSuffixAny(w, ruPresentPluralEndings)
}

// ruImpersonalBody finds the body an indefinite-personal verb of speech
// at toks[i] has speak: «в X» right after the verb («заявили в Кремле»,
// «сообщили в пресс-службе МЧС») or shortly before it, in the same
// clause («В МИД России сообщили»), read by ruBodyAt.
func (m *reader) ruImpersonalBody(toks []token, i int) []string {
	if ruImpersonalVerb(toks[i].lower) {
		// «говорится в заявлении Госдепартамента США», «сказано в
		// сообщении Следственного комитета»: the body whose document
		// the words are in speaks.
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if toks[k].kind != tokWord {
				break
			}
			if toks[k].lower != "в" && toks[k].lower != "во" && toks[k].lower != "на" && (toks[k].lower != "у" || !m.uk19()) {
				continue
			}
			if body := m.ruChannelOwnerAt(toks, k+1); body != nil {
				return body // «говорится на сайте клуба» (ruspk13s_bodies.go)
			}
			j := k + 1
			for j < len(toks) && j <= k+3 && toks[j].kind == tokWord && !textutil.IsCap(toks[j].text) && !hasPrefixAny(toks[j].lower, ruDocumentNouns) {
				j++ // «в официальном заявлении»
			}
			if j < len(toks) && toks[j].kind == tokWord && hasPrefixAny(toks[j].lower, ruDocumentNouns) {
				return m.ruBodyAt(toks, j+1)
			}
			break
		}
		return nil
	}
	if !ruPluralSpeechVerb(toks[i].lower) {
		return nil
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		t := toks[k]
		if t.kind != tokWord {
			break
		}
		if t.lower == "в" || t.lower == "во" || t.lower == "у" && m.uk19() {
			return m.ruBodyAt(toks, k+1)
		}
		if isNameTok(t) || ruPrepositions[t.lower] {
			break // a subject after the verb, or another circumstance
		}
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		if t.kind != tokWord {
			break
		}
		if t.lower == "в" || t.lower == "во" || t.lower == "у" && m.uk19() {
			return m.ruBodyAt(toks, k+1)
		}
	}
	return nil
}

// ruDocumentNouns are the stems of the documents a body speaks in
// («в заявлении», «в сообщении», «в пресс-релизе»).
var ruDocumentNouns = []string{"заявлени", "сообщени", "пресс-релиз", "документ", "письм", "обращени", "доклад", "отчет", "отчёт",
	"коммюнике", "приказ", "постановлени", "ответ", "комментари", "релиз", "информаци"}

// ruImpersonalVerb reports whether w is a Russian verb of speech with no
// subject but the document the words are in: a reflexive present
// («говорится», «отмечается», «подчеркивается») or a short passive
// participle («сказано», «отмечено», «указано»).
func ruImpersonalVerb(w string) bool {
	switch w {
	case "говорится", "отмечается", "подчеркивается", "подчёркивается", "указывается", "сообщается", "утверждается", "заявляется",
		"сказано", "отмечено", "указано", "подчеркнуто", "подчёркнуто", "заявлено", "написано", "говорилось", "отмечалось", "сообщалось":
		return true
	}
	return false
}

// ruBodyAt reads the name of a body in the prepositional case at toks[j],
// in the nominative: a head noun with its genitive words (ruOrgAt:
// «пресс-службе МЧС», «администрации района»), one or more adjectives
// before the head («Верховном суде» → Верховный суд, «Следственном
// комитете»), an abbreviation with the genitive words after it («МИД
// России», «МВД по Москве»), or a body of the ruBodies table.
func (m *reader) ruBodyAt(toks []token, j int) []string {
	if j < len(toks) && toks[j].kind == tokQuote {
		if n := ruQuotedGenitiveBody(toks, j); n != "" {
			return []string{n} // «в сообщении «Спартака»» (ruspk13s_bodies.go)
		}
	}
	if j >= len(toks) || toks[j].kind != tokWord {
		return nil
	}
	if o := m.uk19BodyAt(toks, j); o != nil {
		return o // Ukrainian adjectives before a head (uk19_bodies.go)
	}
	if p := m.companyReferent(toks, j); p != nil {
		// «отметили в компании» (ruspk13m.go)
		return p.name
	}
	if o, ok := m.ruOrgAt(toks, j); ok {
		return o
	}
	if n := ruQuotedGenitiveBody(toks, j); n != "" {
		// «в заявлении «Газпрома»» (ruspk13s_bodies.go)
		return []string{n}
	}
	if j+1 < len(toks) && toks[j+1].kind == tokWord && textutil.IsCap(toks[j].text) {
		// «Белом доме», «Белого дома», «Верховной раде»: a body of two
		// words the table knows.
		if b := ruBodies[ruStem(toks[j].text)+" "+ruStem(toks[j+1].text)]; b != "" {
			return m.ruBodyTail(toks, j+2, []string{b})
		}
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
	case ruLatinBodyAt(toks, j):
		// «в Google заявили» (ruspk13s_bodies.go)
		name = []string{t.text}
	default:
		return nil
	}
	return m.ruBodyTail(toks, j+1, name)
}

// ruBodyTail adds to a body's name the genitive words after it, from
// toks[j], that say whose it is: «России», «РФ», «по Москве».
func (m *reader) ruBodyTail(toks []token, j int, name []string) []string {
	for k := j; k < len(toks) && k <= j+2; k++ {
		w := toks[k]
		if w.kind != tokWord {
			break
		}
		if w.lower == "по" && k+1 < len(toks) && toks[k+1].kind == tokWord && textutil.IsCap(toks[k+1].text) {
			name = append(name, w.text, toks[k+1].text)
			k++
			continue
		}
		if !textutil.IsCap(w.text) && !textutil.IsAllCaps(w.text) || isPersonEvidence(w.text) || m.isSpeechVerb(w.lower) {
			break
		}
		name = append(name, w.text)
		if n := m.uk19AdjNoun(toks, k); n != "" {
			name = append(name, n) // «Херсонської області» (uk19_bodies.go)
			k++
		}
	}
	return name
}

// ruAdjectiveNominative puts a Russian adjective in the prepositional
// case (the locative after «в») or the genitive (after a document,
// «сообщении Следственного комитета») into the nominative of the gender its
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
	case neut && strings.HasSuffix(w, "ого"):
		return strings.TrimSuffix(w, "ого") + "ое"
	case !fem && strings.HasSuffix(w, "ого"):
		return strings.TrimSuffix(w, "ого") + "ый"
	case !fem && strings.HasSuffix(w, "его"):
		return strings.TrimSuffix(w, "его") + "ий"
	}
	return ""
}

// capitalise returns w with its first letter in upper case.
func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return strings.ToUpper(string(r)) + w[n:]
}
