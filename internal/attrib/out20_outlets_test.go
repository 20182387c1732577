package attrib

import "testing"

// TestOut20TypedOutlets checks the frame of an outlet's type word: the
// noun and its name as the subject of a verb of reporting after them, a
// verb of publishing or its participle before the noun, names coordinated
// after a plural type word, and a newsroom's Telegram channel in Latin
// letters; and the cases that cite nothing.
func TestOut20TypedOutlets(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Издание Daily Courier сообщает, что мэр города подал в отставку.", []string{"Daily Courier"}},
		{"Ранее агентство KNA сообщило, что завод остановлен.", []string{"KNA"}},
		{"Газета «Северный вестник» также пишет, что мост откроют в мае.", []string{"Северный вестник"}},
		{"Снимки опубликовал Telegram-канал Zvezdochka. На них видна колонна техники.", []string{"Zvezdochka"}},
		{"Об этом сообщил новостной Telegram-канал LENTA24.", []string{"LENTA24"}},
		{"Сведения, опубликованные информационными агентствами Press One и Delta News, не подтвердились.", []string{"Press One", "Delta News"}},
		// No verb of reporting after the name, or a state agency in
		// Russian: no outlet.
		{"Издание Daily Courier купил крупный холдинг.", nil},
		{"Агентство РОСПРОМ сообщило о новых правилах.", nil},
		// A person who writes in a Telegram channel is no outlet.
		{"Об этом написал в Telegram-канале Иван Петров.", nil},
	})
}
