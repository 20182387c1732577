package article

import "testing"

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
