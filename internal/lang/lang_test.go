package lang

import (
	"testing"
	"time"
)

func TestDetect(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Министр заявил, что в этом году цены на хлеб не вырастут, и это было сказано на встрече с журналистами.", "ru"},
		{"The minister said that the price of bread would not rise this year, and he said it to the press.", "en"},
		{"Der Minister sagte, dass die Preise in diesem Jahr nicht steigen werden, und er sagte es der Presse.", "de"},
		{"Le ministre a dit que le prix du pain ne va pas augmenter cette année, et il l'a dit à la presse.", "fr"},
		{"12345 67890", ""},
	} {
		if got, _ := Detect(c.text); got != c.want {
			t.Errorf("Detect(%.30q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestTablesAreComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, tb := range Languages {
		if tb.Tag == "" || seen[tb.Tag] {
			t.Errorf("table with tag %q: empty or twice", tb.Tag)
		}
		seen[tb.Tag] = true
		if len(tb.Stopwords) == 0 {
			t.Errorf("%s: no stopwords, so Detect can never find it", tb.Tag)
		}
		months := map[time.Month]bool{}
		for _, m := range tb.months {
			months[m] = true
		}
		if len(months) != 12 {
			t.Errorf("%s: names for %d months, want 12", tb.Tag, len(months))
		}
	}
	if MonthNames["июня"] != time.June || MonthNames["june"] != time.June {
		t.Errorf("MonthNames lacks the forms of June of the ru and en tables")
	}
}

func TestOutlets(t *testing.T) {
	if got := CanonicalOutlet("Интерфаксу"); got != "Интерфакс" {
		t.Errorf("CanonicalOutlet(Интерфаксу) = %q, want Интерфакс", got)
	}
	if got := CanonicalOutlet("Тверская"); got != "Тверская" {
		t.Errorf("CanonicalOutlet(Тверская) = %q, want the name unchanged", got)
	}
	if !IsOutletLike("Reuters", "en", false) || IsOutletLike("Иван Петров", "ru", false) {
		t.Error("IsOutletLike: want Reuters an outlet and Иван Петров not")
	}
	if !StemEq("Петров", "Петрова") || StemEq("Петров", "Петраков") {
		t.Error("StemEq: want Петров ~ Петрова and not ~ Петраков")
	}
	// An ending is letters: a channel's number is part of its name.
	if StemEq("Россия-2", "Россия-24") || CanonicalOutlet("Россия-2") != "Россия-2" || !StemEq("Петров’", "Петров’s") {
		t.Errorf("Россия-2 read as a form of Россия-24 (%q)", CanonicalOutlet("Россия-2"))
	}
}
