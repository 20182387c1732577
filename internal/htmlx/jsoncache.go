package htmlx

import (
	"encoding/json"
	"strings"
)

// jsonTexts holds the JSON-LD scripts of one page decoded once, by the
// text given to json.Unmarshal: the metadata walk (parseJSONLD) and the
// page kind's measure (ReadJSONLD) read the same scripts, trimmed alike
// on nearly every page, and json.Unmarshal gives the same value for the
// same text. Neither reader changes the values it is given. A nil
// jsonTexts decodes every time.
type jsonTexts map[string]*jsonText

// jsonText is what decoding one text gave: as it is, and (when that
// failed and was asked for) with its control characters made spaces.
type jsonText struct {
	v, fixed           any
	ok, fixedOK, tried bool
}

// unmarshalLenient is json.Unmarshal of src into a value, and when that
// fails, of src with every character under U+0020 replaced by a space
// (raw control characters in strings, a common fault); ok is false when
// both fail.
func (c jsonTexts) unmarshalLenient(src string) (any, bool) {
	e := c.entry(src)
	if e.ok {
		return e.v, true
	}
	if !e.tried {
		e.tried = true
		fixed := strings.Map(func(r rune) rune {
			if r < 0x20 {
				return ' '
			}
			return r
		}, src)
		e.fixedOK = json.Unmarshal([]byte(fixed), &e.fixed) == nil
	}
	return e.fixed, e.fixedOK
}

// unmarshal is json.Unmarshal of src into a value, ok false when it fails,
// read from the page's decoded scripts when one of them had this text: the
// section's JSON-LD trail (jsonLDTrail) reads a BreadcrumbList from the
// script the metadata walk has decoded (perf21). The entry it makes is
// the one unmarshalLenient would, which still tries the repaired text
// when asked for it.
func (c jsonTexts) unmarshal(src string) (any, bool) {
	e := c.entry(src)
	return e.v, e.ok
}

// entry is the page's decoding of src, decoded (as it is) now if no
// reader has asked for it before.
func (c jsonTexts) entry(src string) *jsonText {
	e := c[src]
	if e == nil {
		e = &jsonText{}
		e.ok = json.Unmarshal([]byte(src), &e.v) == nil
		if c != nil {
			c[src] = e
		}
	}
	return e
}
