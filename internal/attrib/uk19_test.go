package attrib

import (
	"strings"
	"testing"
)

// TestUK19Heads: the head nouns of Ukrainian bodies are read in every
// case of the singular, with their gender, back to the nominative.
func TestUK19Heads(t *testing.T) {
	for _, c := range []struct {
		in, nom string
		gender  byte
		oblique bool
	}{
		{"Міністерства", "Міністерство", 'n', true}, {"міністерством", "міністерство", 'n', true},
		{"Ради", "Рада", 'f', true}, {"раді", "рада", 'f', true}, {"радою", "рада", 'f', true}, {"Рада", "Рада", 'f', false},
		{"суду", "суд", 'm', true}, {"судом", "суд", 'm', true}, {"суд", "суд", 'm', false},
		{"управлінням", "управління", 'n', true}, {"Управління", "Управління", 'n', false},
		{"поліції", "поліція", 'f', true}, {"поліцією", "поліція", 'f', true},
		{"прес-службі", "прес-служба", 'f', true}, {"департаменту", "департамент", 'm', true},
		{"Київради", "Київрада", 'f', true}, {"міськраді", "міськрада", 'f', true},
		{"облдержадміністрації", "облдержадміністрація", 'f', true},
	} {
		nom, g, obl, ok := uk19Head(c.in)
		if !ok || nom != c.nom || g != c.gender || obl != c.oblique {
			t.Errorf("uk19Head(%q) = %q %c %v %v, want %q %c %v", c.in, nom, g, obl, ok, c.nom, c.gender, c.oblique)
		}
	}
	// Not heads: a word that only starts like one, a man's name.
	for _, w := range []string{"Судак", "Конраду", "Радислав", "судження", "Радченко"} {
		if nom, _, _, ok := uk19Head(w); ok {
			t.Errorf("uk19Head(%q) = %q, want no head", w, nom)
		}
	}
}

// TestUK19SpeakerForms: speaker names as the reader may find them, put
// into the Ukrainian nominative (bodies by their head noun and
// agreement, people by their surname's endings), or dropped when they
// name no one.
func TestUK19SpeakerForms(t *testing.T) {
	m := newReader(tablesFor("uk"))
	for in, want := range map[string]string{
		"Верховної Ради":                        "Верховна Рада",
		"Верховній Раді":                        "Верховна Рада",
		"Міністерства охорони здоров'я":         "Міністерство охорони здоров'я",
		"Головна Управління":                    "Головне Управління",
		"Державній службі статистики":           "Державна служба статистики",
		"Вищого господарського суду України":    "Вищий господарський суд України",
		"Апеляційний суд Одеської":              "Апеляційний суд",
		"Шевченківський районний суд Київської": "Шевченківський районний суд",
		"Будівельники Львівської":               "",
		"суд представник міськради":             "",
		"Олег Коваленка":                        "Олег Коваленко",
		"Ірина Левицької":                       "Ірина Левицька",
		"Андрій Зеленського":                    "Андрій Зеленський",
		"Оксана Петрова":                        "Оксана Петрова",
		"Олег Петрова":                          "Олег Петрова", // a man's -ова is his genitive, left to the reader
		"Микола Миркевич":                       "Микола Миркевич",
		"Петр Порошенко":                        "Петро Порошенко",
		"Павел Кириленко":                       "Павло Кириленко",
		"Олена Рада":                            "Олена Рада", // a first name is no adjective
	} {
		if got := m.uk19Speaker(strings.Fields(in)); got != want {
			t.Errorf("uk19Speaker(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestUK19FirstNames: the Ukrainian case endings of first names the
// tables hold (dative and locative -і, -єм, -єві, the soft -ем).
func TestUK19FirstNames(t *testing.T) {
	for in, want := range map[string]string{
		"Оксані": "Оксана", "Миколі": "Микола", "Сергієм": "Сергій", "Андрієві": "Андрій", "Ігорем": "Ігор",
		"Олександрою": "Олександра", "Ніною": "Ніна",
	} {
		if n, _, _, ok := ruFirstName(in); !ok || n != want {
			t.Errorf("ruFirstName(%q) = %q %v, want %q", in, n, ok, want)
		}
	}
}

// TestUK19Bodies: Ukrainian sentences whose speaker is a body named in
// an oblique case, after a preposition or a document noun, or in the
// nominative as the verb's subject, with the region that says whose it
// is; and people named in oblique cases.
func TestUK19Bodies(t *testing.T) {
	checkAttr19(t, []attr19Case{{
		lang:  "uk",
		text:  "Тарифи\nУряд обговорив тарифи.\n«Ціни для побутових споживачів залишаться незмінними», – йдеться в заяві Міністерства енергетики.",
		quote: "Ціни для", want: []string{"Міністерство енергетики"},
	}, {
		lang:  "uk",
		text:  "Затримання\nУ Києві затримали чиновника.\n«Підозрюваний отримав хабар у розмірі 10 тисяч доларів», – повідомили в прес-службі Національної поліції.",
		quote: "Підозрюваний", want: []string{"прес-служба Національної поліції"},
	}, {
		lang:  "uk",
		text:  "Рішення суду\nСправу розглядали три роки.\n«Позов задоволено частково», – зазначили у Верховному суді.",
		quote: "Позов задоволено", want: []string{"Верховний суд"},
	}, {
		lang:  "uk",
		text:  "Статистика\nЦіни зросли.\n«Інфляція у березні сповільнилася до чотирьох відсотків», – заявили в Державній службі статистики.",
		quote: "Інфляція", want: []string{"Державна служба статистики"},
	}, {
		lang:  "uk",
		text:  "Бюджет міста\nДепутати зібралися на сесію.\n«Бюджет ухвалено одноголосно», – наголосили в Київській міській раді.",
		quote: "Бюджет ухвалено", want: []string{"Київська міська рада"},
	}, {
		lang:  "uk",
		text:  "Закупівлі\nЛікарня уклала угоду з Оксаною Мельник.\n«Ціна відповідає ринковій», – сказала Оксана Мельник.",
		quote: "Ціна відповідає", want: []string{"Оксана Мельник"},
	}, {
		lang:  "uk",
		text:  "Реформа\nЗакон підтримав Андрій Левицький.\nЗа словами Андрія Левицького, «реформа почнеться восени».",
		quote: "реформа почнеться", want: []string{"Андрій Левицький"},
	}, {
		lang:  "uk",
		text:  "Податки\nУряд обговорив бюджет.\n«Ми не будемо підвищувати податки», – заявило Міністерство фінансів України.",
		quote: "Ми не будемо", want: []string{"Міністерство фінансів України"},
	}, {
		lang:  "uk",
		text:  "Інфляція\nЦіни зросли.\n«Інфляція сповільнюється третій місяць поспіль», – повідомила прес-служба Національного банку.",
		quote: "Інфляція", want: []string{"прес-служба Національного банку"},
	}, {
		lang:  "uk",
		text:  "Конкуренція\nТорги скасовано.\n«Ми вимагаємо негайного розслідування», – наголосили в Антимонопольному комітеті України.",
		quote: "Ми вимагаємо", want: []string{"Антимонопольний комітет України"},
	}, {
		lang:  "uk",
		text:  "Оренда землі\nМіськрада програла справу.\nГосподарський суд Київської області зазначив, що «договір укладено з порушеннями».",
		quote: "договір укладено", want: []string{"Господарський суд Київської області"},
	}, {
		lang:  "uk",
		text:  "Декларація\nЧиновниця подала декларацію із запізненням.\nШевченківський районний суд Полтавської області нагадав: «Декларацію слід подати протягом тридцяти днів».",
		quote: "Декларацію слід", want: []string{"Шевченківський районний суд Полтавської області"},
	}})
}

// TestUK19People: people named in the genitive after «за словами», «на
// думку», in the Ukrainian declension of first names (Михайла: Михайло,
// Петра: Петро) and surnames (Коваленка, Ковальової, Точицького).
func TestUK19People(t *testing.T) {
	for _, c := range []struct{ who, want string }{
		{"За словами Тетяни Ковальової", "Тетяна Ковальова"},
		{"На думку Олександра Коваленка", "Олександр Коваленко"},
		{"За словами Михайла Федорова", "Михайло Федоров"},
		{"За словами Петра Порошенка", "Петро Порошенко"},
		{"За словами Миколи Точицького", "Микола Точицький"},
		{"За словами Ігоря Шевчука", "Ігор Шевчук"},
	} {
		checkAttr19(t, []attr19Case{{
			lang:  "uk",
			text:  "Закон\nДепутати обговорили закон.\n" + c.who + ", «закон потребує доопрацювання».",
			quote: "закон потребує", want: []string{c.want},
		}})
	}
}
