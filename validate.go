package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/articlekit/article/internal/schemacheck"
	"github.com/articlekit/article/schema"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// ErrInvalid is matched, through errors.Is, by every error Validate returns:
// the article does not satisfy schema/article.schema.json.
var ErrInvalid = errors.New("article: invalid article")

// Violation is one way in which an article breaks the schema.
type Violation struct {
	// Path is the JSON Pointer (RFC 6901) of the offending value in the
	// article's JSON encoding, such as "/quotes/2/text" or "/headline" for
	// a missing headline; "" is the whole document.
	Path string
	// Message says what is wrong with the value.
	Message string
}

// String formats v as "path: message", writing the whole document as
// "(root)".
func (v Violation) String() string {
	p := v.Path
	if p == "" {
		p = "(root)"
	}
	return p + ": " + v.Message
}

// ValidationError is the error Validate returns for an article that breaks the
// schema. It lists every violation, sorted by path (array indexes in numeric
// order) and then by message. Retrieve it with errors.As; errors.Is(err,
// ErrInvalid) also holds.
type ValidationError struct {
	// Violations are the problems found, never empty, sorted.
	Violations []Violation
}

// Error returns a header line followed by one line per violation.
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString(ErrInvalid.Error())
	n := len(e.Violations)
	if n == 1 {
		b.WriteString(" (1 violation)")
	} else {
		fmt.Fprintf(&b, " (%d violations)", n)
	}
	for _, v := range e.Violations {
		b.WriteString("\n  ")
		b.WriteString(v.String())
	}
	return b.String()
}

// Unwrap returns ErrInvalid, so that errors.Is(err, ErrInvalid) holds.
func (e *ValidationError) Unwrap() error { return ErrInvalid }

// Validate checks a against the embedded JSON Schema
// (schema/article.schema.json) by validating its JSON encoding. It returns
// nil when a is valid and otherwise a *ValidationError listing every
// violation with its JSON path. Beyond the schema it checks that each quote's
// block index points into Body, and that each span of a block lies inside
// its Text on character boundaries, in order of start, nested in or apart
// from the spans before it, and that every row of a table is as wide as the
// widest. A nil a is an error wrapping ErrInvalid.
func (a *Article) Validate() error {
	if a == nil {
		return fmt.Errorf("%w: nil *Article", ErrInvalid)
	}
	doc, ok := articleDoc(a)
	var vs []Violation
	var err error
	if ok {
		vs, err = docViolations(doc)
	} else {
		// What articleDoc cannot build exactly goes through encoding/json,
		// which also reports the values it refuses.
		data, merr := json.Marshal(a)
		if merr != nil {
			return fmt.Errorf("article: encoding article for validation: %w", merr)
		}
		vs, err = schemaViolations(data)
	}
	if err != nil {
		return err
	}
	for i, b := range a.Body {
		vs = append(vs, spanViolations(i, b)...)
		vs = append(vs, rowViolations(i, b)...)
	}
	for i, q := range a.Quotes {
		if q.Block >= len(a.Body) {
			vs = append(vs, Violation{
				Path:    "/quotes/" + strconv.Itoa(i) + "/block",
				Message: fmt.Sprintf("block index %d is out of range: body has %d blocks", q.Block, len(a.Body)),
			})
		}
	}
	return violationError(vs)
}

// validateJSON validates one JSON document against the schema. It returns
// nil, a *ValidationError, or an error for input that is not JSON.
func validateJSON(data []byte) error {
	vs, err := schemaViolations(data)
	if err != nil {
		return err
	}
	return violationError(vs)
}

// violationError sorts and deduplicates vs and wraps them in a
// *ValidationError; nil when there are none.
func violationError(vs []Violation) error {
	if len(vs) == 0 {
		return nil
	}
	slices.SortFunc(vs, compareViolations)
	vs = slices.Compact(vs)
	return &ValidationError{Violations: vs}
}

// compiledSchema is the schema compiled once per process, with its decoded
// document kept to explain violations.
type compiledSchema struct {
	schema *jsonschema.Schema
	doc    any
	// fast decides valid documents without the library's error tree; nil
	// when the schema uses a keyword it does not implement.
	fast *schemacheck.Checker
}

// loadSchema compiles the embedded schema on first use.
var loadSchema = sync.OnceValues(func() (*compiledSchema, error) {
	src := schema.JSON()
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	// The schema is self-contained; never fetch anything.
	c.LoadURL = func(u string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("article: schema refers to %s, which is not loaded", u)
	}
	if err := c.AddResource(schema.ID, bytes.NewReader(src)); err != nil {
		return nil, fmt.Errorf("article: loading schema: %w", err)
	}
	s, err := c.Compile(schema.ID)
	if err != nil {
		return nil, fmt.Errorf("article: compiling schema: %w", err)
	}
	doc, err := decodeJSON(src)
	if err != nil {
		return nil, fmt.Errorf("article: decoding schema: %w", err)
	}
	return &compiledSchema{schema: s, doc: doc, fast: schemacheck.New(s)}, nil
})

// decodeJSON decodes exactly one JSON value, keeping numbers exact.
func decodeJSON(data []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, errors.New("trailing data after the JSON value")
	}
	return v, nil
}

// schemaViolations validates data against the schema and returns the
// violations, unsorted.
func schemaViolations(data []byte) ([]Violation, error) {
	doc, err := decodeJSON(data)
	if err != nil {
		if _, lerr := loadSchema(); lerr != nil {
			return nil, lerr
		}
		return nil, fmt.Errorf("article: validating: invalid JSON: %w", err)
	}
	return docViolations(doc)
}

// docViolations validates a decoded document against the schema and
// returns the violations, unsorted.
func docViolations(doc any) ([]Violation, error) {
	cs, err := loadSchema()
	if err != nil {
		return nil, err
	}
	if cs.fast != nil && cs.fast.Valid(doc) {
		return nil, nil
	}
	return cs.libraryViolations(doc)
}

// libraryViolations validates doc with the schema library alone and
// explains its errors.
func (cs *compiledSchema) libraryViolations(doc any) ([]Violation, error) {
	err := cs.schema.Validate(doc)
	if err == nil {
		return nil, nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil, fmt.Errorf("article: validating: %w", err)
	}
	var vs []Violation
	var walk func(*jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			vs = append(vs, cs.explain(doc, e)...)
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	return vs, nil
}

// explain turns one leaf error of the validator into violations, giving
// missing and unknown properties their own paths and patterns a readable
// message.
func (cs *compiledSchema) explain(doc any, e *jsonschema.ValidationError) []Violation {
	loc := e.InstanceLocation
	kwPtr := e.AbsoluteKeywordLocation
	if i := strings.IndexByte(kwPtr, '#'); i >= 0 {
		kwPtr = kwPtr[i+1:]
	}
	parentPtr, keyword := kwPtr, ""
	if i := strings.LastIndexByte(kwPtr, '/'); i >= 0 {
		parentPtr, keyword = kwPtr[:i], unescapePointer(kwPtr[i+1:])
	}
	inst, instOK := pointerGet(doc, loc)
	kw, kwOK := pointerGet(cs.doc, kwPtr)
	parent, _ := pointerGet(cs.doc, parentPtr)
	parentMap, _ := parent.(map[string]any)
	obj, isObj := inst.(map[string]any)

	if b, ok := kw.(bool); kwOK && ok && !b && keyword != "additionalProperties" {
		return []Violation{{Path: loc, Message: "property not allowed here"}}
	}
	switch keyword {
	case "required":
		names, _ := kw.([]any)
		if !isObj || len(names) == 0 {
			break
		}
		var vs []Violation
		for _, n := range names {
			name, _ := n.(string)
			if _, present := obj[name]; !present {
				vs = append(vs, Violation{Path: loc + "/" + escapePointer(name), Message: "required property is missing"})
			}
		}
		if len(vs) > 0 {
			return vs
		}
	case "additionalProperties":
		props, _ := parentMap["properties"].(map[string]any)
		if !isObj {
			break
		}
		var vs []Violation
		for name := range obj {
			if _, known := props[name]; !known {
				vs = append(vs, Violation{Path: loc + "/" + escapePointer(name), Message: "unknown property"})
			}
		}
		if len(vs) > 0 {
			return vs
		}
	case "pattern":
		title, _ := parentMap["title"].(string)
		if s, ok := inst.(string); ok && instOK && title != "" {
			return []Violation{{Path: loc, Message: quoteValue(s) + " is not " + title}}
		}
	case "format":
		if s, ok := inst.(string); ok && instOK {
			format, _ := kw.(string)
			return []Violation{{Path: loc, Message: quoteValue(s) + " is not a valid " + formatName(format)}}
		}
	}
	return []Violation{{Path: loc, Message: e.Message}}
}

// formatName describes a JSON Schema format for messages.
func formatName(f string) string {
	switch f {
	case "date":
		return "calendar date (YYYY-MM-DD)"
	case "date-time":
		return "RFC 3339 date-time"
	case "uri":
		return "absolute URI"
	}
	return f
}

// quoteValue quotes s for a message, shortening it to 80 characters.
func quoteValue(s string) string {
	const max = 80
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		s = string(r[:max]) + "…"
	}
	return strconv.Quote(s)
}

// pointerGet returns the value at JSON Pointer ptr in doc.
func pointerGet(doc any, ptr string) (any, bool) {
	if ptr == "" {
		return doc, true
	}
	if ptr[0] != '/' {
		return nil, false
	}
	cur := doc
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = unescapePointer(tok)
		switch c := cur.(type) {
		case map[string]any:
			v, ok := c[tok]
			if !ok {
				return nil, false
			}
			cur = v
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			cur = c[i]
		default:
			return nil, false
		}
	}
	return cur, true
}

// escapePointer escapes one JSON Pointer reference token.
func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// unescapePointer undoes escapePointer.
func unescapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
}

// compareViolations orders violations by path, comparing array indexes as
// numbers, then by message.
func compareViolations(a, b Violation) int {
	if c := comparePointers(a.Path, b.Path); c != 0 {
		return c
	}
	return strings.Compare(a.Message, b.Message)
}

// comparePointers compares JSON Pointers token by token; tokens that are
// both decimal numbers compare numerically.
func comparePointers(a, b string) int {
	ta, tb := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(ta) && i < len(tb); i++ {
		if ta[i] == tb[i] {
			continue
		}
		na, errA := strconv.Atoi(ta[i])
		nb, errB := strconv.Atoi(tb[i])
		if errA == nil && errB == nil && na != nb {
			if na < nb {
				return -1
			}
			return 1
		}
		return strings.Compare(ta[i], tb[i])
	}
	return len(ta) - len(tb)
}

// rowViolations checks that the rows of body block i, a table, are all as
// wide as the widest (Block.Rows), which JSON Schema cannot say.
func rowViolations(i int, b Block) []Violation {
	width := 0
	for _, row := range b.Rows {
		width = max(width, len(row))
	}
	var vs []Violation
	for r, row := range b.Rows {
		if len(row) != width {
			vs = append(vs, Violation{
				Path:    "/body/" + strconv.Itoa(i) + "/rows/" + strconv.Itoa(r),
				Message: fmt.Sprintf("row has %d cells, the widest %d: every row of a table is as wide as the widest", len(row), width),
			})
		}
	}
	return vs
}

// spanViolations checks the spans of body block i: what the schema cannot
// say about offsets into the text.
func spanViolations(i int, b Block) []Violation {
	var vs []Violation
	var open []Span // earlier spans that may still enclose this one
	for k, sp := range b.Spans {
		path := "/body/" + strconv.Itoa(i) + "/spans/" + strconv.Itoa(k)
		if sp.Start < 0 || sp.End > len(b.Text) || sp.Start >= sp.End ||
			!utf8.RuneStart(b.Text[sp.Start]) || (sp.End < len(b.Text) && !utf8.RuneStart(b.Text[sp.End])) {
			vs = append(vs, Violation{Path: path, Message: fmt.Sprintf(
				"span [%d, %d) is not a non-empty range of whole characters of the block's text (%d bytes)", sp.Start, sp.End, len(b.Text))})
			continue
		}
		for len(open) > 0 && open[len(open)-1].End <= sp.Start {
			open = open[:len(open)-1]
		}
		if k > 0 && sp.Start < b.Spans[k-1].Start {
			vs = append(vs, Violation{Path: path, Message: "spans are not in order of start"})
		} else if len(open) > 0 && sp.End > open[len(open)-1].End {
			vs = append(vs, Violation{Path: path, Message: fmt.Sprintf(
				"span [%d, %d) overlaps span [%d, %d) without nesting in it", sp.Start, sp.End, open[len(open)-1].Start, open[len(open)-1].End)})
		}
		open = append(open, sp)
	}
	return vs
}
