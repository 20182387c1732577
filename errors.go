package article

import (
	"errors"

	"github.com/articlekit/article/internal/model"
)

// Sentinel errors, usable with errors.Is.
var (
	// ErrTooLarge is returned when the input is longer than the limit set by
	// WithMaxBytes (32 MiB by default).
	ErrTooLarge = errors.New("article: input too large")
	// ErrEncoding is returned when the input is not text at all: binary
	// data, or UTF-16 without a byte-order mark. Text in an undeclared or
	// wrongly declared encoding is decoded as a browser would (falling back
	// to windows-1252), never refused.
	ErrEncoding = model.ErrEncoding
	// ErrNotArticle is returned when the input holds no article: no headline
	// or no body text, or a page judged a list, an empty shell or not an
	// article (Article.Kind). The parse functions return it wrapped together
	// with the Article, holding whatever was extracted, so that a caller
	// may keep a page it knows to be an article.
	ErrNotArticle = model.ErrNotArticle
)
