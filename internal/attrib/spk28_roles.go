package attrib

// spk28NoteRunRole records as p's the role stem that stripTitles found
// inside the run of capitalised words before p's name, when the run's
// first word is no role: Russian may open a sentence with its object, so
// that the sentence's capitalised first word runs into a role written with
// a capital and the name («Договор Губернатор Иван Лосев подписал …»,
// «Награду Министр Олег Рябов вручил …»); the role is still the person's,
// and «как отметил Губернатор» later refers to him.
func (m *reader) spk28NoteRunRole(stem string, p *person) {
	if stem == "" || p == nil {
		return
	}
	m.roles[stem] = p
}
