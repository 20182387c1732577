package article

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// ukText is a Ukrainian news story written for these tests: a byline, a
// date with a Ukrainian month, «…» quotations attributed by a dash and
// the author's words after it, by «за словами», by a pronoun, inside the
// quote marks, and outlets cited after «як повідомляє» and «з посиланням на».
const ukText = "Уряд погодив нову програму підтримки фермерів\n\n" +
	"Автор: Олена Коваленко\n\n" +
	"15 березня 2023\n\n" +
	"Кабінет міністрів у середу погодив програму пільгових кредитів для фермерів, як повідомляє Укрінформ.\n\n" +
	"Прем'єр-міністр Денис Шмигаль пояснив, що програма розрахована на три роки.\n\n" +
	"«Ми хочемо, щоб кожен фермер мав доступ до дешевих грошей», — сказав Денис Шмигаль.\n\n" +
	"«Перші кредити банки видадуть уже у квітні», — додав він.\n\n" +
	"За словами міністра аграрної політики Миколи Сольського, заявки прийматимуть онлайн.\n\n" +
	"«Це найбільша програма за останні десять років, — зазначила голова асоціації фермерів Ірина Мельник. — Але грошей однаково не вистачить на всіх».\n\n" +
	"Про це також пише «Українська правда» з посиланням на Інтерфакс-Україна.\n"

// TestUkrainianTable checks that the Ukrainian table alone makes
// Ukrainian text readable: the date from its month name, the byline,
// quotations with their speakers by the Russian-style rules of punctuation
// Ukrainian shares, and cited outlets.
func TestUkrainianTable(t *testing.T) {
	a, err := ParseText(strings.NewReader(ukText), WithLanguage("uk"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Language != "uk" {
		t.Errorf("language = %q, want uk", a.Language)
	}
	if got := a.DatePublished.Time; !got.Equal(time.Date(2023, 3, 15, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("datePublished = %v, want 2023-03-15", got)
	}
	if len(a.Authors) != 1 || a.Authors[0].Name != "Олена Коваленко" {
		t.Errorf("authors = %+v, want Олена Коваленко", a.Authors)
	}
	want := map[string]string{
		"Ми хочемо, щоб кожен фермер мав доступ до дешевих грошей": "Денис Шмигаль",
		"Перші кредити банки видадуть уже у квітні":                "Денис Шмигаль",
		"Це найбільша програма за останні десять років":            "Ірина Мельник",
		"Але грошей однаково не вистачить на всіх":                 "Ірина Мельник",
	}
	checkSpeakers(t, a, want)
	for _, o := range []string{"Укрінформ", "Українська правда", "Інтерфакс-Україна"} {
		if !slices.Contains(a.Sources, o) {
			t.Errorf("source %q not found in %q", o, a.Sources)
		}
	}
}

// TestUkrainianAccordingTo checks the Ukrainian according-to phrases: a
// name in the genitive after «за словами» put back into the nominative,
// and «за її словами» resolved to the woman last named.
func TestUkrainianAccordingTo(t *testing.T) {
	text := "Школи перейдуть на новий розклад\n\n" +
		"Міністр освіти Оксен Лісовий провів нараду з директорами шкіл.\n\n" +
		"За словами Оксена Лісового, «нова програма запрацює з вересня в усіх областях країни».\n\n" +
		"Заступниця міністра Надія Кузьмичова розповіла про підготовку вчителів.\n\n" +
		"За її словами, «навчання пройдуть понад десять тисяч педагогів до кінця року».\n"
	a, err := ParseText(strings.NewReader(text), WithLanguage("uk"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"нова програма запрацює з вересня в усіх областях країни":      "Оксен Лісовий",
		"навчання пройдуть понад десять тисяч педагогів до кінця року": "Надія Кузьмичова",
	}
	checkSpeakers(t, a, want)
}

// TestUkrainianNamesAndEntities checks the Ukrainian name rules: a
// company's name in quotation marks after its legal form (ТОВ «…») is no
// quotation, however long, punctuation and all; an en dash opens the
// author's words as the em dash does.
func TestUkrainianNamesAndEntities(t *testing.T) {
	text := "Тендер на ремонт доріг\n\n" +
		"ТОВ «Будівельна компанія Дніпро-Інвест, філія м. Києва» виграла тендер на ремонт доріг.\n\n" +
		"Фірма належить колишньому депутату міськради Михайлу Кравчуку.\n\n" +
		"«Ми виконаємо всі роботи до кінця літа без жодних затримок», – сказав Михайло Кравчук журналістам.\n"
	a, err := ParseText(strings.NewReader(text), WithLanguage("uk"))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 1 {
		t.Fatalf("quotes = %+v, want only the one Кравчук said", a.Quotes)
	}
	if q := a.Quotes[0]; !strings.HasPrefix(q.Text, "Ми виконаємо") || q.Speaker != "Михайло Кравчук" {
		t.Errorf("quote = %+v, want «Ми виконаємо …» by Михайло Кравчук", q)
	}
}
