package attrib

import "testing"

// extractRuHeadline reads text's paragraphs under headline h and returns
// each quotation's speaker.
func extractRuHeadline(t *testing.T, h, text string) map[string]string {
	t.Helper()
	qs, _, err := ExtractWithHeadline(h, paragraphs(text), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, q := range qs {
		got[q.Text] = q.Speaker
	}
	return got
}

// TestSpk23RoleComplementHolder checks that a role whose genitive
// complement names a body or place, with no holder read yet, is given to
// its holder: the person named later when no one was named before, the
// headline's subject, or the person introduced with the role; and that a
// woman's surname after a role with a verb in the feminine, a holder
// named before the role, a headline opening with a body, and a cited
// outlet are not taken for it.
func TestSpk23RoleComplementHolder(t *testing.T) {
	for _, c := range []struct {
		h, text, quote, want, not string
	}{
		// named later: the first full name after the role
		{"", "«Закон примут до конца года», — об этом председатель Законодательного Собрания заявил журналистам.\n«Работа над поправками уже идет», — подчеркнул он.\n«Депутаты к этому готовы», — сказал Игорь Михайлов.",
			"Закон примут до конца года", "Игорь Михайлов", ""},
		// the headline's subject before its verb
		{"Петренко поручил убрать дворы до конца недели", "В ходе объезда составлено двадцать замечаний к подрядчикам.\n«Работайте не на процесс, а на результат», — пояснил глава Заречья.",
			"Работайте не на процесс, а на результат", "Петренко", "Заречья"},
		// the holder introduced with the role
		{"", "Губернатор Иван Белов открыл новый мост через реку.\nОбъект строили три года.\n«Мост снимет нагрузку с центра», — отметил губернатор Приморья.",
			"Мост снимет нагрузку с центра", "Иван Белов", "Приморья"},
		// a mayor named again by the old word; the outlet is cited
		{"", "Мэр Сергей Собянин открыл новую станцию метро. Об этом сообщает РИА «Новости».\n«Станция станет самой глубокой в городе», — сказал градоначальник.",
			"Станция станет самой глубокой в городе", "Сергей Собянин", "РИА"},
		// a woman's surname in apposition, her verb in the feminine
		{"", "Министр Олег Лебедев провел совещание.\n«Мы справимся с паводком», — сказала министр Кузнецова.",
			"Мы справимся с паводком", "", "Олег Лебедев"},
		// someone named before the role: no later name is taken
		{"", "Иван Петров открыл заседание.\n«Бюджет будет принят вовремя», — заявил председатель Государственной Думы.\n«Поправки учтены», — сказал Вячеслав Володин.",
			"Бюджет будет принят вовремя", "", "Вячеслав Володин"},
		// a headline opening with a body is no person
		{"Суд постановил снести дом на набережной", "Решение вступит в силу через месяц.\n«Мы будем обжаловать решение», — пояснил глава Заречья.",
			"Мы будем обжаловать решение", "", "Суд"},
	} {
		got := extractRuHeadline(t, c.h, c.text)
		sp, ok := got[c.quote]
		if !ok {
			t.Errorf("%q: quotation %q not found: %v", c.text, c.quote, got)
			continue
		}
		if c.want != "" && sp != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, sp, c.want)
		}
		if c.not != "" && sp == c.not {
			t.Errorf("%q: speaker %q, want anyone else", c.text, sp)
		}
	}
}

// TestSpk23Genitive checks the forms read as a role's complement in the
// genitive.
func TestSpk23Genitive(t *testing.T) {
	for _, c := range []struct {
		name []string
		want bool
	}{
		{[]string{"Государственной", "Думы"}, true},
		{[]string{"Верховного", "Совета"}, true},
		{[]string{"Канавина"}, true},
		{[]string{"МИД"}, false},                 // an abbreviation: left alone
		{[]string{"Минфина", "Силуанов"}, false}, // a body, then the holder's surname
		{[]string{"Лавров"}, false},
		{[]string{"Сергей", "Лавров"}, false},
	} {
		if got := spk23Genitive(c.name); got != c.want {
			t.Errorf("spk23Genitive(%v) = %v, want %v", c.name, got, c.want)
		}
	}
}
