package attrib

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestRuQuoteRuns checks the quotations that run over two paragraphs
// without a mark reopening them in the second: opened after a sentence of
// the first paragraph in guillemets, or at its start in straight marks;
// each paragraph's piece is found and given the speaker the second names;
// a run opened after a colon goes on over several paragraphs, and a run
// opened at a paragraph's start may close with a curly ” (q24).
// A mark left open with no closing one after it in the next paragraph, or
// a next paragraph of dialogue, is no run.
func TestRuQuoteRuns(t *testing.T) {
	for _, c := range []struct {
		name string
		ps   []string
		want map[string]string
	}{
		{"guillemets after a sentence", []string{
			"Об этом заявил губернатор области Сергей Морозов. «Работы на трассе начнутся в мае, подрядчик уже выбран.",
			"Мы рассчитываем закончить их к осени», — сказал он журналистам.",
		}, map[string]string{
			"Работы на трассе начнутся в мае, подрядчик уже выбран.": "Сергей Морозов",
			"Мы рассчитываем закончить их к осени":                   "Сергей Морозов",
		}},
		{"two runs in a row, each with its own speaker", []string{
			"«Мы сделаем все, чтобы дорогу открыли к зиме.",
			"Подрядчик уже работает», — сказал министр транспорта Иван Иванов.",
			"Губернатор области Петр Петров ответил ему. «Область готова помочь с техникой.",
			"Но и от министерства мы ждем денег», — сказал он.",
		}, map[string]string{
			"Мы сделаем все, чтобы дорогу открыли к зиме.": "Иван Иванов",
			"Подрядчик уже работает":                       "Иван Иванов",
			"Область готова помочь с техникой.":            "Петр Петров",
			"Но и от министерства мы ждем денег":           "Петр Петров",
		}},
		{"three paragraphs after a colon (q24)", []string{
			"После матча высказался Андрей Орлов, главный тренер «Ротора»: «Мы начали плохо, пропустили рано и долго отыгрывались.",
			"Во втором тайме ребята добавили в движении и в желании.",
			"Спасибо болельщикам за поддержку на трибунах!».",
		}, map[string]string{
			"Мы начали плохо, пропустили рано и долго отыгрывались.":  "Андрей Орлов",
			"Во втором тайме ребята добавили в движении и в желании.": "Андрей Орлов",
		}},
		{"a name's guillemet closed with the speech's: no run (review25)", []string{
			"Директор завода Сергей Орлов заявил: «Мы подписали договор с компанией «Ромашка».",
			"Завод начнет выпуск новой продукции весной следующего года.",
			"«Работа пойдет в три смены», — добавил глава профсоюза Олег Сидоров.",
		}, map[string]string{
			"Работа пойдет в три смены": "Олег Сидоров",
		}},
		{"closed by a curly mark (q24)", []string{
			"«Нам было тяжело сегодня. Соперник сыграл очень хорошо, поздравляю его.",
			"Мы проиграли борьбу под щитом и не смогли подобрать мяч…”, — цитирует главного тренера Игоря Смирнова сайт клуба.",
		}, map[string]string{
			"Нам было тяжело сегодня. Соперник сыграл очень хорошо, поздравляю его.": "Игорь Смирнов",
		}},
		{"straight marks", []string{
			"\"Сезон получился тяжелым, мы потеряли троих игроков основы.",
			"Но команда выстояла, и я благодарен каждому\", — сказал главный тренер клуба Павел Соколов.",
		}, map[string]string{
			"Сезон получился тяжелым, мы потеряли троих игроков основы.": "Павел Соколов",
			"Но команда выстояла, и я благодарен каждому":                "Павел Соколов",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, _ := extractRu(t, strings.Join(c.ps, "\n"))
			for text, sp := range c.want {
				if s, ok := got[text]; !ok || s != sp {
					t.Errorf("%q: got %v", text, got)
				}
			}
		})
	}
	// No run: the next paragraph closes nothing, or is dialogue.
	for _, ps := range [][]string{
		{"Глава района Иван Котов ответил коротко. «Будем строить новую школу.", "Проект уже готов, деньги выделены из бюджета области."},
		{"Глава района Иван Котов ответил коротко. \"Будем строить новую школу.", "— А сроки? \"Никаких сроков пока нет\", — ответил он."},
		// (q24) a middle paragraph of dialogue; a ” that pairs with a “
		{"Глава района Иван Котов ответил так: «Будем строить новую школу.", "— А сроки?", "Проект уже готов», — ответил он."},
		{"«Будем строить новую школу в районе.", "Проект уже готов, ее назвали “Надежда”, — сказал Иван Котов."},
	} {
		got, _ := extractRu(t, strings.Join(ps, "\n"))
		for text := range got {
			if strings.HasPrefix(text, "Проект уже готов") || strings.HasPrefix(text, "Будем строить новую школу.") && text != "Будем строить новую школу." {
				t.Errorf("%q: a run was read: %v", ps, got)
			}
		}
	}
}

// TestRuDialogueLists checks that lines of dialogue typed with hyphens,
// which the text layout reads as a list, are direct speech with the
// speaker their author's words name, the quotation keeping the list's
// block number; a list of plain items, or one whose items quote, is left a
// list.
func TestRuDialogueLists(t *testing.T) {
	blocks := []model.Block{
		{Type: model.Paragraph, Text: "Глава района Игорь Савин провел прием граждан."},
		{Type: model.List, Text: "Дорогу отремонтируем к осени, - пообещал глава района жителям.\nА на школу денег пока нет, - добавил он."},
		{Type: model.Paragraph, Text: "Жители остались недовольны."},
	}
	qs, _, err := Extract(blocks, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"Дорогу отремонтируем к осени": true, "А на школу денег пока нет": true}
	for _, q := range qs {
		if want[q.Text] {
			if q.Speaker != "Игорь Савин" || q.Block != 1 {
				t.Errorf("%q: speaker %q, block %d", q.Text, q.Speaker, q.Block)
			}
			delete(want, q.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found %v in %v", want, qs)
	}
	for _, list := range []string{
		"Молоко подорожало на 5%.\nХлеб подешевел на 2%.",
		"«Мы готовы», - заявил мэр.\nНовый мост откроют в мае.",
	} {
		if _, back := dialogueLists([]model.Block{{Type: model.List, Text: list}}, "ru"); back != nil {
			t.Errorf("%q read as dialogue", list)
		}
	}
	if _, back := dialogueLists(blocks, "en"); back != nil {
		t.Error("an English list read as Russian dialogue")
	}
}

// sourceCase is a one-sentence Russian text and the outlet it cites ("" for
// none).
type sourceCase struct{ text, want string }

// checkFirstSource checks that each text cites its outlet, and only it.
func checkFirstSource(t *testing.T, cases []sourceCase) {
	t.Helper()
	for _, c := range cases {
		_, src := extractRu(t, c.text)
		got := ""
		if len(src) > 0 {
			got = src[0]
		}
		if got != c.want || len(src) > 1 {
			t.Errorf("%q: sources %q, want %q", c.text, src, c.want)
		}
	}
}

// TestRuOwnChannelNotCited checks that someone's own channel, or a
// Telegram channel named by a phrase in quote marks with only a
// preposition before it, is not a cited outlet, while a channel a verb of
// reporting introduces, and a newspaper after a preposition, still are.
func TestRuOwnChannelNotCited(t *testing.T) {
	checkFirstSource(t, []sourceCase{
		{"В своем телеграм-канале «Тихий двор» блогер опроверг слухи о свадьбе.", ""},
		{"Сведения о чиновниках появлялись в телеграм-канале «Честные соседи», выяснила полиция.", ""},
		{"Об этом сообщает телеграм-канал «Утренний город».", "Утренний город"},
		{"Как сообщил их телеграм-канал «Вечерний город», матч перенесли.", "Вечерний город"},
		{"Об отставке сообщил подписчикам своего телеграм-канала «Тихий двор» блогер.", ""},
		{"Об отставке он написал в своем телеграм-канале «Тихий двор».", ""},
		{"Об этом говорится в газете «Северный рабочий».", "Северный рабочий"},
	})
}

// TestRuReportedSite checks that a site named in Latin letters after
// «сайт» is a cited outlet when a verb of reporting introduces it, and not
// when the site is where something is downloaded or visited.
func TestRuReportedSite(t *testing.T) {
	checkFirstSource(t, []sourceCase{
		{"Матч перенесли на весну, сообщает сайт Ringside Report.", "Ringside Report"},
		{"Компания отказалась от сделки, сообщается на сайте Techlog.", "Techlog"},
		{"Книгу можно бесплатно скачать на сайте Bookfree.info и в библиотеке.", ""},
		{"Он рассказал о сайте Sellmart на встрече с инвесторами.", ""},
		{"Бой отменили, сообщил об этом сайт Ringside Report.", "Ringside Report"},
		{"В прошлом месяце на сайте Instamix побывало 20 млн человек.", ""},
	})
}
