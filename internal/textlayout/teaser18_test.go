package textlayout

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/articlekit/article/internal/model"
)

// TestReadAlsoAndPhotoCreditLines: a read-also pointer and a picture's
// credit line between paragraphs leave the body (the credit is the
// photographer's), so the text reads as it does without them; a sentence
// that opens with the same words, and a byline of another role, stay.
func TestReadAlsoAndPhotoCreditLines(t *testing.T) {
	const head = "Пермь получит новый мост\n\n"
	clean := Parse(head+"Власти Перми объявили о строительстве нового моста через Каму, сообщил губернатор.\n\nСтроительство начнется весной.\n", &model.Config{})
	for _, mid := range []string{
		"Читайте также: В Перми открыли новую школу",
		"Читайте также — В Перми открыли новую школу",
		"Фото: Иван Смирнов / «Пермские новости»",
		"Дивіться також — У Пермі відкрили нову школу",
		"Read more: Council votes on the budget",
		"À lire aussi : Le pont fermé",
	} {
		d := Parse(head+"Власти Перми объявили о строительстве нового моста через Каму, сообщил губернатор.\n\n"+mid+"\n\nСтроительство начнется весной.\n", &model.Config{})
		if diff := cmp.Diff(clean.Body, d.Body); diff != "" {
			t.Errorf("%q: body (-without +with):\n%s", mid, diff)
		}
	}
	for _, mid := range []string{
		"По теме доклада выступил министр финансов края.",
		"Related to the bridge, the council also approved a new road.",
		"Читайте также",
	} {
		d := Parse(head+"Власти Перми объявили о строительстве нового моста через Каму, сообщил губернатор.\n\n"+mid+"\n\nСтроительство начнется весной.\n", &model.Config{})
		if len(d.Body) != 3 || d.Body[1].Text != mid {
			t.Errorf("%q: body %+v, want the line kept as the second block", mid, d.Body)
		}
	}
	d := Parse(head+"Власти Перми объявили о строительстве нового моста через Каму, сообщил губернатор.\n\nФото: Иван Смирнов\n\nСтроительство начнется весной.\n", &model.Config{})
	if len(d.Authors) != 1 || d.Authors[0].Role != "photographer" || d.Authors[0].Name != "Иван Смирнов" {
		t.Errorf("authors %+v, want the photographer", d.Authors)
	}
}

// TestReadAlsoLinesKeepText: sentences that open with a label's words,
// a line inside a hard-wrapped paragraph, and labels of letters whose
// lower case is longer or shorter stay text (and never panic).
func TestReadAlsoLinesKeepText(t *testing.T) {
	for _, line := range []string{
		"Related Companies, the developer, said it would build the tower next year.",
		"Related-party transactions rose 5% in the year, the company said.",
		"Related ȺȺȺȺȺȺȺȺȺȺ",
		"İİİİİİİİİİİİİ: related",
		"По теме Путин высказался еще в прошлом году, напомнили в Кремле.",
		"Mehr zum Thema Energie sagte der Minister am Montag in Berlin.",
	} {
		if isReadAlsoLine(line) {
			t.Errorf("%q read as a read-also line", line)
		}
	}
	d := Parse("Council approves budget\n\nThe council approved the budget on Monday, and\nrelated: deals made up a third of its revenue, the report said.\n\nThe vote was close.\n", &model.Config{})
	if len(d.Body) != 2 || !strings.Contains(d.Body[0].Text, "related: deals") {
		t.Errorf("hard-wrapped paragraph: body %+v", d.Body)
	}
}
