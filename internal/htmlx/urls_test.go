package htmlx

import "testing"

func TestCleanURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.com/a?b=c": "https://example.com/a?b=c",
		" http://example.com/ ":     "http://example.com/",
		"javascript:alert(1)":       "",
		"JavaScript:alert(1)":       "",
		"data:text/html,<script>":   "",
		"vbscript:msgbox":           "",
		"/relative/path":            "",
		"ftp://example.com/file":    "",
		"https://":                  "",
		"http://exa mple.com/":      "",
		"":                          "",
	} {
		if got := CleanURL(in); got != want {
			t.Errorf("cleanURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestResolveURL(t *testing.T) {
	const base = "https://news.example/world/story.html"
	for ref, want := range map[string]string{
		"/img/a.jpg":              "https://news.example/img/a.jpg",
		"b.jpg":                   "https://news.example/world/b.jpg",
		"//cdn.example/c.jpg":     "https://cdn.example/c.jpg",
		"javascript:void(0)":      "",
		"data:image/png;base64,x": "",
		"https://other.example/":  "https://other.example/",
	} {
		if got := resolveURL(base, ref); got != want {
			t.Errorf("resolveURL(%q) = %q, want %q", ref, got, want)
		}
	}
	if got := resolveURL("", "/img/a.jpg"); got != "" {
		t.Errorf("relative URL with no base = %q, want \"\"", got)
	}
}

// TestCleanURLEscapesQuery checks that a query holding bytes no URI may
// hold (a page's broken attribute quotes) is percent-encoded, so that the
// address passes Validate, and that a good query is left as it is.
func TestCleanURLEscapesQuery(t *testing.T) {
	for in, want := range map[string]string{
		`https://x.example/a.png?s=80&r=PG" onclick="javascript:_gaq.push(['`: "https://x.example/a.png?s=80&r=PG%22%20onclick=%22javascript:_gaq.push(['",
		"https://x.example/a?q=a b|c":                                         "https://x.example/a?q=a%20b%7Cc",
		"https://x.example/a?q=%D0%B0&b=1":                                    "https://x.example/a?q=%D0%B0&b=1",
		"https://x.example/a?q=я":                                             "https://x.example/a?q=%D1%8F",
	} {
		if got := CleanURL(in); got != want {
			t.Errorf("CleanURL(%q) = %q, want %q", in, got, want)
		}
	}
}
