package article

import "errors"

// Sentinel errors, usable with errors.Is.
var (
	// ErrTooLarge is returned when the input is longer than the limit set by
	// WithMaxBytes (32 MiB by default).
	ErrTooLarge = errors.New("article: input too large")
	// ErrEncoding is returned when the input's character encoding cannot be
	// determined or decoded without producing mojibake.
	ErrEncoding = errors.New("article: invalid or unknown character encoding")
	// ErrNotArticle is returned when the input holds no article: no headline
	// and no body text.
	ErrNotArticle = errors.New("article: no article found")
)
