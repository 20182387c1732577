package httpbody

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func TestReadLimited(t *testing.T) {
	for _, c := range []struct {
		in        string
		max, hint int64
		over      bool
	}{
		{"12345", 5, 0, false},
		{"12345", 5, 5, false},
		{"123456", 5, 6, true},
		{"", 5, 0, false},
	} {
		b, over, err := ReadLimited(strings.NewReader(c.in), c.max, c.hint)
		if err != nil || over != c.over || (!over && string(b) != c.in) || (over && b != nil) {
			t.Errorf("ReadLimited(%q, %d) = %q, %v, %v", c.in, c.max, b, over, err)
		}
	}
	broken := errors.New("connection reset")
	if _, _, err := ReadLimited(io.MultiReader(strings.NewReader("ab"), errReader{broken}), 10, 0); !errors.Is(err, broken) {
		t.Errorf("a failed read gives %v, want it wrapped", err)
	}
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }
