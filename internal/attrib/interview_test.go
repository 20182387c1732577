package attrib

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

func paragraphs(text string) []model.Block {
	var bs []model.Block
	for _, l := range strings.Split(strings.TrimSpace(text), "\n") {
		bs = append(bs, model.Block{Type: model.Paragraph, Text: l})
	}
	return bs
}

// TestInterviewTranscript checks that the turns of an interview printed
// as «Label: words» are quotations of whom the label names, the
// interviewer's with no speaker when the label is a common noun.
func TestInterviewTranscript(t *testing.T) {
	blocks := paragraphs(`Интервью с экологом
Эколог Григорий Куксин рассказал нашему изданию о лесных пожарах.
Корреспондент: Сколько лесов сгорело в этом году?
Григорий Куксин: Больше десяти миллионов гектаров. Это рекорд за последние годы.
Корреспондент: Почему пожары не тушат?
Куксин: Большая часть пожаров находится в зонах контроля, где тушить не обязательно.`)
	qs, _, err := Extract(blocks, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ text, speaker string }{
		{"Сколько лесов сгорело в этом году?", ""},
		{"Больше десяти миллионов гектаров. Это рекорд за последние годы.", "Григорий Куксин"},
		{"Почему пожары не тушат?", ""},
		{"Большая часть пожаров находится в зонах контроля, где тушить не обязательно.", "Григорий Куксин"},
	}
	if len(qs) != len(want) {
		t.Fatalf("got %d quotations %+v, want %d", len(qs), qs, len(want))
	}
	for i, w := range want {
		if qs[i].Text != w.text || qs[i].Speaker != w.speaker {
			t.Errorf("quotation %d = %q by %q, want %q by %q", i, qs[i].Text, qs[i].Speaker, w.text, w.speaker)
		}
	}
}

// TestNoInterviewTranscript checks that label-and-colon lines that do not
// make an interview are left alone: a headline, a photo credit, a list of
// statements each by someone else.
func TestNoInterviewTranscript(t *testing.T) {
	for _, text := range []string{
		"Путин: Россия готова пройти свою часть пути\nПрезидент выступил на форуме.\nФото: пресс-служба Кремля.",
		"Музыканты обратились к украинцам\nИван Петров: Мы все знаем, что находимся в тяжелом положении.\nСергей Иванов: Я обращаюсь к нашим близким людям.\nАнна Смирнова: Мы были там в прошлом году.",
	} {
		if turns := interviewTurns(paragraphs(text)); turns != nil {
			t.Errorf("interviewTurns(%q) = %v, want none", text, turns)
		}
	}
}

// TestInterviewInitials checks that the turns labelled by initials after
// a first turn in full are spoken by the one named in full.
func TestInterviewInitials(t *testing.T) {
	qs, _, err := Extract(paragraphs(`Правозащитник рассказал о ситуации в Крыму
Лидер крымских татар Мустафа Джемилев ответил на вопросы «Радио Свобода».
Радио Свобода: Как вы оцениваете положение в Крыму?
Мустафа Джемилев: Положение очень тяжелое. Людей задерживают каждый день.
Р.С.: Что может сделать Запад?
М.Д.: Санкции должны быть жестче.`), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Радио Свобода", "Мустафа Джемилев", "Радио Свобода", "Мустафа Джемилев"}
	if len(qs) != len(want) {
		t.Fatalf("got %d quotations %+v, want %d", len(qs), qs, len(want))
	}
	for i, q := range qs {
		if q.Speaker != want[i] {
			t.Errorf("%q by %q, want %q", q.Text, q.Speaker, want[i])
		}
	}
	for label, want := range map[string]bool{"М.Д.": true, "М. Д.": true, "М. Джемилев": true, "Т.е. так": false, "США": true} {
		if got := initialsLabel(label); got != want {
			t.Errorf("initialsLabel(%q) = %v, want %v", label, got, want)
		}
	}
}

// TestSpeechGoesOn checks that a paragraph in the first person after a
// paragraph of dash speech goes on with it, and narration does not.
func TestSpeechGoesOn(t *testing.T) {
	qs, _, err := Extract(paragraphs(`Цветы к первому сентября
Елена, мама студента и двоих подростков:
— Цветов выращиваю много, чтобы на всех хватило. Студент мой уже без букетов на учебу идет.
А вот дочки сами смотрят, из каких цветов букет составить – целая церемония. Если бы в классе решили участвовать, я была бы не против.
Акция проходит в республике третий год, ее поддерживают многие школы.`), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 2 || !strings.HasPrefix(qs[1].Text, "А вот дочки") || qs[1].Speaker != qs[0].Speaker {
		t.Errorf("got %+v, want the dash paragraph and the one that goes on, by one speaker", qs)
	}
}

// TestDashInterview checks a dash dialogue: a short question opened by a
// dash is speech, and a capitalised adjective before a body's noun
// («Онгудайского района») is no person.
func TestDashInterview(t *testing.T) {
	qs, _, err := Extract(paragraphs(`Интервью с главой района
Глава Онгудайского района Эркемен Палкин ответил на вопросы нашей газеты.
— Какие главные задачи на этот год?
— Прежде всего мы должны достроить школу и отремонтировать дороги в селах.
— Почему стройка затянулась?
— Подрядчик не выполнил обязательства, мы расторгли контракт и нашли нового.`), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 4 || qs[2].Text != "Почему стройка затянулась?" {
		t.Fatalf("got %+v, want the four turns", qs)
	}
	if qs[1].Speaker != "Эркемен Палкин" {
		t.Errorf("answer by %q, want Эркемен Палкин", qs[1].Speaker)
	}
}
