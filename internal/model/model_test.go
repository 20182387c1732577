package model

import (
	"testing"
	"time"
)

func TestSetSource(t *testing.T) {
	var d Draft
	d.SetSource("headline", FromH1, 0.8049)
	d.SetSource("section", FromMeta, 7)
	d.SetSource("language", FromDetected, -1)
	for field, want := range map[string]Source{
		"headline": {From: FromH1, Confidence: 0.8},
		"section":  {From: FromMeta, Confidence: 1},
		"language": {From: FromDetected, Confidence: 0.01},
	} {
		if got := d.Provenance[field]; got != want {
			t.Errorf("%s: %+v, want %+v", field, got, want)
		}
	}
}

func TestDateString(t *testing.T) {
	tm := time.Date(2024, 6, 19, 17, 43, 0, 0, time.FixedZone("", 3*3600))
	for _, c := range []struct {
		d    Date
		want string
	}{
		{Date{}, ""},
		{Date{Time: tm}, "2024-06-19"},
		{Date{Time: tm, HasClock: true}, "2024-06-19T17:43:00"},
		{Date{Time: tm, HasClock: true, HasZone: true}, "2024-06-19T17:43:00+03:00"},
	} {
		if got := c.d.String(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.d, got, c.want)
		}
	}
}

func TestConfigErr(t *testing.T) {
	var nilConfig *Config
	if nilConfig.Err() != nil || (&Config{}).Err() != nil {
		t.Error("a Config without Canceled is never canceled")
	}
	c := &Config{Canceled: func() error { return ErrNotArticle }}
	if c.Err() != ErrNotArticle {
		t.Error("Err does not return Canceled's error")
	}
}
