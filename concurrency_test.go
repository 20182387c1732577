package article_test

import (
	"bytes"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/articlekit/article"
)

// parseResult is what one Parse call returned, in a comparable form.
type parseResult struct {
	a   *article.Article
	err string
}

func parseOnce(b []byte) parseResult {
	a, err := article.Parse(bytes.NewReader(b), article.WithURL("https://example.com/news/1"))
	r := parseResult{a: a}
	if err != nil {
		r.err = err.Error()
	}
	return r
}

// TestParseConcurrent runs Parse from 64 goroutines over every testdata
// input (and the hand-written seeds) and checks that each result deep-equals
// the one a sequential run gives. Run it under -race: it is there to catch
// shared state in the parser (caches, tables built lazily, reused buffers).
func TestParseConcurrent(t *testing.T) {
	inputs := seedInputs(t)
	want := make([]parseResult, len(inputs))
	for i, b := range inputs {
		want[i] = parseOnce(b)
	}
	const goroutines = 64
	perGoroutine := len(inputs)
	if testing.Short() {
		perGoroutine = 3
	} else if article.RaceEnabled {
		// Under the race detector a quarter of the inputs per goroutine:
		// each input is still parsed by about 16 goroutines at once.
		perGoroutine = max(len(inputs)/4, 3)
	}
	var wg sync.WaitGroup
	errs := make(chan string, goroutines*perGoroutine)
	for g := range goroutines {
		wg.Go(func() {
			// Each goroutine walks the inputs from a different start, so
			// that different inputs are parsed at the same moment.
			for k := range perGoroutine {
				i := (g + k) % len(inputs)
				got := parseOnce(inputs[i])
				if got.err != want[i].err {
					errs <- fmt.Sprintf("goroutine %d, input %d: err = %q, sequential %q", g, i, got.err, want[i].err)
					continue
				}
				if !reflect.DeepEqual(got.a, want[i].a) {
					errs <- fmt.Sprintf("goroutine %d, input %d: Article differs from the sequential one:\n got %+v\nwant %+v", g, i, got.a, want[i].a)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	n := 0
	for e := range errs {
		if n < 10 {
			t.Error(e)
		}
		n++
	}
	if n > 10 {
		t.Errorf("… and %d more differences", n-10)
	}
	// The comparison must have had something to compare.
	ok := 0
	for _, w := range want {
		if w.err == "" {
			ok++
		}
	}
	if ok < len(inputs)/2 {
		t.Fatalf("only %d of %d inputs parsed without error; the test compares too little", ok, len(inputs))
	}
}
