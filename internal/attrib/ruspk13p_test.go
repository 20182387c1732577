package attrib

import "testing"

// TestRuRoleHeadsApposition checks that a role noun whose genitive
// complement stands between it and the name is the name's role
// («Министр информационной политики Украины Юрий Стець»: not «политик»),
// so that «заявил министр» later refers to him rather than to the outlet
// the sentence between cites; and that the first role of the apposition,
// not a role in its complement, is the one noted («Пресс-секретарь
// президента Дмитрий Песков»).
func TestRuRoleHeadsApposition(t *testing.T) {
	got, _ := extractRu(t, `Новый замминистра
Министр информационной политики Украины Юрий Стець заявил, что его заместителем может стать корреспондент газеты Los Angeles Times Сергей Лойко. Об этом сообщает УНИАН.
«Я думаю, что именно такие специалисты и будут работать в министерстве», — заявил министр.`)
	if sp := got["Я думаю, что именно такие специалисты и будут работать в министерстве"]; sp != "Юрий Стець" {
		t.Errorf("speaker %q, want Юрий Стець; all %v", sp, got)
	}
	got, _ = extractRu(t, `Визит
Пресс-секретарь президента Дмитрий Песков встретился с журналистами. Об этом сообщает ТАСС.
«Встреча прошла хорошо», — сказал пресс-секретарь.`)
	if sp := got["Встреча прошла хорошо"]; sp != "Дмитрий Песков" {
		t.Errorf("speaker %q, want Дмитрий Песков; all %v", sp, got)
	}
}
