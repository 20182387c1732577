package attrib

import (
	"strings"
	"testing"
)

func TestGenitiveToNominative(t *testing.T) {
	for gen, nom := range map[string]string{
		"Ивана": "Иван", "Петрова": "Петров", "Анны": "Анна", "Петровой": "Петрова", "Сергея": "Сергей",
		"Собянина": "Собянин", "Марии": "Мария", "Натальи": "Наталья", "Дмитрия": "Дмитрий", "Ольги": "Ольга",
		"Никиты": "Никита", "Петра": "Петр", "Олега": "Олег", "Вяземского": "Вяземский", "Вяземской": "Вяземская",
		"Ярвинен": "Ярвинен", "Шойгу": "Шойгу", "Ким": "Ким", "Ына": "Ына", // too short to tell
	} {
		if got := genitiveToNominative(gen); got != nom {
			t.Errorf("genitiveToNominative(%q) = %q, want %q", gen, got, nom)
		}
	}
}

func TestRuNominative(t *testing.T) {
	for in, want := range map[string]string{
		"Дмитрию Пескову":         "Дмитрий Песков",
		"Дэвидом Кэмероном":       "Дэвид Кэмерон",
		"Анны Петровой":           "Анна Петрова",
		"Анну Петрову":            "Анна Петрова",
		"Сергея Собянина":         "Сергей Собянин",
		"Владимира Владимировича": "Владимир Владимирович",
		"Ирине Юрьевне":           "Ирина Юрьевна",
		"Владимиром Жириновским":  "Владимир Жириновский",
		"Марии Захаровой":         "Мария Захарова",
		"Алле Бут":                "Алла Бут", // a woman's surname in a consonant does not decline
		"Иосифа Диски":            "Иосиф Диски",
		"Игоря Сечина":            "Игорь Сечин",
		"Александра Лукашенко":    "Александр Лукашенко",
		"Жириновского":            "Жириновский",
		"Ивана Ивановича Петрова": "Иван Иванович Петров",
		"Владимир Путин":          "Владимир Путин",
		"Петрова":                 "Петрова", // a man's genitive or a woman's nominative: left alone
	} {
		got, _ := ruNominative(strings.Fields(in))
		if strings.Join(got, " ") != want {
			t.Errorf("ruNominative(%q) = %q, want %q", in, strings.Join(got, " "), want)
		}
	}
}

// TestUkGenitiveToNominative checks the Ukrainian genitive endings of
// names after «за словами», «на думку».
func TestUkGenitiveToNominative(t *testing.T) {
	for in, want := range map[string]string{
		"Зеленського": "Зеленський", "Юлії": "Юлія", "Сергія": "Сергій", "Коваленка": "Коваленко",
		"Олени": "Олена", "Шмигаля": "Шмигаль", "Олександра": "Олександр", "Кулеби": "Кулеба",
		"Стефанишиної": "Стефанишина", "Марченко": "Марченко",
	} {
		if got := ukGenitiveToNominative(in); got != want {
			t.Errorf("ukGenitiveToNominative(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestUkrainianFirstNames checks that Ukrainian names are put into the
// nominative by their first name, as Russian ones are.
func TestUkrainianFirstNames(t *testing.T) {
	for in, want := range map[string]string{
		"Михайлу Кравчуку": "Михайло Кравчук", "Ігоря Гуменюка": "Ігор Гуменюк",
		"Юлії Тимошенко": "Юлія Тимошенко", "Миколи Азарова": "Микола Азаров",
	} {
		got, _ := ruNominative(strings.Fields(in))
		if strings.Join(got, " ") != want {
			t.Errorf("ruNominative(%q) = %q, want %q", in, strings.Join(got, " "), want)
		}
	}
}

// TestRuNominativeUnknownFirstName checks names whose first name the
// table does not know: the surname's ending tells the gender and case, and
// the first name is declined back with it.
func TestRuNominativeUnknownFirstName(t *testing.T) {
	for in, want := range map[string]string{
		"Гульнары Кыдыевой":     "Гульнара Кыдыева",
		"Гульнарой Кыдыевой":    "Гульнара Кыдыева",
		"Гульнаре Кыдыевой":     "Гульнара Кыдыева",
		"Айгуль Сагитовой":      "Айгуль Сагитова", // a woman's name in a consonant does not decline
		"Эмилию Тощакову":       "Эмилия Тощакова", // the first name tells the case
		"Аяну Тощакову":         "Аян Тощаков",     // both words in a man's dative
		"Аржаном Тадыевым":      "Аржан Тадыев",
		"Эркемена Ябыковского":  "Эркемен Ябыковский",
		"Эркемену Ябыковскому":  "Эркемен Ябыковский",
		"Аязом Шабутдиновым":    "Аяз Шабутдинов",
		"Гульнару Ябыковскую":   "Гульнара Ябыковская",
		"Московской Областной":  "Московской Областной", // no surname ending: left alone
		"Государственной Думой": "Государственной Думой",
	} {
		got, _ := ruNominative(strings.Fields(in))
		if strings.Join(got, " ") != want {
			t.Errorf("ruNominative(%q) = %q, want %q", in, strings.Join(got, " "), want)
		}
	}
}

// TestNameStemEq checks that two case forms of one name word are taken
// for the same word, whether one is the other plus an ending or both
// replace the stem's ending.
func TestNameStemEq(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"кыдыевой", "кыдыева", true}, {"петрову", "петрова", true}, {"гульнары", "гульнара", true},
		{"путин", "путина", true}, {"петров", "петренко", false}, {"иванов", "иваненко", false},
		{"smith", "smyth", false}, {"ким", "кир", false},
		// Broken UTF-8 and prefixes (found by FuzzParse: a key that
		// is the other's prefix and ends inside a sequence).
		{"н", "новая", false}, {"\xbd\xd0", "\xbd\xd0\xbe", false},
		{"петров\xd0", "петрова", true}, // a byte prefix, as lang.StemEqKey reads it
	} {
		if got := nameStemEq(c.a, c.b); got != c.want {
			t.Errorf("nameStemEq(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
