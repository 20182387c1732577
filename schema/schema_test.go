package schema

import (
	"encoding/json"
	"testing"
)

func TestJSON(t *testing.T) {
	var doc struct {
		Schema string `json:"$schema"`
		ID     string `json:"$id"`
		Type   string `json:"type"`
	}
	if err := json.Unmarshal(JSON(), &doc); err != nil {
		t.Fatalf("article.schema.json is not JSON: %v", err)
	}
	if doc.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %q, want draft 2020-12", doc.Schema)
	}
	if doc.ID != ID {
		t.Errorf("$id = %q, want ID = %q", doc.ID, ID)
	}
	if doc.Type != "object" {
		t.Errorf("type = %q, want object", doc.Type)
	}
}

func TestJSONReturnsCopy(t *testing.T) {
	b := JSON()
	want := string(b)
	for i := range b {
		b[i] = 'x'
	}
	if got := string(JSON()); got != want {
		t.Fatal("modifying the slice JSON returned changed the embedded schema")
	}
}
