package article

func decodeText(b []byte) (string, error) { return string(b), nil }

func parseTextLayout(s string, c *config) *Article { return &Article{} }
