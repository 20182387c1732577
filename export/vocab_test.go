package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/articlekit/article"
	"github.com/piprate/json-gold/ld"
)

// schemaOrgDir is ../shared/schemaorg seen from the repository root; tests
// run in export/, one level down.
var schemaOrgDir = filepath.Join("..", "..", "shared", "schemaorg")

// vocabulary is the part of the schema.org vocabulary the checks need, with
// IDs written "schema:Name".
type vocabulary struct {
	super  map[string][]string // class → direct superclasses
	domain map[string][]string // property → domainIncludes
	rng    map[string][]string // property → rangeIncludes
}

var (
	vocabOnce sync.Once
	vocab     *vocabulary
	vocabErr  error
)

// loadVocabulary reads schemaorg-current-https.jsonld once, skipping the test
// when ../shared is absent (a fresh clone has no ../shared).
func loadVocabulary(t *testing.T) *vocabulary {
	t.Helper()
	path := filepath.Join(schemaOrgDir, "schemaorg-current-https.jsonld")
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		t.Skipf("schema.org vocabulary not found at %s (../shared/schemaorg is not part of a clone); skipping the vocabulary check", path)
	}
	vocabOnce.Do(func() { vocab, vocabErr = readVocabulary(path) })
	if vocabErr != nil {
		t.Fatal(vocabErr)
	}
	return vocab
}

func readVocabulary(path string) (*vocabulary, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Graph []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	v := &vocabulary{super: map[string][]string{}, domain: map[string][]string{}, rng: map[string][]string{}}
	for _, n := range doc.Graph {
		id, _ := n["@id"].(string)
		types := ids(n["@type"])
		switch {
		case slices.Contains(types, "rdfs:Class"):
			v.super[id] = ids(n["rdfs:subClassOf"])
		case slices.Contains(types, "rdf:Property"):
			v.domain[id] = ids(n["schema:domainIncludes"])
			v.rng[id] = ids(n["schema:rangeIncludes"])
		}
	}
	if len(v.super) < 100 || len(v.domain) < 100 {
		return nil, fmt.Errorf("%s: only %d classes and %d properties: not the schema.org vocabulary", path, len(v.super), len(v.domain))
	}
	return v, nil
}

// ids reads a JSON-LD value that is a string, an {"@id": …} object or an
// array of either.
func ids(x any) []string {
	switch x := x.(type) {
	case string:
		return []string{x}
	case map[string]any:
		if s, ok := x["@id"].(string); ok {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ids(e)...)
		}
		return out
	}
	return nil
}

// ancestors returns class and all its superclasses.
func (v *vocabulary) ancestors(class string) map[string]bool {
	seen := map[string]bool{}
	var walk func(string)
	walk = func(c string) {
		if seen[c] {
			return
		}
		seen[c] = true
		for _, s := range v.super[c] {
			walk(s)
		}
	}
	walk(class)
	return seen
}

// check walks a compact JSON-LD node of type typ and reports every property
// schema.org does not define for typ, and every value outside the
// property's range.
func (v *vocabulary) check(path string, node map[string]any, typ string) []string {
	var errs []string
	anc := v.ancestors(typ)
	keys := make([]string, 0, len(node))
	for k := range node {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		val := node[k]
		p := path + "." + k
		switch k {
		case "@context":
			if path != "$" || val != "https://schema.org" {
				errs = append(errs, fmt.Sprintf("%s: unexpected @context %v", p, val))
			}
			continue
		case "@type":
			continue
		case "@id":
			if s, ok := val.(string); !ok || safeURL(s) != s {
				errs = append(errs, fmt.Sprintf("%s: @id %v is not an absolute http(s) URL", p, val))
			}
			continue
		}
		if strings.HasPrefix(k, "@") {
			errs = append(errs, fmt.Sprintf("%s: unexpected keyword", p))
			continue
		}
		prop := "schema:" + k
		dom, ok := v.domain[prop]
		if !ok {
			errs = append(errs, fmt.Sprintf("%s: %s is not a schema.org property", p, k))
			continue
		}
		if !slices.ContainsFunc(dom, func(d string) bool { return anc[d] }) {
			errs = append(errs, fmt.Sprintf("%s: %s is not defined for %s (domain %v)", p, k, typ, dom))
			continue
		}
		vals, isArray := val.([]any)
		if !isArray {
			vals = []any{val}
		}
		for i, e := range vals {
			ep := p
			if isArray {
				ep = fmt.Sprintf("%s[%d]", p, i)
			}
			errs = append(errs, v.checkValue(ep, e, v.rng[prop])...)
		}
	}
	return errs
}

// checkValue checks one value against a property's range.
func (v *vocabulary) checkValue(path string, e any, rng []string) []string {
	in := func(t string) bool { return slices.Contains(rng, t) }
	switch e := e.(type) {
	case map[string]any:
		t, _ := e["@type"].(string)
		if t == "" {
			return []string{path + ": object without @type"}
		}
		class := "schema:" + t
		if _, ok := v.super[class]; !ok {
			return []string{fmt.Sprintf("%s: @type %s is not a schema.org class", path, t)}
		}
		anc := v.ancestors(class)
		if !slices.ContainsFunc(rng, func(r string) bool { return anc[r] }) {
			return []string{fmt.Sprintf("%s: %s is not in the range %v", path, t, rng)}
		}
		return v.check(path, e, class)
	case string:
		switch {
		case in("schema:Text"):
			return nil
		case in("schema:URL") && safeURL(e) == e:
			return nil
		case in("schema:Date") || in("schema:DateTime"):
			var d article.Date
			if err := d.UnmarshalText([]byte(e)); err != nil || d.IsZero() {
				return []string{fmt.Sprintf("%s: %q is not an ISO 8601 date", path, e)}
			}
			if !d.HasClock && !in("schema:Date") || d.HasClock && !in("schema:DateTime") {
				return []string{fmt.Sprintf("%s: %q does not fit the range %v", path, e, rng)}
			}
			return nil
		}
		return []string{fmt.Sprintf("%s: string %q does not fit the range %v", path, e, rng)}
	case float64:
		if in("schema:Number") || in("schema:Integer") && e == math.Trunc(e) {
			return nil
		}
		return []string{fmt.Sprintf("%s: number %v does not fit the range %v", path, e, rng)}
	case bool:
		if in("schema:Boolean") {
			return nil
		}
	}
	return []string{fmt.Sprintf("%s: value %v (%T) does not fit the range %v", path, e, e, rng)}
}

// decodeJSONLD runs JSONLD on a and decodes the result.
func decodeJSONLD(t *testing.T, a *article.Article) map[string]any {
	t.Helper()
	var buf bytes.Buffer
	if err := JSONLD(&buf, a); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatalf("JSONLD wrote invalid JSON: %v\n%s", err, buf.Bytes())
	}
	return m
}

// TestJSONLDVocabulary checks every property and value type of the JSON-LD of
// every testdata and hand-made article against the schema.org 30.0
// vocabulary.
func TestJSONLDVocabulary(t *testing.T) {
	v := loadVocabulary(t)
	for _, fx := range allArticles(t) {
		m := decodeJSONLD(t, fx.a)
		if m["@type"] != "NewsArticle" {
			t.Errorf("%s: @type = %v", fx.name, m["@type"])
		}
		for _, e := range v.check("$", m, "schema:NewsArticle") {
			t.Errorf("%s: %s", fx.name, e)
		}
	}
}

// TestVocabularyCheckerRejects makes sure the checker itself catches
// unknown and misplaced properties and values outside the range.
func TestVocabularyCheckerRejects(t *testing.T) {
	v := loadVocabulary(t)
	bad := []string{
		`{"@context":"https://schema.org","@type":"NewsArticle","headlin":"x"}`,                    // unknown property
		`{"@context":"https://schema.org","@type":"NewsArticle","logo":"https://x.example/l.png"}`, // Organization property on an article
		`{"@context":"https://schema.org","@type":"NewsArticle","author":"Jane Doe"}`,              // Text not in Person/Organization
		`{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"ImageObject","url":"https://x.example/"}}`,
		`{"@context":"https://schema.org","@type":"NewsArticle","hasPart":{"@type":"Person","name":"x"}}`,        // Person is no CreativeWork
		`{"@context":"https://schema.org","@type":"NewsArticle","citation":{"@type":"Organization","name":"x"}}`, // why sources are not citations
		`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"19.06.2024"}`,
		`{"@context":"https://schema.org","@type":"NewsArticle","url":"javascript:alert(1)"}`,
		`{"@context":"https://schema.org","@type":"NewsArticle","wordCount":1.5}`,
		`{"@context":"https://schema.org","@type":"NewsArticle","hasPart":{"@type":"Quotation","text":"x","spokenByCharacter":{"@type":"Quotation","text":"y"}}}`,
	}
	for _, s := range bad {
		var m map[string]any
		if err := json.Unmarshal([]byte(s), &m); err != nil {
			t.Fatal(err)
		}
		if errs := v.check("$", m, "schema:NewsArticle"); len(errs) == 0 {
			t.Errorf("checker accepted %s", s)
		}
	}
}

// localContextLoader serves the local copy of the schema.org JSON-LD context
// for https://schema.org (and its http and trailing-slash forms) and refuses
// every other URL, so that expansion never touches the network.
type localContextLoader struct {
	context any
}

func (l localContextLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	switch strings.TrimSuffix(u, "/") {
	case "https://schema.org", "http://schema.org":
		return &ld.RemoteDocument{DocumentURL: u, Document: l.context}, nil
	}
	return nil, fmt.Errorf("local loader: refusing to load %s", u)
}

// loadContext reads schemaorgcontext.jsonld; withVocab false removes its
// "@vocab", so that a term the context does not define cannot expand.
func loadContext(t *testing.T, withVocab bool) any {
	t.Helper()
	path := filepath.Join(schemaOrgDir, "schemaorgcontext.jsonld")
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("schema.org context not found at %s (../shared/schemaorg is not part of a clone); skipping JSON-LD expansion", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if !withVocab {
		ctx, ok := doc["@context"].(map[string]any)
		if !ok {
			t.Fatalf("%s: no @context object", path)
		}
		delete(ctx, "@vocab")
	}
	return doc
}

// TestJSONLDExpands expands the JSON-LD of every article with json-gold,
// twice: with the published context, and in safe mode with a context
// stripped of @vocab, where a term the context does not define is an error.
// Every expanded property and type must be a schema.org term of the
// vocabulary.
func TestJSONLDExpands(t *testing.T) {
	v := loadVocabulary(t)
	strict := localContextLoader{loadContext(t, false)}
	full := localContextLoader{loadContext(t, true)}
	proc := ld.NewJsonLdProcessor()
	for _, fx := range allArticles(t) {
		doc := decodeJSONLD(t, fx.a)
		opts := ld.NewJsonLdOptions("")
		opts.DocumentLoader = full
		if _, err := proc.Expand(doc, opts); err != nil {
			t.Errorf("%s: expansion failed: %v", fx.name, err)
		}
		opts = ld.NewJsonLdOptions("")
		opts.DocumentLoader = strict
		opts.SafeMode = true
		out, err := proc.Expand(doc, opts)
		if err != nil {
			t.Errorf("%s: safe-mode expansion without @vocab failed: %v", fx.name, err)
			continue
		}
		if len(out) != 1 {
			t.Errorf("%s: expansion gave %d nodes, want 1", fx.name, len(out))
		}
		for _, e := range checkExpanded(v, "$", out) {
			t.Errorf("%s: %s", fx.name, e)
		}
	}
}

// TestLoaderRefusesNetwork makes sure the test loader never fetches: a
// document naming another context fails to expand.
func TestLoaderRefusesNetwork(t *testing.T) {
	l := localContextLoader{loadContext(t, true)}
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = l
	doc := map[string]any{"@context": "https://example.com/context.jsonld", "name": "x"}
	if _, err := ld.NewJsonLdProcessor().Expand(doc, opts); err == nil {
		t.Error("expansion with a remote context succeeded; the loader must refuse it")
	}
}

// checkExpanded walks expanded JSON-LD: every property must be an
// http://schema.org/ property of the vocabulary and every @type a class.
func checkExpanded(v *vocabulary, path string, x any) []string {
	var errs []string
	switch x := x.(type) {
	case []any:
		for i, e := range x {
			errs = append(errs, checkExpanded(v, fmt.Sprintf("%s[%d]", path, i), e)...)
		}
	case map[string]any:
		for k, e := range x {
			switch {
			case k == "@type":
				for _, t := range ids(e) {
					name, ok := strings.CutPrefix(t, "http://schema.org/")
					if _, known := v.super["schema:"+name]; !ok || !known {
						errs = append(errs, fmt.Sprintf("%s: expanded @type %s is not a schema.org class", path, t))
					}
				}
			case strings.HasPrefix(k, "@"):
			default:
				name, ok := strings.CutPrefix(k, "http://schema.org/")
				if _, known := v.domain["schema:"+name]; !ok || !known {
					errs = append(errs, fmt.Sprintf("%s: expanded property %s is not a schema.org property", path, k))
				}
				errs = append(errs, checkExpanded(v, path+"."+name, e)...)
			}
		}
	}
	slices.Sort(errs)
	return errs
}

// TestStrictExpansionRejectsUnknownTerm makes sure the safe-mode expansion
// of TestJSONLDExpands really fails on a term schema.org does not define.
func TestStrictExpansionRejectsUnknownTerm(t *testing.T) {
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = localContextLoader{loadContext(t, false)}
	opts.SafeMode = true
	doc := map[string]any{"@context": "https://schema.org", "@type": "NewsArticle", "headlin": "x"}
	if _, err := ld.NewJsonLdProcessor().Expand(doc, opts); err == nil {
		t.Error("safe-mode expansion accepted the unknown term headlin")
	}
}
