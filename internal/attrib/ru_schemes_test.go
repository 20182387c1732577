package attrib

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// ruSchemeCase is one text composed from a scheme of Russian direct or
// reported speech as the handbooks of punctuation set them out, with the
// quotations, speakers (in the nominative, by the fullest name the text
// gives) and cited outlets a reader finds in it.
type ruSchemeCase struct {
	scheme  string
	text    string    // paragraphs, one a line; the first is a headline
	quotes  []ruWantQ // in order
	sources []string  // the cited outlets, canonical
	known   string    // why the machinery still fails this case ("" when it must pass)
	extra   bool      // other quotations may be found besides these
}

// ruWantQ is one expected quotation: its pieces (one unless the author's
// words break it) and its speaker; alternatives after "|".
type ruWantQ struct {
	parts   []string
	speaker string
}

func q1(text, speaker string) ruWantQ { return ruWantQ{parts: []string{text}, speaker: speaker} }

func q2(a, b, speaker string) ruWantQ { return ruWantQ{parts: []string{a, b}, speaker: speaker} }

// letterKey is the text's letters and digits in lower case: quotations
// match whatever their punctuation and quote marks.
func letterKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// ruSchemeCases are sentences composed from the schemes of direct speech
// («П», — а. / «П, — а, — п». / «П? — а. — П». / А: «П». / А: «П», — и а.
// / — П, — а.) and of reported speech (по словам X, как отметил X, X
// считает, что …, в X заявили, цитирует X, передает X …), with the
// speaker named before, after, in the next sentence, in the previous
// paragraph, by role, by pronoun and by organisation; names in the six
// cases, with patronymics, hyphenated, and foreign.
var ruSchemeCases = []ruSchemeCase{
	// «П», — а.
	{scheme: "П-а", text: "Новости дня\n«Мы готовы к переговорам», — заявил министр иностранных дел России Сергей Лавров.",
		quotes: []ruWantQ{q1("Мы готовы к переговорам", "Сергей Лавров")}},
	{scheme: "П-а", text: "Новости дня\n«Цены на бензин не вырастут», — сказала вице-премьер Татьяна Голикова.",
		quotes: []ruWantQ{q1("Цены на бензин не вырастут", "Татьяна Голикова")}},
	{scheme: "П-а", text: "Новости дня\n«Решение будет принято в ближайшее время», — сообщил журналистам пресс-секретарь президента Дмитрий Песков.",
		quotes: []ruWantQ{q1("Решение будет принято в ближайшее время", "Дмитрий Песков")}},
	{scheme: "П-а", text: "Новости района\n«Школу откроют к сентябрю», — пообещал глава района Иван Петрович Сидоров.",
		quotes: []ruWantQ{q1("Школу откроют к сентябрю", "Иван Петрович Сидоров")}},
	{scheme: "П-а", text: "Новости дня\n«Франция поддержит это решение», — заявил президент Франции Эммануэль Макрон.",
		quotes: []ruWantQ{q1("Франция поддержит это решение", "Эммануэль Макрон")}},
	{scheme: "П-а", text: "Новости дня\n«Экономика восстанавливается быстрее прогнозов», — отметил социолог Игорь Бестужев-Лада.",
		quotes: []ruWantQ{q1("Экономика восстанавливается быстрее прогнозов", "Игорь Бестужев-Лада")}},
	{scheme: "П-а", text: "Новости дня\n«Европа должна оставаться единой», — сказал председатель Еврокомиссии Жан-Клод Юнкер.",
		known:  "a body in the genitive glued before a hyphenated first name",
		quotes: []ruWantQ{q1("Европа должна оставаться единой", "Жан-Клод Юнкер")}},
	{scheme: "П-а", text: "Новости дня\n«Пострадавших нет», — уточнила официальный представитель МВД Ирина Волк.",
		quotes: []ruWantQ{q1("Пострадавших нет", "Ирина Волк")}},
	// «П? — а.» and «П! — а.»
	{scheme: "П?-а", text: "Новости дня\n«Кто ответит за срыв сроков?» — спросил губернатор Андрей Воробьев.",
		quotes: []ruWantQ{q1("Кто ответит за срыв сроков?", "Андрей Воробьев")}},
	{scheme: "П?-а", text: "Новости спорта\n«Это настоящая победа!» — воскликнула олимпийская чемпионка Алина Загитова.",
		quotes: []ruWantQ{q1("Это настоящая победа!", "Алина Загитова")}},
	// «П, — а, — п».
	{scheme: "П-а-п", text: "Новости дня\n«Переговоры продолжатся, — сказал Дмитрий Песков, — но сроки пока не определены».",
		quotes: []ruWantQ{q2("Переговоры продолжатся", "но сроки пока не определены", "Дмитрий Песков")}},
	{scheme: "П-а-п", text: "Новости дня\n«Мы не согласны с этим решением, — заявила председатель комитета Елена Смирнова. — Будем его обжаловать».",
		quotes: []ruWantQ{q2("Мы не согласны с этим решением", "Будем его обжаловать", "Елена Смирнова")}},
	{scheme: "П-а-п", text: "Новости дня\n«Почему стройка затянулась? — спросил депутат Олег Кравцов. — Деньги выделены еще весной».",
		quotes: []ruWantQ{q2("Почему стройка затянулась?", "Деньги выделены еще весной", "Олег Кравцов")}},
	// А: «П».
	{scheme: "А:П", text: "Новости дня\nМинистр финансов Антон Силуанов заявил: «Бюджет будет исполнен без дефицита».",
		quotes: []ruWantQ{q1("Бюджет будет исполнен без дефицита", "Антон Силуанов")}},
	{scheme: "А:П", text: "Новости дня\nГлава Центробанка Эльвира Набиуллина выступила на форуме. Она подчеркнула: «Инфляция замедляется».",
		quotes: []ruWantQ{q1("Инфляция замедляется", "Эльвира Набиуллина")}},
	{scheme: "А:П", text: "Новости дня\nАнтон Силуанов, министр финансов, заявил: «Налоги повышать не будем».",
		quotes: []ruWantQ{q1("Налоги повышать не будем", "Антон Силуанов")}},
	{scheme: "А:П", text: "Новости дня\nГлава «Роснефти» Игорь Сечин сказал: «Добыча нефти вырастет».",
		quotes: []ruWantQ{q1("Добыча нефти вырастет", "Игорь Сечин")}},
	{scheme: "А:П", text: "Новости дня\nВ МИД России сообщили: «Посольство работает в штатном режиме».",
		known:  "an organisation after «в» before the verb and a colon",
		quotes: []ruWantQ{q1("Посольство работает в штатном режиме", "МИД России|МИД")}},
	// А: «П», — и а.
	{scheme: "А:П-и-а", text: "Новости дня\nМэр Москвы Сергей Собянин сказал: «Метро откроется в срок», — и добавил, что работы идут круглосуточно.",
		quotes: []ruWantQ{q1("Метро откроется в срок", "Сергей Собянин")}},
	// — П, — а.
	{scheme: "—П-а", text: "Новости спорта\n— Мы обязательно справимся, — сказал тренер сборной Валерий Карпин.",
		quotes: []ruWantQ{q1("Мы обязательно справимся", "Валерий Карпин")}},
	{scheme: "—П-а", text: "Новости спорта\n— Я горжусь командой, — призналась капитан сборной Анна Петрова.",
		quotes: []ruWantQ{q1("Я горжусь командой", "Анна Петрова")}},
	{scheme: "—П-а", text: "Новости дня\nНа вопросы журналистов ответил директор завода Павел Ильин.\n— Производство мы не остановим, — подчеркнул он.",
		quotes: []ruWantQ{q1("Производство мы не остановим", "Павел Ильин")}},
	// The author in the next sentence.
	{scheme: "next", text: "Новости дня\n«Санкции не сработали». Об этом заявил министр экономического развития Максим Решетников.",
		quotes: []ruWantQ{q1("Санкции не сработали", "Максим Решетников")}},
	{scheme: "next", text: "Новости дня\n«Ответ будет жестким». Об этом сообщила официальный представитель МИД России Мария Захарова.",
		quotes: []ruWantQ{q1("Ответ будет жестким", "Мария Захарова")}},
	{scheme: "next", text: "Новости дня\n«Рубль укрепится к концу года». Такое мнение высказал экономист Сергей Гуриев.",
		quotes: []ruWantQ{q1("Рубль укрепится к концу года", "Сергей Гуриев")}},
	// The author in the previous paragraph, by surname, role or pronoun.
	{scheme: "prev", text: "Новости дня\nМинистр обороны Сергей Шойгу провел совещание.\n«Армия готова к любым задачам», — сказал Шойгу.",
		quotes: []ruWantQ{q1("Армия готова к любым задачам", "Сергей Шойгу")}},
	{scheme: "prev", text: "Новости дня\nСергей Лавров встретился с коллегой из Китая.\n«Отношения наших стран на подъеме», — заявил Лавров.",
		quotes: []ruWantQ{q1("Отношения наших стран на подъеме", "Сергей Лавров")}},
	{scheme: "prev", text: "Новости дня\nМинистр здравоохранения Михаил Мурашко посетил больницу.\n«Ремонт закончим в этом году», — пообещал министр.",
		quotes: []ruWantQ{q1("Ремонт закончим в этом году", "Михаил Мурашко")}},
	{scheme: "prev", text: "Новости дня\nГубернатор Игорь Руденя встретился с директором школы Натальей Орловой.\n«Нам нужен новый спортзал», — сказала она.\n«Спортзал построим в следующем году», — ответил губернатор.",
		quotes: []ruWantQ{q1("Нам нужен новый спортзал", "Наталья Орлова"), q1("Спортзал построим в следующем году", "Игорь Руденя")}},
	{scheme: "prev", text: "Новости дня\nГубернатор Игорь Руденя встретился с директором школы Натальей Орловой.\n«Спортзал построим в следующем году», — пообещал он.",
		quotes: []ruWantQ{q1("Спортзал построим в следующем году", "Игорь Руденя")}},
	// Reported speech around a quotation.
	{scheme: "по словам", text: "Новости дня\nПо словам министра финансов Антона Силуанова, «бюджет исполнен с профицитом».",
		quotes: []ruWantQ{q1("бюджет исполнен с профицитом", "Антон Силуанов")}},
	{scheme: "по словам", text: "Новости дня\nПо словам Марии Захаровой, «Москва ответит на санкции».",
		quotes: []ruWantQ{q1("Москва ответит на санкции", "Мария Захарова")}},
	{scheme: "по словам", text: "Новости дня\nПо словам Дональда Трампа, «переговоры прошли отлично».",
		quotes: []ruWantQ{q1("переговоры прошли отлично", "Дональд Трамп")}},
	{scheme: "по словам", text: "Новости дня\nПо словам Сергея Шойгу, «учения пройдут по плану».",
		quotes: []ruWantQ{q1("учения пройдут по плану", "Сергей Шойгу")}},
	{scheme: "по словам", text: "Новости дня\nПо словам Ангелы Меркель, «Германия выполнит свои обязательства».",
		quotes: []ruWantQ{q1("Германия выполнит свои обязательства", "Ангела Меркель")}},
	{scheme: "по словам", text: "Новости дня\nПо словам мэра Киева Виталия Кличко, «город готов к зиме».",
		quotes: []ruWantQ{q1("город готов к зиме", "Виталий Кличко")}},
	{scheme: "по словам", text: "Новости культуры\nПо словам писательницы Татьяны Толстой, «литература никуда не денется».",
		known:  "a feminine adjectival surname in the genitive",
		quotes: []ruWantQ{q1("литература никуда не денется", "Татьяна Толстая")}},
	{scheme: "по словам", text: "Новости дня\nПо словам Владимира Владимировича Путина, «решение окончательное».",
		quotes: []ruWantQ{q1("решение окончательное", "Владимир Владимирович Путин")}},
	{scheme: "как отметил", text: "Новости дня\nКак отметил глава Минэкономразвития Максим Решетников, «рост экономики продолжится».",
		quotes: []ruWantQ{q1("рост экономики продолжится", "Максим Решетников")}},
	{scheme: "как отметил", text: "Новости дня\nКак сказала вице-спикер Госдумы Ирина Яровая, «закон будет принят до конца сессии».",
		quotes: []ruWantQ{q1("закон будет принят до конца сессии", "Ирина Яровая")}},
	{scheme: "считает, что", text: "Новости дня\nПолитолог Алексей Макаркин считает, что «выборы пройдут спокойно».",
		quotes: []ruWantQ{q1("выборы пройдут спокойно", "Алексей Макаркин")}},
	{scheme: "считает, что", text: "Новости дня\nЭксперт Наталья Зубаревич уверена: «Регионам не хватает денег».",
		quotes: []ruWantQ{q1("Регионам не хватает денег", "Наталья Зубаревич")}},
	{scheme: "заявил, что", text: "Новости дня\nПрезидент Казахстана Касым-Жомарт Токаев заявил, что «страна открыта для инвестиций».",
		quotes: []ruWantQ{q1("страна открыта для инвестиций", "Касым-Жомарт Токаев")}},
	{scheme: "по его мнению", text: "Новости дня\nЭкономист Сергей Гуриев выступил с лекцией. По его мнению, «реформы необходимы».",
		quotes: []ruWantQ{q1("реформы необходимы", "Сергей Гуриев")}},
	{scheme: "по его мнению", text: "Новости культуры\nДиректор музея Марина Лошак рассказала о планах. По ее словам, «выставка откроется в мае».",
		quotes: []ruWantQ{q1("выставка откроется в мае", "Марина Лошак")}},
	// An organisation speaks.
	{scheme: "организация", text: "Новости дня\n«Ответ будет адекватным», — заявили в Кремле.",
		quotes: []ruWantQ{q1("Ответ будет адекватным", "Кремль")}},
	{scheme: "организация", text: "Новости дня\n«Пострадавших нет», — сообщили в пресс-службе МЧС.",
		quotes: []ruWantQ{q1("Пострадавших нет", "пресс-служба МЧС|МЧС")}},
	{scheme: "организация", text: "Новости дня\n«Решение суда законно», — заявили в Верховном суде.",
		known:  "an adjective before the head noun of a body",
		quotes: []ruWantQ{q1("Решение суда законно", "Верховный суд")}},
	{scheme: "организация", text: "Новости дня\n«Все службы работают в усиленном режиме», — говорится в сообщении пресс-службы МЧС.",
		quotes: []ruWantQ{q1("Все службы работают в усиленном режиме", "пресс-служба МЧС|МЧС")}},
	{scheme: "организация", text: "Новости дня\nВ Минздраве заявили: «Вакцина безопасна».",
		known:  "an organisation after «в» before the verb and a colon",
		quotes: []ruWantQ{q1("Вакцина безопасна", "Минздрав")}},
	// An outlet quotes or was told.
	{scheme: "цитирует", text: "Новости дня\n«Инфляция замедлится», — цитирует ТАСС главу Минфина Антона Силуанова.",
		quotes: []ruWantQ{q1("Инфляция замедлится", "Антон Силуанов")}, sources: []string{"ТАСС"}},
	{scheme: "передает", text: "Новости дня\n«Переговоры будут трудными», — сказал Дмитрий Песков, передает «Интерфакс».",
		quotes: []ruWantQ{q1("Переговоры будут трудными", "Дмитрий Песков")}, sources: []string{"Интерфакс"}},
	{scheme: "приводит слова", text: "Новости дня\n«Сроки не изменятся», — приводит РИА Новости слова вице-премьера Марата Хуснуллина.",
		quotes: []ruWantQ{q1("Сроки не изменятся", "Марат Хуснуллин")}, sources: []string{"РИА Новости"}},
	{scheme: "приводит слова", text: "Новости дня\n«Мы выполним все обязательства», — приводит «Интерфакс» слова главы «Газпрома» Алексея Миллера.",
		quotes: []ruWantQ{q1("Мы выполним все обязательства", "Алексей Миллер")}, sources: []string{"Интерфакс"}},
	{scheme: "в интервью", text: "Новости дня\n«Кризис позади», — сказал глава Сбербанка Герман Греф в интервью «Коммерсанту».",
		quotes: []ruWantQ{q1("Кризис позади", "Герман Греф")}, sources: []string{"Коммерсантъ"}},
	{scheme: "в интервью", text: "Новости дня\n«Театр выживет», — заявил режиссер Константин Богомолов в беседе с «Известиями».",
		quotes: []ruWantQ{q1("Театр выживет", "Константин Богомолов")}, sources: []string{"Известия"}},
	{scheme: "в интервью", text: "Новости дня\n«Мы не уедем», — рассказала «Медузе» жительница города Ольга Ким.",
		quotes: []ruWantQ{q1("Мы не уедем", "Ольга Ким")}, sources: []string{"Медуза"}},
	// Outlets cited with no quotation.
	{scheme: "outlet", text: "Новости дня\nКак сообщает РИА «Новости», переговоры завершились.", sources: []string{"РИА Новости"}},
	{scheme: "outlet", text: "Новости дня\nПо данным «Ведомостей», сделка закрыта.", sources: []string{"Ведомости"}},
	{scheme: "outlet", text: "Новости дня\nОб этом пишет газета «Коммерсантъ» со ссылкой на источники.", sources: []string{"Коммерсантъ"}},
	{scheme: "outlet", text: "Новости дня\nОб этом сообщил «Интерфаксу» источник в правительстве.", sources: []string{"Интерфакс"}},
	{scheme: "outlet", text: "Новости дня\nОб этом глава региона написал в своем Telegram-канале."},
}

// TestRuSchemes runs the composed texts of every scheme and reports the
// failures by scheme; a case marked known is logged, every other must
// pass.
func TestRuSchemes(t *testing.T) {
	fails := map[string]int{}
	total := map[string]int{}
	for i, c := range ruSchemeCases {
		total[c.scheme]++
		qs, srcs, err := Extract(paragraphs(c.text), "ru", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		var probs []string
		used := make([]bool, len(qs))
		for _, w := range c.quotes {
			whole := ""
			for _, p := range w.parts {
				whole += letterKey(p)
			}
			var speakers []string
			ok := false
			for k, q := range qs {
				if !used[k] && letterKey(q.Text) == whole {
					used[k], ok = true, true
					speakers = append(speakers, q.Speaker)
					break
				}
			}
			if !ok && len(w.parts) > 1 {
				n := 0
				for _, p := range w.parts {
					for k, q := range qs {
						if !used[k] && letterKey(q.Text) == letterKey(p) {
							used[k] = true
							speakers = append(speakers, q.Speaker)
							n++
							break
						}
					}
				}
				ok = n == len(w.parts)
			}
			if !ok {
				probs = append(probs, "quotation not found: "+strings.Join(w.parts, " / "))
				continue
			}
			for _, s := range speakers {
				if !slices.Contains(strings.Split(w.speaker, "|"), s) {
					probs = append(probs, "speaker "+s+" of "+w.parts[0]+", want "+w.speaker)
				}
			}
		}
		if !c.extra {
			for k, q := range qs {
				if !used[k] {
					probs = append(probs, "extra quotation: "+q.Text)
				}
			}
		}
		want := slices.Clone(c.sources)
		got := slices.Clone(srcs)
		sort.Strings(want)
		sort.Strings(got)
		if !slices.Equal(want, got) {
			probs = append(probs, "sources "+strings.Join(got, ", ")+", want "+strings.Join(want, ", "))
		}
		if len(probs) == 0 {
			if c.known != "" {
				t.Logf("case %d (%s) marked known (%s) now passes", i, c.scheme, c.known)
			}
			continue
		}
		fails[c.scheme]++
		msg := "case " + strconv.Itoa(i) + " (" + c.scheme + "): " + strings.Join(probs, "; ")
		if c.known != "" {
			t.Log("known: " + c.known + ": " + msg)
		} else {
			t.Error(msg)
		}
	}
	var keys []string
	for k := range total {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("scheme %-16s %d/%d pass", k, total[k]-fails[k], total[k])
	}
}
