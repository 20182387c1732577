package textlayout

import (
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
