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

// TestAttr19French: the inverted subject pronoun of French attribution
// («a-t-elle indiqué», «dit-il», «ajoute-t-elle») is the speaker, the
// last named person of its gender, never the outlet the words were told
// to («au Figaro») or that reports them («selon Le Monde»); a role
// periphrasis («le chef de l'État») is the person who holds the role.
func TestAttr19French(t *testing.T) {
	const minister = "Plan pour l'industrie\nLe président Emmanuel Macron a présenté mercredi un plan de soutien à l'industrie.\nLa ministre de l'Économie, Sophie Martin, a précisé les contours du dispositif. "
	checkAttr19(t, []attr19Case{{
		lang: "fr", text: minister + "« Ce plan mobilisera dix milliards d'euros sur cinq ans », a-t-elle indiqué au Figaro.",
		quote: "Ce plan mobilisera", want: []string{"Sophie Martin"},
	}, {
		lang: "fr", text: minister + "« Ce plan mobilisera dix milliards d'euros sur cinq ans », a-t-elle indiqué selon Le Figaro.",
		quote: "Ce plan mobilisera", want: []string{"Sophie Martin"},
	}, {
		lang: "fr", text: minister + "« Les entreprises seront aidées dès le mois prochain », a-t-il ajouté au Monde.",
		quote: "Les entreprises seront", want: []string{"Emmanuel Macron"},
	}, {
		lang: "fr", text: minister + "« Les entreprises seront aidées dès le mois prochain », assure-t-elle.",
		quote: "Les entreprises seront", want: []string{"Sophie Martin"},
	}, {
		lang: "fr", text: "Plan pour l'industrie\nLe président Emmanuel Macron a présenté mercredi un plan de soutien à l'industrie.\n« Nous devons produire davantage en France », a déclaré le chef de l'État lors d'un discours à Toulouse.",
		quote: "Nous devons produire", want: []string{"Emmanuel Macron"},
	}, {
		lang: "fr", text: "Réforme\nLe Premier ministre Michel Barnier a reçu les syndicats lundi.\n« Le dialogue social reste ouvert », a affirmé le chef du gouvernement.",
		quote: "Le dialogue social", want: []string{"Michel Barnier"},
	}, {
		lang: "fr", text: "Réforme\nLa porte-parole du gouvernement, Maud Bregeon, a répondu aux questions.\nLe texte sera présenté en juin. « Nous irons jusqu'au bout », a déclaré la porte-parole.",
		quote: "Nous irons", want: []string{"Maud Bregeon"},
	}})
}

// TestAttr19German: a compound of a role glued before a name
// (Unionsfraktionschef, SPD-Generalsekretär, CDU-Chef) stays out of the
// speaker's name.
func TestAttr19German(t *testing.T) {
	checkAttr19(t, []attr19Case{{
		lang: "de", text: "Haushalt\nUnionsfraktionschef Friedrich Merz warf der Regierung dagegen Tricksereien vor. „Dieser Haushalt ist auf Sand gebaut“, sagte Merz laut Spiegel.",
		quote: "Dieser Haushalt", want: []string{"Friedrich Merz"},
	}, {
		lang: "de", text: "Haushalt\nUnionsfraktionschef Friedrich Merz warf der Regierung Tricksereien vor.\nCDU-Chef Friedrich Merz sagte: „Dieser Haushalt ist auf Sand gebaut.“",
		quote: "Dieser Haushalt", want: []string{"Friedrich Merz"},
	}, {
		lang: "de", text: "Haushalt\nSPD-Generalsekretär Kevin Kühnert widersprach. „Die Zahlen stimmen“, sagte Kühnert im Fernsehen.",
		quote: "Die Zahlen", want: []string{"Kevin Kühnert"},
	}, {
		lang: "de", text: "Pflege\nBundesgesundheitsminister Karl Lauterbach sagte: „Wir sparen nicht bei der Pflege.“",
		quote: "Wir sparen", want: []string{"Karl Lauterbach"},
	}, {
		lang: "de", text: "Klima\nGrünen-Fraktionschefin Katharina Dröge kritisierte den Plan. „Das reicht nicht“, sagte Dröge.",
		quote: "Das reicht", want: []string{"Katharina Dröge"},
	}})
}

// TestAttr19EnglishRunOn: a quotation that runs over two paragraphs (the
// first opens a quote mark and does not close it, the next reopens it)
// is spoken, in its first part, by whom its continuation names.
func TestAttr19EnglishRunOn(t *testing.T) {
	checkAttr19(t, []attr19Case{{
		lang: "en", text: "Budget\nThe city council approved the budget on Tuesday after a long debate, officials said.\nMayor Jane Carter welcomed the vote. \"This budget invests in our schools and our roads.\n\"It also keeps taxes where they are,\" she said.",
		quote: "This budget invests", want: []string{"Jane Carter"},
	}, {
		lang: "en", text: "Schools\nThe board met on Monday. Superintendent Mark Diaz presented the plan. \"We will open two new schools next year.\n\"Both will serve the east side,\" he said.",
		quote: "We will open", want: []string{"Mark Diaz"},
	}, {
		lang: "en", text: "Storm\nCrews worked through the night.\n\"The damage is worse than anyone expected and the repairs will take weeks.\n\"We are asking residents to stay away from the river,\" Fire Chief Ann Cole told reporters.",
		quote: "The damage is worse", want: []string{"Ann Cole"},
	}})
}
