package article

import (
	"strings"
	"testing"
)

// TestRussianGrammarAttribution checks the attribution mechanisms that
// follow Russian grammar and punctuation rather than wording: author's
// words opening with any verb after «…», —; a role with only its body
// after it referring back; a paragraph pointing back at the quotation
// before it; the author's words set off by dashes inside the quote marks;
// a straight mark closing both an inner and the outer quotation; names
// put into the nominative by agreement.
func TestRussianGrammarAttribution(t *testing.T) {
	text := "Переговоры в Женеве\n\n" +
		"Министр иностранных дел России Сергей Лавров встретился в Женеве с госсекретарем США Рексом Тиллерсоном.\n\n" +
		"После встречи Лавров заявил, что стороны договорились продолжить диалог.\n\n" +
		"«Мы провели конструктивные переговоры и наметили шаги», — сказал глава МИД России.\n\n" +
		"«Нам предстоит еще очень много работы впереди», — обратился Тиллерсон к журналистам.\n\n" +
		"«Диалог возобновлен, и это главное для наших стран».\n\n" +
		"Так прокомментировала итоги встречи Мария Захарова.\n\n" +
		"«Для нашего региона вопрос стоит очень остро, — констатирует Валентина Петровна Кочкина, председатель совета ветеранов и депутат районного собрания. — Обеспечение рабочими местами важно для всех».\n\n" +
		"\"Я за то, чтобы все \"жмутся\", - заметил Лавров.\n\n" +
		"«Книга — источник знаний и радости для всех нас», — приводит слова ректора Виктора Садовничего пресс-служба.\n"
	a, err := ParseText(strings.NewReader(text), WithLanguage("ru"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Мы провели конструктивные переговоры и наметили шаги": "Сергей Лавров",
		"Нам предстоит еще очень много работы впереди":         "Рекс Тиллерсон",
		"Диалог возобновлен, и это главное для наших стран":    "Мария Захарова",
		"Для нашего региона вопрос стоит очень остро":          "Валентина Петровна Кочкина",
		"Обеспечение рабочими местами важно для всех":          "Валентина Петровна Кочкина",
		"Я за то, чтобы все \"жмутся\"":                        "Сергей Лавров",
		"Книга — источник знаний и радости для всех нас":       "Виктор Садовничий",
	}
	checkSpeakers(t, a, want)
}

// TestInitialsInNames checks that a name written with initials and no
// space between them («А.И. Кучияк», "J.R. Smith") is one speaker and does
// not end the sentence.
func TestInitialsInNames(t *testing.T) {
	for _, c := range []struct{ lang, text, quote, speaker string }{
		{"ru", "Открытие выставки\n\nВ музее открылась выставка картин местных художников.\n\n«Мы готовили эту выставку два года», — сказал директор музея А.И. Кучияк.\n",
			"Мы готовили эту выставку два года", "А.И. Кучияк"},
		{"en", "Museum opens show\n\nThe museum opened a show of local painters on Monday.\n\n\"We spent two years on this show,\" said museum director J.R. Smith.\n",
			"We spent two years on this show", "J.R. Smith"},
	} {
		a, err := ParseText(strings.NewReader(c.text), WithLanguage(c.lang))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, q := range a.Quotes {
			if strings.TrimRight(q.Text, ".,") == c.quote {
				found = true
				if q.Speaker != c.speaker {
					t.Errorf("%s: speaker %q, want %q", c.lang, q.Speaker, c.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%s: quotation %q not found in %+v", c.lang, c.quote, a.Quotes)
		}
	}
}

// checkSpeakers asserts that every quotation of want (its text, without a
// final period) is among a's quotations with the speaker want gives it.
func checkSpeakers(t *testing.T, a *Article, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for _, q := range a.Quotes {
		got[strings.TrimRight(q.Text, ".")] = q.Speaker
	}
	for text, speaker := range want {
		s, ok := got[text]
		if !ok {
			t.Errorf("quotation %q not found; got %q", text, got)
			continue
		}
		if s != speaker {
			t.Errorf("speaker of %q = %q, want %q", text, s, speaker)
		}
	}
}
