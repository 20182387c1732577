package attrib

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestSpkRuQualifiedTerm checks that a noun phrase in lower case set in
// quote marks right after an adjective that qualifies it is a term, not
// a quotation, whatever the sentence around it; and that the marks after
// a verb, a conjunction, a noun or before an abstract noun, and a phrase
// in the first person, are left to the quotation rules. (A term in a
// sentence with a verb of speech may still be judged by the quotation
// filter, as any span the rules leave out: «Как рассказал …, проходили
// несогласованные «массовые мероприятия»» is kept by it.)
func TestSpkRuQualifiedTerm(t *testing.T) {
	checkRuTerms(t, [][2]string{
		{"Заголовок\nВодители редко обращают внимание на такие «мелочи», как давление в шинах, отметил механик Павел Зуев.", "мелочи"},
		{"Заголовок\nНовая модель получит шестиступенчатый «автомат», сообщил представитель завода Игорь Белов.", "автомат"},
		{"Заголовок\nВ сообщении говорилось, что бизнесмен Олег Смирнов якобы может продать завод из-за соответствующих «договоренностей».", "договоренностей"},
	}, [][2]string{
		// an abstract noun after its adjective may be the speaker's word
		{"Заголовок\nМэр Иван Соколов назвал решение областной думы «ошибкой». Он назвал это разовое «снисхождение» недопустимым, сказал Соколов.", "снисхождение"},
		// after a verb of naming and a noun, the speaker's words
		{"Заголовок\nДепутат Анна Лебедева назвала законопроект «сырым и непродуманным», сообщила она журналистам.", "сырым и непродуманным"},
	})
	for w, want := range map[string]bool{
		"такие": true, "незаконные": true, "соответствующих": true, "ключевой": true, "городской": true, "новый": true,
		"комментарий": false, "решение": false, "более": false, "ранее": false, "герой": false, "режим": false, "его": false, "Новые": false,
	} {
		if got := spkRuQualifyingAdjective(w); got != want {
			t.Errorf("spkRuQualifyingAdjective(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSpkHeadlineCondensed checks that a headline opening with words in
// quote marks that recast a body quotation's words is that quotation's
// speaker's quotation, and that a title in quote marks opening a headline,
// whose words no body quotation shares, is not.
func TestSpkHeadlineCondensed(t *testing.T) {
	q, ok := spkHeadlineQuote(t, "«Хоккей — главный зимний вид спорта». Клуб подвел итоги сезона\n"+
		"Тренер клуба Сергей Волков рассказал о планах. «Я уверен, что хоккей остается главным зимним видом спорта в нашем городе», — сказал Волков.")
	if !ok || q.Text != "Хоккей — главный зимний вид спорта" || q.Speaker != "Сергей Волков" {
		t.Errorf("condensed headline: got %+v, %v", q, ok)
	}
	if q, ok := spkHeadlineQuote(t, "«Мастер и Маргарита». Премьера в городском театре\n"+
		"Режиссер Анна Белова рассказала о постановке. «Мы репетировали полгода, актеры выложились полностью», — сказала Белова."); ok {
		t.Errorf("a title read as a headline quotation: %+v", q)
	}
	// A title whose words a body quotation does share (it names the
	// film) is still a title.
	if q, ok := spkHeadlineQuote(t, "«Мастер и Маргарита». Почему фильм стал хитом проката\n"+
		"Режиссер Михаил Локшин рассказал о съемках. «Мы знали, что „Мастер и Маргарита“ — роман, который читала вся страна», — сказал Локшин."); ok {
		t.Errorf("a title sharing a quotation's words read as a headline quotation: %+v", q)
	}
	q, ok = spkHeadlineQuote(t, "«Подарила букет — и через минуту все погасло»\n"+
		"Очевидцы рассказали о происшествии. «Подарила букет, он поблагодарил. Через минуту все погасло», — рассказывают очевидцы.")
	if !ok || q.Text != "Подарила букет — и через минуту все погасло" {
		t.Errorf("condensed headline of an unnamed speaker: got %+v, %v", q, ok)
	}
}

// spkHeadlineQuote returns the headline quotation of a Russian text whose
// first line is its headline, if any.
func spkHeadlineQuote(t *testing.T, text string) (model.Quote, bool) {
	t.Helper()
	h, body, _ := strings.Cut(text, "\n")
	qs, _, err := ExtractWithHeadline(h, paragraphs(body), "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Block == HeadlineBlock {
			return q, true
		}
	}
	return model.Quote{}, false
}
