// Package htmlx extracts an article from an HTML page.
//
// Extract takes the page's bytes and a model.Config and returns a
// model.Draft: the metadata chosen among the page's candidates (JSON-LD,
// microdata, OpenGraph and other meta tags, the visible headline, bylines
// and date lines, breadcrumbs and category links, the <title>), each with
// its source and confidence in Provenance; the main content as body
// blocks, chosen by a learned block scorer (content_learn.go, weights in
// content_weights.go) and cleaned of boilerplate; the article's images;
// and the page's kind (article, list, empty, paywalled, not an article).
//
// The files follow the concerns: htmlx.go runs the stages, meta.go and
// jsonld.go collect the candidates, title.go, headline.go, author*.go,
// date*.go and section*.go choose among them, content*.go and junk.go find
// the body, kind.go judges the page, trust.go weighs the sources.
package htmlx
