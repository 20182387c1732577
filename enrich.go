package article

// enrich fills the fields shared by both paths: language, quotes, sources,
// word count.
func enrich(a *Article, c *config) {
	n := 0
	for _, b := range a.Body {
		n += countWords(b.Text)
	}
	a.WordCount = n
}
