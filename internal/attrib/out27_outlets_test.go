package attrib

import (
	"strings"
	"testing"
)

// TestOut27StaffEmployer checks that an outlet in the genitive after a
// noun of its staff is the person's employer, not a cited outlet.
func TestOut27StaffEmployer(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"«Мы готовы», — сказал главный редактор «Коммерсанта» Иван Петров.", nil},
		{"«Мы готовы», — сказал главный редактор газеты «Коммерсантъ» Иван Петров.", nil},
		{"«Мост закроют», — заявил обозреватель «Известий» Олег Смирнов.", nil},
		{"«Мост закроют», — рассказал ведущий «Эха Москвы» Олег Смирнов.", nil},
		{"«Мост закроют», — написал журналист РБК-Украина Олег Смирнов.", nil},
		{"«Мост закроют», — сказал колумнист «Ведомостей» Олег Смирнов.", nil},
		{"Мост закроют, сообщает корреспондент «Северного вестника».", nil},
		{"«Мост закроют», — сообщил корреспондент «Северного вестника» Олег Смирнов.", nil},
		{"«Мост закроют», — сообщает корреспондент ТАСС Олег Смирнов.", nil},
		// An unnamed correspondent as the subject of a verb only media
		// take: the outlet reporting.
		{"Мост закроют, передает корреспондент «Интерфакса».", []string{"Интерфакс"}},
		{"Как передает корреспондент ТАСС, мост закроют.", []string{"ТАСС"}},
		// Cited: told to the outlet, or the outlet reports.
		{"«Мы готовы», — сказал Иван Петров «Коммерсанту».", []string{"Коммерсантъ"}},
		{"Мост закроют, сообщает ТАСС.", []string{"ТАСС"}},
		{"«Мост закроют», — сказал Олег Смирнов корреспонденту ТАСС.", []string{"ТАСС"}},
		{"«Мост закроют», — рассказал Олег Смирнов корреспонденту «Известий».", []string{"Известия"}},
		{"Об этом сообщили источники «Ведомостей».", []string{"Ведомости"}},
		{"«Мост закроют», — сказал он в интервью The Harbor Post.", []string{"The Harbor Post"}},
	})
}

// TestOut27MediaList checks that a list of media joined by commas and
// «и» after a verb that does not report is no citation.
func TestOut27MediaList(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Роскомнадзор заблокировал «Медузу», «Дождь» и «Новую газету».", nil},
		{"В реестр внесены «Медуза», «Дождь» и «Эхо Москвы».", nil},
		{"«Коммерсантъ», «Ведомости» и РБК получили премию.", nil},
		{"Суд оштрафовал «Известия» и «Ведомости».", nil},
		{"Об этом пишут «Коммерсантъ» и «Ведомости».", []string{"Коммерсантъ", "Ведомости"}},
		{"По данным «Ведомостей», мост закроют.", []string{"Ведомости"}},
		{"«Коммерсантъ», «Ведомости» и «Известия» сообщили, что мост закроют.", []string{"Известия", "Коммерсантъ", "Ведомости"}},
		{"Мост закроют, пишут «Коммерсантъ», «Ведомости» и «Известия».", []string{"Коммерсантъ", "Ведомости", "Известия"}},
	})
}

// TestOut27WorkPlace checks that an outlet after a verb of employment and
// «в», «из» is where someone works, not a cited outlet.
func TestOut27WorkPlace(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Петров работал в «Ведомостях», а затем ушел на телевидение.", nil},
		{"«Мост закроют», — заявил Петров, которого уволили из «Коммерсанта».", nil},
		{"Об этом написали в «Ведомостях».", []string{"Ведомости"}},
		{"Об этом он рассказал в интервью «Известиям».", []string{"Известия"}},
	})
}

// TestOut27Accusative checks that a name whose nominative ends in -а in
// the accusative («Медузу») is not read as the dative of the outlet told.
func TestOut27Accusative(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Минюст признал иноагентами «Медузу» и «Дождь».", nil},
		{"Суд, как заявил прокурор, оштрафовал «Медузу».", nil},
		{"«Мост закроют», — сказал министр «Интерфаксу».", []string{"Интерфакс"}},
	})
}

// TestOut27LongList checks a list longer than out27MaxListItems after a
// verb that does not report: no item is cited however far it stands from
// the list's start.
func TestOut27LongList(t *testing.T) {
	list := strings.Repeat("«Медузу», «Дождь», ", 20) + "«Новую газету»"
	checkRuOutlets(t, []ruOutletCase{
		{"Роскомнадзор заблокировал " + list + ".", nil},
		{"Об этом пишут " + strings.Repeat("«Коммерсантъ», ", 3) + "«Ведомости».", []string{"Коммерсантъ", "Ведомости"}},
	})
}
