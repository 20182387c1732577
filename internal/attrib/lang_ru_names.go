package attrib

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// nominativeNames returns a copy of toks with the capitalised Cyrillic
// words put from the genitive, as Russian writes a name after «по словам»
// or «по мнению», back into the nominative: «Анны Петровой» → «Анна
// Петрова», «Сергея Собянина» → «Сергей Собянин». Other words are kept.
//
// With uk the Ukrainian endings are read instead (ukGenitiveToNominative).
func nominativeNames(toks []token, uk bool) []token {
	out := make([]token, len(toks))
	copy(out, toks)
	for i, t := range out {
		if t.kind != tokWord || !textutil.IsCap(t.text) || !unicode.Is(unicode.Cyrillic, textutil.FirstRune(t.text)) {
			continue
		}
		n := genitiveToNominative(t.text)
		if uk {
			n = ukGenitiveToNominative(t.text)
		} else if n == t.text && i > 0 && ruFirstNames[out[i-1].text] == 'f' && strings.HasSuffix(n, "ой") && utf8.RuneCountInString(n) >= 5 {
			// «Татьяны Толстой», «Ирины Яровой»: after a woman's first
			// name the genitive -ой is her adjectival surname's (Толстая),
			// where alone it may be a man's nominative (Лев Толстой).
			n = strings.TrimSuffix(n, "ой") + "ая"
		}
		if n != t.text {
			out[i].text, out[i].lower = n, strings.ToLower(n)
		}
	}
	return out
}

// genitiveSuffixes maps the endings of Russian names in the genitive to
// their nominative endings, longest first.
var genitiveSuffixes = []struct{ gen, nom string }{
	{"ства", "ство"}, {"ского", "ский"}, {"цкого", "цкий"}, {"ской", "ская"}, {"цкой", "цкая"},
	{"овой", "ова"}, {"евой", "ева"}, {"ёвой", "ёва"}, {"иной", "ина"}, {"ыной", "ына"},
	{"ова", "ов"}, {"ева", "ев"}, {"ёва", "ёв"}, {"ина", "ин"}, {"ына", "ын"},
	{"ии", "ия"}, {"ьи", "ья"}, {"ия", "ий"}, {"ея", "ей"}, {"ая", "ай"},
	{"ги", "га"}, {"ки", "ка"}, {"хи", "ха"}, {"жи", "жа"}, {"ши", "ша"}, {"чи", "ча"}, {"щи", "ща"},
	{"ы", "а"},
}

// GenitiveToNominative puts one name word into the nominative, or returns
// it as it is when it has no genitive ending it knows.
func genitiveToNominative(w string) string {
	for _, s := range genitiveSuffixes {
		if strings.HasSuffix(w, s.gen) && utf8.RuneCountInString(w) > utf8.RuneCountInString(s.gen)+1 {
			return strings.TrimSuffix(w, s.gen) + s.nom
		}
	}
	// A masculine first name: «Ивана» → «Иван», «Петра» → «Петр».
	if strings.HasSuffix(w, "а") && utf8.RuneCountInString(w) > 3 {
		if r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(w, "а")); !strings.ContainsRune("аеёиоуыэюяьй", r) {
			return strings.TrimSuffix(w, "а")
		}
	}
	return w
}

// ruFirstNames are the nominative first names Russian news writes most,
// Russian ones and foreign ones in Russian spelling, with their gender:
// a word that is a case form of one (ruFirstName) is evidence of a
// person, and tells the case and gender the rest of the name agrees with.
var ruFirstNames = func() map[string]byte {
	m := map[string]byte{}
	for _, n := range strings.Fields(`Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артем Артур Борис Вадим
		Валентин Валерий Василий Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Герман Глеб Григорий
		Даниил Денис Дмитрий Евгений Егор Иван Игорь Илья Иосиф Кирилл Константин Лев Леонид Максим Марат Марк Матвей
		Михаил Никита Николай Олег Павел Пётр Петр Роман Руслан Рустам Семён Семен Сергей Станислав Степан Тимофей
		Тимур Фёдор Федор Филипп Эдуард Юлиан Юрий Яков Ярослав Эльдар Рамзан Магомед Ахмат Нурсултан Ильхам Геннадий
		Зураб Реваз Вахтанг Эмомали Шавкат Мирзиёев Касым-Жомарт Рашид Ринат Айдар Азат Альберт Аман Анвар
		Джон Джордж Джеймс Джо Джозеф Дональд Барак Билл Дэвид Дэниэл Дэниел Майкл Марко Мартин Мэтт Ник Пол Питер Петер
		Ричард Роберт Скотт Стивен Том Тони Уильям Франсуа Эммануэль Николя Жан Жак Ангела Олаф Герхард Сильвио Маттео
		Реджеп Эштон Хиллари Кондолиза Тереза Борис Эдвард Хью Ларри Стив Марк Шимон Биньямин Беньямин Нетаньяху Ху
		Александра Алина Алла Анастасия Анна Антонина Валентина Валерия Вера Вероника Виктория Галина Дарья Евгения
		Екатерина Елена Елизавета Жанна Зинаида Зоя Инна Ирина Кира Ксения Лариса Лидия Любовь Людмила Маргарита
		Марина Мария Надежда Наталья Наталия Нина Оксана Ольга Полина Раиса Светлана София Софья Тамара Татьяна
		Ульяна Юлия Яна Эльвира Эльмира Лиза Алёна Алена Вера Майя Эльвира Аминат Джейд Хилари Мэри Сара Кэтрин
		Адам Алан Арсен Аслан Богдан Вениамин Всеволод Гавриил Давид Демид Демьян Ефим Захар Игнат Игнатий Илларион
		Иннокентий Ираклий Лаврентий Макар Мирон Мстислав Назар Наум Нестор Остап Платон Прохор Родион Ростислав
		Савелий Святослав Серафим Тарас Тихон Трофим Феликс Эмиль Эрик Ефрем Елисей Всеслав Ильдар Ильнур Ильшат Салават
		Рамиль Наиль Рустем Тагир Шамиль Хасан Заур Ахмед Мурат Нурлан Ержан Арман Азамат Бахтияр Булат Дамир Ильяс
		Мансур Муса Саид Тамерлан Умар Хамзат Абдулла Алишер Аржан Радик Ренат Рафаэль Рафаил Фарид Камиль Гайдар
		Ханс Курт Вольфганг Андреас Томас Кристиан Мануэль Педро Хосе Луис Карлос Хуан Антонио Джузеппе Паоло Пьер
		Мишель Рональд Генри Чарльз Кевин Брайан Гарри Джек Эндрю Энтони Кристофер Фрэнк Джеффри Дэн Рекс Майк Бен
		Йенс Жозеп Владлен Олжас Айдын Клод Люк Поль Ален Лоран Жерар Кристоф
		Аглая Аделина Айгуль Алевтина Алиса Альбина Ангелина Анжелика Арина Белла Варвара Василиса Виолетта
		Гульнара Диана Дина Ева Евдокия Есения Злата Зарема Зульфия Изабелла Илона Инга Каролина Клавдия Кристина
		Лейла Лиана Лилия Луиза Мадина Марьям Милана Мирослава Нелли Нонна Олеся Римма Регина Рената Сабина
		Серафима Снежана Стелла Таисия Фатима Эвелина Элеонора Элина Эмилия Эльза Юлиана Ярослава Гузель Наиля
		Альфия Резеда Лейсан Айсылу Дженнифер Джессика Эмили Кейт Линда Сьюзан Нэнси Урсула Кристин Камала
		Элизабет Мишель Анжела Эльмира Зарина Камила Амина`) {
		g := byte('m')
		if strings.HasSuffix(n, "а") || strings.HasSuffix(n, "я") || ruWomenNoA[n] {
			g = 'f'
		}
		m[n] = g
	}
	// The first names Ukrainian news writes most, in Ukrainian spelling,
	// so that Ukrainian names are put into the nominative the same way
	// (firstNameEndings holds the Ukrainian endings too).
	for _, n := range strings.Fields(ukFirstNamesText) {
		g := byte('m')
		if strings.HasSuffix(n, "а") || strings.HasSuffix(n, "я") || n == "Любов" {
			g = 'f'
		}
		m[n] = g
	}
	// Women's names that do not end in -а or -я (and do not decline):
	// Айгуль, Нелли, Дженнифер.
	for _, n := range strings.Fields(`Айгуль Гузель Лейсан Нелли Дженнифер Эмили Кейт Сьюзан Нэнси Кристин Элизабет Айсылу Любовь Любов`) {
		m[n] = 'f'
	}
	for _, n := range []string{"Никита", "Илья", "Кузьма", "Фома", "Лука", "Савва", "Миша", "Саша", "Микола", "Ілля"} {
		m[n] = 'm'
	}
	for _, n := range []string{"Нетаньяху", "Мирзиёев", "Ху"} { // surnames a line above let in
		delete(m, n)
	}
	return m
}()

// ukFirstNamesText lists the first names Ukrainian news writes most, in
// Ukrainian spelling (ruFirstNames files them with the Russian ones).
const ukFirstNamesText = `Володимир Олександр Олексій Сергій Андрій Віталій Віктор Василь Ігор Євген Юрій
		Олег Тарас Богдан Ярослав Степан Іван Микола Анатолій Валерій Геннадій Григорій Костянтин Леонід Олесь Остап
		Назар Арсеній Арсен Денис Роман Руслан Вадим Святослав В'ячеслав Станіслав Ростислав Максим Ілля Михайло Петро
		Дмитро Павло Данило Кирило Юлія Ірина Олена Оксана Наталія Наталя Тетяна Ольга Людмила Світлана Катерина Марія
		Анна Ганна Вікторія Валентина Галина Надія Лариса Інна Алла Дарина Софія Христина Марина Леся Лідія Уляна Яна
		Ліна Віра Любов Олеся Зоя Анастасія Євгенія Вероніка Олександра Ніна Тамара Антоніна Раїса Мирослава
		Ярослава Богдана Іванна Соломія Діана Аліна Поліна Ксенія Жанна Микита Артем Антон Борис Едуард Всеволод
		Георгій Гліб Зіновій Йосип Любомир Мирослав Орест Семен Федір Яків Ілько Нестор Тимофій Матвій`

// ukFirstNameSet holds the names of ukFirstNamesText: Ukrainian spelling
// writes -и after any letter in the genitive of an -а name (Миколи), so
// the Russian spelling rule is not applied to them.
var ukFirstNameSet = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(ukFirstNamesText) {
		m[n] = true
	}
	return m
}()

// Russian grammatical cases, as ruFirstName tells them.
const (
	caseNom byte = 'n'
	caseGen byte = 'g' // also the accusative of a man's name
	caseDat byte = 'd'
	caseAcc byte = 'a' // a woman's name in the accusative
	caseIns byte = 'i'
	casePre byte = 'p'
	caseObl byte = 'o' // an oblique case that the ending does not tell apart (-е: dative or prepositional)
)

// firstNameEndings turn a case ending of a first name back into its
// nominative ending: consonant stems (Иван: Ивана, Ивану, Иваном, Иване),
// -й and -ь stems (Сергей: Сергея …; Игорь: Игоря …), -а and -я stems
// (Анна: Анны, Анне, Анну, Анной; Мария: Марии, Марию, Марией).
var firstNameEndings = []struct {
	end, nom string
	c        byte
}{
	{"ом", "", caseIns}, {"ем", "й", caseIns}, {"ем", "ь", caseIns}, {"ой", "а", caseIns}, {"ей", "я", caseIns}, {"ей", "а", caseIns},
	{"ия", "ий", caseGen}, {"ию", "ий", caseDat}, {"ии", "ий", casePre}, {"ии", "ия", caseObl}, {"ию", "ия", caseAcc},
	{"а", "", caseGen}, {"у", "", caseDat}, {"е", "", casePre}, {"я", "й", caseGen}, {"ю", "й", caseDat}, {"е", "й", casePre},
	{"я", "ь", caseGen}, {"ю", "ь", caseDat}, {"е", "ь", casePre},
	{"ы", "а", caseGen}, {"и", "а", caseGen}, {"е", "а", caseObl}, {"у", "а", caseAcc}, {"и", "я", caseGen}, {"ю", "я", caseAcc}, {"е", "я", caseObl},
	// Ukrainian: -о stems (Михайло: Михайла, Михайлу, Михайлові,
	// Михайлом), a consonant stem in -р with a soft ending (Ігор: Ігоря,
	// Ігорю, Ігорем), the dative in -ові, -еві, and the -ія stems'
	// oblique -ії, -ією (Юлія: Юлії, Юлією)
	{"а", "о", caseGen}, {"у", "о", caseDat}, {"ові", "о", caseDat}, {"ом", "о", caseIns},
	{"я", "", caseGen}, {"ю", "", caseDat}, {"ові", "", caseDat}, {"еві", "й", caseDat}, {"еві", "ь", caseDat},
	{"ії", "ія", caseObl}, {"ією", "ія", caseIns}, {"ою", "а", caseIns},
	// Ukrainian (uk19): the dative and locative -і of the -а stems
	// (Оксана: Оксані, Миколі), the -й stems' instrumental and dative
	// with є (Сергій: Сергієм, Сергієві), and the soft instrumental -ем
	// of a consonant stem (Ігор: Ігорем)
	{"і", "а", caseObl}, {"єм", "й", caseIns}, {"єві", "й", caseDat}, {"ем", "", caseIns},
}

// firstNameForm is what a word that is a case form of a first name tells.
type firstNameForm struct {
	nom       string
	gender, c byte
}

// firstNameForms maps every case form of the first names in
// ruFirstNames, made by firstNameEndings, to its nominative, gender and
// case, built once: a name is recognised by one map lookup.
var firstNameForms = func() map[string]firstNameForm {
	m := map[string]firstNameForm{}
	for n, g := range ruFirstNames {
		m[n] = firstNameForm{n, g, caseNom}
	}
	// «Александра», «Евгения», «Валерия» are women's names and the
	// genitive of men's (Александр, Евгений, Валерий); news quotes the
	// men's far more often.
	for n, g := range ruFirstNames {
		if g != 'm' {
			continue
		}
		for _, e := range []struct{ nom, end string }{{"", "а"}, {"й", "я"}} {
			if f := strings.TrimSuffix(n, e.nom) + e.end; strings.HasSuffix(n, e.nom) && ruFirstNames[f] == 'f' {
				m[f] = firstNameForm{n, 'm', caseGen}
			}
		}
	}
	// First names with a fleeting vowel decline on a shorter stem: Лев:
	// Льва, Льву, Львом, Льве; Павел: Павла, Павлу; Любовь:
	// Любови, Любовью («позицию генерала Льва Рохлина»). The endings
	// below would make «Лева», «Павела» of them (Пётр declines as Петр).
	for _, f := range []struct{ nom, stem string }{{"Лев", "Льв"}, {"Павел", "Павл"}} {
		for _, e := range []struct {
			end string
			c   byte
		}{{"а", caseGen}, {"у", caseDat}, {"ом", caseIns}, {"е", casePre}} {
			m[f.stem+e.end] = firstNameForm{f.nom, 'm', e.c}
		}
	}
	m["Любови"] = firstNameForm{"Любовь", 'f', caseObl}
	m["Любовью"] = firstNameForm{"Любовь", 'f', caseIns}
	// In a fixed order, so that a form two names share always goes to
	// the same one.
	names := make([]string, 0, len(ruFirstNames))
	for n := range ruFirstNames {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, e := range firstNameEndings {
		for _, n := range names {
			g := ruFirstNames[n]
			if !strings.HasSuffix(n, e.nom) {
				continue
			}
			if e.nom == "" {
				if last, _ := utf8.DecodeLastRuneInString(n); strings.ContainsRune("аеёиоуыэюяйь", last) {
					continue // only a consonant stem takes the ending bare
				}
			}
			if e.nom == "а" && (e.end == "и" || e.end == "ы") {
				// The spelling rule of Russian: ы is never written after
				// г, к, х, ж, ш, ч, щ, и is written there instead, so an
				// -а name's genitive is -и after those letters only
				// (Ольги, Наташи) and -ы after the others (Киры, Анны):
				// «Кири» is no form of Кира. (Ukrainian writes -и
				// after any letter: Миколи.)
				last, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(n, "а"))
				if !ukFirstNameSet[n] && strings.ContainsRune("гкхжшчщ", last) != (e.end == "и") {
					continue
				}
			}
			f := strings.TrimSuffix(n, e.nom) + e.end
			if _, ok := m[f]; !ok {
				m[f] = firstNameForm{n, g, e.c}
			}
		}
	}
	return m
}()

// ruFirstName reports whether w is a case form of a first name in
// ruFirstNames, with the name's nominative, gender and the case of w.
func ruFirstName(w string) (nom string, gender, c byte, ok bool) {
	f, ok := firstNameForms[w]
	if !ok {
		if i := strings.LastIndexByte(w, '-'); i > 0 {
			// «Жан-Клод», «Жан-Клода Юнкера», «Анна-Мария»: a double
			// first name declines by its last part; the first part
			// is a first name in the nominative.
			if h, ok := firstNameForms[w[:i]]; ok && h.c == caseNom {
				if t, ok := firstNameForms[w[i+1:]]; ok && t.gender == h.gender {
					return w[:i+1] + t.nom, t.gender, t.c, true
				}
			}
		}
	}
	return f.nom, f.gender, f.c, ok
}

// patronymicEndings turn the case forms of a patronymic back into the
// nominative (Владимирович: -овича, -овичу, -овичем, -овиче; Петровна:
// -овны, -овне, -овну, -овной), with the gender and case they tell.
var patronymicEndings = []struct {
	end, nom string
	g, c     byte
}{
	{"вича", "вич", 'm', caseGen}, {"вичу", "вич", 'm', caseDat}, {"вичем", "вич", 'm', caseIns}, {"виче", "вич", 'm', casePre}, {"вич", "вич", 'm', caseNom},
	{"ича", "ич", 'm', caseGen}, {"ичу", "ич", 'm', caseDat}, {"ичем", "ич", 'm', caseIns}, {"иче", "ич", 'm', casePre},
	{"вны", "вна", 'f', caseGen}, {"вне", "вна", 'f', caseObl}, {"вну", "вна", 'f', caseAcc}, {"вной", "вна", 'f', caseIns}, {"вна", "вна", 'f', caseNom},
	{"чны", "чна", 'f', caseGen}, {"чне", "чна", 'f', caseObl}, {"чну", "чна", 'f', caseAcc}, {"чной", "чна", 'f', caseIns}, {"ична", "ична", 'f', caseNom},
}

// ruPatronymic reports whether w is a patronymic (-ович, -евич, -ич,
// -овна, -евна, -ична) in any case, with its nominative, gender and case.
func ruPatronymic(w string) (nom string, gender, c byte, ok bool) {
	if utf8.RuneCountInString(w) < 6 {
		return "", 0, 0, false
	}
	for _, e := range patronymicEndings {
		if strings.HasSuffix(w, e.end) {
			stem := strings.TrimSuffix(w, e.end)
			if r, _ := utf8.DecodeLastRuneInString(stem); strings.ContainsRune("оеь", r) || e.nom == "ич" || e.nom == "ична" {
				return stem + e.nom, e.g, e.c, true
			}
		}
	}
	return "", 0, 0, false
}

// surnameEndings bring a Russian surname in an oblique case back to the
// nominative, once the gender and case are known from the first name or
// patronymic: the possessive type (Петров, Путин: -а, -у, -ым, -е;
// Петрова: -ой, -у), the adjectival type (Вяземский: -ого, -ому, -им, -ом;
// Вяземская: -ой, -ую), and a man's surname ending in a consonant, which
// declines like a noun (Кэмерон: -а, -у, -ом, -е). A woman's surname
// ending in a consonant does not decline.
var surnameEndings = []struct {
	g          byte
	cases, end string
	nom        string
}{
	{'m', "gd", "ского", "ский"}, {'m', "d", "скому", "ский"}, {'m', "i", "ским", "ский"}, {'m', "p", "ском", "ский"},
	{'m', "g", "цкого", "цкий"}, {'m', "d", "цкому", "цкий"}, {'m', "i", "цким", "цкий"}, {'m', "p", "цком", "цкий"},
	{'m', "i", "овым", "ов"}, {'m', "i", "евым", "ев"}, {'m', "i", "ёвым", "ёв"}, {'m', "i", "иным", "ин"}, {'m', "i", "ыным", "ын"},
	// the adjectival type with a velar, soft or hushing stem (Горький:
	// -кого, -кому; Садовничий: -его, -ему)
	{'m', "g", "кого", "кий"}, {'m', "d", "кому", "кий"}, {'m', "i", "ким", "кий"}, {'m', "g", "его", "ий"}, {'m', "d", "ему", "ий"},
	{'m', "i", "чим", "чий"}, {'m', "i", "жим", "жий"}, {'m', "i", "шим", "ший"}, {'m', "i", "щим", "щий"},
	{'m', "g", "ого", "ой"}, {'m', "d", "ому", "ой"},
	{'m', "i", "ом", ""}, {'m', "i", "ем", "ь"}, {'m', "g", "а", ""}, {'m', "d", "у", ""}, {'m', "p", "е", ""},
	{'m', "g", "я", "ь"}, {'m', "d", "ю", "ь"},
	// a man's surname of the first declension, in -а like a woman's
	// name (Обама, Окуджава, Дзюба: Барака Обамы, Бараком Обамой); not
	// the endings it shares with surnames that do not decline (Диски,
	// Шойгу, Гонгадзе)
	{'m', "g", "ы", "а"}, {'m', "i", "ой", "а"},
	{'f', "gdipo", "ской", "ская"}, {'f', "a", "скую", "ская"}, {'f', "gdipo", "цкой", "цкая"}, {'f', "a", "цкую", "цкая"},
	{'f', "gdipo", "овой", "ова"}, {'f', "gdipo", "евой", "ева"}, {'f', "gdipo", "ёвой", "ёва"}, {'f', "gdipo", "иной", "ина"}, {'f', "gdipo", "ыной", "ына"},
	{'f', "a", "ову", "ова"}, {'f', "a", "еву", "ева"}, {'f', "a", "ину", "ина"},
	// a woman's adjectival surname with a hard stem (Толстая, Яровая:
	// Толстой, Яровой; Толстую), after the possessive types above
	{'f', "gdipo", "ой", "ая"}, {'f', "a", "ую", "ая"},
}

// ruSurnameNominative puts a surname of the given gender, in case c, into
// the nominative; a surname with no ending of its case (Шойгу, Бут,
// Диски) stays as it is.
func ruSurnameNominative(w string, gender, c byte) string {
	if c == caseNom {
		return w
	}
	for _, e := range surnameEndings {
		if e.g != gender || !strings.HasSuffix(w, e.end) || (c != caseObl && !strings.ContainsRune(e.cases, rune(c))) && !(c == caseObl && strings.ContainsAny(e.cases, "dp")) {
			continue
		}
		stem := strings.TrimSuffix(w, e.end)
		if utf8.RuneCountInString(stem) < 2 {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(stem)
		if e.nom == "" && strings.ContainsRune("аеёиоуыэюяйь", last) {
			continue // a vowel stem is no consonant-ending surname
		}
		return stem + e.nom
	}
	return w
}

// RuNominative puts a Russian person's name of one to three words (first
// name, patronymic, surname) from the case it is written in into the
// nominative, by the endings Russian names take: the first name or the
// patronymic tells the case and gender («Дмитрию Пескову» → Дмитрий
// Песков, «Дэвидом Кэмероном» → Дэвид Кэмерон, «Анны Петровой» → Анна
// Петрова); a surname alone is put back only by an ending that belongs to
// one case and gender («Жириновского» → Жириновский). It returns the
// name's gender, 0 when not known.
func ruNominative(name []string) ([]string, byte) {
	if len(name) == 0 || len(name) > 3 || !unicode.Is(unicode.Cyrillic, textutil.FirstRune(name[0])) {
		return name, 0
	}
	var gender, c byte
	out := append([]string(nil), name...)
	found := false
	for i, w := range name {
		if n, g, cs, ok := ruFirstName(w); ok && i == 0 && !found {
			out[i], gender, c, found = n, g, cs, true
			continue
		}
		if n, g, cs, ok := ruPatronymic(w); ok && i < len(name)-1 || ok && len(name) == 2 && i == 1 && found {
			out[i] = n
			if !found {
				gender, c, found = g, cs, true
			} else if i == 1 && g != gender && ruFirstNames[name[0]] == g {
				// «Валентина Петровна»: the patronymic's gender is the
				// person's; a first name that is a woman's name and the
				// genitive of a man's (Валентин) is the woman's.
				out[0], gender, c = name[0], g, cs
			}
		}
	}
	last := len(name) - 1
	if found && last == 1 && gender == 'm' && c == caseGen && ruFirstNames[name[0]] == 'f' && consonantEnd(name[last]) && textutil.IsCap(name[last]) {
		// «Евгения Альбац»: a man's surname ending in a consonant
		// declines (Евгения Альбаца), a woman's does not: the first
		// name is the woman's, in the nominative.
		return append([]string(nil), name...), 'f'
	}
	if found && last > 0 && c == caseNom && gender == 'f' && !strings.HasSuffix(out[0], "а") && !strings.HasSuffix(out[0], "я") {
		// «Айгуль Сагитовой»: a woman's first name that does not
		// decline tells no case; the surname's ending does.
		if g, _, nom, ok := ruSurnameCase(name[last]); ok && g == 'f' {
			out[last] = nom
			return out, gender
		}
	}
	if found && last > 0 {
		if _, _, _, isPat := ruPatronymic(name[last]); !isPat {
			out[last] = ruSurnameNominative(name[last], gender, c)
		}
		return out, gender
	}
	if len(name) >= 2 {
		// «Гульнары Кыдыевой», «Аржаном Тадыевым»: a first name the
		// table does not know, and a surname whose ending belongs to one
		// gender and an oblique case: the surname tells the case, and
		// the first name loses the ending of that case.
		if g, c, nom, ok := ruSurnameCase(name[len(name)-1]); ok {
			out[len(name)-1] = nom
			for k := 0; k < len(name)-1; k++ {
				out[k] = ruFirstNameNominative(name[k], g, c)
			}
			return out, g
		}
	}
	if len(name) == 2 {
		// «Рексом Тиллерсоном», «Рексу Тиллерсону»: a first name not in
		// the table and a surname with one ending that only a man's name
		// of a consonant stem takes in an oblique case (instrumental,
		// dative) agree: both words lose it.
		for _, e := range []string{"ом", "у"} {
			a, b := strings.TrimSuffix(name[0], e), strings.TrimSuffix(name[1], e)
			if a != name[0] && b != name[1] && utf8.RuneCountInString(a) >= 2 && utf8.RuneCountInString(b) >= 3 && consonantEnd(a) && consonantEnd(b) {
				return []string{a, b}, 'm'
			}
		}
	}
	if len(name) == 1 {
		for _, e := range []struct{ end, nom string }{{"ского", "ский"}, {"скому", "ский"}, {"цкого", "цкий"}, {"овым", "ов"}, {"евым", "ев"}, {"иным", "ин"}} {
			if strings.HasSuffix(name[0], e.end) && utf8.RuneCountInString(name[0]) > utf8.RuneCountInString(e.end)+1 {
				return []string{strings.TrimSuffix(name[0], e.end) + e.nom}, 'm'
			}
		}
		for _, e := range []struct{ end, nom string }{{"овой", "ова"}, {"евой", "ева"}, {"ской", "ская"}} {
			if strings.HasSuffix(name[0], e.end) && utf8.RuneCountInString(name[0]) > utf8.RuneCountInString(e.end)+1 {
				return []string{strings.TrimSuffix(name[0], e.end) + e.nom}, 'f'
			}
		}
	}
	return out, gender
}

// isPersonEvidence reports whether w is a first name or a patronymic in
// any case: a word only a person's name holds.
func isPersonEvidence(w string) bool {
	if _, _, _, ok := ruFirstName(w); ok {
		return true
	}
	_, _, _, ok := ruPatronymic(w)
	return ok
}

// consonantEnd reports whether w ends in a Cyrillic consonant.
func consonantEnd(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return unicode.Is(unicode.Cyrillic, r) && !strings.ContainsRune("аеёиоуыэюяйьъ", r)
}

// ukGenitiveSuffixes maps the endings of Ukrainian names in the genitive
// to their nominative endings, longest first: «Зеленського» → Зеленський,
// «Юлії» → Юлія, «Сергія» → Сергій, «Коваленка» → Коваленко, «Олени» →
// Олена, «Шмигаля» → Шмигаль.
var ukGenitiveSuffixes = []struct{ gen, nom string }{
	{"ського", "ський"}, {"цького", "цький"}, {"зького", "зький"}, {"ської", "ська"}, {"цької", "цька"}, {"зької", "зька"},
	{"ової", "ова"}, {"евої", "ева"}, {"євої", "єва"}, {"іної", "іна"}, {"иної", "ина"},
	{"енка", "енко"}, {"ова", "ов"}, {"ева", "ев"}, {"єва", "єв"}, {"іна", "ін"}, {"ого", "ий"},
	{"ії", "ія"}, {"ія", "ій"}, {"ля", "ль"}, {"и", "а"},
}

// ukGenitiveToNominative puts one Ukrainian name word into the
// nominative, or returns it as it is when it has no genitive ending it
// knows.
func ukGenitiveToNominative(w string) string {
	if f, ok := firstNameForms[w]; ok && ukFirstNameSet[f.nom] {
		// A first name of the Ukrainian table, by its own declension
		// («Михайла» → Михайло, not the consonant stem below) (uk19).
		return f.nom
	}
	for _, s := range ukGenitiveSuffixes {
		if strings.HasSuffix(w, s.gen) && utf8.RuneCountInString(w) > utf8.RuneCountInString(s.gen)+1 {
			return strings.TrimSuffix(w, s.gen) + s.nom
		}
	}
	// A masculine first name: «Олександра» → Олександр.
	if strings.HasSuffix(w, "а") && utf8.RuneCountInString(w) > 3 {
		if r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(w, "а")); !strings.ContainsRune("аеєиіїоуюяьй", r) {
			return strings.TrimSuffix(w, "а")
		}
	}
	return w
}

// ruSurnameCaseEndings are the endings of a Russian surname that tell its
// gender and an oblique case by themselves: the feminine -овой, -евой,
// -иной, -ской (genitive, dative, instrumental, prepositional) and -скую
// (accusative); the masculine -ского (genitive), -скому (dative), -овым,
// -евым, -иным, -ским (instrumental). (-ова, -ину, -ову are a man's
// genitive or dative as well as a woman's nominative or accusative: left
// out.)
var ruSurnameCaseEndings = []struct {
	end, nom string
	g, c     byte
}{
	{"овой", "ова", 'f', caseObl}, {"евой", "ева", 'f', caseObl}, {"ёвой", "ёва", 'f', caseObl},
	{"иной", "ина", 'f', caseObl}, {"ыной", "ына", 'f', caseObl}, {"ской", "ская", 'f', caseObl}, {"цкой", "цкая", 'f', caseObl},
	{"скую", "ская", 'f', caseAcc}, {"цкую", "цкая", 'f', caseAcc},
	{"ского", "ский", 'm', caseGen}, {"цкого", "цкий", 'm', caseGen}, {"скому", "ский", 'm', caseDat}, {"цкому", "цкий", 'm', caseDat},
	{"овым", "ов", 'm', caseIns}, {"евым", "ев", 'm', caseIns}, {"ёвым", "ёв", 'm', caseIns}, {"иным", "ин", 'm', caseIns},
	{"ыным", "ын", 'm', caseIns}, {"ским", "ский", 'm', caseIns}, {"цким", "цкий", 'm', caseIns},
	// the adjectival type with a hushing stem (Осадчий, Садовничий,
	// Гулящий): -его and -ему after ч, щ, ж, ш are a man's genitive and
	// dative, a woman's being -ей
	{"чего", "чий", 'm', caseGen}, {"щего", "щий", 'm', caseGen}, {"жего", "жий", 'm', caseGen}, {"шего", "ший", 'm', caseGen},
	{"чему", "чий", 'm', caseDat}, {"щему", "щий", 'm', caseDat}, {"жему", "жий", 'm', caseDat}, {"шему", "ший", 'm', caseDat},
}

// ruSurnameCase reports whether w is a surname in an oblique case its
// ending alone tells (ruSurnameCaseEndings), with the gender, the case and
// the nominative.
func ruSurnameCase(w string) (gender, c byte, nom string, ok bool) {
	if !unicode.Is(unicode.Cyrillic, textutil.FirstRune(w)) {
		return 0, 0, "", false
	}
	for _, e := range ruSurnameCaseEndings {
		if strings.HasSuffix(w, e.end) && utf8.RuneCountInString(w) >= utf8.RuneCountInString(e.end)+2 {
			return e.g, e.c, strings.TrimSuffix(w, e.end) + e.nom, true
		}
	}
	return 0, 0, "", false
}

// ruFirstNameNominative puts a first name the table does not know into
// the nominative, given the gender and case its surname tells: a woman's
// name in -а or -я (Гульнара: Гульнары, Гульнаре, Гульнару, Гульнарой;
// Мария: Марии, Марию, Марией), a man's with a consonant stem (Аржан:
// Аржана, Аржану, Аржаном) or a stem in -й (Алексей: Алексея, Алексею,
// Алексеем). A word with no such ending (a woman's name ending in a
// consonant, «Чейнеш», which does not decline) is kept.
func ruFirstNameNominative(w string, gender, c byte) string {
	if n, g, _, ok := ruFirstName(w); ok && g == gender {
		return n
	}
	if !textutil.IsCap(w) || utf8.RuneCountInString(w) < 4 {
		return w
	}
	cut := func(end, nom string) (string, bool) {
		if !strings.HasSuffix(w, end) {
			return "", false
		}
		return strings.TrimSuffix(w, end) + nom, true
	}
	type ending struct{ end, nom string }
	var es []ending
	switch {
	case gender == 'f' && c == caseAcc:
		es = []ending{{"ию", "ия"}, {"у", "а"}, {"ю", "я"}}
	case gender == 'f':
		// The -а stems after a velar or hushing letter take -и in the
		// genitive (Ольги); the others' -и is an -я stem's (Тани).
		es = []ending{{"ии", "ия"}, {"ией", "ия"}, {"ой", "а"}, {"ей", "я"}, {"ы", "а"}, {"ги", "га"}, {"ки", "ка"}, {"хи", "ха"},
			{"жи", "жа"}, {"ши", "ша"}, {"чи", "ча"}, {"щи", "ща"}, {"и", "я"}, {"е", "а"}}
	case c == caseGen:
		es = []ending{{"ия", "ий"}, {"ея", "ей"}, {"ая", "ай"}, {"а", ""}}
	case c == caseDat:
		es = []ending{{"ию", "ий"}, {"ею", "ей"}, {"аю", "ай"}, {"у", ""}}
	case c == caseIns:
		es = []ending{{"ием", "ий"}, {"еем", "ей"}, {"аем", "ай"}, {"ом", ""}}
	}
	for _, e := range es {
		if n, ok := cut(e.end, e.nom); ok {
			if e.nom == "" && !consonantEnd(n) {
				continue
			}
			return n
		}
	}
	return w
}

// ruFeminineSurname reports whether w has the ending of a woman's surname
// in the nominative (Козлова, Ильина, Вяземская), which is also that of a
// man's in the genitive (Козлова, Ильина) for the possessive type.
func ruFeminineSurname(w string) bool {
	for _, e := range []string{"ова", "ева", "ёва", "ина", "ына", "ская", "цкая"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// ruNonNameWords are the Russian pronouns that stand before a noun
// (demonstrative, possessive, defining: «Такое мнение высказал …», «Эти
// слова подтвердил …», «Свою позицию озвучил …») in all their genders and
// cases, and the particles, adverbs and conjunctions that open a sentence
// («Вот что рассказал …», «Именно поэтому …», «Впрочем, …», and the
// prepositions and conjunctions of one letter, «С таким заявлением
// выступил …», «В Кремле …»): capitalised,
// they open a sentence, and are never a name.
var ruNonNameWords = func() map[string]bool {
	m := map[string]bool{}
	add := func(stems []string, endings string) {
		for _, st := range stems {
			for _, e := range strings.Fields(endings) {
				m[st+strings.TrimPrefix(e, "-")] = true
			}
		}
	}
	// Adjectives with a stressed or hard ending (такой, другой, какой).
	add([]string{"так", "как", "друг", "никак", "всяк", "люб", "ин"}, "ой ая ое ие ого ому им ом ую их ими")
	add([]string{"кажд", "котор", "некотор", "сам"}, "ый ая ое ые ого ому ым ом ую ой ых ыми")
	add([]string{"эт"}, "от а о и ого ому им ом у ой их ими")
	add([]string{"т"}, "от ого ому ем ом ой ех еми")
	add([]string{"вс"}, "я ё е его ему ем ём ю ей ех еми")
	add([]string{"сво", "мо", "тво"}, "й я ё е и его ему им ём ем ю ей их ими")
	add([]string{"наш", "ваш"}, "-  а е и его ему им ем у ей их ими")
	m["весь"] = true
	for _, w := range strings.Fields(`вот вон ведь даже лишь только уже еще ещё именно почти тоже потому зато итак завтра где
		хотя чтобы пока кто почему зачем или да нет ну конечно наверное возможно например впервые более менее особенно
		раньше недавно скоро сначала следовательно словом вообще наконец благодаря несмотря многие большинство никто
		ничто много мало несколько с к в о у и а`) {
		m[w] = true
	}
	return m
}()
