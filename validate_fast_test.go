package article

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// compareFast asserts that the fast check and the schema library agree on
// doc, and reports whether doc is valid.
func compareFast(t *testing.T, cs *compiledSchema, name string, doc any) bool {
	t.Helper()
	fast, sure := cs.fast.Check(doc)
	lib := cs.schema.Validate(doc) == nil
	if !sure {
		t.Errorf("%s: the fast check is unsure of a decoded document", name)
	}
	if fast != lib {
		data, _ := json.Marshal(doc)
		t.Errorf("%s: fast check says valid=%v, the schema library valid=%v, for %s", name, fast, lib, data)
	}
	return lib
}

func TestFastSchemaEnabled(t *testing.T) {
	cs, err := loadSchema()
	if err != nil {
		t.Fatal(err)
	}
	if cs.fast == nil {
		t.Fatal("the embedded schema uses a keyword the fast check does not implement; Validate would always take the slow path")
	}
	if cs.fast.NotSpacePatterns() == 0 || len(cs.fast.Formats()) != 3 {
		t.Errorf("fast check found %d \\S patterns and formats %v; want the text pattern and uri, date, date-time", cs.fast.NotSpacePatterns(), cs.fast.Formats())
	}
}

// TestFastSchemaMatchesLibrary compares the fast check with the schema
// library on the documents of every test article and on many broken
// copies of them.
func TestFastSchemaMatchesLibrary(t *testing.T) {
	cs, err := loadSchema()
	if err != nil {
		t.Fatal(err)
	}
	if cs.fast == nil {
		t.Fatal("fast check disabled")
	}
	var docs []any
	for _, a := range testdataArticles(t) {
		if doc, ok := articleDoc(a); ok {
			docs = append(docs, doc)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 1000 {
		if doc, ok := articleDoc(randomArticle(r)); ok {
			docs = append(docs, doc)
		}
	}
	mutants := 8
	if testing.Short() {
		mutants = 3
	}
	valid, invalid := 0, 0
	for i, doc := range docs {
		if compareFast(t, cs, "document "+itoa(i), doc) {
			valid++
		} else {
			invalid++
		}
		for j := range mutants {
			m := mutate(r, deepCopy(doc))
			if compareFast(t, cs, "mutant "+itoa(j)+" of document "+itoa(i), m) {
				valid++
			} else {
				invalid++
			}
		}
		if t.Failed() {
			break
		}
	}
	if valid == 0 || invalid == 0 {
		t.Errorf("%d valid and %d invalid documents; want some of each", valid, invalid)
	}
}

// deepCopy copies a decoded JSON document.
func deepCopy(v any) any {
	switch v := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[k] = deepCopy(x)
		}
		return m
	case []any:
		l := make([]any, len(v))
		for i, x := range v {
			l[i] = deepCopy(x)
		}
		return l
	}
	return v
}

// mutate changes one to three values at random places in doc: replacing
// a value by one of another type or an edge case, deleting or adding a
// member, emptying a list.
func mutate(r *rand.Rand, doc any) any {
	for range 1 + r.IntN(3) {
		doc = mutateOnce(r, doc)
	}
	return doc
}

// mutationValues are the replacement values: every JSON type, numbers at
// and around the schema's bounds, and strings that test its patterns and
// formats.
var mutationValues = []any{
	nil, true, false, json.Number("0"), json.Number("-1"), json.Number("1"), json.Number("6"), json.Number("7"),
	json.Number("2.0"), json.Number("1.5"), json.Number("1e0"), json.Number("-0"), json.Number("0.9999999999999999999999"),
	json.Number("1.0000000000000000000001"), json.Number("99999999999999999999999"),
	"", " ", "\t\n\f\r ", "\v", "\u00a0", "x", "heading", "paragraph", "Person", "editor", "article", "jsonld", "headline", "quotes",
	"https://example.com/", "http://x", "https://", "ftp://x/", "https://a b/", "https://[::1]/", "https://[zz]/", "http://x\xff",
	"2024-06-19", "2024-02-30", "2024-13-01", "2024-06-19T17:43:00", "2024-06-19T24:00:00", "2024-06-19T17:43:60",
	"2024-06-19T17:43:00+03:00", "2024-06-19T17:43:00Z", "2024-06-19T17:43:00.5+25:00", "2024-06-19T17:43", "99999-01-01",
	"ru", "en-GB", "x-a", "r", "sha256:" + strings.Repeat("ab", 32), "sha256:" + strings.Repeat("AB", 32),
	[]any{}, []any{"x"}, []any{json.Number("1")}, map[string]any{}, map[string]any{"name": "x"},
	map[string]any{"type": "heading", "text": "t"}, map[string]any{"source": "meta", "confidence": json.Number("0.5")},
}

func mutateOnce(r *rand.Rand, v any) any {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		switch op := r.IntN(10); {
		case op == 0 || len(keys) == 0:
			names := []string{"url", "headline", "body", "level", "type", "text", "name", "block", "source", "confidence", "extra", "quotes", "provenance", "partial"}
			x[names[r.IntN(len(names))]] = mutationValues[r.IntN(len(mutationValues))]
		case op == 1:
			delete(x, keys[r.IntN(len(keys))])
		case op == 2:
			x[keys[r.IntN(len(keys))]] = mutationValues[r.IntN(len(mutationValues))]
		default:
			k := keys[r.IntN(len(keys))]
			x[k] = mutateOnce(r, x[k])
		}
		return x
	case []any:
		switch op := r.IntN(8); {
		case op == 0 || len(x) == 0:
			return append(x, mutationValues[r.IntN(len(mutationValues))])
		case op == 1:
			return x[:0]
		default:
			i := r.IntN(len(x))
			x[i] = mutateOnce(r, x[i])
			return x
		}
	}
	return mutationValues[r.IntN(len(mutationValues))]
}

// FuzzFastSchema compares the fast check with the schema library on any
// JSON document.
func FuzzFastSchema(f *testing.F) {
	cs, err := loadSchema()
	if err != nil {
		f.Fatal(err)
	}
	if data, err := json.Marshal(validArticle()); err == nil {
		f.Add(data)
	}
	f.Add([]byte(`{"headline":"h","body":[{"type":"heading","text":"t","level":2.0}],"wordCount":1e1,"provenance":{"body":{"source":"content","confidence":1.0000}}}`))
	f.Add([]byte(`{"headline":" ","body":[],"quotes":[{"text":"q","block":-0}],"language":"x-a-b","datePublished":"2024-02-30"}`))
	f.Add([]byte(`[1,"a",null,true,{}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := decodeJSON(data)
		if err != nil {
			return
		}
		fast, sure := cs.fast.Check(doc)
		if !sure {
			return // a document Validate hands to the library
		}
		if lib := cs.schema.Validate(doc) == nil; fast != lib {
			t.Errorf("fast check says valid=%v, the schema library valid=%v, for %s", fast, lib, data)
		}
	})
}
