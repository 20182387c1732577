package attrib

import "testing"

// TestImp25DocumentAuthor: a quotation closed by an impersonal
// attribution to a document whose owner the clause does not name («—
// сказано в сообщении») is the words of the body the same or the previous
// paragraph names as the author of a communication; with no body named,
// nobody's; a person named beside the body is not taken for the
// document's author; an outlet relaying the news is not its author; nor is a body that is
// the object of the verb («Ученые передали прокуратуре письмо»).
func TestImp25DocumentAuthor(t *testing.T) {
	checkAttr19(t, []attr19Case{{
		lang: "ru",
		text: "Водителя осудили\nВодителя приговорили к трем годам колонии, передает пресс-служба областной прокуратуры.\n" +
			"«Суд признал подсудимого виновным и назначил ему три года колонии», — сказано в сообщении.",
		quote: "Суд признал", want: []string{"пресс-служба областной прокуратуры"},
	}, {
		lang: "ru",
		text: "Задержан подозреваемый\nПресс-служба МВД распространила сообщение о задержании.\n" +
			"«Подозреваемый задержан в аэропорту», — говорится в сообщении.",
		quote: "Подозреваемый задержан", want: []string{"Пресс-служба МВД"},
	}, {
		lang: "ru",
		text: "Приговор вынесен\nПресс-служба прокуратуры сообщила, что прокурор Иван Петров поддержал обвинение. " +
			"«Подсудимый признан виновным», — сказано в сообщении.",
		quote: "Подсудимый признан", want: []string{"Пресс-служба прокуратуры"},
	}, {
		lang: "ru",
		text: "Мост закроют\nМост закроют на ремонт с понедельника.\n" +
			"«Движение будет перекрыто на две недели», — говорится в сообщении.",
		quote: "Движение будет", want: []string{""},
	}, {
		lang: "ru",
		text: "Мост закроют\nМост закроют на ремонт, передает «Интерфакс».\n" +
			"«Движение будет перекрыто на две недели», — говорится в сообщении.",
		quote: "Движение будет", want: []string{""},
	}, {
		lang: "ru",
		text: "Мост закроют\nПресс-служба мэрии сообщила о ремонте моста.\n" +
			"«Движение будет перекрыто на две недели», — говорится в сообщении ГИБДД.",
		quote: "Движение будет", want: []string{"ГИБДД"},
	}, {
		lang: "ru",
		text: "Письмо ученых\nУченые передали прокуратуре письмо о фонде.\n" +
			"«Решение ошибочно и вредно для науки», — говорится в тексте письма.",
		quote: "Решение ошибочно", want: []string{""},
	}})
}
