// Package schemacheck decides quickly whether a JSON document is valid
// against a compiled JSON Schema (github.com/santhosh-tekuri/jsonschema/v5),
// without building the library's error tree.
//
// It takes a *jsonschema.Schema and documents decoded as the library
// decodes them (map[string]any, []any, string, json.Number, bool, nil) and
// returns valid or not, and whether it was sure. A caller asks it first and
// hands every document it does not find valid, or is not sure of, to the
// library, which then explains the violations.
package schemacheck

import (
	"encoding/json"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// The schema library builds a detailed error tree, and to do so allocates
// maps and location strings at every node of the document even when the
// document is valid, which nearly every article is. Checker answers the
// one question Validate needs first, "is this document valid?", by walking
// the same compiled *jsonschema.Schema (the schema file stays the only
// statement of the rules) with the library's semantics for each keyword, but
// without building anything. Only a document it finds valid skips the
// library; every other one, and every document it is not sure of, goes
// through the library, which then explains the violations. So a fault here
// could at worst let an invalid document pass, and the differential tests
// in validate_fast_test.go compare the two on valid and broken documents.
//
// Keywords it does not implement (dynamic and recursive references,
// unevaluated*, dependencies, contains, uniqueItems, content*, tuple items,
// extensions) disable it as a whole: New returns nil and every
// document goes through the library.

// Checker is the fast check for one compiled schema.
type Checker struct {
	// root is the schema documents are checked against.
	root *jsonschema.Schema
	// formats are the format checkers the library applies, by format name:
	// it was compiled with AssertFormat and no formats of its own, so it
	// uses jsonschema.Formats.
	formats map[string]func(any) bool
	// notSpace marks the patterns that are `\S` alone: "contains a
	// character other than the white space of RE2's \s", checked without
	// running the regexp.
	notSpace map[*regexp.Regexp]bool
	// props lists the properties of each schema that has some, to look
	// them up in an object instead of walking the object's members.
	props map[*jsonschema.Schema][]namedSchema
}

// namedSchema is one entry of a schema's properties.
type namedSchema struct {
	name   string
	schema *jsonschema.Schema
}

// maxFastDepth bounds the nesting of schemas applied in place ($ref, allOf,
// if…) plus the document's depth; beyond it the fast check gives up.
const maxFastDepth = 64

// New returns a checker for s, or nil when s uses a keyword the checker
// does not implement. s must have been compiled with AssertFormat and no
// formats of its own.
func New(s *jsonschema.Schema) *Checker {
	f := &Checker{root: s, formats: map[string]func(any) bool{}, notSpace: map[*regexp.Regexp]bool{}, props: map[*jsonschema.Schema][]namedSchema{}}
	seen := map[*jsonschema.Schema]bool{}
	if !f.prepare(s, seen) {
		return nil
	}
	return f
}

// prepare checks that every schema reachable from s uses only implemented
// keywords, and records its formats and patterns.
func (f *Checker) prepare(s *jsonschema.Schema, seen map[*jsonschema.Schema]bool) bool {
	if s == nil || seen[s] {
		return true
	}
	seen[s] = true
	if s.RecursiveRef != nil || s.DynamicRef != nil || s.RegexProperties ||
		len(s.Dependencies) > 0 || len(s.DependentRequired) > 0 || len(s.DependentSchemas) > 0 ||
		s.UnevaluatedProperties != nil || s.UnevaluatedItems != nil ||
		s.UniqueItems || s.Items != nil || s.AdditionalItems != nil || s.Contains != nil ||
		s.ContentEncoding != "" || s.ContentMediaType != "" || s.ContentSchema != nil ||
		len(s.Extensions) > 0 {
		return false
	}
	if s.Format != "" {
		if fn, ok := jsonschema.Formats[s.Format]; ok {
			f.formats[s.Format] = fn
		}
	}
	if s.Pattern != nil && s.Pattern.String() == `\S` {
		f.notSpace[s.Pattern] = true
	}
	if ap, ok := s.AdditionalProperties.(*jsonschema.Schema); ok && !f.prepare(ap, seen) {
		return false
	}
	for _, sub := range []*jsonschema.Schema{s.Ref, s.Not, s.If, s.Then, s.Else, s.PropertyNames, s.Items2020} {
		if !f.prepare(sub, seen) {
			return false
		}
	}
	for _, list := range [][]*jsonschema.Schema{s.AllOf, s.AnyOf, s.OneOf, s.PrefixItems} {
		for _, sub := range list {
			if !f.prepare(sub, seen) {
				return false
			}
		}
	}
	for name, sub := range s.Properties {
		if !f.prepare(sub, seen) {
			return false
		}
		f.props[s] = append(f.props[s], namedSchema{name, sub})
	}
	for _, sub := range s.PatternProperties {
		if !f.prepare(sub, seen) {
			return false
		}
	}
	return true
}

// fastCheck is one run of the checker: unsure is set when it met something
// it cannot decide, and then its answer means nothing.
type fastCheck struct {
	*Checker
	unsure bool
}

// Check reports whether doc is valid against the schema, and whether the
// checker is sure of it: when sure is false, valid means nothing and the
// library must decide.
func (f *Checker) Check(doc any) (valid, sure bool) {
	c := fastCheck{Checker: f}
	ok := c.check(f.root, doc, 0)
	return ok, !c.unsure
}

// Valid reports whether doc is valid against the schema; false also when
// the checker is not sure.
func (f *Checker) Valid(doc any) bool {
	ok, sure := f.Check(doc)
	return ok && sure
}

// Formats returns the names of the formats the checker asserts.
func (f *Checker) Formats() []string {
	names := make([]string, 0, len(f.formats))
	for n := range f.formats {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// NotSpacePatterns returns how many of the schema's patterns are `\S`
// alone, which the checker decides without running a regexp.
func (f *Checker) NotSpacePatterns() int { return len(f.notSpace) }

// check reports whether v satisfies s, keyword by keyword as
// jsonschema's (*Schema).validate decides it.
func (c *fastCheck) check(s *jsonschema.Schema, v any, depth int) bool {
	if depth > maxFastDepth {
		c.unsure = true
		return false
	}
	depth++
	if s.Always != nil {
		return *s.Always
	}
	kind := jsonKind(v)
	if kind == "" {
		c.unsure = true
		return false
	}
	if len(s.Types) > 0 && !c.typeMatches(s.Types, kind, v) {
		return false
	}
	if len(s.Constant) > 0 && !c.equal(v, s.Constant[0]) {
		return false
	}
	if len(s.Enum) > 0 {
		found := false
		for _, e := range s.Enum {
			if c.equal(v, e) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if s.Format != "" {
		if fn := c.formats[s.Format]; fn != nil && !fn(v) {
			return false
		}
	}
	switch v := v.(type) {
	case map[string]any:
		if !c.checkObject(s, v, depth) {
			return false
		}
	case []any:
		if s.MinItems != -1 && len(v) < s.MinItems || s.MaxItems != -1 && len(v) > s.MaxItems {
			return false
		}
		for i, item := range v {
			switch {
			case i < len(s.PrefixItems):
				if !c.check(s.PrefixItems[i], item, depth) {
					return false
				}
			case s.Items2020 != nil:
				if !c.check(s.Items2020, item, depth) {
					return false
				}
			}
		}
	case string:
		if !lengthWithin(v, s.MinLength, s.MaxLength) {
			return false
		}
		if s.Pattern != nil && !c.matches(s.Pattern, v) {
			return false
		}
	case json.Number:
		if !c.checkNumber(s, v) {
			return false
		}
	}
	if s.Ref != nil && !c.check(s.Ref, v, depth) {
		return false
	}
	if s.Not != nil && c.check(s.Not, v, depth) {
		return false
	}
	for _, sub := range s.AllOf {
		if !c.check(sub, v, depth) {
			return false
		}
	}
	if len(s.AnyOf) > 0 {
		found := false
		for _, sub := range s.AnyOf {
			if c.check(sub, v, depth) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if len(s.OneOf) > 0 {
		n := 0
		for _, sub := range s.OneOf {
			if c.check(sub, v, depth) {
				n++
			}
		}
		if n != 1 {
			return false
		}
	}
	if s.If != nil {
		if c.check(s.If, v, depth) {
			if s.Then != nil && !c.check(s.Then, v, depth) {
				return false
			}
		} else if s.Else != nil && !c.check(s.Else, v, depth) {
			return false
		}
	}
	return true
}

// lengthWithin reports whether s has at least min and at most max
// characters (-1: no bound), counted as the library counts them
// (utf8.RuneCount: an invalid byte is one character). As a character takes
// one to four bytes, the byte length often decides without counting.
func lengthWithin(s string, min, max int) bool {
	if min == -1 && max == -1 {
		return true
	}
	n := len(s)
	minOK := min == -1 || (n+3)/4 >= min
	maxOK := max == -1 || n <= max
	if minOK && maxOK {
		return true
	}
	if min != -1 && n < min {
		return false
	}
	count := utf8.RuneCountInString(s)
	return (min == -1 || count >= min) && (max == -1 || count <= max)
}

// checkObject applies the object keywords of s to v.
func (c *fastCheck) checkObject(s *jsonschema.Schema, v map[string]any, depth int) bool {
	if s.MinProperties != -1 && len(v) < s.MinProperties || s.MaxProperties != -1 && len(v) > s.MaxProperties {
		return false
	}
	for _, name := range s.Required {
		if _, ok := v[name]; !ok {
			return false
		}
	}
	known := 0
	for _, p := range c.props[s] {
		if val, ok := v[p.name]; ok {
			known++
			if !c.check(p.schema, val, depth) {
				return false
			}
		}
	}
	if s.PropertyNames == nil && len(s.PatternProperties) == 0 {
		if known == len(v) {
			return true
		}
		switch ap := s.AdditionalProperties.(type) {
		case nil:
			return true
		case bool:
			return ap
		}
	}
	// The members that are not among the properties, for propertyNames,
	// patternProperties and additionalProperties.
	for name, val := range v {
		if s.PropertyNames != nil && !c.check(s.PropertyNames, name, depth) {
			return false
		}
		evaluated := false
		if _, ok := s.Properties[name]; ok {
			evaluated = true
		}
		for re, sub := range s.PatternProperties {
			if re.MatchString(name) {
				evaluated = true
				if !c.check(sub, val, depth) {
					return false
				}
			}
		}
		if evaluated {
			continue
		}
		switch ap := s.AdditionalProperties.(type) {
		case bool:
			if !ap {
				return false
			}
		case *jsonschema.Schema:
			if !c.check(ap, val, depth) {
				return false
			}
		}
	}
	return true
}

// checkNumber applies the numeric keywords of s to n, comparing exactly
// as the library does.
func (c *fastCheck) checkNumber(s *jsonschema.Schema, n json.Number) bool {
	if s.Minimum == nil && s.ExclusiveMinimum == nil && s.Maximum == nil && s.ExclusiveMaximum == nil && s.MultipleOf == nil {
		return true
	}
	if s.MultipleOf == nil {
		if d, ok := parseDecimal(string(n)); ok {
			if valid, ok := d.inBounds(s); ok {
				return valid
			}
		}
	}
	r, ok := c.rat(n)
	if !ok {
		return false
	}
	switch {
	case s.Minimum != nil && r.Cmp(s.Minimum) < 0,
		s.ExclusiveMinimum != nil && r.Cmp(s.ExclusiveMinimum) <= 0,
		s.Maximum != nil && r.Cmp(s.Maximum) > 0,
		s.ExclusiveMaximum != nil && r.Cmp(s.ExclusiveMaximum) >= 0:
		return false
	}
	if s.MultipleOf != nil && !new(big.Rat).Quo(r, s.MultipleOf).IsInt() {
		return false
	}
	return true
}

// rat returns n as an exact rational, marking the check unsure for a
// number it cannot read (the library would fail on it).
func (c *fastCheck) rat(n json.Number) (*big.Rat, bool) {
	if i, err := strconv.ParseInt(string(n), 10, 64); err == nil {
		return new(big.Rat).SetInt64(i), true
	}
	r, ok := new(big.Rat).SetString(string(n))
	if !ok {
		c.unsure = true
		return nil, false
	}
	return r, true
}

// typeMatches reports whether a value of JSON kind kind matches one of
// types; "integer" matches a number whose value is whole.
func (c *fastCheck) typeMatches(types []string, kind string, v any) bool {
	for _, t := range types {
		if t == kind {
			return true
		}
		if t == "integer" && kind == "number" {
			n, _ := v.(json.Number)
			if d, ok := parseDecimal(string(n)); ok {
				if d.isInt() {
					return true
				}
				continue
			}
			if r, ok := c.rat(n); ok && r.IsInt() {
				return true
			}
		}
	}
	return false
}

// matches reports whether re matches s.
func (c *fastCheck) matches(re *regexp.Regexp, s string) bool {
	if c.notSpace[re] {
		return hasNonSpace(s)
	}
	return re.MatchString(s)
}

// hasNonSpace reports whether s holds a character outside RE2's \s class
// ([\t\n\f\r ]): any other byte begins such a character, a byte of an
// invalid sequence included (the regexp engine reads it as U+FFFD).
func hasNonSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\n', '\f', '\r', ' ':
		default:
			return true
		}
	}
	return false
}

// equal reports whether two JSON values are equal as the library compares
// them: numbers by exact value, objects and arrays member by member.
func (c *fastCheck) equal(a, b any) bool {
	ka, kb := jsonKind(a), jsonKind(b)
	if ka == "" || kb == "" {
		c.unsure = true
		return false
	}
	if ka != kb {
		return false
	}
	switch ka {
	case "object":
		ma, mb := a.(map[string]any), b.(map[string]any)
		if len(ma) != len(mb) {
			return false
		}
		for k, va := range ma {
			vb, ok := mb[k]
			if !ok || !c.equal(va, vb) {
				return false
			}
		}
		return true
	case "array":
		la, lb := a.([]any), b.([]any)
		if len(la) != len(lb) {
			return false
		}
		for i := range la {
			if !c.equal(la[i], lb[i]) {
				return false
			}
		}
		return true
	case "number":
		na, okA := a.(json.Number)
		nb, okB := b.(json.Number)
		if !okA || !okB {
			c.unsure = true
			return false
		}
		ra, okA := c.rat(na)
		rb, okB := c.rat(nb)
		return okA && okB && ra.Cmp(rb) == 0
	}
	return a == b
}

// jsonKind returns the JSON type of a decoded value, "" for anything that
// decodeJSON does not produce.
func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return ""
}
