package textlayout

import (
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestHeaderForms18: header layouts of pasted news pages that a user
// trial found read wrong: the rubric and the date line over the headline,
// a rubric joined to its date by a comma or a space, a French rubric over
// a labelled date, and the wire datelines of TASS, Ukrinform and Interfax
// left out of the description.
func TestHeaderForms18(t *testing.T) {
	const lead = "Россия и КНДР будут оказывать помощь друг другу в случае агрессии против одной из стран, сообщил Владимир Путин.\n"
	for _, c := range []struct {
		name, in                       string
		headline, section, date, descr string
	}{
		{"rubric, date, headline", "ПОЛИТИКА\n19.06.2024 | 17:43\nПутин объявил о создании военного альянса\n" + lead,
			"Путин объявил о создании военного альянса", "ПОЛИТИКА", "2024-06-19T17:43:00", ""},
		{"English rubric, date, headline", "Politics\nMarch 6, 2025 10:15 AM\nCity opens new bridge over the river\nThe city opened its new bridge on Thursday after three years of work, the mayor said.\n",
			"City opens new bridge over the river", "Politics", "2025-03-06T10:15:00", ""},
		{"rubric, comma, date over the headline", "Общество, 6 марта 2025, 10:15\nВ городе открыли новый мост через реку\n" + lead,
			"В городе открыли новый мост через реку", "Общество", "2025-03-06T10:15:00", ""},
		{"rubric in capitals, comma, date", "ОБЩЕСТВО, 06.03.2025\nВ городе открыли новый мост через реку\n" + lead,
			"В городе открыли новый мост через реку", "ОБЩЕСТВО", "2025-03-06", ""},
		{"rubric, space, date under the headline", "В городе открыли новый мост через реку\nОбщество 06.03.2025 10:15\n" + lead,
			"В городе открыли новый мост через реку", "Общество", "2025-03-06T10:15:00", ""},
		{"a sentence under the rubric and date is text", "Politics\nMarch 6, 2025\nThe council met on Monday.\nIt voted to close the bridge for repairs next year, officials said.\n",
			"Politics", "", "2025-03-06", "The council met on Monday."},
		{"a headline line is no rubric", "Путин объявил о создании альянса\n19.06.2024 | 17:43\n" + lead,
			"Путин объявил о создании альянса", "", "2024-06-19T17:43:00", ""},
		{"French rubric over a labelled date", "La réforme des retraites adoptée au Sénat\n\nÉconomie\nPublié le 12 mars 2025 à 14h30\nPar Claire Dubois\n\nPARIS (AFP) - Le Sénat a adopté mardi la réforme des retraites après deux semaines de débats.\n",
			"La réforme des retraites adoptée au Sénat", "Économie", "2025-03-12T14:30:00", "Le Sénat a adopté mardi la réforme des retraites après deux semaines de débats."},
		{"TASS dateline", "Депутаты одобрили закон о платформах\n\nМОСКВА, 5 марта. /ТАСС/. Депутаты Госдумы приняли в первом чтении закон о цифровых платформах.\n",
			"Депутаты одобрили закон о платформах", "", "", "Депутаты Госдумы приняли в первом чтении закон о цифровых платформах."},
		{"Ukrinform dateline", "Депутати ухвалили закон\n\nКИЇВ, 5 березня. /Укрінформ/. Депутати Верховної Ради ухвалили в першому читанні закон про цифрові платформи.\n",
			"Депутати ухвалили закон", "", "", "Депутати Верховної Ради ухвалили в першому читанні закон про цифрові платформи."},
		{"Interfax dateline opening the text", "Москва. 5 марта. INTERFAX.RU - Депутаты Госдумы приняли в первом чтении закон о цифровых платформах, сообщил глава комитета.\n\nЗакон вступит в силу в сентябре.\n",
			"Депутаты Госдумы приняли в первом чтении закон о цифровых платформах, сообщил глава комитета.", "", "", "Депутаты Госдумы приняли в первом чтении закон о цифровых платформах, сообщил глава комитета."},
	} {
		d := Parse(c.in, &model.Config{})
		date := ""
		if !d.DatePublished.IsZero() {
			date = d.DatePublished.String()
		}
		if d.Headline != c.headline || d.Section != c.section || date != c.date {
			t.Errorf("%s: headline %q section %q date %q, want %q %q %q", c.name, d.Headline, d.Section, date, c.headline, c.section, c.date)
		}
		if c.descr != "" && d.Description != c.descr {
			t.Errorf("%s: description %q, want %q", c.name, d.Description, c.descr)
		}
	}
}

// TestCreditForms18: a press release's office over its date line is its
// author (an organisation), a copied channel message's header gives the
// date and the publisher, and an interview's "Беседовала" line is a
// byline.
func TestCreditForms18(t *testing.T) {
	const body = "\n\nМинистерство утвердило новые правила предоставления субсидий российским производителям станков.\n\nПравила вступят в силу в апреле.\n"
	d := Parse("Минпромторг утвердил новые правила субсидий\n\nПресс-служба Министерства промышленности и торговли\n14 марта 2025 г."+body, &model.Config{})
	if len(d.Authors) != 1 || d.Authors[0].Name != "Пресс-служба Министерства промышленности и торговли" || d.Authors[0].Type != model.Organization || d.DatePublished.String() != "2025-03-14" {
		t.Errorf("press release: authors %+v date %v", d.Authors, d.DatePublished)
	}
	if len(d.Body) != 2 {
		t.Errorf("press release: body %+v, want the two paragraphs", d.Body)
	}
	d = Parse("Пермь Онлайн, [07.03.2025 10:15]\nКурс доллара упал ниже 85 рублей"+body, &model.Config{})
	if d.Headline != "Курс доллара упал ниже 85 рублей" || d.Publisher == nil || d.Publisher.Name != "Пермь Онлайн" || d.DatePublished.String() != "2025-03-07T10:15:00" {
		t.Errorf("channel message: headline %q publisher %+v date %v", d.Headline, d.Publisher, d.DatePublished)
	}
	d = Parse("Ректор: мы не будем сокращать места\n\nБеседовала Анна Лебедева"+body, &model.Config{})
	if len(d.Authors) != 1 || d.Authors[0].Name != "Анна Лебедева" {
		t.Errorf("interview: authors %+v", d.Authors)
	}
	// An office named in a sentence, or with no date line by it, is text.
	d = Parse("Минпромторг утвердил новые правила субсидий\n\nПресс-служба министерства сообщила о новых правилах"+body, &model.Config{})
	if len(d.Authors) != 0 {
		t.Errorf("office line without a date: authors %+v", d.Authors)
	}
}

// TestDotAgencyNeedsMonth: the Interfax form's date must name a month.
func TestDotAgencyNeedsMonth(t *testing.T) {
	if n := dotAgencyEnd("Москва. 5 марта. INTERFAX.RU - Депутаты приняли закон."); n <= 0 {
		t.Error("Interfax dateline not read")
	}
	s := "Итоги. 5 лет ВВП - именно столько длилась программа, сообщили в правительстве региона."
	if n := dotAgencyEnd(s); n > 0 {
		t.Errorf("a sentence read as a dateline (%d)", n)
	}
	if d := stripDateline(s); d != s {
		t.Errorf("description %q, want the sentence whole", d)
	}
}
