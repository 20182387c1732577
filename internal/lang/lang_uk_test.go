package lang

import (
	"testing"
	"time"
)

// TestUkrainianMonths checks that every case form of the Ukrainian months
// the press writes reaches its month: genitive after a day, nominative,
// locative after «у».
func TestUkrainianMonths(t *testing.T) {
	for w, want := range map[string]time.Month{
		"січня": time.January, "лютого": time.February, "березня": time.March, "квітні": time.April,
		"травень": time.May, "червня": time.June, "липні": time.July, "серпня": time.August,
		"вересня": time.September, "жовтні": time.October, "листопада": time.November, "грудня": time.December,
	} {
		if got := MonthNames[w]; got != want {
			t.Errorf("MonthNames[%q] = %v, want %v", w, got, want)
		}
	}
}

// TestUkrainianOutlets checks that the Ukrainian outlets are known in
// their case forms, and that a Latin-script name cited in a Ukrainian
// text is taken for an outlet, as in Russian.
func TestUkrainianOutlets(t *testing.T) {
	if got := CanonicalOutlet("Укрінформу"); got != "Укрінформ" {
		t.Errorf("CanonicalOutlet(Укрінформу) = %q, want Укрінформ", got)
	}
	for _, o := range []string{"УНІАН", "Суспільне", "Українська правда", "РБК-Україна", "Дзеркало тижня", "Громадське"} {
		if !IsKnownOutlet(o) {
			t.Errorf("IsKnownOutlet(%q) = false", o)
		}
	}
	if !IsOutletLike("Financial Times", "uk", false) || IsOutletLike("Олена Коваленко", "uk", false) {
		t.Error("IsOutletLike: want Financial Times an outlet in a Ukrainian text and Олена Коваленко not")
	}
}

// TestUkrainianNonNames checks that Ukrainian sentence openers and days
// of the week are never taken for names.
func TestUkrainianNonNames(t *testing.T) {
	for _, w := range []string{"понеділок", "п'ятницю", "наразі", "водночас", "він", "про"} {
		if !NonNameSet[w] {
			t.Errorf("NonNameSet lacks %q", w)
		}
	}
}
