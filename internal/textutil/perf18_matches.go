package textutil

import (
	"iter"
	"regexp"
)

// Matches yields the matches re.FindAllStringSubmatchIndex(s, -1) gives,
// in order, the first looked for alone: a loop that stops at the first
// match, as the loops over the date forms do when it is a date (most
// often), does not search the rest of s; one that goes on gets the others
// from a search of the whole of s (perf18).
func Matches(re *regexp.Regexp, s string) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		first := re.FindAllStringSubmatchIndex(s, 1)
		if len(first) == 0 || !yield(first[0]) {
			return
		}
		for _, loc := range re.FindAllStringSubmatchIndex(s, -1)[1:] {
			if !yield(loc) {
				return
			}
		}
	}
}
