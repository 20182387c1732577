package attrib

// ruLearnHeadline reads the people a Russian headline names by first name
// and surname in the nominative («Иван Белозерцев поручил …», «Леонид
// Кучук: …», «Главный тренер «Динамо» Сергей Силкин рассказал …»), as
// if told before the body: they become known and salient to the reader
// before the first paragraph, with the role the headline gives them.
// Russian news names the person an item is about in its headline and
// then, in the body, often only by a role («сказал наставник», «указал
// губернатор») or a pronoun, or quotes him before naming him again; a
// reader who has not read the headline has no one to refer these to.
// People the body names later are more recent and win as usual. Only a
// full name the tables tell is a person's (a first name the tables know,
// in the nominative, and one or two capitalised words after it) is
// taken: a headline's single capitalised words are as often places,
// bodies or words in capitals. The headline is tokenised once as one
// sentence: the cost is linear in its length.
func (m *reader) ruLearnHeadline(h string) {
	if !m.russian() || h == "" {
		return
	}
	toks := tokenize(nil, h, sentence{Start: 0, End: len(h)}, quoteSpans(h, true))
	m.sent++
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tokWord || !isNameTok(toks[i]) {
			continue
		}
		run := capRun(toks, i)
		if len(run) == 0 {
			continue
		}
		name, role := m.stripTitles(run)
		if len(name) >= 2 && len(name) <= 3 {
			if _, _, c, ok := ruFirstName(name[0]); ok && c == caseNom {
				p := m.lookup(name, true)
				m.makeSalient(p)
				if role != "" {
					m.noteRole(role, p)
				}
				m.ruNoteRoleBefore(toks, i, p)
			}
		}
		i += len(run) - 1
	}
}
