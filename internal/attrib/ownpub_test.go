package attrib

import (
	"slices"
	"testing"
)

// TestWithoutPublisher checks that the article's own publisher is dropped
// from its cited sources in any case form the sources are reported in,
// and that other outlets and an empty publisher drop nothing.
func TestWithoutPublisher(t *testing.T) {
	for _, c := range []struct {
		sources   []string
		publisher string
		want      []string
	}{
		{[]string{"Интерфакс", "ТАСС"}, "Интерфакс", []string{"ТАСС"}},
		{[]string{"Интерфакс", "ТАСС"}, "«Интерфаксу»", []string{"ТАСС"}},
		{[]string{"Washington Post", "Reuters"}, "The Washington Post", []string{"Reuters"}},
		{[]string{"Reuters"}, "The Washington Post", []string{"Reuters"}},
		{[]string{"Reuters"}, "", []string{"Reuters"}},
		{nil, "Reuters", nil},
		// By another name of its group (out27).
		{[]string{"REGNUM", "ТАСС"}, "ИА «Регнум»", []string{"ТАСС"}},
		{[]string{"Interfax", "ТАСС"}, "Интерфакс", []string{"ТАСС"}},
		{[]string{"Ассошиэйтед Пресс", "ТАСС"}, "Associated Press", []string{"ТАСС"}},
		{[]string{"Регнум", "ТАСС"}, "Интерфакс", []string{"Регнум", "ТАСС"}},
	} {
		got := WithoutPublisher(slices.Clone(c.sources), c.publisher)
		if !slices.Equal(got, c.want) {
			t.Errorf("WithoutPublisher(%q, %q) = %q, want %q", c.sources, c.publisher, got, c.want)
		}
	}
}
