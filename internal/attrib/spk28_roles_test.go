package attrib

import "testing"

// TestSpk28RunRole checks that a role written with a capital after a
// sentence's first word («Договор Губернатор Иван Лосев подписал …») is
// filed as the named person's, so that «как отметил Губернатор» later
// refers to him and not to another person named in between.
func TestSpk28RunRole(t *testing.T) {
	got, _ := extractRu(t, `Договор Губернатор Иван Лосев подписал с руководством завода.
Как отметил директор предприятия Олег Мамаев, новый цех откроют через год.
Как отметил Губернатор, "область поможет заводу с дорогой и электричеством".`)
	if sp := got["область поможет заводу с дорогой и электричеством"]; sp != "Иван Лосев" {
		t.Errorf("capitalised role inside the run: speaker %q, want Иван Лосев (%v)", sp, got)
	}
}

// TestSpk28Participle checks that a Russian participle used as a noun and
// capitalised at a sentence's start («Ведущая вспомнила») is no new
// person: the words it introduces go to the person the text is about.
func TestSpk28Participle(t *testing.T) {
	got, _ := extractRu(t, `Радиоведущая Ирина Сомова в эфире рассказала о письмах слушателей.
Она считает, что жалобы несправедливы. Ведущая вспомнила, что в студии часто «звучит одна и та же песня».`)
	if sp := got["звучит одна и та же песня"]; sp != "Ирина Сомова" {
		t.Errorf("«Ведущая вспомнила»: speaker %q, want Ирина Сомова (%v)", sp, got)
	}
	for _, w := range []string{"ведущая", "выступающий", "пострадавшая"} {
		if !spk28Participle(w) {
			t.Errorf("%q: no participle", w)
		}
	}
	for _, w := range []string{"петров", "яровая", "вощий"} {
		if spk28Participle(w) {
			t.Errorf("%q: a participle", w)
		}
	}
}

// TestSpk28RoleBodySurname checks that a role, the body it serves in
// abbreviations and a surname alone («глава МЧС РФ Куренков») name the
// surname's holder, not the holder of a similar role named before.
func TestSpk28RoleBodySurname(t *testing.T) {
	got, _ := extractRu(t, `Об этом сообщил министр обороны Белоруссии Виктор Хренин на совещании.
Как отметил ранее глава МЧС РФ Куренков, спасатели будут "работать круглосуточно" до конца паводка.`)
	if sp := got["работать круглосуточно"]; sp != "Куренков" {
		t.Errorf("«глава МЧС РФ Куренков»: speaker %q, want Куренков (%v)", sp, got)
	}
	got, _ = extractRu(t, `Об этом сообщил министр обороны Белоруссии Виктор Хренин на совещании.
Как отметил ранее глава МЧС РФ Александр Куренков, спасатели будут "работать круглосуточно" до конца паводка.`)
	if sp := got["работать круглосуточно"]; sp != "Александр Куренков" {
		t.Errorf("«глава МЧС РФ Александр Куренков»: speaker %q (%v)", sp, got)
	}
}
