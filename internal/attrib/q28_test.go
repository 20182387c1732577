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

// TestQ28InterviewList checks that an interview typed with hyphens, which
// the text layout reads as a list, gives its questions and answers as
// quotations (q28_lists.go), and that lists of facts, of questions alone
// or of steps stay lists.
func TestQ28InterviewList(t *testing.T) {
	blocks := []model.Block{
		{Type: model.Paragraph, Text: "Директор городского парка Марина Соколова рассказала нашему корреспонденту о планах на лето."},
		{Type: model.List, Text: "Когда откроются новые аттракционы?\nКолесо обозрения заработает уже в июне, а детскую площадку мы закончим к августу."},
	}
	got := q28Quotes(t, blocks)
	for _, want := range []string{"Когда откроются новые аттракционы?", "Колесо обозрения заработает уже в июне, а детскую площадку мы закончим к августу."} {
		if _, ok := got[want]; !ok {
			t.Errorf("%q not found in %v", want, got)
		}
	}
	for _, list := range []string{
		"Молоко подорожало на пять процентов за месяц.\nХлеб подешевел на два процента за неделю.",
		"Как оформить пособие?\nКуда обращаться за справкой?\nСколько ждать ответа?",
		"Заполните заявление на сайте.\nПриложите копию паспорта.\nЖдите ответа в течение месяца.",
		"Когда откроют мост?\n«Весной», — ответили в мэрии города журналистам.",
		"Как оформить пособие?\nНужно подать заявление в МФЦ и приложить копию паспорта.",
	} {
		if q28InterviewItems(list) {
			t.Errorf("%q read as an interview", list)
		}
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

// TestQ28Intertitle checks that a body line of the colon form, a role or a
// name, a colon and short words in quote marks, is a quotation of who
// holds the role in the body (q28_intertitle.go), and that a line whose
// part before the colon is no speaker gives nothing.
func TestQ28Intertitle(t *testing.T) {
	blocks := []model.Block{
		{Type: model.Paragraph, Text: "Губернатор: «Мост откроем весной»"},
		{Type: model.Paragraph, Text: "Губернатор области Андрей Кравцов провел совещание о ремонте дорог и мостов в районе."},
		{Type: model.Paragraph, Text: "Адрес: «Площадь Победы»"},
		{Type: model.Paragraph, Text: "Губернатор: «Единая Россия»"},
		{Type: model.Paragraph, Text: "Совещание продлилось три часа."},
	}
	got := q28Quotes(t, blocks)
	if sp, ok := got["Мост откроем весной"]; !ok || sp != "Андрей Кравцов" {
		t.Errorf("intertitle: got %v", got)
	}
	if _, ok := got["Единая Россия"]; ok {
		t.Errorf("a name after «Губернатор:» read as a quotation: %v", got)
	}
	if _, ok := got["Площадь Победы"]; ok {
		t.Errorf("a name after «Адрес:» read as a quotation: %v", got)
	}
}

// TestQ28NamedColonHeadline checks the colon headline whose speaker part
// names the speaker's organisation in quote marks before his name
// (q28_headline.go), and that a title with its author in the genitive or
// a role of a body in marks gives no speaker so.
func TestQ28NamedColonHeadline(t *testing.T) {
	body := []model.Block{
		{Type: model.Paragraph, Text: "Генеральный директор завода «Уралмаш» Сергей Волков рассказал о планах предприятия на будущий год."},
		{Type: model.Paragraph, Text: "Режиссер Алексей Балабанов в свое время снял несколько известных фильмов о девяностых годах."},
	}
	cases := []struct{ headline, text, speaker string }{
		{"Директор «Уралмаша» Сергей Волков: «Мы удвоим выпуск станков»", "Мы удвоим выпуск станков", "Сергей Волков"},
		{"Фильм «Брат» Алексея Балабанова: «Сила в правде»", "", ""},
		{"Президент «Зенита»: «Мы удвоим выпуск станков»", "", ""},
	}
	for _, c := range cases {
		qs, _, err := ExtractWithHeadline(c.headline, body, "ru", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		var got *model.Quote
		for i := range qs {
			if qs[i].Block == HeadlineBlock {
				got = &qs[i]
			}
		}
		switch {
		case c.text == "" && got != nil && got.Speaker != "":
			t.Errorf("%q: got %q by %q", c.headline, got.Text, got.Speaker)
		case c.text != "" && (got == nil || got.Text != c.text || got.Speaker != c.speaker):
			t.Errorf("%q: got %+v, want %q by %q", c.headline, got, c.text, c.speaker)
		}
	}
}

// TestQ28ColonCondensedHeadline checks a headline that opens with a
// quotation condensing a body quotation and goes on after a colon with
// the writer's words (q28_headline.go), and that a title before a colon,
// or words the body quotes from no one, give nothing.
func TestQ28ColonCondensedHeadline(t *testing.T) {
	body := []model.Block{
		{Type: model.Paragraph, Text: "«Если бы морские порты работали зимой, грузы шли бы быстрее», — сказал министр транспорта Игорь Лапин."},
		{Type: model.Paragraph, Text: "Вечером в театре покажут спектакль по роману Булгакова."},
	}
	cases := []struct{ headline, text, speaker string }{
		{"«Морские порты работают зимой»: Лапин удивил депутатов", "Морские порты работают зимой", "Игорь Лапин"},
		{"«Морские порты работают зимой»: министр удивил депутатов", "", ""},
		{"«Мастер и Маргарита»: премьера в театре", "", ""},
		{"«Новые школьные автобусы вышли на линию»: город готов к учебному году", "", ""},
	}
	for _, c := range cases {
		qs, _, err := ExtractWithHeadline(c.headline, body, "ru", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		var got *model.Quote
		for i := range qs {
			if qs[i].Block == HeadlineBlock {
				got = &qs[i]
			}
		}
		switch {
		case c.text == "" && got != nil:
			t.Errorf("%q: got %q by %q", c.headline, got.Text, got.Speaker)
		case c.text != "" && (got == nil || got.Text != c.text || got.Speaker != c.speaker):
			t.Errorf("%q: got %+v, want %q by %q", c.headline, got, c.text, c.speaker)
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
	for _, w := range []string{"пятерка лучших", "тройник", "пятерня"} {
		if q28GroupName(w) {
			t.Errorf("%q read as a group's name", w)
		}
	}
}
