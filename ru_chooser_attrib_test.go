package article

import (
	"slices"
	"strings"
	"testing"
)

// Speakers chosen by the learned chooser (internal/attrib/chooser.go) on
// the patterns of Russian news writing it must keep: a role and a pronoun
// resolved to the person named before, a paragraph of speech going on
// with the last speaker, a woman's verb with a woman, a name in the
// dative that is the listener, not the speaker.
func TestRussianChooserSpeakers(t *testing.T) {
	text := "Совещание в мэрии\n\n" +
		"Мэр Москвы Сергей Собянин посетил стройку вместе с министром Ольгой Васильевой.\n\n" +
		"«Метро откроется в декабре, как и обещали жителям района», — подчеркнул мэр.\n\n" +
		"«Все работы идут по графику, никаких задержек на объекте нет».\n\n" +
		"«Мы исправим ситуацию со школами в кратчайшие сроки», — пообещала она.\n\n" +
		"«Мы благодарны всем строителям за их работу», — сказал Алексею Смирнову губернатор Иван Белов.\n"
	a, err := ParseText(strings.NewReader(text), WithLanguage("ru"))
	if err != nil {
		t.Fatal(err)
	}
	checkSpeakers(t, a, map[string]string{
		"Метро откроется в декабре, как и обещали жителям района":     "Сергей Собянин",
		"Все работы идут по графику, никаких задержек на объекте нет": "Сергей Собянин",
		"Мы исправим ситуацию со школами в кратчайшие сроки":          "Ольга Васильева",
		"Мы благодарны всем строителям за их работу":                  "Иван Белов",
	})
}

// Cited outlets: a known outlet as the subject of a verb of reporting, one
// outlet named with and without its article counted once, a Latin-script
// outlet after the piece it published («в статье Mail on Sunday»).
func TestRussianOutletSubject(t *testing.T) {
	text := "Переговоры\n\n" +
		"РБК со ссылкой на источники сообщает о переговорах. Как отмечает «Новая газета», решение не принято.\n\n" +
		"Об этом пишет The New York Times. По данным New York Times, встреча прошла в Вене.\n\n" +
		"В статье Mail on Sunday говорится о допинге.\n"
	a, err := ParseText(strings.NewReader(text), WithLanguage("ru"))
	if err != nil {
		t.Fatal(err)
	}
	// (Named first with its article, the outlet is reported with it, the
	// longer name, as addSource keeps «Der Spiegel» over «Spiegel».)
	want := []string{"РБК", "Новая газета", "The New York Times", "Mail on Sunday"}
	if !slices.Equal(a.Sources, want) {
		t.Errorf("sources %q, want %q", a.Sources, want)
	}
}

// The chooser serves English too: a quotation's own attribution wins over
// the last subject, and a paragraph of quotation goes on with its speaker.
func TestEnglishChooserSpeakers(t *testing.T) {
	text := "Budget talks\n\n" +
		"Senator Maria Lopez met Governor Tom Hart on Monday.\n\n" +
		"\"We are not going to raise taxes this year,\" Hart said after the meeting.\n\n" +
		"\"The budget will be balanced without cuts to schools or hospitals.\"\n\n" +
		"Lopez disagreed. \"The numbers simply do not add up,\" she said.\n"
	a, err := ParseText(strings.NewReader(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	checkSpeakers(t, a, map[string]string{
		"We are not going to raise taxes this year":                        "Tom Hart",
		"The budget will be balanced without cuts to schools or hospitals": "Tom Hart",
		"The numbers simply do not add up":                                 "Maria Lopez",
	})
}
