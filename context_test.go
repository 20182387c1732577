package article_test

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/articlekit/article"
)

// endless is a reader that never ends and cancels its context after a
// given number of reads.
type endless struct {
	reads, cancelAfter int
	cancel             context.CancelFunc
}

func (e *endless) Read(p []byte) (int, error) {
	e.reads++
	if e.reads == e.cancelAfter {
		e.cancel()
	}
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestContextCancelsReading(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := &endless{cancelAfter: 3, cancel: cancel}
	_, err := article.Parse(r, article.WithContext(ctx))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if r.reads > 4 {
		t.Errorf("read %d times after cancelling at read 3", r.reads)
	}
}

func TestContextAlreadyDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for name, parse := range map[string]func(io.Reader, ...article.Option) (*article.Article, error){
		"Parse": article.Parse, "ParseText": article.ParseText, "ParseHTML": article.ParseHTML,
	} {
		a, err := parse(strings.NewReader("Headline\n\nBody text."), article.WithContext(ctx))
		if !errors.Is(err, context.Canceled) || a != nil {
			t.Errorf("%s: got %v, %v; want nil, context.Canceled", name, a, err)
		}
	}
}

func TestContextNotDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	a, err := article.ParseText(strings.NewReader("Headline\n\nBody text."), article.WithContext(ctx))
	if err != nil || a.Headline != "Headline" {
		t.Fatalf("got %+v, %v", a, err)
	}
}
