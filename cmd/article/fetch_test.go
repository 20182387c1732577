package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// newSite serves test pages; every request's User-Agent is checked.
func newSite(t *testing.T, mux *http.ServeMux) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") != userAgent {
			http.Error(w, "no user agent", http.StatusForbidden)
			return
		}
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func htmlHandler(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
}

// TestFetchRedirects checks that redirects are followed, the final URL
// being the article's address, and that a redirect loop stops with an
// error.
func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/old", http.RedirectHandler("/moved", http.StatusMovedPermanently))
	mux.Handle("/moved", http.RedirectHandler("/news/story", http.StatusFound))
	mux.Handle("/news/story", htmlHandler(htmlDoc(1)))
	mux.Handle("/loop", http.RedirectHandler("/loop", http.StatusFound))
	srv := newSite(t, mux)

	code, out, errs := runCLI(t, "", false, srv.URL+"/old")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var a struct{ Headline, URL string }
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	if a.Headline != "Title 1" || a.URL != srv.URL+"/news/story" {
		t.Errorf("headline %q, url %q; want the final URL %s/news/story", a.Headline, a.URL, srv.URL)
	}

	code, out, errs = runCLI(t, "", false, srv.URL+"/loop")
	if code != 1 || out != "" || !strings.Contains(errs, "redirects") {
		t.Errorf("redirect loop: exit %d, output %q, stderr %q", code, out, errs)
	}
}

// TestFetchErrors checks the clear errors: HTTP status, not HTML, too
// large, time-out, malformed URL, unsupported scheme.
func TestFetchErrors(t *testing.T) {
	block := make(chan struct{})
	mux := http.NewServeMux()
	mux.Handle("/missing", http.NotFoundHandler())
	mux.HandleFunc("/data.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"headline": "not a page"}`)
	})
	mux.Handle("/big", htmlHandler(htmlDoc(2)+strings.Repeat("<p>padding words here</p>\n", 2000)))
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-block:
		case <-r.Context().Done():
		}
	})
	srv := newSite(t, mux)
	defer close(block)

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{srv.URL + "/missing"}, "HTTP 404 Not Found"},
		{[]string{srv.URL + "/data.json"}, `not an HTML page (Content-Type "application/json")`},
		{[]string{"-max-bytes", "10000", srv.URL + "/big"}, "input too large: more than 10000 bytes"},
		{[]string{"-timeout", "300ms", srv.URL + "/slow"}, "timed out"},
		{[]string{"http://"}, "malformed URL"},
		{[]string{"http://exa mple.com/"}, "malformed URL"},
		{[]string{"ftp://example.com/story.html"}, `unsupported URL scheme "ftp"`},
		{[]string{"file:///etc/passwd"}, `unsupported URL scheme "file"`},
	} {
		code, out, errs := runCLI(t, "", false, tc.args...)
		if code != 1 || out != "" || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, output %q, stderr %q; want exit 1 and %q", tc.args, code, out, errs, tc.want)
		}
	}
	// The same page within the limit is read.
	if code, out, errs := runCLI(t, "", false, "-max-bytes", "1000000", srv.URL+"/big"); code != 0 || !strings.Contains(out, "Title 2") {
		t.Errorf("within -max-bytes: exit %d, stderr %q", code, errs)
	}
}

// TestFetchHeaderCharset checks that the charset of the Content-Type
// header wins over a contradicting <meta> declaration of the page.
func TestFetchHeaderCharset(t *testing.T) {
	page := `<html><head><meta charset="iso-8859-1"><title>x</title></head><body><article><h1>Путин объявил о союзе</h1>
<p>Россия и КНДР будут помогать друг другу в случае агрессии, заявил президент в среду.</p>
<p>Второй абзац статьи о договоре, подписанном в Пхеньяне во время визита.</p></article></body></html>`
	cp1251, err := charmap.Windows1251.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/ru", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		fmt.Fprint(w, cp1251)
	})
	srv := newSite(t, mux)
	code, out, errs := runCLI(t, "", false, srv.URL+"/ru")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var a struct{ Headline string }
	if err := json.Unmarshal([]byte(out), &a); err != nil || a.Headline != "Путин объявил о союзе" {
		t.Errorf("headline %q (%v)", a.Headline, err)
	}
}

// TestURLList checks -urls: the pages come out as JSON Lines in list order,
// with errors reported and counted, at most -per-host requests at a time
// to the host, and a summary line.
func TestURLList(t *testing.T) {
	var mu sync.Mutex
	cur, peak := 0, 0
	mux := http.NewServeMux()
	mux.HandleFunc("/p/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		cur++
		peak = max(peak, cur)
		mu.Unlock()
		defer func() { mu.Lock(); cur--; mu.Unlock() }()
		var n int
		if _, err := fmt.Sscanf(r.URL.Path, "/p/%d", &n); err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, htmlDoc(n))
	})
	srv := newSite(t, mux)
	var list strings.Builder
	list.WriteString("# a comment\n\n")
	for i := range 12 {
		fmt.Fprintf(&list, "%s/p/%d\n", srv.URL, i)
		if i == 5 {
			fmt.Fprintf(&list, "%s/p/none\n", srv.URL)
		}
	}
	file := filepath.Join(t.TempDir(), "urls.txt")
	if err := os.WriteFile(file, []byte(list.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", false, "-urls", file, "-j", "6", "-per-host", "2")
	if code != 1 {
		t.Errorf("exit %d, want 1 (one URL failed)", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 12 {
		t.Fatalf("%d lines, want 12:\n%s", len(lines), out)
	}
	for i, line := range lines {
		var a struct{ Headline, URL string }
		if err := json.Unmarshal([]byte(line), &a); err != nil || a.Headline != fmt.Sprintf("Title %d", i) || a.URL != fmt.Sprintf("%s/p/%d", srv.URL, i) {
			t.Errorf("line %d: %+v (%v)", i, a, err)
		}
	}
	if !strings.Contains(errs, "/p/none: HTTP 404") || !strings.Contains(errs, "12 parsed, 0 skipped, 0 non-articles, 1 errors") {
		t.Errorf("stderr:\n%s", errs)
	}
	if peak > 2 {
		t.Errorf("%d requests at once to one host, -per-host 2", peak)
	}
}

// TestURLBaseIsAFileName checks that an output name made from an address
// (a fetched URL, a WARC record's target) is a plain local file name.
func TestURLBaseIsAFileName(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.com/news/story.html":      "story",
		"https://example.com/":                     "example.com",
		"https://example.com/a/..%5C..%5Cx.html":   ".._.._x",
		"https://example.com/a/b%3Ac%2A%3F%22.htm": "b_c___",
		"https://example.com/..":                   "example.com",
		"not a url %zz":                            "page",
	} {
		if got := urlBase(in); got != want {
			t.Errorf("urlBase(%q) = %q, want %q", in, got, want)
		}
	}
}
