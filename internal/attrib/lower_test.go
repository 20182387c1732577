package attrib

import (
	"strings"
	"testing"
)

// appendLower writes what strings.ToLower writes, or says it did not fit.
func TestAppendLower(t *testing.T) {
	for _, w := range []string{"", "Путин", "ТАСС", "McDonald's", "İstanbul", "Straße", "ΣΟΦΙΑ", "a\xffB", "Ǆ", strings.Repeat("Ж", 40)} {
		var buf [64]byte
		got, ok := appendLower(buf[:0], w)
		if !ok {
			if len(strings.ToLower(w)) <= 64 {
				t.Errorf("appendLower(%q) did not fit though its lower case is %d bytes", w, len(strings.ToLower(w)))
			}
			continue
		}
		if string(got) != strings.ToLower(w) {
			t.Errorf("appendLower(%q) = %q, strings.ToLower %q", w, got, strings.ToLower(w))
		}
	}
}
