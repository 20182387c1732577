package schemacheck

import (
	"math/big"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// decimal is a JSON number without exponent, read exactly: its value is
// ±(whole + f) with 0 <= f < 1, f > 0 exactly when fraction is set.
type decimal struct {
	neg      bool
	whole    int64
	fraction bool
}

// parseDecimal reads a number written -?digits(.digits)? whose whole part
// is below 2^62; false for any other form (exponents, longer numbers),
// which take the exact rational path.
func parseDecimal(s string) (decimal, bool) {
	var d decimal
	if s != "" && s[0] == '-' {
		d.neg = true
		s = s[1:]
	}
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if d.whole >= 1<<62/10 {
			return decimal{}, false
		}
		d.whole = d.whole*10 + int64(s[i]-'0')
	}
	if i == 0 {
		return decimal{}, false
	}
	if i < len(s) {
		if s[i] != '.' || i+1 == len(s) {
			return decimal{}, false
		}
		for _, ch := range []byte(s[i+1:]) {
			if ch < '0' || ch > '9' {
				return decimal{}, false
			}
			if ch != '0' {
				d.fraction = true
			}
		}
	}
	return d, true
}

// inBounds applies minimum, exclusiveMinimum, maximum and
// exclusiveMaximum of s to d; false as second result when a bound is not
// a whole number that cmpBound handles.
func (d decimal) inBounds(s *jsonschema.Schema) (valid, ok bool) {
	bounds := [...]struct {
		b    *big.Rat
		fail func(int) bool
	}{
		{s.Minimum, func(r int) bool { return r < 0 }},
		{s.ExclusiveMinimum, func(r int) bool { return r <= 0 }},
		{s.Maximum, func(r int) bool { return r > 0 }},
		{s.ExclusiveMaximum, func(r int) bool { return r >= 0 }},
	}
	for _, x := range bounds {
		if x.b == nil {
			continue
		}
		r, ok := d.cmpBound(x.b)
		if !ok {
			return false, false
		}
		if x.fail(r) {
			return false, true
		}
	}
	return true, true
}

// isInt reports whether d is a whole number.
func (d decimal) isInt() bool { return !d.fraction }

// cmpBound compares d with the bound b; false unless b is a whole number
// of magnitude below 2^62.
func (d decimal) cmpBound(b *big.Rat) (int, bool) {
	if !b.IsInt() || !b.Num().IsInt64() {
		return 0, false
	}
	k := b.Num().Int64()
	if k >= 1<<62 || k <= -(1<<62) {
		return 0, false
	}
	if d.neg {
		// -(whole+f) compared with k is the opposite of whole+f
		// compared with -k.
		return -cmpNonNeg(d.whole, d.fraction, -k), true
	}
	return cmpNonNeg(d.whole, d.fraction, k), true
}

// cmpNonNeg compares whole+f (0 <= f < 1, f > 0 when fraction) with k.
func cmpNonNeg(whole int64, fraction bool, k int64) int {
	switch {
	case whole < k:
		return -1
	case whole > k:
		return 1
	case fraction:
		return 1
	}
	return 0
}
