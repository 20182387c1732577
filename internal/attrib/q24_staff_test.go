package attrib

import "testing"

// TestQ24StaffEmployer checks that a medium's title in quote marks right
// after a newsroom staff noun is no quotation, while the speech in the
// same sentence still is.
func TestQ24StaffEmployer(t *testing.T) {
	for _, c := range []struct{ text, name, speech string }{
		{"Как заявил в беседе с корреспондентом «Газеты.Ru» пресс-секретарь компании Михаил Орлов, «сделка пройдет в срок, мы в этом уверены».", "Газеты.Ru", "сделка пройдет в срок, мы в этом уверены"},
		{"Главный редактор «Северной правды» Иван Громов сказал: «Мы продолжим писать о городе».", "Северной правды", "Мы продолжим писать о городе"},
	} {
		got, _ := extractRu(t, c.text)
		if _, ok := got[c.name]; ok {
			t.Errorf("%q: the outlet read as a quotation: %v", c.text, got)
		}
		if _, ok := got[c.speech]; !ok {
			t.Errorf("%q: speech lost: %v", c.text, got)
		}
	}
}
