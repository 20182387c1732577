package attrib

import (
	"strings"
	"testing"
)

// attr19Case is a text in a language, a quotation of it (by its first
// words), and the speakers accepted for it ("" for none); found false
// when the span must not be a quotation at all.
type attr19Case struct {
	lang, text, quote string
	want              []string
	notQuote          bool
}

// checkAttr19 checks each case: the quotation is found with one of the
// speakers accepted, or, for notQuote, no quotation starts with the
// words.
func checkAttr19(t *testing.T, cases []attr19Case) {
	t.Helper()
	for _, tc := range cases {
		qs, _, err := Extract(paragraphs(tc.text), tc.lang, func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		found, speaker := false, ""
		for _, q := range qs {
			if strings.HasPrefix(q.Text, tc.quote) {
				found, speaker = true, q.Speaker
				break
			}
		}
		switch {
		case tc.notQuote && found:
			t.Errorf("%s %q: a quotation (speaker %q), want none", tc.lang, tc.quote, speaker)
		case tc.notQuote:
		case !found:
			t.Errorf("%s %q: not found", tc.lang, tc.quote)
		default:
			ok := false
			for _, w := range tc.want {
				ok = ok || w == speaker
			}
			if !ok {
				t.Errorf("%s %q: speaker %q, want one of %q", tc.lang, tc.quote, speaker, tc.want)
			}
		}
	}
}

// TestAttr19ImpersonalDocument: a quotation attributed by an impersonal
// form that names a document (отмечается в пресс-релизе, говорится в
// сообщении, йдеться у повідомленні) is the document's author's only
// when the text named the author by then; never the words of someone the
// text names only after it, and never a bare generic noun («ведомство»).
func TestAttr19ImpersonalDocument(t *testing.T) {
	checkAttr19(t, []attr19Case{{
		lang: "ru",
		text: "ЦБ сохранил ключевую ставку\nЦентральный банк сохранил ключевую ставку на уровне 16% годовых.\n" +
			"«Совет директоров принял решение сохранить ключевую ставку», — отмечается в пресс-релизе.\n" +
			"Глава ЦБ Эльвира Набиуллина заявила, что регулятор допускает повышение ставки.",
		quote: "Совет директоров", want: []string{"", "Центральный банк"},
	}, {
		lang:  "ru",
		text:  "Расходы сократят\nБюджет на следующий год внесут в Госдуму осенью.\n«Расходы будут сокращены», — говорится в сообщении ведомства.",
		quote: "Расходы будут", want: []string{""},
	}, {
		lang: "ru",
		text: "Налоги вырастут\nПравительство обсудило налоговую реформу.\n«Ставка налога на прибыль составит 25%», — подчеркивается в документе.\n" +
			"Министр финансов Антон Силуанов сообщил, что реформа пройдет в два этапа.",
		quote: "Ставка налога", want: []string{"", "Правительство"},
	}, {
		lang: "ru",
		text: "Завод остановлен\n«Работа цеха приостановлена до конца проверки», — указывается в заявлении.\n" +
			"Директор завода Игорь Смирнов сказал, что проверка займет неделю.",
		quote: "Работа цеха", want: []string{""},
	}, {
		lang:  "ru",
		text:  "ЦБ сохранил ставку\n«Совет директоров принял решение сохранить ключевую ставку», — отмечается в пресс-релизе ЦБ.\nГлава ЦБ Эльвира Набиуллина заявила, что регулятор допускает повышение ставки.",
		quote: "Совет директоров", want: []string{"ЦБ"},
	}, {
		lang: "uk",
		text: "Тарифи не зміняться\n«Тарифи на електроенергію залишаться незмінними до кінця року», — йдеться у повідомленні.\n" +
			"Міністр енергетики Олег Петренко заявив, що уряд шукає кошти.",
		quote: "Тарифи на", want: []string{""},
	}, {
		lang: "uk",
		text: "Школи відкриються\n«Усі школи області готові до навчального року», — зазначається в заяві.\n" +
			"Голова облради Ірина Коваль сказала, що ремонти завершено.",
		quote: "Усі школи", want: []string{""},
	}})
}

// TestAttr19GenreTitles: a title in quote marks after the noun of its
// genre (сериал, шоу, альбом; Ukrainian серіал, пісня) is no quotation;
// and a name in the genitive glued before a person's name in the
// nominative («мать Юрия Мирошниченко Валентина Кочура») is another
// person, not part of the speaker's name.
func TestAttr19GenreTitles(t *testing.T) {
	checkAttr19(t, []attr19Case{{
		lang:  "ru",
		text:  "Мэр Киева купил дом\nВ 2013 году мать Юрия Мирошниченко Валентина Кочура купила дом, который раньше принадлежал звезде сериала «2,5 человека» Райану Стайлзу.",
		quote: "2,5 человека", notQuote: true,
	}, {
		lang:  "ru",
		text:  "Премьера\nВедущий шоу «Голос» Дмитрий Нагиев приехал в Казань.",
		quote: "Голос", notQuote: true,
	}, {
		lang:  "ru",
		text:  "Новый альбом\nПевица Анна Петрова выпустила альбом «Северный ветер» и отправилась в тур.",
		quote: "Северный ветер", notQuote: true,
	}, {
		lang:  "uk",
		text:  "Прем'єра\nАктор серіалу «Слуга народу» Іван Коваль прийшов на прем'єру.",
		quote: "Слуга народу", notQuote: true,
	}, {
		lang:  "uk",
		text:  "Євробачення\nГурт виконав пісню «Стефанія» на площі в центрі міста.",
		quote: "Стефанія", notQuote: true,
	}, {
		lang:  "ru",
		text:  "Мэр купил дом\nВ 2013 году мать Юрия Мирошниченко Валентина Кочура заявила: «Дом мы купили законно и на свои деньги».",
		quote: "Дом мы купили", want: []string{"Валентина Кочура"},
	}, {
		lang:  "ru",
		text:  "Отставка\nЖена Сергея Иванова Наталья Петрова сказала: «Мы узнали об отставке из новостей».",
		quote: "Мы узнали", want: []string{"Наталья Петрова"},
	}})
}
