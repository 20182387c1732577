package attrib

import "testing"

// TestOut21AdverbBeforeAgency checks that an adverb in «-ее» before
// «агентство» («ранее», «позднее») is not read as an adjective that names
// another kind of agency: the agency with its Latin name still reports.
func TestOut21AdverbBeforeAgency(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Мост откроют в мае. Днем ранее агентство KNA сообщило, что завод остановлен.", []string{"KNA"}},
		{"Мост откроют в мае. Позднее агентство Delta News сообщило, что завод остановлен.", []string{"Delta News"}},
		// An adjective still names another kind of agency.
		{"Мост откроют в мае. Затем космическое агентство ESA сообщило о запуске.", nil},
	})
}
