package article

import (
	"strings"
	"testing"
)

// germanStory is a German news text, long enough for the detector to be sure.
const germanStory = `<p>Die Stadtverwaltung hat am Mittwoch angekündigt, dass die Straßenbahnlinie im kommenden Jahr bis zum neuen Wohngebiet am Stadtrand verlängert wird.</p>
<p>Nach Angaben des Bürgermeisters sollen die Bauarbeiten im Frühjahr beginnen und etwa achtzehn Monate dauern. Die Kosten werden auf rund vierzig Millionen Euro geschätzt, von denen das Land einen großen Teil übernehmen will.</p>
<p>Anwohner hatten sich seit Jahren für eine bessere Anbindung an die Innenstadt eingesetzt, weil die Busse zu den Stoßzeiten regelmäßig überfüllt sind.</p>`

func langPage(htmlAttrs, head, body string) string {
	return `<!doctype html><html` + htmlAttrs + `><head><title>Straßenbahn wird verlängert</title>` + head +
		`</head><body><article><h1>Straßenbahn wird verlängert</h1>` + body + `</article></body></html>`
}

func TestLanguageDeclaredAndDetected(t *testing.T) {
	for _, c := range []struct {
		name, attrs, head string
		opts              []Option
		want, from        string
	}{
		{"no declaration: detected", "", "", nil, "de", FromDetected},
		{"declaration the text agrees with wins, region kept", ` lang="de-AT"`, "", nil, "de-AT", FromHTMLLang},
		{"a template's lang=en on a German story is overruled", ` lang="en"`, "", nil, "de", FromOverruled},
		{"og:locale is a declaration", "", `<meta property="og:locale" content="de_DE">`, nil, "de-DE", FromOpenGraph},
		{"the caller always wins", ` lang="en"`, "", []Option{WithLanguage("fr")}, "fr", FromCaller},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(langPage(c.attrs, c.head, germanStory)), c.opts...)
			if err != nil && a == nil {
				t.Fatal(err)
			}
			if a.Language != c.want || a.Provenance["language"].From != c.from {
				t.Errorf("language %q from %q, want %q from %q", a.Language, a.Provenance["language"].From, c.want, c.from)
			}
			if c.from == FromOverruled && a.Provenance["language"].Confidence < 0.5 {
				t.Errorf("overruled with confidence %v, want the detector's (>= 0.5)", a.Provenance["language"].Confidence)
			}
		})
	}
}

func TestLanguageUnsureKeepsDeclaration(t *testing.T) {
	// Two words say too little to overrule the page's declaration.
	a, err := ParseHTML(strings.NewReader(langPage(` lang="pl"`, "", `<p>Hotel Berlin.</p>`)))
	if err != nil && a == nil {
		t.Fatal(err)
	}
	if a.Language != "pl" || a.Provenance["language"].From != FromHTMLLang {
		t.Errorf("language %q from %q, want pl from %q", a.Language, a.Provenance["language"].From, FromHTMLLang)
	}
}

func TestLanguageUkrainianText(t *testing.T) {
	text := "Уряд підвищить мінімальну зарплату\n\nУряд ухвалив рішення про підвищення мінімальної заробітної плати з першого січня наступного року. Як повідомили у Міністерстві фінансів, відповідні кошти вже передбачені у державному бюджеті.\n"
	a, err := ParseText(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if a.Language != "uk" || a.Provenance["language"].From != FromDetected {
		t.Errorf("language %q from %q, want uk detected", a.Language, a.Provenance["language"].From)
	}
}
