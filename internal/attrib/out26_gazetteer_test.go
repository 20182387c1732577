package attrib

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// TestOut26GazetteerCited checks outlets that only the gazetteer files
// (regional media, outlets abroad in their Cyrillic spelling), in the
// frames that take a known outlet alone: «по данным», «по информации»,
// «сообщил» + a name in quote marks, a name without quote marks after a
// verb, an informant, and case forms that ruStem cannot fold. Without the
// gazetteer none of them is found.
func TestOut26GazetteerCited(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"По данным «Кавказского узла», в селе задержаны трое.", []string{"Кавказский узел"}},
		{"Как сообщил «Новый компаньон», застройщик обанкротился.", []string{"Новый компаньон"}},
		{"Об этом сообщил Башинформ.", []string{"Башинформ"}},
		{"Как сообщает «Клопс», мост закроют на ремонт.", []string{"Клопс"}},
		{"Источник «Делового Петербурга» сообщил, что сделка закрыта.", []string{"Деловой Петербург"}},
		{"По данным «Аргументов и фактов», министр уйдет в отставку.", []string{"Аргументы и факты"}},
		{"По данным Вашингтон экзаминер, сенатор уйдет в отставку.", []string{"Вашингтон экзаминер"}},
		{"По данным Скай ньюс, сенатор уйдет в отставку.", []string{"Скай ньюс"}},
	})
}

// TestOut26OneOutletOnce checks that an outlet named by two of its names
// (its Cyrillic and Latin spellings, its title and its site) is cited
// once, filed or not.
func TestOut26OneOutletOnce(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"По данным НГС, мост закроют, сообщает NGS.ru.", []string{"НГС"}},
		{"Как сообщает «Белсат», задержаны пятеро. Об этом же пишет Belsat.", []string{"Белсат"}},
	})
}

// TestOut26TypedOnly checks the policy for titles that are also common
// words, places or persons: they are outlets after a type word or in
// quote marks after a verb only media take, not by themselves, and never
// in lower case; and that broadcasters of entertainment named as where
// something airs are not cited.
func TestOut26TypedOnly(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Об этом сообщает телеканал «Звезда».", []string{"Звезда"}},
		{"Как пишет «Звезда», министр прибыл в город.", []string{"Звезда"}},
		{"Звезда эстрады заявила, что уходит со сцены.", nil},
		{"Об этом он рассказал в эфире телеканала «Пятница».", []string{"Пятница"}},
		{"Он вырос в России, сообщил Иванов.", nil},
		{"По данным газеты «Бумага», в городе стало холоднее.", []string{"Бумага"}},
		{"Шел дождь, сообщил он.", nil},
		{"Песня звучит на «Русском радио» и на «Европе Плюс».", nil},
		{"Игру можно посмотреть на «Матч ТВ».", nil},
		// Filed names that are also a place, a dish, a phrase or a
		// person's name (review rev27).
		{"Археологи нашли в Дельфи храм.", nil},
		{"Клопс подают с картофелем.", nil},
		{"Новый Калининград построят к 2030 году.", nil},
		{"«Мы готовы», — сказала Тасним Ахмади.", nil},
	})
	for _, name := range slices.Concat(out26TypedOnly, out26Entertainment) {
		if knownOutlet(name) {
			t.Errorf("%q is a known outlet; the policy files it only with a type word", name)
		}
		if low := strings.ToLower(name); knownOutlet(low) {
			t.Errorf("%q is a known outlet in lower case", low)
		}
	}
}

// TestOut26GazetteerShape checks every name of the gazetteer against the
// policy: a capitalised name or one that opens with a figure; no social
// network, no body's head noun; every name of a group in its alias group,
// so that one outlet is cited once, and every filed name reported under a
// name of its group; Latin names and site addresses not filed (their
// shape finds them), so that a Latin name of an outlet abroad stays
// unknown to English text.
func TestOut26GazetteerShape(t *testing.T) {
	for _, g := range out26Groups {
		head := outletAliases[strings.ToLower(g[0])]
		for _, n := range g {
			r := textutil.FirstRune(n)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !hasUpperInside(n) && n != "dpa" {
				t.Errorf("%q: not capitalised", n)
			}
			if isSocialNetwork(n) {
				t.Errorf("%q: a social network", n)
			}
			for _, h := range ruOrgHeads {
				if strings.HasPrefix(strings.ToLower(n), h.stem) {
					t.Errorf("%q: opens with a body's head noun %q", n, h.nom)
				}
			}
			if len(g) > 1 && outletAliases[strings.ToLower(n)] != head {
				t.Errorf("%q: not in the alias group of %q", n, g[0])
			}
		}
	}
	for _, g := range out26FiledGroups {
		head := outletAliases[strings.ToLower(g[0])]
		for _, n := range g {
			if !out26Filed(n) {
				continue
			}
			if c := canonicalSource(n); !slices.Contains(g, c) && (head == "" || outletAliases[strings.ToLower(c)] != head) {
				t.Errorf("%q is reported as %q, outside its group %q", n, c, g)
			}
		}
	}
	for _, n := range []string{"Fox News", "Global Times", "Forbes", "Haaretz", "Tengrinews", "Zakon.kz", "74.ru"} {
		if outletByKey[outletKey(n)] != "" || lang.OutletSet[strings.ToLower(n)] {
			t.Errorf("%q is filed; a Latin name or a site address is read by its shape", n)
		}
	}
	for f, o := range out26CaseForms {
		if canonicalSource(f) != o || !knownOutlet(o) {
			t.Errorf("case form %q: reported as %q, want the known %q", f, canonicalSource(f), o)
		}
	}
}

// TestOut26CommonWordsUnknown checks that words of everyday Russian that
// share a stem or a spelling with an outlet's name, in lower case and
// capitalised, are no known outlet.
func TestOut26CommonWordsUnknown(t *testing.T) {
	for _, w := range []string{"мир", "Мир", "звезда", "Звезды", "Россия", "России", "Москва", "город", "Город",
		"регион", "знак", "эхо", "Эхо", "правда", "Правда", "лета", "Лета", "пап", "рг", "РГ", "фан", "ДПА", "КП",
		"Сегодня", "Зеркало", "Страна", "Корреспондент", "Обозреватель", "Интер", "Культура", "Маяк", "Спас",
		"Чемпионат", "Бумага", "бумаги", "Версия", "Проект", "Власть", "Деньги"} {
		if knownOutlet(w) {
			t.Errorf("%q is a known outlet", w)
		}
	}
}
