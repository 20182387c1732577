package textlayout

import (
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article/internal/model"
)

func TestIsLeadLine(t *testing.T) {
	tests := []struct {
		name string
		line string
		lead bool
	}{
		// Headlines kept.
		{"short headline with a full stop", "Маэстро не видит звёзд.", false},
		{"headline without a full stop", "Путин объявил о создании военного альянса с Северной Кореей", false},
		{"long headline without a full stop", "ОНФ в Горном Алтае предложил властям усилить работу с подрядчиками по приведению в порядок дорог после прокладки газопровода", false},
		{"question", "Почему правительство Японии, которое накануне визита главы МИДа в Москву обещало упорно настаивать на возвращении островов, так и не добилось ничего за эти годы?", false},
		{"exclamation", "Жители района, которые третий год подряд добиваются ремонта дороги от администрации и губернатора, вышли на митинг у здания мэрии в субботу утром!", false},
		{"ellipsis", "Министр финансов, который ещё в прошлом году обещал снизить налоги для малого бизнеса и вернуть льготы предпринимателям, снова отложил реформу на неопределённый срок...", false},
		{"ellipsis character", "Министр финансов, который ещё в прошлом году обещал снизить налоги для малого бизнеса и вернуть льготы предпринимателям, снова отложил реформу на неопределённый срок…", false},
		{"abbreviation U.S.", "The Senate committee voted on Tuesday to approve a bill that would block automated robocalls placed from overseas numbers to consumers in the U.S.", false},
		{"abbreviation Inc.", "The regulator said on Monday it had approved the long-delayed purchase of the regional chipmaker and its three plants by the holding company Norrland Holdings Inc.", false},
		{"abbreviation т.д.", "Правительство обсудило меры поддержки малого бизнеса, отсрочку налоговых платежей, льготные кредиты для предприятий, субсидии на аренду помещений и т.д.", false},
		{"abbreviation г.", "Строительство нового моста через реку в центре города, которое мэрия обещала начать ещё весной, перенесли на весну следующего 2026 г.", false},
		{"initial", "Собрание акционеров компании, которое состоялось в понедельник в Москве, избрало новым председателем совета директоров бизнесмена Петра Иванова А.", false},
		{"inside a closing quote mark", "Президент заявил на пресс-конференции в Кремле, что Россия сделает всё, чтобы конфликт перешёл в фазу переговоров: «Мы готовы к диалогу.»", false},
		{"inside a closing English quote", `The senator told reporters on Tuesday afternoon that the committee would not vote on the nomination before the recess, saying "it is simply not ready."`, false},
		{"title case, two sentences", "Barack Obama Just Nominated A Muslim To Be A Federal Judge For The Southern District. That’s A First For The Country.", false},
		{"two short sentences", "Bernie Sanders suffered a big blow. Here is his plan going forward.", false},
		{"one sentence under the threshold", "Губернатор поручил отремонтировать все школы области до конца лета.", false},
		{"kicker in capitals", "EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines.", false},
		{"capitals and a comma", "US, China agree to cut tariffs — but the markets stay wary of a new trade war", false},
		{"capitals and a comma, hyphen", "UK, France sign migrant deal - the first returns are due within weeks of the signing", false},
		{"place and an agency", "WASHINGTON (Reuters) - The Senate passed the budget bill on Friday after a long debate", true},

		// One sentence of 12 words or more reads as prose even when it
		// is a headline with a full stop, which then stays in the body
		// too: a lead lost from the body cannot be recovered.
		{"long one-sentence headline with a full stop", "Скандальные статьи с обвинениями в адрес России в использовании допинга публикуются с целью лишить Олимпиаду в Сочи российской лаборатории, заявил министр спорта РФ.", true},
		{"Ukrainian one-sentence lead", "Кабінет міністрів затвердив новий порядок закупівлі ліків для лікарень у регіонах країни.", true},
		{"wire dateline", "KYIV, June 3 (Reuters) - Ukraine's air defences shot down 35 of 40 drones overnight", true},
		{"agency between slashes", "МОСКВА, 3 июня. /ТАСС/. Силы ПВО сбили над регионами 35 беспилотников за ночь", true},

		// Leads detected.
		{"one long sentence", "Премьер-министр Японии Наото Кан накануне визита главы японского МИДа в Москву пообещал, что его правительство будет «упорно» настаивать на возвращении Россией четырех спорных островов.", true},
		{"two sentences", "У пилота Максима Кузьминова, убитого в испанском городе Вильяхойоса в Аликанте, обнаружили поддельные документы. Об этом сообщает агентство EFE.", true},
		{"Ukrainian, unit at the end", "ПАТ «Київенерго» 8 травня за результатами тендеру уклало угоду з ДП «Енергоремонт» на ремонт і техобслуговування машин загального призначення вартістю 18,15 млн грн.", true},
		{"English lead", "Dock workers at the Dutch port of Hollandsbrug walked out again on Monday, halting container traffic for the second time this month. The union said talks had failed.", true},
	}
	for _, tt := range tests {
		if got := isLeadLine(tt.line); got != tt.lead {
			t.Errorf("%s: isLeadLine(%q) = %v, want %v", tt.name, tt.line, got, tt.lead)
		}
	}
}

// A text pasted without its headline: the lead stays in the body, its
// first sentence stands in as headline with a low confidence, and the
// quotation in it is found by the later stages because it is body text.
func TestParseLeadFirstLine(t *testing.T) {
	lead := "Губернатор области Иван Петров предупредил о мошенниках, которые подделывают его голос. Об этом он написал в понедельник на своей странице в «ВКонтакте»."
	in := lead + "\n«Я никогда не прошу денег в мессенджерах», — подчеркнул губернатор.\n"
	d := Parse(in, &model.Config{RefTime: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
	want := "Губернатор области Иван Петров предупредил о мошенниках, которые подделывают его голос."
	if d.Headline != want {
		t.Errorf("Headline = %q, want the first sentence %q", d.Headline, want)
	}
	if len(d.Body) != 2 || d.Body[0].Text != lead {
		t.Fatalf("Body = %+v, want the lead line kept as the first paragraph", d.Body)
	}
	if d.Description != lead {
		t.Errorf("Description = %q, want the lead", d.Description)
	}
	if p := d.Provenance["headline"]; p.Confidence >= model.ConfGuess {
		t.Errorf("headline confidence = %v, want below %v (a guess from the lead)", p.Confidence, model.ConfGuess)
	}

	// The same text with a headline line: the headline is read as such.
	d = Parse("Губернатор предупредил о мошенниках\n"+in, &model.Config{})
	if d.Headline != "Губернатор предупредил о мошенниках" || len(d.Body) != 2 || !strings.HasPrefix(d.Body[0].Text, "Губернатор области") {
		t.Errorf("with a headline line: Headline = %q, Body = %+v", d.Headline, d.Body)
	}
	if p := d.Provenance["headline"]; p.Confidence != model.ConfVisible {
		t.Errorf("headline confidence = %v, want %v", p.Confidence, model.ConfVisible)
	}
}

func TestFirstSentenceAbbreviationInside(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Окружний адмінсуд м. Києва заборонив реєстраційні дії. Про це йдеться в ухвалі.", "Окружний адмінсуд м. Києва заборонив реєстраційні дії."},
		{"Сільська рада (львівська обл.) 25 червня уклала угоду. Про це повідомляється.", "Сільська рада (львівська обл.) 25 червня уклала угоду."},
		{"Магазин открыли на ул. Ленина в понедельник. Очередь стояла с утра.", "Магазин открыли на ул. Ленина в понедельник."},
		{"Dock workers walked out again. The union said talks had failed.", "Dock workers walked out again."},
	}
	for _, tt := range tests {
		if got := firstSentence(tt.in); got != tt.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
