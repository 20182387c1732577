package lang

import (
	"strings"
	"testing"
)

func TestDetectManyLanguages(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// Ukrainian, long enough for the trigrams: never Russian.
		{"Уряд ухвалив рішення про підвищення мінімальної заробітної плати з першого січня наступного року. Як повідомили у Міністерстві фінансів, відповідні кошти вже передбачені у державному бюджеті, а місцеві громади отримають додаткові дотації.", "uk"},
		{"Правительство приняло решение о повышении минимальной заработной платы с первого января следующего года. Как сообщили в Министерстве финансов, соответствующие средства уже предусмотрены в федеральном бюджете.", "ru"},
		{"O governo aprovou nesta quarta-feira um novo pacote de medidas para conter a inflação, que deve entrar em vigor no próximo mês, segundo o ministro da Fazenda.", "pt"},
		{"De regering heeft woensdag een nieuw pakket maatregelen aangekondigd om de inflatie te beteugelen, zo maakte de minister van Financiën bekend.", "nl"},
		{"政府は水曜日、インフレを抑えるための新たな経済対策を発表した。財務大臣によると、来月から実施される見通しだ。", "ja"},
		{"أعلنت الحكومة يوم الأربعاء عن حزمة جديدة من الإجراءات للحد من التضخم، وفقا لما صرح به وزير المالية.", "ar"},
		{"12345 67890", ""},
	} {
		if got, conf := Detect(c.text); got != c.want || (got != "" && (conf < MinConfidence || conf > 1)) {
			t.Errorf("Detect(%.30q) = %q, %v; want %q with a confidence in [%v, 1]", c.text, got, conf, c.want, MinConfidence)
		}
	}
}

func TestDetectShortCyrillic(t *testing.T) {
	// Too short for the trigram profiles to be sure; the Russian table's
	// function words answer, because the alphabet is Russian (ы).
	ru := "Заголовок для проверки\nОльга, мама первоклассника: — Букет на 1 сентября мы уже заказали в цветочном магазине."
	if got, conf := Detect(ru); got != "ru" || conf != MinConfidence {
		t.Errorf("Detect(short Russian) = %q, %v; want ru, %v", got, conf, MinConfidence)
	}
	// A short Ukrainian text shares function words with Russian (на, в, не)
	// but not its alphabet: never called Russian.
	uk := "Ольга, мама першокласника: — Букет на 1 вересня ми вже замовили в квітковому магазині."
	if got, _ := Detect(uk); got == "ru" {
		t.Errorf("Detect(short Ukrainian) = ru")
	}
}

func TestDetectReadsTheStart(t *testing.T) {
	// Only the first MaxDetectRunes characters count.
	en := strings.Repeat("The minister said that the price of bread would not rise this year. ", 20)
	de := strings.Repeat("Der Minister sagte, dass die Preise in diesem Jahr nicht steigen werden. ", 40)
	if got, _ := Detect(en + de); got != "en" {
		t.Errorf("Detect(English then German) = %q, want en", got)
	}
	if got := Cut("привет", 3); got != "при" {
		t.Errorf("Cut = %q, want при", got)
	}
}

func TestSameLanguage(t *testing.T) {
	if !SameLanguage("nb", "no") || !SameLanguage("hr", "sr") || SameLanguage("ru", "uk") || SameLanguage("en", "de") {
		t.Error("SameLanguage: want nb~no, hr~sr, and not ru~uk, en~de")
	}
}

func TestConfirms(t *testing.T) {
	de := "Der Minister sagte, dass die Preise in diesem Jahr nicht steigen werden, und er sagte es der Presse."
	uk := "Міністр сказав, що ціни на хліб цього року не зростуть, і він сказав це на зустрічі з журналістами."
	ru := "Министр сказал, что цены на хлеб в этом году не вырастут, и это было сказано на встрече с журналистами."
	if !Confirms("de", de) || Confirms("en", de) {
		t.Error("Confirms: want a German text to confirm de and not en")
	}
	if !Confirms("ru", ru) || Confirms("ru", uk) {
		t.Error("Confirms: want a Russian text to confirm ru and a Ukrainian one not to")
	}
}

func TestDetectShortEnglish(t *testing.T) {
	for _, c := range []struct{ text, want, why string }{
		{"Springfield mayor wins second term in landslide.\n\nSPRINGFIELD, Ill. (AP) — Mayor Jane Doe", "en",
			"a headline and dateline: few function words, all ASCII, English's the most"},
		{"Bürgermeister gewinnt zweite Amtszeit.\n\nSPRINGFIELD (dpa) — Jane Doe", "de",
			"German letters: the profiles answer"},
		{"Springfield Mayor Jane Doe, Landslide, Second Term", "",
			"no function word of any table: no evidence for English"},
	} {
		if got, _ := Detect(c.text); got != c.want {
			t.Errorf("Detect(%.40q) = %q, want %q (%s)", c.text, got, c.want, c.why)
		}
	}
}

func TestDetectRussianHeadline(t *testing.T) {
	// A headline alone: too short for the trigram profiles and the
	// function words; the alphabet tells Russian when it holds ы, э or ё
	// and no letter of another Cyrillic alphabet.
	for _, c := range []struct {
		text string
		ru   bool
		why  string
	}{
		{"Великолепный тренер, славный сын народа", true,
			"ы: a letter Ukrainian, Bulgarian and Serbian never write"},
		{"Сторонники Ющенко призывают отобрать два радара", true,
			"ы, and no Ukrainian or Belarusian letter"},
		{"Моральная мозоль от вируса в короне", false,
			"no ы, э, ё: the alphabet does not tell Russian from Bulgarian"},
		{"Міністр сказав, що ціни на хліб не зростуть", false,
			"і: Ukrainian"},
		{"Мы былі ў горадзе", false,
			"ы with і and ў: Belarusian, never Russian"},
		{"The mayor said «привет» and left", false,
			"mostly Latin: a Russian word quoted in English"},
	} {
		if got, _ := Detect(c.text); (got == "ru") != c.ru {
			t.Errorf("Detect(%q) = %q; Russian: want %v (%s)", c.text, got, c.ru, c.why)
		}
	}
}

// TestDetectUkrainianHeadline: a short Ukrainian line is Ukrainian by its
// alphabet when the profiles are unsure (they called this one Serbian,
// whose alphabet has no і); a Belarusian or Russian line is not.
func TestDetectUkrainianHeadline(t *testing.T) {
	for _, c := range []struct {
		text string
		uk   bool
	}{
		{"НБУ зберіг облікову ставку 15%.", true},
		{"Міністр сказав, що ціни на хліб не зростуть", true},
		{"Мы былі ў горадзе", false},
		{"Великолепный тренер, славный сын народа", false},
		{"Моральная мозоль от вируса в короне", false},
	} {
		if got, _ := Detect(c.text); (got == "uk") != c.uk {
			t.Errorf("Detect(%q) = %q; Ukrainian: want %v", c.text, got, c.uk)
		}
	}
}
