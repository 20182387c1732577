package attrib

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// q28Texts returns the texts of the quotations Extract finds in the
// Russian paragraphs given, and their speakers.
func q28Quotes(t *testing.T, blocks []model.Block) map[string]string {
	t.Helper()
	qs, _, err := Extract(blocks, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, q := range qs {
		got[strings.TrimSpace(q.Text)] = q.Speaker
	}
	return got
}

// TestQ28ExplainerList checks that a news explainer set as a list of
// questions and answers ("what is known so far"), whose answers speak
// with the newsroom's "we" (по нашим данным, мы знаем), gives no
// quotations. q28 first read such hyphen lists as a typed interview and
// took the rule back after a review (q28_NOTES.md): nothing in the list
// tells an editorial Q&A from an interview.
func TestQ28ExplainerList(t *testing.T) {
	blocks := []model.Block{
		{Type: model.Paragraph, Text: "Ночью в центре города загорелся жилой дом. Главное к этому часу:"},
		{Type: model.List, Text: "Что известно на данный момент?\nПо нашим данным, пожар начался ночью в подвале пятиэтажного дома.\nЕсть ли пострадавшие?\nПострадавших нет, жильцов эвакуировали до приезда пожарных расчетов."},
		{Type: model.Paragraph, Text: "Редакция следит за развитием событий."},
	}
	if got := q28Quotes(t, blocks); len(got) != 0 {
		t.Errorf("an explainer's questions and answers read as quotations: %q", got)
	}
}

// TestQ28GluedHyphen checks that a paragraph of speech whose opening dash
// is a hyphen glued to the first word gives its quotation and speaker
// (q28_dash.go), and that a glued hyphen before a number or without the
// author's words does not.
func TestQ28GluedHyphen(t *testing.T) {
	blocks := []model.Block{
		{Type: model.Paragraph, Text: "Мэр города Олег Смирнов осмотрел ремонт набережной."},
		{Type: model.Paragraph, Text: "-Работы идут медленно. Подрядчику дан месяц, чтобы всё исправить, - заявил Смирнов."},
	}
	got := q28Quotes(t, blocks)
	if sp, ok := got["Работы идут медленно. Подрядчику дан месяц, чтобы всё исправить"]; !ok || sp != "Олег Смирнов" {
		t.Errorf("glued hyphen: got %v", got)
	}
	for _, s := range []string{"-5 градусов, - сообщили синоптики.", "-то ли дождь, - сказал он.", "-Молоко подорожало на пять процентов за месяц."} {
		if _, ok := dashQuote(s, true); ok {
			t.Errorf("%q read as dash speech", s)
		}
	}
}

// TestQ28GroupNameSpeech checks that a group's name by its number that
// stands as direct speech of its own, by the dash of dialogue or by «…»,
// — and the author's words, is kept with its speaker (rev31 D2).
func TestQ28GroupNameSpeech(t *testing.T) {
	blocks := []model.Block{
		{Type: model.Paragraph, Text: "Первоклассник Миша Орлов в тот день вернулся из школы раньше всех."},
		{Type: model.Paragraph, Text: "— Пятёрка! — закричал Миша с порога."},
		{Type: model.Paragraph, Text: "Главный тренер сборной Валерий Карпин остался доволен матчем."},
		{Type: model.Paragraph, Text: "«Твердая четверка», — оценил игру команды Карпин."},
	}
	got := q28Quotes(t, blocks)
	for want, sp := range map[string]string{"Пятёрка!": "Миша Орлов", "Твердая четверка": "Валерий Карпин"} {
		if g, ok := got[want]; !ok || g != sp {
			t.Errorf("%q: got %v, want it by %q", want, got, sp)
		}
	}
}

// TestQ28GroupNames checks that a collective numeral noun in quote marks,
// a group's name by its number, is not output as a quotation
// (q28_groups.go), while one-word quotations of other words and longer
// ones holding such a noun are.
func TestQ28GroupNames(t *testing.T) {
	blocks := []model.Block{
		{Type: model.Paragraph, Text: "Посол Иван Громов заявил, что переговоры «шестерки» с Тегераном идут «нормально»."},
		{Type: model.Paragraph, Text: "Он также сказал, что «большая семерка» не вправе решать за всех."},
		{Type: model.Paragraph, Text: "«Мы войдем в пятерку лучших команд лиги», — сказал тренер клуба Олег Рябов."},
	}
	got := q28Quotes(t, blocks)
	for _, no := range []string{"шестерки", "большая семерка"} {
		if _, ok := got[no]; ok {
			t.Errorf("%q output as a quotation: %v", no, got)
		}
	}
	for _, yes := range []string{"нормально", "Мы войдем в пятерку лучших команд лиги"} {
		if _, ok := got[yes]; !ok {
			t.Errorf("%q not found: %v", yes, got)
		}
	}
	for _, w := range []string{"пятёрку", "двадцатки", "ядерной пятерки"} {
		if !q28GroupName(w) {
			t.Errorf("%q not read as a group's name", w)
		}
	}
	for _, w := range []string{"пятерка лучших", "тройник", "пятерня", "в пятерку"} {
		if q28GroupName(w) {
			t.Errorf("%q read as a group's name", w)
		}
	}
}
