package htmlx

import (
	"regexp"
	"strings"

	"github.com/articlekit/article/internal/lang"
)

// reNamePlaceLine matches a byline that is a name and the place the writer
// files from, or the venue a match is reported from, alone on its line,
// with no "By": "Tom Phillips in Rio de Janeiro", "Paul Wilson at Villa
// Park" (the British and Irish newspaper convention, and many American
// papers' for a correspondent). The place is
// one to four words, capitalised or small particles ("de", "el").
var reNamePlaceLine = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]+(?:[ \t\x{a0}]+\p{Lu}[\p{L}'’.-]*){1,3})[ \t\x{a0}]+(?:in|at)[ \t\x{a0}]+(\p{Lu}[\p{L}'’.-]+(?:[ \t\x{a0}]+(?:\p{Lu}[\p{L}'’.-]*|de|del|da|el|la|le|of|upon|on)){0,3})$`)

// reNameJobLine matches a byline that is a name and the writer's job on one
// line after a dash or a comma: "Sally Grover - Celebrity News Service News
// Writer", "Jane Roe, Staff Writer" (the one-line form of nameOverJob's
// name over its desk line).
var reNameJobLine = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]+(?:[ \t\x{a0}]+\p{Lu}[\p{L}'’.-]*){1,3})[ \t\x{a0}]*(?:[-–—|]|,)[ \t\x{a0}]*(.{3,60})$`)

// zoneNameNear is how much visible text after the headline is searched for
// a name line: the byline and date lines under it, before the lead.
const zoneNameNear = 250

// zoneNameLine returns the name of a byline printed alone on a line under
// the headline, before the story's lead, as a name with the place it is
// filed from or with the writer's job (see reNamePlaceLine and
// reNameJobLine), or "". Older news templates (2000s table layouts) print
// it so, with no "By" and no class to say it is a byline: the place or the
// job is what says the name is the writer's, not a deck's words.
func zoneNameLine(m *PageMeta) string {
	_, end, ok := m.headSpan()
	if !ok || end > len(m.text) {
		return ""
	}
	stop := ForwardVisible(m.text, end, zoneNameNear)
	if lead := m.leadAt(); lead > end && lead < stop {
		stop = lead
	}
	for l := range strings.SplitSeq(m.text[end:stop], "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		name := ""
		if g := reNamePlaceLine.FindStringSubmatch(l); g != nil {
			name = g[1]
		} else if g := reNameJobLine.FindStringSubmatch(l); g != nil && isDeskLine(g[2]) && !isDeskLine(g[1]) {
			name = g[1]
		}
		if name == "" || !zoneName(name) {
			continue
		}
		if name == strings.ToUpper(name) {
			name = capitalizeWords(strings.ToLower(name))
		}
		return name
	}
	return ""
}

// zoneName reports whether s, two to four capitalised words, reads as a
// person's name: no word of it is a function word, a weekday or a month
// (a middle initial and a given name that is a month's aside), and it is
// no junk name.
func zoneName(s string) bool {
	for k, w := range strings.Fields(s) {
		if isInitial(w) || k == 0 && monthGivenNames[strings.ToLower(w)] {
			continue
		}
		if lang.NonNameSet[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
	}
	return !isJunkName(s)
}
