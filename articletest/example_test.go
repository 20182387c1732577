package articletest_test

import (
	"fmt"

	"github.com/articlekit/article"
	"github.com/articlekit/article/articletest"
)

// reporter stands in for the *testing.T a real test passes to Golden.
type reporter struct{ failed bool }

func (r *reporter) Helper()                   {}
func (r *reporter) Errorf(string, ...any)     { r.failed = true }
func (r *reporter) Fatalf(f string, a ...any) { r.Errorf(f, a...) }

// In a test function, pass the test's t. The golden file
// testdata/example.golden.json holds the Article's JSON; "go test -update"
// rewrites it from the current output.
func ExampleGolden() {
	t := &reporter{} // in a test: the *testing.T

	// In a real test the Article usually comes from articletest.ParseFile.
	a := &article.Article{
		Headline: "Storm hits coast",
		Body:     []article.Block{{Type: article.Paragraph, Text: "The storm hit the coast on Monday."}},
		Language: "en",
	}
	articletest.Golden(t, "testdata/example.golden.json", a)
	fmt.Println("failed:", t.failed)
	// Output: failed: false
}
