package article

import (
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article/internal/model"
)

func TestCheckDates(t *testing.T) {
	ref := time.Date(2024, 7, 1, 12, 0, 0, 0, time.UTC)
	day := func(y int, m time.Month, d int) Date { return Date{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)} }
	tests := []struct {
		name             string
		pub, mod         Date
		pubFrom          string
		wantPub, wantMod string
	}{
		{"plausible", day(2024, 6, 19), day(2024, 6, 20), FromTextDate, "2024-06-19", "2024-06-20"},
		{"future", day(2024, 9, 1), Date{}, FromJSONLD, "", ""},
		{"a day ahead is a zone, not the future", day(2024, 7, 2), Date{}, FromTextDate, "2024-07-02", ""},
		{"before 1990 from a text's dateline", day(1987, 3, 1), Date{}, FromTextDate, "1987-03-01", ""},
		{"before 1990 from structured data", day(1987, 3, 1), Date{}, FromJSONLD, "1987-03-01", ""},
		{"modified before published", day(2024, 6, 19), day(2024, 1, 2), FromTextDate, "2024-06-19", ""},
	}
	for _, tt := range tests {
		a := &Article{DatePublished: tt.pub, DateModified: tt.mod}
		a.setSource("datePublished", tt.pubFrom, 0.9)
		if !tt.mod.IsZero() {
			a.setSource("dateModified", FromTextDate, 0.9)
		}
		checkDates(a, &config{Config: model.Config{RefTime: ref}})
		if a.DatePublished.String() != tt.wantPub || a.DateModified.String() != tt.wantMod {
			t.Errorf("%s: got %q, %q; want %q, %q", tt.name, a.DatePublished, a.DateModified, tt.wantPub, tt.wantMod)
		}
		if _, ok := a.Provenance["datePublished"]; ok != (tt.wantPub != "") {
			t.Errorf("%s: provenance of datePublished kept = %v", tt.name, ok)
		}
	}
}

func TestMinConfidence(t *testing.T) {
	text := "Headline\nBy Jane Doe\n19.06.2024\n\nThe lead paragraph of the story.\n\nAnother paragraph here."
	ref := WithReferenceTime(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	all, err := ParseText(strings.NewReader(text), ref)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"headline", "datePublished", "authors", "description", "body", "language"} {
		if _, ok := all.Provenance[f]; !ok {
			t.Errorf("no provenance for %s: %v", f, all.Provenance)
		}
	}
	if s := all.Provenance["datePublished"]; s.From != FromTextDate || s.Confidence != confVisible {
		t.Errorf("datePublished provenance = %+v", s)
	}
	// The lead as description is a guess (0.6): dropped at 0.7; the dateline
	// and byline (0.8) stay.
	sure, err := ParseText(strings.NewReader(text), ref, WithMinConfidence(0.7))
	if err != nil {
		t.Fatal(err)
	}
	if sure.Description != "" || sure.DatePublished.IsZero() || len(sure.Authors) != 1 || sure.Headline == "" || len(sure.Body) != 2 {
		t.Errorf("at 0.7: description %q, date %q, %d authors, headline %q, %d blocks", sure.Description, sure.DatePublished, len(sure.Authors), sure.Headline, len(sure.Body))
	}
	if _, ok := sure.Provenance["description"]; ok {
		t.Error("dropped description keeps its provenance")
	}
	// At 0.99 only the headline and the body are left.
	bare, _ := ParseText(strings.NewReader(text), ref, WithMinConfidence(0.99))
	if bare.Headline != "Headline" || len(bare.Body) != 2 || !bare.DatePublished.IsZero() || bare.Authors != nil || bare.Language != "" {
		t.Errorf("at 0.99: %+v", bare)
	}
	if err := bare.Validate(); err != nil {
		t.Errorf("at 0.99: %v", err)
	}
}

func TestBylineRoles(t *testing.T) {
	a, err := ParseText(strings.NewReader("Headline\nBy Jane Doe\nPhotos by Sam Lee\n\nText of the story."))
	if err != nil {
		t.Fatal(err)
	}
	want := []Author{{Name: "Jane Doe", Type: Person, Role: "author"}, {Name: "Sam Lee", Type: Person, Role: "photographer"}}
	if len(a.Authors) != 2 || a.Authors[0] != want[0] || a.Authors[1] != want[1] {
		t.Errorf("authors = %+v, want %+v", a.Authors, want)
	}
	b, _ := ParseText(strings.NewReader("Headline\nBy Reuters\n\nText of the story."))
	if len(b.Authors) != 1 || b.Authors[0].Type != Organization {
		t.Errorf("agency byline = %+v, want an Organization", b.Authors)
	}
}
