package article_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article"
)

// TestSeed checks the article the product was specified from, field by
// field.
func TestSeed(t *testing.T) {
	f, err := os.Open("testdata/text/seed_ru.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := article.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	check := func(field, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	check("headline", a.Headline, "Путин объявил о создании военного альянса с Северной Кореей")
	check("section", a.Section, "ПОЛИТИКА")
	check("datePublished", a.DatePublished.String(), "2024-06-19T17:43:00")
	check("dateModified", a.DateModified.String(), "")
	check("language", a.Language, "ru")
	check("description", a.Description, "Россия и КНДР будут оказывать помощь друг другу в случае агрессии против одной из стран, сообщил по итогам визита в Пхеньян президент РФ Владимир Путин.")
	if strings.Contains(a.Description, "2024") || strings.Contains(a.Description, "17:43") {
		t.Errorf("description holds date text: %q", a.Description)
	}
	if len(a.Body) != 9 {
		t.Fatalf("body has %d blocks, want 9", len(a.Body))
	}
	for i, b := range a.Body {
		if b.Type != article.Paragraph {
			t.Errorf("body[%d] is a %s, want a paragraph", i, b.Type)
		}
	}
	check("body[0]", a.Body[0].Text, a.Description)
	if !strings.HasPrefix(a.Body[8].Text, "«Время изменилось.") {
		t.Errorf("last paragraph = %q", a.Body[8].Text)
	}

	type q struct{ text, speaker string }
	want := []q{
		{"Большое внимание на сегодняшних переговорах заняли вопросы безопасности", "Владимир Путин"},
		{"не исключает для себя", "Владимир Путин"},
		{"инспирирован США и их союзниками", "Владимир Путин"},
		{"ограничения в рамках различного рода международных обязательств", "Владимир Путин"},
		{"отстаивают идею формирования более справедливого и демократического, многополярного мироустройства", "Владимир Путин"},
		{"фундаментальным", "Владимир Путин"},
		{"на длительную перспективу", "Владимир Путин"},
		{"всегда будет верно выполнять свои обязанности по договору", "Ким Чен Ын"},
		{"Время изменилось. Также изменился статус КНДР и РФ в мировой геополитической структуре", "Ким Чен Ын"},
		{"самым честным другом и соратником", "Ким Чен Ын"},
		{"самым дорогим другом корейского народа", "Ким Чен Ын"},
	}
	if len(a.Quotes) != len(want) {
		t.Errorf("%d quotes, want %d: %+v", len(a.Quotes), len(want), a.Quotes)
	}
	for i := 0; i < len(want) && i < len(a.Quotes); i++ {
		got := a.Quotes[i]
		if got.Text != want[i].text || got.Speaker != want[i].speaker {
			t.Errorf("quote %d = %q by %q, want %q by %q", i, got.Text, got.Speaker, want[i].text, want[i].speaker)
		}
		if got.Block < 0 || got.Block >= len(a.Body) || !strings.Contains(a.Body[got.Block].Text, "«"+got.Text+"»") {
			t.Errorf("quote %d points at block %d, which does not hold it", i, got.Block)
		}
	}
	for _, qq := range a.Quotes {
		if qq.Text == "Интерфакс" {
			t.Error("«Интерфакс» taken for a quotation")
		}
	}
	if got := strings.Join(a.Sources, ","); got != "Интерфакс,Bloomberg" {
		t.Errorf("sources = %q, want Интерфакс,Bloomberg", got)
	}
	if a.Kind != article.KindArticle {
		t.Errorf("pageKind = %q, want article", a.Kind)
	}
	if a.ContentHash != a.Hash() || !strings.HasPrefix(a.ContentHash, "sha256:") {
		t.Errorf("contentHash = %q, want %q", a.ContentHash, a.Hash())
	}
	if a.WordCount < 250 || a.WordCount > 300 {
		t.Errorf("wordCount = %d, want about 280", a.WordCount)
	}
}

// TestSeedWithLocation checks that a default zone gives the zone-less
// dateline its offset.
func TestSeedWithLocation(t *testing.T) {
	f, err := os.Open("testdata/text/seed_ru.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	msk := time.FixedZone("MSK", 3*3600)
	if loc, err := time.LoadLocation("Europe/Moscow"); err == nil {
		msk = loc
	}
	a, err := article.Parse(f, article.WithLocation(msk))
	if err != nil {
		t.Fatal(err)
	}
	if got := a.DatePublished.String(); got != "2024-06-19T17:43:00+03:00" {
		t.Errorf("datePublished = %q, want 2024-06-19T17:43:00+03:00", got)
	}
}
