package eval

import (
	"encoding/json"
	"slices"
	"testing"
)

func TestTrafLabelAuthors(t *testing.T) {
	for raw, want := range map[string][]string{
		``: nil, `null`: nil, `"  "`: nil, `"Jane Doe"`: {"Jane Doe"}, `["A B","C D"]`: {"A B", "C D"},
	} {
		got, err := TrafLabel{Author: json.RawMessage(raw)}.Authors()
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("Authors(%s) = %q, %v; want %q", raw, got, err, want)
		}
	}
	if _, err := (TrafLabel{Author: json.RawMessage(`{"name":"x"}`)}).Authors(); err == nil {
		t.Error("an object as author label: no error")
	}
}
