package htmlx

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

func TestIsJunkLine(t *testing.T) {
	junk := []string{"0shares", "858 shares", "2 comments", "Sharing is caring!", "previous post", "By", "by Regan September 15, 2014", "written by Regan", "Text size",
		"To view the full story, please subscribe to The Haitian Times.", "HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS",
		"4 Min Read", "3 Min. Lesezeit", "11 minut czytania", "- Anzeige -", "(Noch keine Bewertungen)", "Titelbild: Max Muster", "Crédits photos : Bestimage", "Inhaltsverzeichnis",
		"(Reed Saxon / Associated Press)", "Natalie Naccache | Bloomberg | Getty Images", "https://www.example.com/articles/home-depot-51574168486",
		"This post may contain affiliate and/or referral links. Please see my disclosure page.",
		"We've detected you are on Internet Explorer. For the best experience, please update to a modern browser.",
		"An error has occurred, please try again later.", "Comments are closed.",
		"Follow The Gleaner on Twitter and Instagram @JamaicaGleaner", "Síguenos en Telegram, Instagram, Facebook y Twitter",
		"For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.", "You can keep up with me on Twitter",
		"AFP / MARCO BERTORELLO", "Themen: Kritik aus dem Internet", "Filed under: Politics, Budget", "Vervielfältigung nur mit Genehmigung", "Advertising Disclosure",
		"[button link=”http://example.com/submit/” type=”big”] Send us YOUR review[/button]",
		"05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento"}
	for _, s := range junk {
		if !isJunkLine(s) {
			t.Errorf("isJunkLine(%q) = false, want true", s)
		}
	}
	prose := []string{"Nobody was hurt.", "[Updated] The council met again on Monday.", "The author: a man of many talents, said the category: none.", "AFP reported that the talks had failed.", "Topics discussed included the budget and the roads.", "Police follow leads after the video spread on Facebook.", "Thousands join protests organised on Telegram.", "© 2019 Associated Press. All Rights Reserved.", "The agency / Reuters said the talks had failed, and the ministers left Geneva.",
		"See https://example.com for the report.", "4 minutes later the police arrived.", "Anzeige erstattet: the shop owner went to the police.",
		"Photo: the photographer said the light was perfect that morning, and the crowd was quiet as the boats came in.", "By noon the road had reopened and traffic was moving again in both directions.", "2024 was a record year.", "Thank you",
		"The streaming service gained ten million subscribers in its first month, the company said on Tuesday, far more than analysts had expected and well ahead of its rivals."}
	for _, s := range prose {
		if isJunkLine(s) {
			t.Errorf("isJunkLine(%q) = true, want false", s)
		}
	}
}

func TestDropDateLines(t *testing.T) {
	long := strings.Repeat("The council voted on the budget after a long debate about roads. ", 20)
	body := []model.Block{
		{Type: model.Paragraph, Text: "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET"},
		{Type: model.Paragraph, Text: long},
		{Type: model.Paragraph, Text: "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"},
		{Type: model.Paragraph, Text: "Ultima modifica 12 luglio 2022 alle 18:07"},
		{Type: model.Paragraph, Text: "On 19 November 2019 the council met again."},
	}
	got := dropDateLines(append([]model.Block(nil), body...))
	if len(got) != 2 || got[0].Text != long || got[1].Text != body[4].Text {
		t.Errorf("dropDateLines kept %+v", got)
	}
	// A short brief loses its date line too (the date is metadata, and
	// the story's ContentHash must not depend on the line); a body of
	// date lines alone is left whole.
	short := []model.Block{{Type: model.Paragraph, Text: "3 April 2025, 16:40"}, {Type: model.Paragraph, Text: "The road has reopened."}}
	if got := dropDateLines(append([]model.Block(nil), short...)); len(got) != 1 || got[0].Text != short[1].Text {
		t.Errorf("dropDateLines on a brief kept %+v, want the story alone", got)
	}
	if got := dropDateLines(append([]model.Block(nil), short[:1]...)); len(got) != 1 {
		t.Errorf("dropDateLines on a date line alone kept %d blocks, want 1", len(got))
	}
	// A short timeline keeps its dates after the first block.
	timeline := []model.Block{{Type: model.Paragraph, Text: "The project went through three stages."},
		{Type: model.Paragraph, Text: "March 5, 2024"}, {Type: model.Paragraph, Text: "The plan was announced."},
		{Type: model.Paragraph, Text: "April 12, 2024"}, {Type: model.Paragraph, Text: "Work began."}}
	if got := dropDateLines(append([]model.Block(nil), timeline...)); len(got) != len(timeline) {
		t.Errorf("dropDateLines on a short timeline kept %d blocks, want %d", len(got), len(timeline))
	}
}
