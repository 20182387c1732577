package export

import (
	"bytes"
	"reflect"
	"testing"
)

// fillAllLD sets every field reachable from v (two elements per slice), so
// that a field added to the JSON-LD node and forgotten in encodeLD shows up
// in TestEncodeLDEveryField.
func fillAllLD(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("x<\u2028")
	case reflect.Int:
		v.SetInt(7)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillAllLD(v.Elem())
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fillAllLD(v.Index(0))
		fillAllLD(v.Index(1))
	case reflect.Struct:
		for i := range v.NumField() {
			fillAllLD(v.Field(i))
		}
	}
}

func TestEncodeLDEveryField(t *testing.T) {
	n := new(ldNewsArticle)
	fillAllLD(reflect.ValueOf(n).Elem())
	for _, m := range []struct{ indent, html bool }{{true, false}, {false, true}} {
		if got, want := encodeLD(nil, n, m.indent, m.html), referenceLD(t, n, m.indent, m.html); !bytes.Equal(got, want) {
			t.Errorf("encodeLD differs:\n got %s\nwant %s", got, want)
		}
	}
}
