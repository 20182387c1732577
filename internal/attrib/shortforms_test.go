package attrib

import (
	"slices"
	"testing"
)

// TestDropShortForms checks that an outlet's short name beside its full
// name is cited once, and that a name the tables do not know does not
// hide a known outlet that ends it.
func TestDropShortForms(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"Daily Mail", "Mail"}, []string{"Daily Mail"}},
		{[]string{"New York Daily News", "News"}, []string{"New York Daily News"}},
		{[]string{"Reporting On Carson CNN", "CNN"}, []string{"Reporting On Carson CNN", "CNN"}},
		{[]string{"Reuters", "AP"}, []string{"Reuters", "AP"}},
		{[]string{"Mail"}, []string{"Mail"}},
	} {
		if got := dropShortForms(slices.Clone(c.in)); !slices.Equal(got, c.want) {
			t.Errorf("dropShortForms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
