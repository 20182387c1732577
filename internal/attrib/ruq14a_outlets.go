package attrib

import (
	"strings"
)

// ruPossessives are the Russian possessives that make a channel someone's
// own («в своем телеграм-канале «…»», «на его канале»).
var ruPossessives = map[string]bool{
	"своем": true, "своём": true, "своего": true, "своему": true, "свой": true, "своим": true,
	"его": true, "ее": true, "её": true, "их": true, "личном": true, "личного": true, "личный": true,
}

// ruPlacePrepositions put a channel as the place where something is
// published («в своем телеграм-канале», «на его канале»).
var ruPlacePrepositions = map[string]bool{"в": true, "во": true, "на": true}

// ruTelegramChannel reports whether w is a form of «телеграм-канал» in any
// spelling («Telegram-канале», «телеграмм-канала»).
func ruTelegramChannel(w string) bool {
	return (strings.HasPrefix(w, "телеграм") || strings.HasPrefix(w, "telegram")) && strings.Contains(w, "-канал")
}

// ruChannelNotCited reports whether the channel noun at toks[i], before a
// name in quote marks, names a channel that is not a cited outlet:
//
//   - someone's own channel, a possessive among the two words before it
//     («в своем телеграм-канале «Кровавая барыня»», «на его канале «…»»):
//     where a person publishes, not a newsroom reported from;
//   - a Telegram channel named by a phrase in quote marks that no verb of
//     reporting or «по данным» introduces, only a preposition or a noun
//     («публиковавшаяся в телеграм-канале «Погоны и галстуки»», «из-за
//     содержания телеграм-канала «Крысы Ростова»»): Russian news names
//     personal and anonymous channels so, the story's subject or a
//     place of publication; the newsrooms that publish on Telegram are
//     cited by a verb («пишет Mash», «сообщает телеграм-канал «…»»).
func (m *reader) ruChannelNotCited(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2 && toks[k].kind == tokWord; k-- {
		if !ruPossessives[toks[k].lower] {
			continue
		}
		if strings.HasSuffix(toks[i].lower, "канал") && (k == 0 || !ruPlacePrepositions[toks[k-1].lower]) {
			// («как сообщил их телеграм-канал «…»»: the channel in the
			// nominative is the subject that reports, a newsroom; «в
			// свой канал» is a place again.)
			break
		}
		return true
	}
	if !ruTelegramChannel(toks[i].lower) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].kind == tokWord; k-- {
		if m.isSpeechVerb(toks[k].lower) {
			return false
		}
		for _, v := range m.sourceVerbs {
			if v[len(v)-1] == toks[k].lower && (len(v) > 1 || !citePrepositions[toks[k].lower]) && out20WholePhraseAt(toks, k, v) {
				return false
			}
		}
	}
	return true
}

// ruSiteNouns are the forms of «сайт».
var ruSiteNouns = map[string]bool{"сайт": true, "сайта": true, "сайту": true, "сайте": true, "сайтом": true}

// ruReportedSite reports whether toks[i] is «сайт» before a name in Latin
// letters that a verb of reporting introduces («сообщает сайт Seconds
// Out», «сообщается на сайте Gizmodo»): Russian news names an online
// outlet so, by its type word and its name as written. The verb must
// stand among the three words before: a site one downloads from or visits
// («скачать на сайте Fincult.info», «на сайте Facebook побывало …») is no
// cited outlet.
func (m *reader) ruReportedSite(toks []token, i int) bool {
	if !ruSiteNouns[toks[i].lower] || i+1 >= len(toks) || toks[i+1].kind != tokWord || !isLatin(toks[i+1].text) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].kind == tokWord; k-- {
		if ruTopicPrepositions[toks[k].lower] && (k == i-1 || k == i-2 && toks[i-1].kind == tokWord) && toks[i].lower == ruTopicCase[toks[k].lower] {
			// («рассказал о сайте Avito», «про новый сайт X»: the site,
			// in the case the preposition governs, is what is told
			// about, not who reports; «сообщил об этом сайт X» is
			// not.)
			return false
		}
		if m.isSpeechVerb(toks[k].lower) || ruImpersonalReport[toks[k].lower] {
			return true
		}
		for _, v := range m.sourceVerbs {
			if len(v) == 1 && v[0] == toks[k].lower {
				return true
			}
		}
	}
	return false
}

// ruTopicPrepositions introduce what is spoken about («о сайте», «про
// сайт»).
var ruTopicPrepositions = map[string]bool{"о": true, "об": true, "обо": true, "про": true}

// ruTopicCase is the form of «сайт» each topic preposition governs: the
// prepositional after «о», the accusative after «про».
var ruTopicCase = map[string]string{"о": "сайте", "об": "сайте", "обо": "сайте", "про": "сайт"}

// ruImpersonalReport are the impersonal verbs of reporting («сообщается
// на сайте …», «говорится в материале …»).
var ruImpersonalReport = map[string]bool{"сообщается": true, "говорится": true, "отмечается": true, "указывается": true, "пишется": true}
