package dates

import (
	"testing"
	"time"

	"github.com/articlekit/article/internal/model"
)

func TestFindDate(t *testing.T) {
	msk := time.FixedZone("MSK", 3*3600)
	tests := []struct {
		in   string
		loc  *time.Location
		want string
		span string // the text the date was read from
	}{
		{"19.06.2024 | 17:43Россия и КНДР", nil, "2024-06-19T17:43:00", "19.06.2024 | 17:43"},
		{"19.06.2024 | 17:43Россия", msk, "2024-06-19T17:43:00+03:00", "19.06.2024 | 17:43"},
		{"19.06.2024", nil, "2024-06-19", "19.06.2024"},
		{"19 июня 2024", nil, "2024-06-19", "19 июня 2024"},
		{"19 июня 2024 г., 17:43", nil, "2024-06-19T17:43:00", "19 июня 2024 г., 17:43"},
		{"Опубликовано 5 марта 2023 года в 09:05", nil, "2023-03-05T09:05:00", "5 марта 2023 года в 09:05"},
		{"June 19, 2024 5:43 PM", nil, "2024-06-19T17:43:00", "June 19, 2024 5:43 PM"},
		{"June 19, 2024 12:10 a.m.", nil, "2024-06-19T00:10:00", "June 19, 2024 12:10 a.m."},
		{"Jun 19, 2024", nil, "2024-06-19", "Jun 19, 2024"},
		{"Sept. 3, 2023", nil, "2023-09-03", "Sept. 3, 2023"},
		{"19 June 2024", nil, "2024-06-19", "19 June 2024"},
		{"June 19, 2024 5:43 PM EDT", nil, "2024-06-19T17:43:00-04:00", "June 19, 2024 5:43 PM EDT"},
		{"2024-06-19T17:43:00+03:00", nil, "2024-06-19T17:43:00+03:00", "2024-06-19T17:43:00+03:00"},
		{"2024-06-19T14:43:00Z", nil, "2024-06-19T14:43:00Z", "2024-06-19T14:43:00Z"},
		{"2024-06-19 17:43", nil, "2024-06-19T17:43:00", "2024-06-19 17:43"},
		{"published 2024-06-19", nil, "2024-06-19", "2024-06-19"},
		{"2022-5-5 22:17:36", nil, "2022-05-05T22:17:36", "2022-5-5 22:17:36"},
		{"am 2022-11-7", nil, "2022-11-07", "2022-11-7"},
		{"Veröffentlicht am 5. März 2024", nil, "2024-03-05", "5. März 2024"},
		{"le 1er février 2023 à 10:15", nil, "2023-02-01T10:15:00", "1er février 2023 à 10:15"},
		{"3 décembre 2023", nil, "2023-12-03", "3 décembre 2023"},
		{"5 de marzo de 2024", nil, "2024-03-05", "5 de marzo de 2024"},
		{"12 settembre 2022", nil, "2022-09-12", "12 settembre 2022"},
		{"7 października 2021", nil, "2021-10-07", "7 października 2021"},
		{"Wed 2012/11/07 19:05 JST", nil, "2012-11-07T19:05:00+09:00", "2012/11/07 19:05 JST"},
		{"Posted on: 17-01-2008", nil, "2008-01-17", "17-01-2008"},
		{"Posted on: 08-17-2012", nil, "2012-08-17", "08-17-2012"},
		{"Posted on: 08-07-2012", nil, "2012-07-08", "08-07-2012"},
		// Zones and offsets after the time, whatever the caller's default.
		{"Wed, 19 Jun 2024 17:43:00 GMT", msk, "2024-06-19T17:43:00Z", "19 Jun 2024 17:43:00 GMT"},
		{"Wed, 19 Jun 2024 17:43:00 +0300", nil, "2024-06-19T17:43:00+03:00", "19 Jun 2024 17:43:00 +0300"},
		{"2024-06-19 17:43:00 UTC", msk, "2024-06-19T17:43:00Z", "2024-06-19 17:43:00 UTC"},
		{"2024-06-19T17:43:00 +03:00", nil, "2024-06-19T17:43:00+03:00", "2024-06-19T17:43:00 +03:00"},
		{"2024-06-19 17:43 UTC в Москве", msk, "2024-06-19T17:43:00Z", "2024-06-19 17:43 UTC"},
		{"June 19, 2024 5:43 p.m. ET", msk, "2024-06-19T17:43:00-04:00", "June 19, 2024 5:43 p.m. ET"},
		{"Jan 19, 2024 5:43 p.m. ET", nil, "2024-01-19T17:43:00-05:00", "Jan 19, 2024 5:43 p.m. ET"},
		{"12 марта 2024, 10:15 МСК", nil, "2024-03-12T10:15:00+03:00", "12 марта 2024, 10:15 МСК"},
		{"12 марта 2024, 10:15 (МСК)", nil, "2024-03-12T10:15:00+03:00", "12 марта 2024, 10:15 (МСК)"},
		{"12 марта 2024 в 10:15 по Москве", nil, "2024-03-12T10:15:00+03:00", "12 марта 2024 в 10:15 по Москве"},
		{"3. Juni 2024, 14:30 Uhr", nil, "2024-06-03T14:30:00", "3. Juni 2024, 14:30 Uhr"},
		{"19 June 2024 17:43 GMT+3", nil, "2024-06-19T17:43:00+03:00", "19 June 2024 17:43 GMT+3"},
		{"June 19, 2024 5:43 PM ESTONIA", nil, "2024-06-19T17:43:00", "June 19, 2024 5:43 PM"},
		{"19.06.2024 17:43 - 18:00", nil, "2024-06-19T17:43:00", "19.06.2024 17:43"},
		{"June 19, 2024, 10:00-11:00", nil, "2024-06-19T10:00:00", "June 19, 2024, 10:00"},
		{"19 June 2024 09:00-12:00", nil, "2024-06-19T09:00:00", "19 June 2024 09:00"},
		{"June 19, 2024 10:30 CT scan", nil, "2024-06-19T10:30:00", "June 19, 2024 10:30"},
		{"June 19, 2024 5:00 PT training", nil, "2024-06-19T05:00:00", "June 19, 2024 5:00"},
		{"June 19, 2024 5:00 PT.", nil, "2024-06-19T05:00:00-07:00", "June 19, 2024 5:00 PT"},
		{"Pubblicato il 19 giugno 2024 alle 17:43", nil, "2024-06-19T17:43:00", "19 giugno 2024 alle 17:43"},
		{"Publié le 19 juin 2024 à 17:43", nil, "2024-06-19T17:43:00", "19 juin 2024 à 17:43"},
		{"Opublikowano: 19 czerwca 2024 o 17:43", nil, "2024-06-19T17:43:00", "19 czerwca 2024 o 17:43"},
		{"12 марта 2024, 10:15 Мск", nil, "2024-03-12T10:15:00+03:00", "12 марта 2024, 10:15 Мск"},
		{"19 June 2024 17:43\u00a0GMT", nil, "2024-06-19T17:43:00Z", "19 June 2024 17:43\u00a0GMT"},
	}
	for _, tt := range tests {
		c := &model.Config{Loc: tt.loc}
		m, ok := Find(tt.in, c)
		if !ok {
			t.Errorf("findDate(%q): no date", tt.in)
			continue
		}
		if got := m.Date.String(); got != tt.want {
			t.Errorf("findDate(%q) = %s, want %s", tt.in, got, tt.want)
		}
		if got := tt.in[m.Start:m.End]; got != tt.span {
			t.Errorf("findDate(%q) read %q, want %q", tt.in, got, tt.span)
		}
	}
}

// TestUSDaylight checks the US daylight-saving days ET and its kin
// follow: the rule since 2007 and the one before.
func TestUSDaylight(t *testing.T) {
	for _, c := range []struct {
		y    int
		m    time.Month
		d    int
		want bool
	}{
		{2024, time.March, 9, false}, {2024, time.March, 10, true}, {2024, time.November, 2, true}, {2024, time.November, 3, false},
		{2006, time.April, 1, false}, {2006, time.April, 2, true}, {2006, time.October, 28, true}, {2006, time.October, 29, false},
		{2024, time.January, 19, false}, {2024, time.July, 4, true},
	} {
		if got := usDaylight(c.y, c.m, c.d); got != c.want {
			t.Errorf("usDaylight(%d-%02d-%02d) = %v, want %v", c.y, c.m, c.d, got, c.want)
		}
	}
}

func TestFindDateRejects(t *testing.T) {
	for _, in := range []string{
		"", "no date here", "31.02.2024", "19 июня", "June 19", "99.99.9999", "call 555-1234",
		"32 марта 2024", "June 40, 2024", "1.1.1066", "2022-13-5", "2022-5-40", "ISBN 978-3-16-148410-0",
		"2012/13/07", "17-13-2008", "ref 12-17-2008-3",
	} {
		if m, ok := Find(in, &model.Config{}); ok {
			t.Errorf("findDate(%q) = %s, want none", in, m.Date)
		}
	}
}

// TestZoneLen checks the zone lengths the text path cuts after a
// dateline's time: abbreviations, offsets and Russian phrases, never a
// word that goes on ("ESTONIA") or two capitals before a lower-case word
// ("CT scan"), and never the closing parenthesis.
func TestZoneLen(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"UTC", 3}, {"GMT+3 text", 5}, {"+0300 text", 5}, {"МСК)", len("МСК")},
		{"по Москве.", len("по Москве")}, {"Uhr MEZ", 3}, {"CEST", 4}, {"CET", 3},
		{"AKDT", 4}, {"ESTONIA", 0}, {"CT scan", 0}, {"Reuters", 0}, {"", 0}, {"ET", 2},
	} {
		if got := ZoneLen(c.in); got != c.want {
			t.Errorf("ZoneLen(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestClockForms checks clock times in the forms the worded patterns do
// not hold: the French, Spanish and Portuguese "14h30" after a date, a
// British dot time before a zone, a clock before the date (ClockBefore,
// through Parse); and a number after a date that is no time.
func TestClockForms(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"5 mars 2024 à 14h30", "2024-03-05T14:30:00"},
		{"le 5 mars 2024 à 14 h 30", "2024-03-05T14:30:00"},
		{"5 de marzo de 2024 a las 9h15", "2024-03-05T09:15:00"},
		{"Fri 17 May 2024 09.15 BST", "2024-05-17T09:15:00+01:00"},
		{"17 May 2024 12.50 euros", "2024-05-17"},
		{"5 mars 2024 14h", "2024-03-05"},
		{"9:15 AM GMT, May 17, 2024", "2024-05-17T09:15:00Z"},
		{"14:30, 5 марта 2024", "2024-03-05T14:30:00"},
		{"Page 3, May 17, 2024", "2024-05-17"},
		{"Posted: 06/13/2024 3:45 PM EDT", "2024-06-13T15:45:00-04:00"},
		{"13/06/2024 09:05", "2024-06-13T09:05:00"},
	} {
		d, ok := Parse(c.in, nil)
		if !ok || d.String() != c.want {
			t.Errorf("Parse(%q) = %v %v, want %s", c.in, d, ok, c.want)
		}
	}
}

// TestParseISOOffsetRange checks that an offset of 24 hours or more, which
// time.Parse takes under a numeric-zone layout but RFC 3339 forbids, is
// no date (the fuzzer found "2024-4-8T6:30:00-2400" dated with an offset
// the schema rejects), and that offsets under 24 hours still parse.
func TestParseISOOffsetRange(t *testing.T) {
	for _, s := range []string{"2024-04-08T06:30:00-2400", "2024-04-08T06:30:00+2500", "2024-04-08T06:30-24:00"} {
		if d, ok := ParseISO(s); ok {
			t.Errorf("ParseISO(%q) = %v, want no date", s, d.Time)
		}
	}
	for _, s := range []string{"2024-04-08T06:30:00-2359", "2024-04-08T06:30:00+0300", "2024-04-08T06:30-05:00"} {
		if _, ok := ParseISO(s); !ok {
			t.Errorf("ParseISO(%q): no date", s)
		}
	}
	// A zone's name with an offset of 24 hours or more is no zone.
	if loc, n := zoneAt(" GMT+25", 2024, time.April, 8); n != 0 || loc != nil {
		t.Errorf("zoneAt(GMT+25) = %v, %d; want no zone", loc, n)
	}
	if _, n := zoneAt(" GMT+3", 2024, time.April, 8); n == 0 {
		t.Error("zoneAt(GMT+3): no zone")
	}
}
