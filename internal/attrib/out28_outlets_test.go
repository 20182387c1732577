package attrib

import "testing"

// The outlets in these cases are invented (Зарница, Kestrel Press, The
// Harbor Post, ЗРН), so that no table knows them and only the frame
// finds them (issue 13, out28_frames.go).

// TestOut28AgencyAfterVerb checks «сообщает агентство X»: a news agency
// named after the verb that reports its news.
func TestOut28AgencyAfterVerb(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Выборы прошли спокойно, сообщает агентство Зарница.", []string{"Зарница"}},
		{"Выборы прошли спокойно, передает агенство Kestrel.", []string{"Kestrel"}},
		{"Об этом сообщает агентство Зарница со ссылкой на полицию.", []string{"Зарница"}},
		{"По сведениям газеты Nordbladet, на которую ссылается агентство Kestrel Press, выкуп был заплачен.", []string{"Nordbladet", "Kestrel Press"}},
		{"Мост закроют, передает британское агентство Kestrel.", []string{"Kestrel"}},
		// Not a news agency: another kind named by its adjective, a
		// state agency named by its purpose, a body's abbreviation.
		{"Мост закроют, сообщает федеральное агентство Росавтодор.", nil},
		{"Мост закроют, сообщает агентство по транспорту.", nil},
		{"Мост закроют, сообщает агентство МЧС.", nil},
		{"Рейсы отменены, сообщает агентство Росавиация.", nil},
		// Not at the clause's end: the agency is no reporting subject.
		{"Мост закроют, сообщает агентство Зарница Ивану Петрову и другим.", nil},
	})
}

// TestOut28AgencyOfSource checks «по данным агентства «X»»: the agency in
// the genitive after a phrase that opens a report's source.
func TestOut28AgencyOfSource(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Между тем, по данным агентства «Зарница», мужчина жив.", []string{"Зарница"}},
		{"По сведениям агентства «Зарница», мост закроют.", []string{"Зарница"}},
		// A Cyrillic run there may be a state agency: left alone.
		{"По данным агентства Росавтодор, мост закроют.", nil},
		// Another kind of agency, by its adjective.
		{"По данным кадрового агентства «Зарница», зарплаты выросли.", nil},
	})
}

// TestOut28Told checks the type word in the dative that is the one told
// the words: after «в интервью» or with a verb of telling earlier in its
// clause.
func TestOut28Told(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Мост закроют, заявил Иван Петров в интервью телекомпании KXYZ.", []string{"KXYZ"}},
		{"Мост закроют, заявил представитель министерства области интернет-изданию \"Зарница.ру\".", []string{"Зарница.ру"}},
		{"Мост закроют, рассказал Иван Петров агентству Kestrel.", []string{"Kestrel"}},
		{"Губернатор пообещал в интервью агентству Kestrel помощь.", []string{"Kestrel"}},
		// The speaker's employer, not the one told.
		{"Мост закроют, заявил директор телекомпании KXYZ Иван Петров.", nil},
		{"Мост закроют, заявил совладелец телекомпании «Зарница» Иван Петров.", nil},
	})
}

// TestOut28OriginAdjective checks «пишет британская The Guardian»: a verb
// only media take, an adjective of origin, then a Latin-script title.
func TestOut28OriginAdjective(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Остров открыл мореплаватель Иван Петров, пишет британская The Harbor Post.", []string{"The Harbor Post"}},
		{"Мост закроют, пишет немецкая Kestrel Zeitung.", []string{"Kestrel Zeitung"}},
		// Not ending the clause: the name is no subject there.
		{"Мост закроют, пишет британская Harbor Post Ивану Петрову в письме.", nil},
	})
}

// TestOut28AbbrevTold checks an abbreviation after «собеседник» and one
// told the words after a verb of telling and its pronoun subject.
func TestOut28AbbrevTold(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"«Да, могу подтвердить», — сказал он ЗРН.", []string{"ЗРН"}},
		{"По словам собеседника ЗРН в полиции, мост закроют.", []string{"ЗРН"}},
		{"Об этом рассказали собеседники ЗРН в министерстве.", []string{"ЗРН"}},
		// Bodies are no outlets; the pronoun's verb must tell.
		{"По словам собеседника ФСБ, мост закроют.", nil},
		{"«Да, могу подтвердить», — сказал он МВД.", nil},
		{"«Поможем», — пообещал он ЗРН.", nil},
	})
}

// TestOut28SubjectBefore checks a name right before a neuter verb of
// reporting, or before «опубликовал» and a piece.
func TestOut28SubjectBefore(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Ранее Kestrel Press сообщило о потерях.", []string{"Kestrel Press"}},
		{"Мост закроют. Kestrel снова написало об этом.", []string{"Kestrel"}},
		{"Ранее «Зарница» опубликовала материал о мосте.", []string{"Зарница"}},
		{"В феврале «Зарница.ру» передавало, что мост закроют.", []string{"Зарница.ру"}},
		// A company's verb is feminine, a body's abbreviation is left
		// out, a publication that is no piece is a company's report.
		{"Ранее Kestrel сообщила о потерях.", nil},
		{"Ранее WADA сообщило о допинге.", nil},
		{"Ранее «Зарница» опубликовала отчет о прибыли.", nil},
		{"Ранее ПАО «Зарница» сообщило о прибыли.", nil},
		{"Ранее «Зарница» опубликовала материалы к собранию акционеров.", nil},
		{"На сайте «Зарница» опубликовали статью о мосте.", nil},
	})
}

// TestOut28FeminineDative checks a feminine name in -а told the words in
// the dative, brought to the nominative.
func TestOut28FeminineDative(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Мост закроют, рассказал Иван Петров в интервью «Зарнице».", []string{"Зарница"}},
		{"«Мост закроют», — заявил он «Северной Волжанке».", []string{"Северная Волжанка"}},
		// After other consonants the ending does not tell -а from -я.
		{"Мост закроют, рассказал Иван Петров в интервью «Северной звезде».", []string{"Северной звезде"}},
		{"Мост закроют, рассказал Иван Петров в интервью «Заріцьке».", []string{"Заріцьке"}},
	})
}

// TestOut28RIA checks an information agency named «РИА» and its title,
// quoted or not, told the words or reporting.
func TestOut28RIA(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"«Ситуация стабильная», — сказал он «РИА Зарница».", []string{"РИА Зарница"}},
		{"Представитель компании объявил РИА Зарница, что сделка закрыта.", []string{"РИА Зарница"}},
		{"Мост закроют, сообщает РИА Зарница.", []string{"РИА Зарница"}},
		{"Мост закроют, цитирует заявление министра РИА «Зарница».", []string{"РИА Зарница"}},
		// Not after a verb of telling or reporting.
		{"Сотрудники РИА Зарница получили премию.", nil},
		{"Он работает в «РИА Зарница».", nil},
	})
}

// TestOut28RIAKnown checks that a known «РИА …» told the words by
// «объявил», which no verb table holds, is cited too.
func TestOut28RIAKnown(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Представитель компании объявил РИА Новости, что сделка закрыта.", []string{"РИА Новости"}},
	})
}

// TestOut28TypedAfterVerb checks the other type words of media after a
// verb of reporting or finding out, and after a citing verb's object.
func TestOut28TypedAfterVerb(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Как выяснило издание Kestrel, мост закроют.", []string{"Kestrel"}},
		{"Как ранее писало издание «Зарница», мост закроют.", []string{"Зарница"}},
		{"Мост закроют, цитирует Ивана Петрова агентство Kestrel.", []string{"Kestrel"}},
		{"Мост закроют, приводит слова Ивана Петрова издание «Зарница».", []string{"Зарница"}},
		// A Cyrillic run after a type word other than «агентство» is
		// left alone; so is a verb that reports nothing.
		{"Как выяснила газета Зарница, мост закроют.", nil},
		{"Мост закроют, купило издание «Зарница».", nil},
	})
}
