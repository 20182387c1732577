package attrib

import (
	"slices"
	"testing"
)

// extractRu runs Extract on a Russian text of one paragraph a line.
func extractRu(t *testing.T, text string) (map[string]string, []string) {
	t.Helper()
	qs, src, err := Extract(paragraphs(text), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, q := range qs {
		got[q.Text] = q.Speaker
	}
	return got, src
}

// TestRuUnreopenedRun checks that a quotation over three paragraphs whose
// middle and last paragraphs are not reopened by a mark is read one piece
// a paragraph, all three spoken by whom the last names; and that with no
// attribution at its end the pieces go to the speaker of the quotation
// before the run.
func TestRuUnreopenedRun(t *testing.T) {
	got, _ := extractRu(t, `Тренер подвел итоги
Главный тренер «Сокола» Андрей Бельский прокомментировал ничью с лидером.
«Мы провели ровный матч, хотя начало получилось вязким.
Во втором тайме ребята прибавили. Жаль, что не хватило времени.
Дальше нас ждет выезд, к нему надо восстановиться», — заявил Бельский журналистам.`)
	for _, piece := range []string{"Мы провели ровный матч, хотя начало получилось вязким.", "Во втором тайме ребята прибавили. Жаль, что не хватило времени.", "Дальше нас ждет выезд, к нему надо восстановиться"} {
		if sp, ok := got[piece]; !ok || sp != "Андрей Бельский" {
			t.Errorf("piece %q: speaker %q (found %v), want Андрей Бельский; all %v", piece, sp, ok, got)
		}
	}
	got, _ = extractRu(t, `Наставник доволен
Наставник «Искры» Павел Орехов оценил игру новичка.
«Он быстро влился в команду, — отметил Орехов. — Это видно по каждой тренировке».
«Он играет без страха.
Думаю, его ждет большое будущее».`)
	for _, piece := range []string{"Он играет без страха.", "Думаю, его ждет большое будущее"} {
		if sp := got[piece]; sp != "Павел Орехов" {
			t.Errorf("piece %q: speaker %q, want Павел Орехов; all %v", piece, sp, got)
		}
	}
	// A paragraph that opens a quotation it never closes, with nothing
	// to close it after, is no run.
	if got, _ := extractRu(t, `Заголовок
«Открытая кавычка без конца и здесь текст идет дальше.
Обычный абзац без кавычек.`); len(got) > 1 {
		t.Errorf("an unclosed mark made a run: %v", got)
	}
}

// TestRuOutletForms checks the forms of a cited outlet: a site address in
// lower case, «канал» before the name, an outlet after the person a
// citing verb quotes, a name in quote marks after the present «сообщает»
// and after «в беседе с»; and what is no outlet: a club's own site after
// «приводит слова», a company after a role.
func TestRuOutletForms(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Новость\nЗавод остановит линию на месяц, сообщает regnews.ru.", []string{"regnews.ru"}},
		{"Новость\nСудья отклонил иск, сообщает канал CBS News.", []string{"CBS News"}},
		{"Новость\n«Мы готовы к сезону», — цитирует Соколова «Вечерний спорт».", []string{"Вечерний спорт"}},
		{"Новость\n«Мы готовы к сезону», — приводит слова Соколова РИА Новости.", []string{"РИА Новости"}},
		{"Новость\nМатч перенесут на весну, сообщает «Северный вестник».", []string{"Северный вестник"}},
		{"Новость\nТренер Иван Соколов в беседе с «Спорт Дня» рассказал о планах.", []string{"Спорт Дня"}},
		{"Новость\n«Мы готовы к сезону», — приводит слова Соколова официальный сайт «Торпедо».", nil},
		{"Новость\n«Решение будет принято в мае», — сказал представитель Tesla Джон Смит.", nil},
	} {
		_, src := extractRu(t, c.text)
		if !slices.Equal(src, c.want) {
			t.Errorf("%q: sources %q, want %q", c.text, src, c.want)
		}
	}
}

// TestRuLowOpeningStraightClose checks that „…" closed by a straight mark
// inside a quotation leaves the quotation whole.
func TestRuLowOpeningStraightClose(t *testing.T) {
	got, _ := extractRu(t, `Новость
«Нам нужен новый стадион, как у „Спартака". Без него не будет роста», — сказал президент клуба Олег Денисов.`)
	if sp, ok := got[`Нам нужен новый стадион, как у „Спартака". Без него не будет роста`]; !ok || sp != "Олег Денисов" {
		t.Errorf("quotation with „…\" inside: %v", got)
	}
}

// TestRuSubjectForms checks who speaks when the sentence opens with an
// adjective and a role, when a name is the topic after «касается», and
// for «по его словам» after the subject's own clause.
func TestRuSubjectForms(t *testing.T) {
	got, _ := extractRu(t, `Новость
Главный тренер «Вымпела» Марко Росси провел пресс-конференцию.
Итальянский специалист добавил, что команде придется «потерпеть».`)
	if sp := got["потерпеть"]; sp != "Марко Росси" {
		t.Errorf("«потерпеть»: speaker %q, want Марко Росси; all %v", sp, got)
	}
	got, _ = extractRu(t, `Новость
Министр финансов Антон Силин выступил в Думе.
Бывший министр заявил, что бюджет «будет исполнен».`)
	if sp := got["будет исполнен"]; sp != "Антон Силин" {
		t.Errorf("«будет исполнен»: speaker %q, want Антон Силин (a capitalised adjective and a role); all %v", sp, got)
	}
	got, _ = extractRu(t, `Новость
Полузащитник «Сокола» Егор Рябов провел сотый матч за клуб.
После игры полузащитник признался, что сезон «получился тяжелым».`)
	if sp := got["получился тяжелым"]; sp != "Егор Рябов" {
		t.Errorf("«получился тяжелым»: speaker %q, want Егор Рябов (a sports role named again); all %v", sp, got)
	}
	got, _ = extractRu(t, `Новость
Министр Сергей Орлов провел совещание.
Российский вице-премьер Олег Гаврилов заявил, что решение «уже принято».`)
	if sp := got["уже принято"]; sp != "Олег Гаврилов" {
		t.Errorf("«уже принято»: speaker %q, want Олег Гаврилов (an adjective, a role and the name after them); all %v", sp, got)
	}
	got, _ = extractRu(t, `Новость
Комментатор Андрей Лебедев высказался о тренерах лиги.
Что касается Петровича, комментатор считает, что тот «устал от работы».`)
	if sp := got["устал от работы"]; sp != "Андрей Лебедев" {
		t.Errorf("«устал от работы»: speaker %q, want Андрей Лебедев; all %v", sp, got)
	}
	got, _ = extractRu(t, `Новость
Бывший тренер сборной Олег Соловьев высоко оценил Семена Кузнецова.
Отвечая на вопрос о лидерах, Соловьев выделил Кузнецова: по его словам, именно он «сделал больше всех».`)
	if sp := got["сделал больше всех"]; sp != "Олег Соловьев" {
		t.Errorf("«сделал больше всех»: speaker %q, want Олег Соловьев; all %v", sp, got)
	}
}

// TestRuPieceTitle checks that the title of a piece after the name of its
// outlet is no quotation.
func TestRuPieceTitle(t *testing.T) {
	got, _ := extractRu(t, `Новость
Компания открыла новый офис в Казани.
Подробнее читайте в статье Деловой газеты «7 причин переехать в Казань»`)
	if _, ok := got["7 причин переехать в Казань"]; ok {
		t.Errorf("a title taken for a quotation: %v", got)
	}
}
