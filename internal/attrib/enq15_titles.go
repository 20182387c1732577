package attrib

import "strings"

// enMoreRoles are English titles the table lacks that American and
// British news writes before a name, capitalised, as part of a run of
// capitals ("Fed Chair Jerome Powell", "House Speaker Mike Johnson",
// "Board Chairperson Ann Lee"), and by which it names again someone it
// has named ("the chair said"). A speaker is reported by the person's
// name without the title (stripTitles drops a role a name run opens
// with), so "Fed Chair Jerome Powell" is "Jerome Powell" as "Treasury
// Secretary Janet Yellen" is "Janet Yellen" (user trial, issue 13).
var enMoreRoles = []string{"chair", "chairperson", "speaker", "superintendent"}

// enBareHonorifics are English titles written without a period, as
// British and Australian style writes them ("Prof David Green", "Lt Col
// Alexander Vindman", "Dr Jane Smith"): words that only ever stand before
// a name.
var enBareHonorifics = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "lt": true, "col": true, "gen": true,
	"sgt": true, "capt": true, "rev": true, "maj": true, "cpl": true, "adm": true, "det": true, "supt": true,
	"insp": true, "cllr": true, "sen": true, "rep": true, "gov": true, "lord": true, "lady": true,
}

// enTitleCut returns where the person's name starts in a run of
// capitalised words whose first cut words are titles already dropped,
// role the stem of the last role among them ("" for none). Honorifics
// written without a period are dropped as those with one are ("Prof David
// Green", "Lt Col Alexander Vindman"); an honorific stands right before
// the name, so nothing after it is dropped. After a role, titles of more
// than one word are open-ended ("Chief Justice John Roberts", "Fed Vice
// Chair Philip Jefferson"): the name starts at the first given name the
// lists know (enNameGender), when no word before it is one and two words
// or more are left. A run with no title keeps its words: a given name the
// lists lack is no title ("Carrie Ann Inaba", "Dr. Owen John Dempsey").
func enTitleCut(run []string, cut int, role string) int {
	honorific := false
	for cut < len(run)-1 && enBareHonorifics[strings.ToLower(run[cut])] {
		if w := strings.ToLower(run[cut]); (w == "lord" || w == "lady") && cut == len(run)-2 {
			// "Lady Gaga", "Lord Sugar": a peer or a stage name is
			// named by title and one word; only "Lady Jane Smith" loses
			// the title.
			break
		}
		cut, honorific = cut+1, true
	}
	if honorific || role == "" || cut > 0 && honorifics[strings.ToLower(run[cut-1])] {
		return cut
	}
	for k := cut; k < len(run)-1; k++ {
		if enNameGender[strings.ToLower(run[k])] != 0 {
			return k
		}
	}
	return cut
}
