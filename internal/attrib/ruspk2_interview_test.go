package attrib

import (
	"strings"
	"testing"
)

// quotesOf runs Extract on the paragraphs of text in Russian.
func quotesOf(t *testing.T, text string) [][2]string {
	t.Helper()
	qs, _, err := Extract(paragraphs(text), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	var out [][2]string
	for _, q := range qs {
		out = append(out, [2]string{q.Text, q.Speaker})
	}
	return out
}

// speakerOf returns the speaker of the quotation that starts with prefix,
// and whether there is one.
func speakerOf(qs [][2]string, prefix string) (string, bool) {
	for _, q := range qs {
		if strings.HasPrefix(q[0], prefix) {
			return q[1], true
		}
	}
	return "", false
}

// TestDashInterviewQuestions checks that the questions of an interview
// printed as dash dialogue are never the interviewee's: the journalist a
// byline names, else the outlet the interview was given to, else nobody;
// and that the answers after a question stay the interviewee's.
func TestDashInterviewQuestions(t *testing.T) {
	body := `Адресная помощь ветеранам
Министр труда республики Александр Вилисов рассказал о работе фонда.
— Александр Михайлович, когда началось сотрудничество с фондом «Память поколений»?
— В конце 2018 года руководитель фонда приезжал в республику, и мы договорились о помощи.
— Как воспринимали эту помощь люди?
— Поначалу никому не верилось, что такое вообще возможно. Я тогда сам разгружал посылки.
— Сколько жителей уже получили помощь?
— На данный момент их около сорока человек, и мы ждём новых заявок.`
	cases := []struct {
		name, text, asker string
	}{
		{"byline", body + "\nБеседовал Алексей МИШИН", "Алексей Мишин"},
		{"outlet", strings.Replace(body, "рассказал о работе фонда.", "рассказал о работе фонда в интервью «Известиям».", 1), "Известия"},
		{"nobody", body, ""},
	}
	for _, c := range cases {
		qs := quotesOf(t, c.text)
		for _, q := range []string{"Александр Михайлович, когда", "Как воспринимали", "Сколько жителей"} {
			sp, ok := speakerOf(qs, q)
			if !ok {
				t.Errorf("%s: question %q not found in %v", c.name, q, qs)
				continue
			}
			if sp != c.asker {
				t.Errorf("%s: question %q by %q, want %q", c.name, q, sp, c.asker)
			}
		}
		for _, a := range []string{"В конце 2018", "Поначалу никому", "На данный момент"} {
			if sp, ok := speakerOf(qs, a); !ok || sp != "Александр Вилисов" {
				t.Errorf("%s: answer %q by %q (found %v), want Александр Вилисов", c.name, a, sp, ok)
			}
		}
	}
}

// TestDashQuestionsNeedAnInterview checks that one dash question, or a
// question with an attribution of its own, does not make an interview.
func TestDashQuestionsNeedAnInterview(t *testing.T) {
	for _, text := range []string{
		"Заголовок\n— Куда вы едете?\n— Домой, в деревню.\nМы попрощались.",
		"Заголовок\n— Куда вы? — спросил Иван.\n— Домой.\n— А завтра? — спросил он снова.\n— Тоже домой.",
	} {
		if qs := dashQuestions(paragraphs(text)); qs != nil {
			t.Errorf("dashQuestions(%q) = %v, want none", text, qs)
		}
	}
}

// TestLabelledInterviewerQuestions checks that a question labelled with
// a common noun («Корреспондент:») is the outlet's when the lead names the
// outlet the interview was given to.
func TestLabelledInterviewerQuestions(t *testing.T) {
	qs := quotesOf(t, `Интервью с экологом
Эколог Григорий Куксин рассказал о лесных пожарах в интервью «Ведомостям».
Корреспондент: Сколько лесов сгорело в этом году?
Григорий Куксин: Больше десяти миллионов гектаров. Это рекорд за последние годы.
Корреспондент: Почему пожары не тушат?
Куксин: Большая часть пожаров находится в зонах контроля, где тушить не обязательно.`)
	for q, want := range map[string]string{"Сколько лесов": "Ведомости", "Почему пожары": "Ведомости", "Больше десяти": "Григорий Куксин", "Большая часть": "Григорий Куксин"} {
		if sp, ok := speakerOf(qs, q); !ok || sp != want {
			t.Errorf("%q by %q (found %v), want %q; all %v", q, sp, ok, want, qs)
		}
	}
}

// TestBylineName checks the journalist's name read from an interview's
// byline, in title case, and lines that are no byline.
func TestBylineName(t *testing.T) {
	for s, want := range map[string]string{
		"Беседовал Алексей МИШИН":            "Алексей Мишин",
		"Интервью взяла Анна Петрова.":       "Анна Петрова",
		"Беседовала Мария Ивановна Сидорова": "Мария Ивановна Сидорова",
		"Беседовал с ним долго":              "",
		"Алексей Мишин":                      "",
	} {
		if got := strings.Join(bylineName(s), " "); got != want {
			t.Errorf("bylineName(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestJournalistAsks checks that a question the text attributes to an
// unnamed journalist («— спросил корреспондент «Коммерсанта»») is the
// outlet's the journalist is of, or nobody's, never the interviewee's; a
// journalist named, or journalists spoken to, change nothing.
func TestJournalistAsks(t *testing.T) {
	qs := quotesOf(t, `Министр о бюджете
Министр финансов Антон Силуанов рассказал о планах на следующий год.
«Когда будет принят бюджет?» — спросил корреспондент «Коммерсанта».
«Мы внесём его в Думу в сентябре», — ответил Силуанов.
«А налоги вырастут?» — поинтересовался журналист.
«Нет, налоги не вырастут», — сказал министр.
«Бюджет будет сбалансированным», — сказал журналистам министр.`)
	for q, want := range map[string]string{
		"Когда будет":      "Коммерсантъ",
		"Мы внесём":        "Антон Силуанов",
		"А налоги":         "",
		"Нет, налоги":      "Антон Силуанов",
		"Бюджет будет сба": "Антон Силуанов",
	} {
		if sp, ok := speakerOf(qs, q); !ok || sp != want {
			t.Errorf("%q by %q (found %v), want %q; all %v", q, sp, ok, want, qs)
		}
	}
	qs = quotesOf(t, `Министр о бюджете
Министр финансов Антон Силуанов рассказал о планах на следующий год.
«Когда будет принят бюджет?» — спросил корреспондент Иван Петров.
«Мы внесём его в Думу в сентябре», — ответил Силуанов.`)
	if sp, _ := speakerOf(qs, "Когда будет"); sp != "Иван Петров" {
		t.Errorf("a named journalist's question by %q, want Иван Петров; all %v", sp, qs)
	}
}

// TestAnswerAndOutletLabels checks two more ways a transcript labels its
// turns: «Вопрос:» / «Ответ:» (the questions the outlet's the lead names,
// the answers the interviewee's) and the outlet's name in quote marks
// («„Ведомости“:»), which is a label, not a quotation.
func TestAnswerAndOutletLabels(t *testing.T) {
	for name, text := range map[string]string{
		"question and answer": `Интервью с экологом
Эколог Григорий Куксин рассказал о лесных пожарах в интервью «Ведомостям».
Вопрос: Сколько лесов сгорело в этом году?
Ответ: Больше десяти миллионов гектаров. Это рекорд за последние годы.
Вопрос: Почему пожары не тушат?
Ответ: Большая часть пожаров находится в зонах контроля, где тушить не обязательно.`,
		"outlet in quote marks": `Интервью с экологом
Эколог Григорий Куксин рассказал о лесных пожарах «Ведомостям».
«Ведомости»: Сколько лесов сгорело в этом году?
Григорий Куксин: Больше десяти миллионов гектаров. Это рекорд за последние годы.
«Ведомости»: Почему пожары не тушат?
Григорий Куксин: Большая часть пожаров находится в зонах контроля, где тушить не обязательно.`,
	} {
		qs := quotesOf(t, text)
		for q, want := range map[string]string{"Сколько лесов": "Ведомости", "Почему пожары": "Ведомости", "Больше десяти": "Григорий Куксин", "Большая часть": "Григорий Куксин"} {
			if sp, ok := speakerOf(qs, q); !ok || sp != want {
				t.Errorf("%s: %q by %q (found %v), want %q; all %v", name, q, sp, ok, want, qs)
			}
		}
	}
}

// TestQuotedLabel checks the name read from a label in quote marks.
func TestQuotedLabel(t *testing.T) {
	for s, want := range map[string]string{"«Ведомости»": "Ведомости", "„Известия“": "Известия", "Ведомости": "", "«Ведомости": "", "«»": ""} {
		if got, _ := quotedLabel(s); got != want {
			t.Errorf("quotedLabel(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLongDashParagraphIsNoQuestion checks that a long dash paragraph that
// ends with a rhetorical question is not taken for an interviewer's.
func TestLongDashParagraphIsNoQuestion(t *testing.T) {
	long := "— " + strings.Repeat("Мы работаем каждый день без выходных и праздников. ", 12) + "Кто, если не мы?"
	text := "Заголовок\n— Как вы работаете?\n" + long + "\n— А отдыхаете когда?\n— Летом, в августе."
	qs := dashQuestions(paragraphs(text))
	if qs == nil || !qs[1] || qs[2] || !qs[3] {
		t.Errorf("dashQuestions = %v, want questions at 1 and 3 only", qs)
	}
}
