package schemacheck

import (
	"math/big"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// TestDisabled checks that New refuses schemas with keywords the checker
// does not implement.
func TestDisabled(t *testing.T) {
	for _, src := range []string{
		`{"type":"object","unevaluatedProperties":false}`,
		`{"$dynamicAnchor":"x","properties":{"a":{"$dynamicRef":"#x"}}}`,
		`{"type":"array","uniqueItems":true}`,
		`{"type":"array","contains":{"type":"string"}}`,
		`{"dependentRequired":{"a":["b"]}}`,
		`{"$defs":{"x":{"contentEncoding":"base64"}},"items":{"$ref":"#/$defs/x"}}`,
	} {
		c := jsonschema.NewCompiler()
		c.Draft = jsonschema.Draft2020
		if err := c.AddResource("mem://s.json", strings.NewReader(src)); err != nil {
			t.Fatal(err)
		}
		s, err := c.Compile("mem://s.json")
		if err != nil {
			t.Fatal(err)
		}
		if New(s) != nil {
			t.Errorf("New accepted %s, which uses a keyword it does not implement", src)
		}
	}
}

// TestHasNonSpace compares hasNonSpace with the regexp \\S.
func TestHasNonSpace(t *testing.T) {
	re := regexp.MustCompile(`\S`)
	r := rand.New(rand.NewPCG(7, 8))
	inputs := []string{"", " ", "\t\n\f\r ", "\v", "\u00a0", "\u2028", "\x00", "\xff", " x ", "\x85"}
	for range 5000 {
		b := make([]byte, r.IntN(6))
		for i := range b {
			if r.IntN(2) == 0 {
				b[i] = " \t\n\f\r\v"[r.IntN(6)]
			} else {
				b[i] = byte(r.IntN(256))
			}
		}
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		if got, want := hasNonSpace(s), re.MatchString(s); got != want {
			t.Errorf("hasNonSpace(%q) = %v, regexp \\S matches: %v", s, got, want)
		}
	}
}

// TestDecimalMatchesRat compares the decimal shortcut with big.Rat, which
// the library uses, on numbers and bounds around each other.
func TestDecimalMatchesRat(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	numbers := []string{"0", "-0", "1", "-1", "0.0", "1.000", "1.0001", "-0.5", "6", "7", "0.9999999999999999999999", "4611686018427387903", "4611686018427387904", "1e2", "1.", ".5", "01", "-"}
	for range 3000 {
		n := strconv.Itoa(r.IntN(20) - 10)
		if r.IntN(2) == 0 {
			n += "." + strings.Repeat("0", r.IntN(3)) + strconv.Itoa(r.IntN(100))
		}
		numbers = append(numbers, n)
	}
	bounds := []*big.Rat{big.NewRat(0, 1), big.NewRat(1, 1), big.NewRat(-1, 1), big.NewRat(6, 1), big.NewRat(-7, 1), big.NewRat(1, 2), new(big.Rat).SetInt64(1 << 62), new(big.Rat).SetInt64(1<<62 - 1)}
	for _, n := range numbers {
		d, ok := parseDecimal(n)
		want, wantOK := new(big.Rat).SetString(n)
		if !ok {
			continue
		}
		if !wantOK {
			t.Errorf("parseDecimal(%q) accepted a number big.Rat rejects", n)
			continue
		}
		if d.isInt() != want.IsInt() {
			t.Errorf("parseDecimal(%q).isInt() = %v, big.Rat says %v", n, d.isInt(), want.IsInt())
		}
		for _, b := range bounds {
			got, ok := d.cmpBound(b)
			if !ok {
				continue
			}
			if w := want.Cmp(b); got != w {
				t.Errorf("parseDecimal(%q).cmpBound(%v) = %d, big.Rat says %d", n, b, got, w)
			}
		}
	}
}

func TestLengthWithin(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	pieces := []string{"a", "я", "日", "😀", "\xff", "\xe2\x82", " "}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		min, max := r.IntN(10)-1, r.IntN(12)-1
		n := utf8.RuneCountInString(s)
		want := (min == -1 || n >= min) && (max == -1 || n <= max)
		if got := lengthWithin(s, min, max); got != want {
			t.Errorf("lengthWithin(%q, %d, %d) = %v, want %v (%d characters)", s, min, max, got, want, n)
		}
	}
}
