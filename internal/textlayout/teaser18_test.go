package textlayout

import (
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
		"Читайте также В Перми открыли новую школу",
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
