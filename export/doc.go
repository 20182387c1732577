// Package export writes an *article.Article in the formats other tools read:
// schema.org NewsArticle JSON-LD, a <script type="application/ld+json">
// block safe to embed in an HTML page, CSV (one row per article) and
// Markdown with YAML front matter for static site generators.
//
// Use:
//
//	a, err := article.Parse(r)
//	if err != nil { ... }
//	err = export.JSONLD(os.Stdout, a)
//
// Every writer is deterministic: the same Article gives the same bytes on
// every machine (no map order, no clock, no locale), so outputs can be
// golden-tested. URLs that are not absolute http or https addresses
// (javascript:, data:, relative paths) are never written, in any format.
package export
