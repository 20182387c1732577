package textlayout

import (
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article/internal/model"
)

func TestParse(t *testing.T) {
	in := "Мост закроют на ремонт\nОБЩЕСТВО\n19.06.2024 | 17:43 Мост через реку закроют на шесть недель, сообщили в мэрии.\nРаботы начнутся в понедельник. Автобусы пустят в объезд.\n"
	d := Parse(in, &model.Config{RefTime: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
	if d.Headline != "Мост закроют на ремонт" {
		t.Errorf("Headline = %q", d.Headline)
	}
	if d.Section != "Общество" && d.Section != "ОБЩЕСТВО" {
		t.Errorf("Section = %q, want the rubric line", d.Section)
	}
	if got := d.DatePublished.String(); got != "2024-06-19T17:43:00" {
		t.Errorf("DatePublished = %q, want 2024-06-19T17:43:00", got)
	}
	if len(d.Body) != 2 || d.Body[0].Type != model.Paragraph {
		t.Fatalf("Body = %+v, want two paragraphs", d.Body)
	}
	if d.Body[0].Text != "Мост через реку закроют на шесть недель, сообщили в мэрии." {
		t.Errorf("lead = %q, want the dateline cut off", d.Body[0].Text)
	}
	if p := d.Provenance["datePublished"]; p.From != model.FromTextDate {
		t.Errorf("datePublished provenance = %+v, want %s", p, model.FromTextDate)
	}
}

// TestRubricOverHeadline checks that a rubric in capitals printed over
// the headline is the section and the next line the headline, and that a
// first line in capitals followed by prose or a date stays the headline.
func TestRubricOverHeadline(t *testing.T) {
	for _, c := range []struct{ in, headline, section string }{
		{"WORLD\nCouncil approves new harbour bridge budget\nJune 19, 2024\n\nThe council approved the budget on Monday, officials said.", "Council approves new harbour bridge budget", "WORLD"},
		{"ПОЛИТИКА\nСовет одобрил бюджет моста\n19 июня 2024, 17:43\n\nГородской совет одобрил бюджет моста.", "Совет одобрил бюджет моста", "ПОЛИТИКА"},
		{"STORM WARNING\nJune 19, 2024\n\nThe storm hit the coast on Monday, officials said.", "STORM WARNING", ""},
		{"STORM WARNING\n\nThe storm hit the coast on Monday morning and officials said more rain was expected, so schools would stay closed for the rest of the week.", "STORM WARNING", ""},
	} {
		a := Parse(c.in, &model.Config{})
		if a.Headline != c.headline || a.Section != c.section {
			t.Errorf("%q: headline %q, section %q; want %q, %q", c.in, a.Headline, a.Section, c.headline, c.section)
		}
	}
}

// TestWireDatelineDate checks that the date of a wire dateline that opens
// the lead is the publication date, and that the lead keeps its dateline.
func TestWireDatelineDate(t *testing.T) {
	for _, c := range []struct{ in, date, lead string }{
		{"Council approves bridge budget\n\nLONDON, June 3, 2024 (Reuters) - The council approved the budget on Monday, officials said.", "2024-06-03", "LONDON, June 3, 2024 (Reuters) - The council"},
		{"Совет одобрил бюджет моста\n\nКАЗАНЬ, 12 марта 2024 — РИА Новости. Городской совет одобрил бюджет моста.", "2024-03-12", "КАЗАНЬ, 12 марта 2024 — РИА Новости."},
	} {
		a := Parse(c.in, &model.Config{})
		if got := a.DatePublished.String(); got != c.date || len(a.Body) == 0 || !strings.HasPrefix(a.Body[0].Text, c.lead) {
			t.Errorf("%q: date %q, body %v; want %s and a lead opening %q", c.in, got, a.Body, c.date, c.lead)
		}
	}
}
