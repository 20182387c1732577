// Package schema holds the JSON Schema (draft 2020-12) of the JSON encoding
// of article.Article. The schema is embedded in the binary, so programs that
// validate articles need no file and no network at run time.
//
// Package article compiles it once per process for (*article.Article).Validate;
// other tools can read it through JSON and compile it with any draft 2020-12
// validator.
package schema

import _ "embed" // for go:embed

// ID is the schema's "$id": the URL under which validators should register
// the document. It is an identifier, not a location to fetch.
const ID = "https://github.com/articlekit/article/schema/article.schema.json"

//go:embed article.schema.json
var articleSchema []byte

// JSON returns the text of article.schema.json. Each call returns a fresh
// copy, so callers may modify the slice freely.
func JSON() []byte {
	return append([]byte(nil), articleSchema...)
}
