package attrib

import (
	"strings"
	"testing"
)

// TestQ24QuoteRuns checks the two forms of a quotation run over
// paragraphs that q24 reads: a guillemet opened after a colon and closed
// two paragraphs later (the paragraph between neither opens nor closes a
// mark), and a run opened by « at a paragraph's start and closed by a
// curly ” before the author's words. Each paragraph's piece is a
// quotation of the speaker named. A middle paragraph of dialogue, a name
// in guillemets closed on its own, or a ” that pairs with a “ before it
// makes no run.
func TestQ24QuoteRuns(t *testing.T) {
	for _, c := range []struct {
		name string
		ps   []string
		want map[string]string
	}{
		{"three paragraphs after a colon", []string{
			"После матча высказался тренер команды Андрей Орлов, главный тренер «Ротора»: «Мы начали плохо, пропустили рано и долго отыгрывались.",
			"Во втором тайме ребята добавили в движении и в желании.",
			"Спасибо болельщикам за поддержку на трибунах!».",
		}, map[string]string{
			"Мы начали плохо, пропустили рано и долго отыгрывались.":  "Андрей Орлов",
			"Во втором тайме ребята добавили в движении и в желании.": "Андрей Орлов",
		}},
		{"closed by a curly mark", []string{
			"«Нам было тяжело сегодня. Соперник сыграл очень хорошо, поздравляю его.",
			"Мы проиграли борьбу под щитом и не смогли подобрать мяч…”, — цитирует главного тренера Игоря Смирнова сайт клуба.",
		}, map[string]string{
			"Нам было тяжело сегодня. Соперник сыграл очень хорошо, поздравляю его.": "Игорь Смирнов",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, _ := extractRu(t, strings.Join(c.ps, "\n"))
			for text, sp := range c.want {
				if s, ok := got[text]; !ok || s != sp {
					t.Errorf("%q: got %v", text, got)
				}
			}
		})
	}
	for _, ps := range [][]string{
		// a middle paragraph of dialogue
		{"Тренер Андрей Орлов сказал так: «Мы начали плохо, пропустили рано.", "— А что во втором тайме?", "Добавили в движении», — ответил он."},
		// the closing mark pairs with an opening curly one
		{"«Сегодня мы открыли новую школу в районе.", "Ее назвали “Надежда”, — сказал глава района Петр Лосев."},
		// a club's name in guillemets, a sentence with no speech
		{"Команда «Ротор» выиграла. Клуб «Сокол» проиграл на выезде.", "Следующий матч пройдет в субботу."},
	} {
		got, _ := extractRu(t, strings.Join(ps, "\n"))
		for text := range got {
			if strings.HasPrefix(text, "Мы начали плохо, пропустили рано.") || strings.HasPrefix(text, "Сегодня мы открыли") || strings.HasPrefix(text, "Ротор") || strings.HasPrefix(text, "Сокол") || strings.HasPrefix(text, "Следующий") {
				t.Errorf("%q: a run was read: %v", ps, got)
			}
		}
	}
}
