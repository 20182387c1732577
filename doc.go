// Package article turns a news article, given as raw text or as an HTML
// page, into one typed value, checks it against the JSON Schema that ships
// with the module, and hands it to the exporters in package export.
//
//	a, err := article.Parse(r, article.WithURL(u)) // text or HTML, sniffed
//	if err == nil { err = a.Validate() }           // schema/article.schema.json
//	export.JSONLD(w, a)                            // schema.org NewsArticle
//
// Both input paths reduce their input to the same body blocks and metadata;
// what follows is shared: direct quotations with their speakers, the
// outlets an article cites, language detection and word count. What the
// parser knows of a language (month names, reporting verbs, bylines,
// pronouns) lives in one table per language.
//
// Dates keep the precision of their source: a day alone stays a day, and a
// time printed without a zone keeps no offset unless WithLocation gives
// one. Errors wrap ErrTooLarge, ErrEncoding or ErrNotArticle, for use with
// errors.Is. A Parse call reads no global state and does no network access;
// calls may run concurrently.
//
// The stages live in internal packages, each with a small contract:
// internal/charset decodes, internal/htmlx and internal/textlayout turn a
// page or a text into a model.Draft, internal/attrib finds quotations and
// cited outlets over its blocks, internal/lang holds one table a language;
// this package runs them (parse.go, stages.go) and maps the Draft into the
// Article. The README's "Layout" section draws the flow.
package article
