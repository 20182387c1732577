package article

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestInputBufferReuse checks that nothing an Article holds shares memory
// with the input buffer the HTML path reuses: each page's Article,
// marshalled right after its parse, marshals the same after other pages
// have been read into the reused buffers (and the buffers scribbled over).
func TestInputBufferReuse(t *testing.T) {
	paths, err := filepath.Glob("testdata/html/*.html")
	if err != nil || len(paths) < 2 {
		t.Fatalf("test pages: %v (%d found)", err, len(paths))
	}
	type parsed struct {
		a    *Article
		json []byte
	}
	var done []parsed
	for round := 0; round < 3; round++ {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, parse := range []func() (*Article, error){
				func() (*Article, error) { return ParseHTML(bytes.NewReader(data)) },
				func() (*Article, error) { return Parse(bytes.NewReader(data)) },
			} {
				a, _ := parse()
				if a == nil {
					t.Fatalf("%s: no article", p)
				}
				j, err := json.Marshal(a)
				if err != nil {
					t.Fatal(err)
				}
				done = append(done, parsed{a, j})
			}
			// Overwrite whatever buffers the pool holds now.
			for range 4 {
				buf := getInputBuf()
				buf.Write(bytes.Repeat([]byte{'#'}, buf.Cap())) // no more than it holds: the same memory
				putInputBuf(buf)
			}
		}
	}
	for i, d := range done {
		j, err := json.Marshal(d.a)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(j, d.json) {
			t.Fatalf("article %d changed after its input buffer was reused:\n%s\nnow\n%s", i, d.json, j)
		}
	}
}
