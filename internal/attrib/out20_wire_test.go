package attrib

import (
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestOut20WireAgency checks the agency read from a wire dateline, and
// that a text with none gives none.
func TestOut20WireAgency(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"КАЗАНЬ, 3 мар — РИА Новости. Мэр города подписал указ о новых тарифах.", "РИА Новости"},
		{"Томск. 9 июля. INTERFAX.RU - В городе открыли новый мост через реку.", "INTERFAX.RU"},
		{"ОМСК, 12 октября /ТАСС/. Суд отложил заседание по делу бывшего мэра.", "ТАСС"},
		{"Мэр города подписал указ о новых тарифах, сообщает РИА Новости.", ""},
		{"В субботу, 3 марта — день выборов. Участки откроются в восемь утра.", ""},
	} {
		if got := out20WireAgency([]model.Block{{Text: c.text}}); got != c.want {
			t.Errorf("%q: agency %q, want %q", c.text, got, c.want)
		}
	}
}

// TestOut20OwnWireStaff checks that a wire story's own agency named only
// by its staff is not cited, and that it is when someone speaks to it or
// the story cites another outlet.
func TestOut20OwnWireStaff(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"КАЗАНЬ, 3 мар — РИА Новости. Суд отложил заседание, передает корреспондент РИА Новости из зала суда.", nil},
		{"Томск. 9 июля. INTERFAX.RU - Ранее источник \"Интерфакса\" сообщил, что в мэрии начались проверки.", nil},
		{"КАЗАНЬ, 3 мар — РИА Новости. Депутат Иван Петров сказал РИА Новости, что закон примут осенью.", []string{"РИА Новости"}},
		{"КАЗАНЬ, 3 мар — РИА Новости. Суд отложил заседание, передает корреспондент РИА Новости. Об этом же пишет «Коммерсантъ».", []string{"Коммерсантъ"}},
	} {
		_, src, err := Extract(paragraphs(c.text), "ru", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(src) != len(c.want) || len(src) > 0 && src[0] != c.want[0] {
			t.Errorf("%q: outlets %q, want %q", c.text, src, c.want)
		}
	}
}
