package textlayout

import (
	"net/mail"
	"strings"

	"github.com/articlekit/article/internal/model"
)

// mailFields are the header fields of an e-mail (RFC 5322) and the names
// mail programs print them under in the languages of the tables, by
// their lower-case name: what each one is.
var mailFields = map[string]string{
	"from": "from", "to": "to", "cc": "to", "reply-to": "to", "sent": "date", "date": "date", "subject": "subject",
	"von": "from", "an": "to", "gesendet": "date", "datum": "date", "betreff": "subject",
	"de": "from", "à": "to", "envoyé": "date", "objet": "subject",
	"para": "to", "enviado": "date", "asunto": "subject",
	"da": "from", "a": "to", "inviato": "date", "oggetto": "subject",
	"od": "from", "do": "to", "wysłano": "date", "temat": "subject",
	"от": "from", "кому": "to", "отправлено": "date", "дата": "date", "тема": "subject",
	"від": "from", "надіслано": "date",
}

// mailHeader reads the header of an e-mail pasted as it is (a press
// release or newsletter received by mail): two or more "Field: value"
// lines of mailFields at the start of the text, one of them the subject.
// It returns the subject (the headline), the date line's value, and how
// many lines the header takes; n is 0 when the text opens otherwise.
func mailHeader(lines []textLine) (subject, date string, n int) {
	seen := map[string]bool{}
	for n < len(lines) && n < 12 {
		name, value, ok := strings.Cut(lines[n].text, ":")
		kind := mailFields[strings.ToLower(strings.TrimSpace(name))]
		if !ok || kind == "" || strings.ContainsAny(name, " \t") && kind != "subject" || n > 0 && lines[n].afterBlank {
			break
		}
		value = strings.TrimSpace(value)
		switch kind {
		case "subject":
			subject = value
		case "date":
			date = value
		}
		seen[kind] = true
		n++
	}
	if n < 2 || subject == "" || !seen["from"] && !seen["to"] && !seen["date"] {
		return "", "", 0
	}
	return subject, date, n
}

// mailDate reads an e-mail's date field ("Mon, 3 Jun 2024 10:15:00
// +0300"), the RFC 5322 form, with its zone.
func mailDate(s string) (model.Date, bool) {
	t, err := mail.ParseDate(s)
	if err != nil {
		return model.Date{}, false
	}
	return model.Date{Time: t, HasClock: true, HasZone: true}, true
}
