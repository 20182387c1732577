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
		// An agency an adjective names as no news agency is no outlet,
		// Russian and Ukrainian; a news agency's adjective keeps it.
		{"Европейское космическое агентство ESA сообщило о запуске спутника.", nil},
		{"Всемирное антидопинговое агентство WADA заявило о новых проверках.", nil},
		{"Європейське космічне агентство ESA повідомило про запуск супутника.", nil},
		{"Кредитное рейтинговое агентство Fitch сообщило о понижении рейтинга.", nil},
		{"Информационное агентство KNA сообщило, что завод остановлен.", []string{"KNA"}},
	})
}

// TestOut20NotCited checks two frames that look like citing and are not:
// the verb «стать», whose letters open «статья», before a paper that is
// someone's employer, and the noun «информации» alone, the last word of
// «по информации», before a Telegram channel information was leaked to.
func TestOut20NotCited(t *testing.T) {
	checkRuOutlets(t, []ruOutletCase{
		{"Его советником может стать корреспондент газеты Chicago Herald в Киеве Иван Петров.", nil},
		{"Его обвинили в передаче информации телеграм-каналу «Тайны двора».", nil},
		// The piece and the phrase themselves still cite.
		{"Об этом говорится в статье газеты Chicago Herald.", []string{"Chicago Herald"}},
		{"По информации телеграм-канала «Тайны двора», суд перенесли.", []string{"Тайны двора"}},
	})
}
