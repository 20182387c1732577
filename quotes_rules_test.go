package article

import (
	"strings"
	"testing"
)

// TestQuoteRules checks each attribution rule on a small article in English
// and in Russian: the quotation expected and who said it.
func TestQuoteRules(t *testing.T) {
	tests := []struct {
		name    string
		body    []string // paragraphs
		text    string   // the quotation to look for
		speaker string   // who said it; "" when it must not be a quote
		absent  bool     // the quotation must not be listed
	}{
		{
			name: "en pronoun takes the last subject, not the last speaker",
			body: []string{
				`"We will win this state," Maria Lopez said on Monday.`,
				`Tom Baker, the rival candidate, disagreed with the forecast. "Nobody will remember these numbers in a month," he said.`,
			},
			text: "Nobody will remember these numbers in a month", speaker: "Tom Baker",
		},
		{
			name: "en pronoun gender skips a referent of the other gender",
			body: []string{
				`Mrs. Anna Price said the vote was close. Mr. Paul Reed said nothing at first.`,
				`"I have counted every ballot twice," she said.`,
			},
			text: "I have counted every ballot twice", speaker: "Anna Price",
		},
		{
			name: "ru pronoun gender from the verb ending",
			body: []string{
				`«Мы откроем школу в сентябре», — заявила Ирина Котова.`,
				`Министр Олег Сапрыкин не ответил на вопрос журналистов.`,
				`«Проект уже согласован с городом», — добавила она.`,
			},
			text: "Проект уже согласован с городом", speaker: "Ирина Котова",
		},
		{
			name: "en reporting verb in the -s form",
			body: []string{`"Cruz appeals to Reagan Democrats," Richard Viguerie notes.`},
			text: "Cruz appeals to Reagan Democrats", speaker: "Richard Viguerie",
		},
		{
			name: "en apposition between the name and the verb",
			body: []string{`"This is a long fight," Rick Wilson, a Florida-based Republican strategist, said.`},
			text: "This is a long fight", speaker: "Rick Wilson",
		},
		{
			name: "ru apposition between the name and the verb",
			body: []string{`«Цены вырастут к осени», — Иван Петров, глава союза фермеров, заявил журналистам.`},
			text: "Цены вырастут к осени", speaker: "Иван Петров",
		},
		{
			name: "en role introduced in an apposition",
			body: []string{
				`The transport minister, Grace Tuilagi, visited the town last month.`,
				`"Small towns are where these ideas get tested first," the minister said.`,
			},
			text: "Small towns are where these ideas get tested first", speaker: "Grace Tuilagi",
		},
		{
			name: "en subject far from the reporting verb",
			body: []string{`Paul Benedetti of the riders' coalition called the plan "a start, not a solution" and urged the city to act.`},
			text: "a start, not a solution", speaker: "Paul Benedetti",
		},
		{
			name: "en colon introduction inside the sentence",
			body: []string{`Councilwoman Rosa Whitaker put it simply: "Our teachers should be able to live where they teach."`},
			text: "Our teachers should be able to live where they teach.", speaker: "Rosa Whitaker",
		},
		{
			name: "ru colon introduction inside the sentence",
			body: []string{`Краевед Владимир Тихонов объяснил это так: «Дома нужно спасать сейчас, потом будет поздно».`},
			text: "Дома нужно спасать сейчас, потом будет поздно", speaker: "Владимир Тихонов",
		},
		{
			name: "en colon at the end of a paragraph introduces the next",
			body: []string{
				`Senator Ted Cruz called the moderators on it:`,
				`"The questions asked in this debate illustrate why the American people don't trust the media."`,
			},
			text: "The questions asked in this debate illustrate why the American people don't trust the media.", speaker: "Ted Cruz",
		},
		{
			name: "en quotation paragraph continues the previous speaker",
			body: []string{
				`"Ted Cruz is the best conservative candidate since Ronald Reagan," Richard Viguerie says.`,
				`"He's what we've waited for ever since Reagan. He checks all our boxes."`,
			},
			text: "He's what we've waited for ever since Reagan. He checks all our boxes.", speaker: "Richard Viguerie",
		},
		{
			name: "ru outlet the words were said to, then the speaker",
			body: []string{`«Мы удвоим выпуск к осени», — заявил РИА Новости генеральный директор завода Петр Смирнов.`},
			text: "Мы удвоим выпуск к осени", speaker: "Петр Смирнов",
		},
		{
			name: "ru genitive name after по словам",
			body: []string{`По словам Анны Смирновой, «все идет по плану».`},
			text: "все идет по плану", speaker: "Анна Смирнова",
		},
		{
			name: "ru outlet in guillemets inside the noun phrase",
			body: []string{`«Рынок перегрет», — отметил в беседе с «Известиями» политолог Иван Петров.`},
			text: "Рынок перегрет", speaker: "Иван Петров",
		},
		{
			name: "ru direct speech set off by dashes",
			body: []string{`Пресс-секретарь президента Дмитрий Песков прокомментировал ситуацию.`, `— Мы готовы к переговорам, — заявил Песков.`},
			text: "Мы готовы к переговорам", speaker: "Дмитрий Песков",
		},
		{
			name: "ru quotation interrupted by its attribution inside the marks: two pieces",
			body: []string{`Алла Бут посетовала на тюремные правила. «Утверждают, что это общепринятое правило, — пояснила она, — но мы не знаем здешней системы».`},
			text: "но мы не знаем здешней системы", speaker: "Алла Бут",
		},
		{
			name: "ru first piece of an interrupted quotation",
			body: []string{`Алла Бут посетовала на тюремные правила. «Утверждают, что это общепринятое правило, — пояснила она, — но мы не знаем здешней системы».`},
			text: "Утверждают, что это общепринятое правило", speaker: "Алла Бут",
		},
		{
			name: "ru attribution in the next sentence, «Об этом заявил …»",
			body: []string{`Армия «никогда не будет использовать автономные боевые машины». Об этом заявил министр обороны страны Эштон Картер.`},
			text: "никогда не будет использовать автономные боевые машины", speaker: "Эштон Картер",
		},
		{
			name: "ru place glued before the first name is cut",
			body: []string{`«Мы неоднократно призывали стороны к перемирию», — заявил президент России Владимир Путин.`},
			text: "Мы неоднократно призывали стороны к перемирию", speaker: "Владимир Путин",
		},
		{
			name: "ru name in the genitive after «по словам» and in the dative",
			body: []string{`По словам пресс-секретаря президента Дмитрия Пескова, «переговоры будут продолжены на следующей неделе».`},
			text: "переговоры будут продолжены на следующей неделе", speaker: "Дмитрий Песков",
		},
		{
			name: "ru pronoun next to the verb after a sentence opener",
			body: []string{`Кандидат Алексей Навальный встретился с избирателями.`, `"Наши спонсоры - это обычные люди со всей страны", - сообщил он. Об этом он заявил на встрече.`},
			text: "Наши спонсоры - это обычные люди со всей страны", speaker: "Алексей Навальный",
		},
		{
			name: "ru organisation as speaker by its head noun",
			body: []string{`Пресс-служба МВД сообщила: «Задержаны трое подозреваемых, ведется следствие».`},
			text: "Задержаны трое подозреваемых, ведется следствие", speaker: "Пресс-служба МВД",
		},
		{
			name: "ru «сообщили в пресс-службе» names the body in the nominative",
			body: []string{`«Суд рассмотрит дело в ближайшее время», — сообщили в пресс-службе суда.`},
			text: "Суд рассмотрит дело в ближайшее время", speaker: "пресс-служба суда",
		},
		{
			name: "ru dash-opened speech goes on after its attribution",
			body: []string{`— Поехал я служить в Ташкент, — рассказывает Матвей Петров, — в учебку связи. Там было тепло.`},
			text: "в учебку связи. Там было тепло.", speaker: "Матвей Петров",
		},
		{
			name: "ru a dash and a name sign the quotation before",
			body: []string{`«В устье реки был проведен рейд по поиску масляных пятен на воде».`, `— Татьяна Скригонюк, заместитель начальника пресс-службы`},
			text: "В устье реки был проведен рейд по поиску масляных пятен на воде", speaker: "Татьяна Скригонюк",
		},
		{
			name: "ru a paragraph introduced by a name and «: —» is speech",
			body: []string{`Ольга, мама первоклассника: — Букет на 1 сентября мы уже заказали в цветочном магазине.`},
			text: "Букет на 1 сентября мы уже заказали в цветочном магазине.", speaker: "Ольга",
		},
		{
			name: "ru a noun after a preposition is not the speaker",
			body: []string{`Экологи сообщили о сбросе отходов в Славянку. «Мертвой рыбы в реке больше нет, вода стала чище», — сообщили они.`},
			text: "Мертвой рыбы в реке больше нет, вода стала чище", speaker: "",
		},
		{
			name: "ru straight quotes inside a straight quotation nest",
			body: []string{`"Я единственный кандидат, который прямо говорит, что я "за" визовый режим", - сказал Алексей Навальный.`},
			text: `Я единственный кандидат, который прямо говорит, что я "за" визовый режим`, speaker: "Алексей Навальный",
		},
		{
			name: "ru dash-opened speech whose attribution follows a dash with no comma",
			body: []string{`Форум журналистов прошел в столице республики, в нем участвовали редакторы газет и журналов.`, `— Я уверен, у национальной прессы есть будущее — резюмировал Всеволод Богданов.`},
			text: "Я уверен, у национальной прессы есть будущее", speaker: "Всеволод Богданов",
		},
		{
			name: "en outlet after the verb, no person: no speaker",
			body: []string{`"Prices will rise," told Reuters on Monday.`},
			text: "Prices will rise", speaker: "",
		},
		{
			name: "ru quotation paragraph continues the previous speaker",
			body: []string{
				`«Мы работаем без выходных», — сказал директор завода Сергей Лыков.`,
				`«Заказов стало вдвое больше, чем в прошлом году, и людей не хватает».`,
			},
			text: "Заказов стало вдвое больше, чем в прошлом году, и людей не хватает", speaker: "Сергей Лыков",
		},
		{
			name: "en title in title case is not a quotation",
			body: []string{`He is now the host of "The Nightly Show with Larry Wilmore," Jane Doe said.`},
			text: "The Nightly Show with Larry Wilmore", absent: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			headline := "Headline for a test"
			if strings.HasPrefix(tc.name, "ru ") {
				headline = "Заголовок для проверки"
			}
			src := headline + "\n\n" + strings.Join(tc.body, "\n\n") + "\n"
			a, err := ParseText(strings.NewReader(src))
			if err != nil {
				t.Fatal(err)
			}
			var found *Quote
			for i := range a.Quotes {
				if a.Quotes[i].Text == tc.text {
					found = &a.Quotes[i]
				}
			}
			if tc.absent {
				if found != nil {
					t.Fatalf("%q listed as a quote (speaker %q); it is a title", tc.text, found.Speaker)
				}
				return
			}
			if found == nil {
				t.Fatalf("quote %q not found; quotes: %+v", tc.text, a.Quotes)
			}
			if found.Speaker != tc.speaker {
				t.Errorf("speaker of %q = %q, want %q", tc.text, found.Speaker, tc.speaker)
			}
		})
	}
}
