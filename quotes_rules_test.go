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
