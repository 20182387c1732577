package attrib

import "testing"

// TestSpk28LeadBody checks that a body reporting the news in a clause
// closing a Russian lead («…, передает пресс-служба областного суда»)
// speaks the quotation that follows with no speaker of its own, and that
// a gendered pronoun does not refer to the body.
func TestSpk28LeadBody(t *testing.T) {
	got, _ := extractRu(t, `Жителя Твери осудили на три года за мошенничество, передает пресс-служба областного суда. По данным ведомства, осужденный вернул часть денег.
«Суд учел, что подсудимый признал вину и частично возместил ущерб потерпевшим».`)
	if sp := got["Суд учел, что подсудимый признал вину и частично возместил ущерб потерпевшим"]; sp != "пресс-служба областного суда" {
		t.Errorf("quotation after a lead's reporting body: speaker %q (%v)", sp, got)
	}
	got, _ = extractRu(t, `Адвокат Игорь Панин обжаловал приговор, сообщает пресс-служба областного суда.
«Мы будем добиваться оправдания», — сказал он.`)
	if sp := got["Мы будем добиваться оправдания"]; sp != "Игорь Панин" {
		t.Errorf("pronoun after a lead's reporting body: speaker %q, want Игорь Панин (%v)", sp, got)
	}
}
