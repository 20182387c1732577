package htmlx

import "testing"

// TestLDPlain checks that rich-text markup in a JSON-LD value is dropped
// (a block's tag as a space) and that a "<" that opens no tag stays.
func TestLDPlain(t *testing.T) {
	for in, want := range map[string]string{
		"Priya <b>Raman</b>":             "Priya Raman",
		"<p>Budget passes</p>":           "Budget passes",
		"First line<br/>second line":     "First line second line",
		"<a href=\"/x\">Jo</a> Smith":    "Jo Smith",
		"R<i>aman</i>":                   "Raman",
		"Why x < y matters":              "Why x < y matters",
		"Plain headline":                 "Plain headline",
		"<h2>Title</h2><div>Desk</div>":  "Title Desk",
		"<bold>not a tag we know</bold>": "<bold>not a tag we know</bold>",
	} {
		if got := ldPlain(in); got != want {
			t.Errorf("ldPlain(%q) = %q, want %q", in, got, want)
		}
	}
}
