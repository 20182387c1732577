package attrib

import "testing"

// TestOut27KeepsCitations checks citations the frames of out27 first
// dropped (review rev29): a staff stem opening an adjective or another
// noun («авторитетное издание», «ведущий телеканал», «издательство»); a
// correspondent with an adjective before him as the subject of a media
// verb; a list whose verb stands a few words after it, or that a
// reporting verb introduces before a colon or a dash; a verb of motion
// («пришел на «Эхо Москвы»» is a guest on air). The frames' own cases
// stay in out27_outlets_test.go.
func TestOut27KeepsCitations(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Как пишет авторитетное издание «Ведомости», сделка закрыта.", []string{"Ведомости"}},
		{"Об этом сообщает ведущий телеканал «Россия 24».", []string{"Россия 24"}},
		{"Об этом сообщило издательство «Коммерсантъ».", []string{"Коммерсантъ"}},
		{"Как передает специальный корреспондент ТАСС, мост закрыт.", []string{"ТАСС"}},
		// (In these two the older rules read no more than the items
		// below: the second item of the first, РБК after «и» in the
		// second, were not cited before out27 either.)
		{"«Ведомости» и «Коммерсантъ» в понедельник сообщили о сделке.", []string{"Ведомости"}},
		{"Об этом сообщили три издания: «Ведомости», «Коммерсантъ» и РБК.", []string{"Ведомости", "Коммерсантъ"}},
		{"Премьер пришел на «Эхо Москвы» и рассказал о мосте.", []string{"Эхо Москвы"}},
		// The frames' removals still hold.
		{"Суд заблокировал «Медузу», «Дождь» и «Новую газету».", nil},
		{"«Нет», — сказал главный редактор «Коммерсанта» Иван Петров.", nil},
	})
}
