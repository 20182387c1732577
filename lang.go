package article

import "time"

// langTable holds what the parser knows about one language. Adding a
// language is adding a table to languages.
type langTable struct {
	// tag is the BCP 47 tag.
	tag string
	// months maps lower-case month names, in every grammatical form and
	// abbreviation news uses, to months.
	months map[string]time.Month
	// stopwords are frequent short words used to detect the language.
	stopwords []string
	// speechVerbs introduce or follow a direct quotation ("сказал", "said").
	// Each entry is a word prefix matched case-insensitively.
	speechVerbs []string
	// accordingTo are phrases that introduce a speaker or source after them
	// ("по словам", "according to").
	accordingTo []string
	// sourceVerbs introduce a cited outlet ("передает", "reported").
	sourceVerbs []string
	// pronouns refer back to the last speaker ("он", "she").
	pronouns []string
	// roles are nouns (stems) that name a person by office ("президент").
	roles []string
	// bylines are prefixes of byline lines ("Автор:", "By").
	bylines []string
	// updated are prefixes of a modification date ("Обновлено:", "Updated:").
	updated []string
	// published are prefixes of a publication date ("Опубликовано:").
	published []string
}

// languages lists every language table, most specific scripts first.
var languages = []*langTable{ruTable, enTable}

func tableFor(tag string) *langTable {
	for _, t := range languages {
		if t.tag == tag {
			return t
		}
	}
	return enTable
}
