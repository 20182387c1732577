package attrib

import "testing"

// TestSpk28GovernedPlace checks that a capitalised word a preposition
// governs, across lower-case adjectives («в карельской Кондопоге»), is no
// person a later role or pronoun refers to, while a person already named
// is still found after a preposition.
func TestSpk28GovernedPlace(t *testing.T) {
	got, _ := extractRu(t, `Российская лыжница Анна Горелова, занявшая пятое место в гонке на этапе Кубка мира, отметила сложность трассы в карельской Кондопоге.
— Трасса была тяжелой, но я довольна, — сказала спортсменка. — Буду готовиться к следующему старту.`)
	if sp := got["Трасса была тяжелой, но я довольна"]; sp != "Анна Горелова" {
		t.Errorf("place after a preposition and an adjective: speaker %q, want Анна Горелова (%v)", sp, got)
	}
	got, _ = extractRu(t, `Опытный тренер Павел Сомов, чья команда выиграла этап Кубка мира, отметил хорошую погоду в северной Кандалакше.
— Погода нам помогла, — отметил наставник. — Ребята выполнили весь план.`)
	if sp := got["Погода нам помогла"]; sp != "Павел Сомов" {
		t.Errorf("place after a preposition and an adjective: speaker %q, want Павел Сомов (%v)", sp, got)
	}
	// A person named before is still who speaks when the sentence names
	// him again after a preposition.
	got, _ = extractRu(t, `Министр Олег Бурцев провел встречу с избирателями.
По мнению собравшихся у Бурцева, программа выполнена. «Мы сделали больше, чем обещали», — сказал министр.`)
	if sp := got["Мы сделали больше, чем обещали"]; sp != "Олег Бурцев" {
		t.Errorf("known person after a preposition: speaker %q, want Олег Бурцев (%v)", sp, got)
	}
}

// TestSpk28BodyName checks that a state body written with capitals in the
// genitive after a role («председатель Законодательного Собрания») is no
// person who speaks, and that a role and body glued to a name by a
// parenthesis («Глава Службы Безопасности (СБ) Игорь Лунев») make no person
// of the body, so that a later pronoun finds the named holder.
func TestSpk28BodyName(t *testing.T) {
	got, _ := extractRu(t, `Депутат Олег Сомов предложил поправку о дорогах. Председатель Законодательного Собрания Петр Рыбин открыл сессию.
«Бюджет будет принят в срок», — заявил председатель Законодательного Собрания.
«Мы обсудили все поправки», — добавил Петр Рыбин.`)
	if sp := got["Бюджет будет принят в срок"]; sp != "Петр Рыбин" {
		t.Errorf("a role and its body in the genitive: speaker %q, want Петр Рыбин (%v)", sp, got)
	}
	if sp := got["Мы обсудили все поправки"]; sp != "Петр Рыбин" {
		t.Errorf("named speaker: %q (%v)", sp, got)
	}
	got, _ = extractRu(t, `Глава Службы Безопасности (СБ) Игорь Лунев рассказал о работе ведомства.
«Угрозы остаются прежними. Мы к ним готовы», — отметил он.`)
	if sp := got["Угрозы остаются прежними. Мы к ним готовы"]; sp != "Игорь Лунев" {
		t.Errorf("pronoun after a parenthesised body: speaker %q, want Игорь Лунев (%v)", sp, got)
	}
}

// TestSpk28Words checks the word tests the rules use.
func TestSpk28Words(t *testing.T) {
	toks := tokenizeForTest(`трассы в карельской Кондопоге`)
	if !spk28GovernedName(toks, len(toks)-1) {
		t.Errorf("«в карельской Кондопоге»: not governed")
	}
	toks = tokenizeForTest(`сказал старый Иванов`)
	if spk28GovernedName(toks, len(toks)-1) {
		t.Errorf("«сказал старый Иванов»: governed")
	}
	toks = tokenizeForTest(`председатель Государственной Думы`)
	if !spk28BodyName(toks, 1) {
		t.Errorf("«Государственной Думы»: no body")
	}
	toks = tokenizeForTest(`сказал Иван Петров`)
	if spk28BodyName(toks, 1) {
		t.Errorf("«Иван Петров»: a body")
	}
}

// tokenizeForTest tokenizes one sentence with no quotations.
func tokenizeForTest(s string) []token {
	return tokenize(nil, s, sentence{Start: 0, End: len(s)}, nil)
}
