package article

import (
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"
)

// Validate checks the article's JSON encoding, but encoding an article with
// encoding/json and decoding the bytes again costs more than validating
// them. articleDoc builds the decoded document directly: the value that
// decodeJSON(json.Marshal(a)) returns, made of map[string]any, []any,
// string, json.Number and bool, following the struct tags of Article and
// its parts (names, omitempty, omitzero) and Date's MarshalText. The
// equality with the round trip is tested over every article the tests
// produce and over random ones (validate_doc_test.go); a field added to
// Article must be added here too, which that test catches.

// articleDoc returns the JSON document of a as decodeJSON(json.Marshal(a))
// would, and false when it cannot build it exactly: a confidence that
// encoding/json refuses (NaN, ±Inf) or a provenance key that is not valid
// UTF-8 (two such keys can collapse into one). The caller then takes the
// round trip.
func articleDoc(a *Article) (map[string]any, bool) {
	doc := make(map[string]any, 16)
	putString(doc, "url", a.URL)
	putString(doc, "headline", a.Headline)
	putString(doc, "section", a.Section)
	if !a.DatePublished.IsZero() {
		doc["datePublished"] = jsonString(a.DatePublished.String())
	}
	if !a.DateModified.IsZero() {
		doc["dateModified"] = jsonString(a.DateModified.String())
	}
	if len(a.Authors) > 0 {
		list := make([]any, len(a.Authors))
		for i, au := range a.Authors {
			m := make(map[string]any, 4)
			m["name"] = jsonString(au.Name)
			putString(m, "url", au.URL)
			putString(m, "type", au.Type)
			putString(m, "role", au.Role)
			list[i] = m
		}
		doc["authors"] = list
	}
	if p := a.Publisher; p != nil {
		m := make(map[string]any, 3)
		m["name"] = jsonString(p.Name)
		putString(m, "url", p.URL)
		putString(m, "logo", p.Logo)
		doc["publisher"] = m
	}
	putString(doc, "description", a.Description)
	if len(a.Body) > 0 {
		list := make([]any, len(a.Body))
		for i, b := range a.Body {
			m := make(map[string]any, 3)
			m["type"] = jsonString(string(b.Type))
			putString(m, "text", b.Text)
			if b.Level != 0 {
				m["level"] = jsonInt(b.Level)
			}
			if b.Ordered {
				m["ordered"] = true
			}
			if b.Start != 0 {
				m["start"] = jsonInt(b.Start)
			}
			if len(b.Rows) > 0 {
				rows := make([]any, len(b.Rows))
				for r, row := range b.Rows {
					if row == nil {
						rows[r] = nil
						continue
					}
					cells := make([]any, len(row))
					for c, cell := range row {
						cells[c] = jsonString(cell)
					}
					rows[r] = cells
				}
				m["rows"] = rows
			}
			if b.Header {
				m["header"] = true
			}
			putString(m, "caption", b.Caption)
			putString(m, "language", b.Language)
			if b.Image != nil {
				m["image"] = imageDoc(b.Image)
			}
			if len(b.Spans) > 0 {
				spans := make([]any, len(b.Spans))
				for k, sp := range b.Spans {
					sm := make(map[string]any, 4)
					sm["type"] = jsonString(string(sp.Type))
					sm["start"] = jsonInt(sp.Start)
					sm["end"] = jsonInt(sp.End)
					putString(sm, "url", sp.URL)
					spans[k] = sm
				}
				m["spans"] = spans
			}
			list[i] = m
		}
		doc["body"] = list
	}
	if len(a.Quotes) > 0 {
		list := make([]any, len(a.Quotes))
		for i, q := range a.Quotes {
			m := make(map[string]any, 4)
			m["text"] = jsonString(q.Text)
			putString(m, "speaker", q.Speaker)
			m["block"] = jsonInt(q.Block)
			if q.Partial {
				m["partial"] = true
			}
			list[i] = m
		}
		doc["quotes"] = list
	}
	putStrings(doc, "sources", a.Sources)
	putStrings(doc, "keywords", a.Keywords)
	if len(a.Images) > 0 {
		list := make([]any, len(a.Images))
		for i := range a.Images {
			list[i] = imageDoc(&a.Images[i])
		}
		doc["images"] = list
	}
	putString(doc, "language", a.Language)
	if a.WordCount != 0 {
		doc["wordCount"] = jsonInt(a.WordCount)
	}
	putString(doc, "pageKind", string(a.Kind))
	putString(doc, "contentHash", a.ContentHash)
	if len(a.Provenance) > 0 {
		m := make(map[string]any, len(a.Provenance))
		for k, s := range a.Provenance {
			if !utf8.ValidString(k) {
				return nil, false
			}
			c, ok := jsonFloat(s.Confidence)
			if !ok {
				return nil, false
			}
			m[k] = map[string]any{"source": jsonString(s.From), "confidence": c}
		}
		doc["provenance"] = m
	}
	return doc, true
}

// imageDoc is the JSON document of an image.
func imageDoc(im *Image) map[string]any {
	m := make(map[string]any, 4)
	m["url"] = jsonString(im.URL)
	putString(m, "caption", im.Caption)
	putString(m, "alt", im.Alt)
	putString(m, "credit", im.Credit)
	return m
}

// putString sets m[key] to s as encoding/json writes it, unless s is empty
// (omitempty).
func putString(m map[string]any, key, s string) {
	if s != "" {
		m[key] = jsonString(s)
	}
}

// putStrings sets m[key] to the list ss, unless it is empty (omitempty).
func putStrings(m map[string]any, key string, ss []string) {
	if len(ss) == 0 {
		return
	}
	list := make([]any, len(ss))
	for i, s := range ss {
		list[i] = jsonString(s)
	}
	m[key] = list
}

// jsonString returns s as it reads after a JSON round trip: encoding/json
// writes each byte that does not begin a valid UTF-8 sequence as U+FFFD and
// keeps everything else.
func jsonString(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = utf8.AppendRune(b, utf8.RuneError)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// jsonInt returns n as the json.Number encoding/json writes.
func jsonInt(n int) json.Number {
	return json.Number(strconv.Itoa(n))
}

// jsonFloat returns f as the json.Number encoding/json writes for a
// float64 (the shortest representation, exponent form below 1e-6 and from
// 1e21, "e-07" written "e-7"), and false for NaN and ±Inf, which it
// refuses.
func jsonFloat(f float64) (json.Number, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "", false
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	var buf [32]byte
	b := strconv.AppendFloat(buf[:0], f, format, -1, 64)
	if format == 'e' {
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return json.Number(b), true
}
