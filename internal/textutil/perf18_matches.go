package textutil

import "regexp"

// MoreMatches is the post statement of a loop over the matches of re in
// s that looks for the first alone, as
//
//	for locs, i := re.FindAllStringSubmatchIndex(s, 1), 0; i < len(locs); locs, i = MoreMatches(re, s, locs, i), i+1 {
//
// does: after the first match, locs becomes every match
// (FindAllStringSubmatchIndex(s, -1), the first again at 0). A loop that
// stops at the first match, as the loops over the date forms do when it
// is a date (most often), does not search the rest of s (perf18).
func MoreMatches(re *regexp.Regexp, s string, locs [][]int, i int) [][]int {
	if i == 0 && len(locs) == 1 {
		return re.FindAllStringSubmatchIndex(s, -1)
	}
	return locs
}
