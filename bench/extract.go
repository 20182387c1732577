package main

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/articlekit/article"
	"github.com/articlekit/article/export"
)

// result is what one extractor found on one page, reduced to what the
// corpora score.
type result struct {
	body    string
	title   string
	authors []string
	// date is the publication day as 2006-01-02, "" when none was found.
	date string
	// section is the section (rubric) the page is filed under.
	section string
	err     error
}

// extractor is one contestant.
type extractor struct {
	name string
	// floor marks the bare HTML parse, timed but not scored.
	floor bool
	run   func(page []byte, pageURL string) result
}

// extractors returns the contestants in their base order: ours, the two
// peers, the floor (golang.org/x/net/html's Parse of the same bytes), and
// ours again followed by Validate and the JSON-LD export, whose difference
// from ours is the cost of validation and export. With viaParse, a sixth:
// ours through article.Parse, which tells text from HTML before parsing,
// as the article command does (web-extract's score.py scores the command).
func extractors(fallback, viaParse bool) []extractor {
	ex := []extractor{
		{name: "articlekit", run: runOurs},
		{name: "go-trafilatura", run: func(page []byte, u string) result { return runTrafilatura(page, u, fallback) }},
		{name: "go-readability", run: runReadability},
		{name: "html.Parse (floor)", floor: true, run: runFloor},
		{name: "articlekit + Validate + JSON-LD", run: runOursExport},
	}
	if viaParse {
		ex = append(ex, extractor{name: "articlekit via Parse (the CLI's call)", run: func(page []byte, u string) result {
			r, _ := parseOursWith(article.Parse, page, u)
			return r
		}})
	}
	return ex
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// recovered turns a panic inside an extractor into an error result, so
// that one page does not stop the run.
func recovered(r *result) {
	if p := recover(); p != nil {
		*r = result{err: fmt.Errorf("panic: %v", p)}
	}
}

func runOurs(page []byte, pageURL string) result {
	r, _ := parseOurs(page, pageURL)
	return r
}

// runOursExport is runOurs followed by Validate and the JSON-LD export of
// the article; a validation failure is not an extraction error.
func runOursExport(page []byte, pageURL string) result {
	r, a := parseOurs(page, pageURL)
	if a != nil {
		_ = a.Validate()
		if err := export.JSONLD(io.Discard, a); err != nil && r.err == nil {
			r.err = err
		}
	}
	return r
}

func parseOurs(page []byte, pageURL string) (r result, a *article.Article) {
	return parseOursWith(article.ParseHTML, page, pageURL)
}

// parseOursWith runs one of the library's parse functions. The Article
// returned with an error (ErrNotArticle) is scored as it comes.
func parseOursWith(parse func(io.Reader, ...article.Option) (*article.Article, error), page []byte, pageURL string) (r result, a *article.Article) {
	defer recovered(&r)
	var opts []article.Option
	if pageURL != "" {
		opts = append(opts, article.WithURL(pageURL))
	}
	a, err := parse(bytes.NewReader(page), opts...)
	r.err = err
	if a == nil {
		return r, nil
	}
	parts := make([]string, len(a.Body))
	for i, b := range a.Body {
		parts[i] = b.Text
	}
	r.body = strings.Join(parts, "\n")
	r.title = a.Headline
	for _, au := range a.Authors {
		if au.Role != "" && au.Role != article.RoleAuthor {
			continue // an editor, translator or photographer is no author (as the exporters)
		}
		r.authors = append(r.authors, au.Name)
	}
	r.section = a.Section
	if !a.DatePublished.IsZero() {
		r.date = day(a.DatePublished.Time)
	}
	return r, a
}

func runTrafilatura(page []byte, pageURL string, fallback bool) (r result) {
	defer recovered(&r)
	opts := trafilatura.Options{EnableFallback: fallback}
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(page), opts)
	if err != nil || res == nil {
		return result{err: err}
	}
	r.body = res.ContentText
	r.title = res.Metadata.Title
	// go-trafilatura joins several authors with "; ".
	for _, au := range strings.Split(res.Metadata.Author, ";") {
		if au = strings.TrimSpace(au); au != "" {
			r.authors = append(r.authors, au)
		}
	}
	r.date = day(res.Metadata.Date)
	// Its categories (article:section, category links) are the nearest
	// thing to a section; the first is the page's main one.
	if len(res.Metadata.Categories) > 0 {
		r.section = res.Metadata.Categories[0]
	}
	return r
}

func runReadability(page []byte, pageURL string) (r result) {
	defer recovered(&r)
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	a, err := readability.FromReader(bytes.NewReader(page), u)
	if err != nil {
		return result{err: err}
	}
	if a.Node != nil {
		var b strings.Builder
		if err := a.RenderText(&b); err != nil {
			return result{err: err}
		}
		r.body = b.String()
	}
	r.title = a.Title()
	if a.Byline() != "" {
		r.authors = []string{a.Byline()}
	}
	if t, err := a.PublishedTime(); err == nil {
		r.date = day(t)
	}
	return r
}

func runFloor(page []byte, _ string) (r result) {
	_, r.err = html.Parse(bytes.NewReader(page))
	return r
}
